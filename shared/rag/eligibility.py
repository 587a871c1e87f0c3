"""Who an item is for, asked as whether the visitor qualifies ("we have 2 cafes, do we
qualify?" after the Multi-site plan): the item's own sentence stating its condition ("made for
café groups and small chains with 3 or more locations"), never a passage about something else.
Pure: text and entities in, a :class:`~shared.rag.parts.Part` out.
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.parts import Part, entity_source
from shared.rag.phrasing import cap, the

#: Whether the visitor meets an item's condition: "do we qualify", "are we eligible", "does
#: that count for us", "is it open to us".
_QUALIFY = re.compile(
    r"\b(?:qualif(?:y|ies|ied)|eligib\w*|(?:open|available) to (?:us|me)|count (?:for|as) us)\b"
)
#: An item's sentence stating who it is for by a threshold ("with 3 or more locations", "at
#: least 100 lb", "only for ..."); "made for coffee carts" describes, it sets no condition.
_CONDITION = re.compile(r"\b(?:\d+ or more|at least|minimum|only (?:for|to))\b", re.I)


def asks_eligibility(text: str) -> bool:
    """Whether ``text`` asks if the visitor qualifies for something."""
    return _QUALIFY.search(normalise(text)) is not None


def eligibility(text: str, entities: list[Entity]) -> Part | None:
    """The sentences of ``entities`` stating their condition, when ``text`` asks whether the
    visitor qualifies; None when it does not ask so or no entity states a condition."""
    if not entities or not asks_eligibility(text):
        return None
    said = [(e, _named(e, s)) for e in entities for s in e.facts if _CONDITION.search(s)]
    if not said:
        return None
    owners = [e for e in entities if any(o is e for o, _ in said)]
    text_out = " ".join(s for _, s in said)
    return Part(text_out, True, owners, [entity_source(e) for e in owners], [s for _, s in said])


def _named(entity: Entity, sentence: str) -> str:
    """The sentence with the entity's name for a leading "It"."""
    return f"{cap(the(entity.name))}{sentence[2:]}" if sentence.startswith("It ") else sentence
