"""A summary of what it would all cost, over the items discussed: alternatives are asked about.

"can you summarise what it would all cost" after the Lumen 2-Group and the Pico were weighed
against each other is no total of both machines: the visitor has not chosen. Items of one
kind discussed together are alternatives until one is picked ("ok the pico sounds right"
makes the Pico the item discussed); then the summary is of what was chosen. Pure: entities
in, the question back out.
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.phrasing import the

#: "summarise what it would all cost", "give me a summary", "what would it all come to",
#: "what's that all add up to".
_SUMMARY = re.compile(
    r"\bsummar(?:y|ies|ise|ize|ised|ized)\b"
    r"|\b(?:would|will|does|do|whats|what s)\s+(?:it|that|this|everything|they)\s+all\s+"
    r"(?:cost|come|be|run|add)\b"
)


def asks_summary(text: str) -> bool:
    """Whether ``text`` asks for everything discussed summed up."""
    return _SUMMARY.search(normalise(text)) is not None


def undecided_kinds(entities: list[Entity]) -> list[list[Entity]]:
    """The kinds of which ``entities`` hold more than one member, each with those members in
    the order discussed: a choice the visitor has not made."""
    by_kind: dict[str, list[Entity]] = {}
    for entity in entities:
        by_kind.setdefault(entity.kind, []).append(entity)
    return [members for members in by_kind.values() if len(members) > 1]


def which_to_sum(groups: list[list[Entity]]) -> str:
    """The question back before a summary: which of each group of alternatives."""
    choices = [" or ".join(the(e.name) for e in members) for members in groups]
    return f"To add it up I need your pick: {', and '.join(choices)}?"
