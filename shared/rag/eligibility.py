"""Who an item is for, asked as whether the visitor qualifies ("we have 2 cafes, do we
qualify?" after the Multi-site plan): the item's own sentence stating its condition ("made for
café groups and small chains with 3 or more locations"), never a passage about something else.
Pure: text and entities in, a :class:`~shared.rag.parts.Part` out.
"""

from __future__ import annotations

from shared.catalog.model import Entity
from shared.rag.parts import Part, entity_source
from shared.rag.phrasing import cap, the
from shared.understanding.asked import asks_eligibility, states_threshold


def eligibility(text: str, entities: list[Entity]) -> Part | None:
    """The sentences of ``entities`` stating their condition, when ``text`` asks whether the
    visitor qualifies; None when it does not ask so or no entity states a condition."""
    if not entities or not asks_eligibility(text):
        return None
    said = [(e, _named(e, s)) for e in entities for s in e.facts if states_threshold(s)]
    if not said:
        return None
    owners = [e for e in entities if any(o is e for o, _ in said)]
    text_out = " ".join(s for _, s in said)
    return Part(text_out, True, owners, [entity_source(e) for e in owners], [s for _, s in said])


def _named(entity: Entity, sentence: str) -> str:
    """The sentence with the entity's name for a leading "It"."""
    return f"{cap(the(entity.name))}{sentence[2:]}" if sentence.startswith("It ") else sentence
