"""Observations: the typed record of what one visitor message says, read once by the reader.

Lead analysis reads these instead of the text (:func:`observe` per visitor message); the chat's
brain builds its :class:`~shared.conversation.understanding.Understanding` from the same
parsers. Everything here is pure and needs no model: entities from the grammars and
gazetteers of :mod:`shared.understanding.entities`, lead terms from
:mod:`shared.understanding.lead_terms`.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from shared.conversation.signals import is_question
from shared.understanding import lead_terms
from shared.understanding.entities.business import read_business
from shared.understanding.entities.equipment import find_equipment
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.timeline import parse_timeline
from shared.understanding.reading import read


class Entities(BaseModel):
    """Entity values as the visitor gave them (None or empty: not in this message)."""

    name: str | None = None
    timeline: str | None = None
    timeline_date: date | None = None
    locations: int | None = None
    volume: str | None = None
    equipment: list[str] = Field(default_factory=list)
    venue: Literal["new", "existing", "home"] | None = None


class Observations(BaseModel):
    """What one message says: whether it asks something, lead terms, amounts, entities."""

    numbers: str = ""  # the message with its spoken numbers as digits, as every rule reads it
    question: bool = False
    terms: dict[str, list[str]] = Field(default_factory=dict)
    mentions_amount: bool = False
    entities: Entities = Field(default_factory=Entities)


@lru_cache(maxsize=2048)
def observe(text: str, today: date | None = None) -> Observations:
    """Read one visitor message (dates relative to ``today``, when given). Cached: lead
    analysis asks several questions of the same messages; treat the result as read-only."""
    text = read(text).numbers  # "um we do like a hundred and eighty pounds a month" is 180
    timeline = parse_timeline(text, today) if today else None
    entities = Entities(
        name=find_name(text, asked=False),
        timeline=timeline.phrase if timeline else None,
        timeline_date=timeline.target if timeline else None,
        locations=find_locations(text, asked=False),
        volume=find_volume(text, asked=False),
        equipment=find_equipment(text),
        venue=read_business(text).phase,
    )
    terms = {kind: lead_terms.find_terms(text, words) for kind, words in lead_terms.TERMS.items()}
    return Observations(
        numbers=text,
        question=is_question(text),
        terms=terms,
        mentions_amount=lead_terms.mentions_amount(text),
        entities=entities,
    )
