"""Grounding check: every number of a reply must come from a source, the catalog or a sum.

``unsupported_numbers(answer, question)`` lists the numbers an :class:`Answer` states that none
of its evidence (source texts and catalog facts), its question, or its documented sums
(:class:`~shared.rag.types.Derivation`, each checked against the evidence) contains.
``numbers_not_in(text, sources, catalog)`` is the same check for any generated text (an LLM
reply grounded in retrieved chunks and the catalog).
"""

from __future__ import annotations

from shared.catalog.model import Catalog
from shared.catalog.words import numbers_in
from shared.rag.types import Answer

#: Counts written in words never appear as digits, so only digits are checked; these small
#: ordinals of ordinary speech ("24/7" aside) are allowed anywhere.
ALLOWED = frozenset({"1", "2"})


def numbers_not_in(text: str, sources: list[str], catalog: Catalog | None = None) -> set[str]:
    """The numbers in ``text`` that no source text (or catalog entry) contains."""
    known: set[str] = set()
    for source in sources:
        known |= numbers_in(source)
    if catalog is not None:
        known |= catalog.numbers()
    return numbers_in(text) - known - ALLOWED


def unsupported_numbers(answer: Answer, question: str = "") -> set[str]:
    """Numbers of ``answer.text`` not in its evidence, its question or its checked sums."""
    evidence = [*answer.evidence, question]
    known = set().union(*(numbers_in(t) for t in evidence)) if evidence else set()
    for sum_ in answer.derived:
        if all(numbers_in(op) <= known for op in sum_.operands):
            known |= numbers_in(sum_.result)
    return numbers_in(answer.text) - known - ALLOWED
