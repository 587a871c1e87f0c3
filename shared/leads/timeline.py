"""A timeline's nearness for lead scoring: near, distant or vague.

The phrase and its date come from the reader (:mod:`shared.understanding.entities.timeline`,
one grammar for the chat and lead analysis). A timeline is *near* when it falls within three
months of the conversation date, *distant* beyond that, and *vague* when it is a timeline
phrase without a date ("soon", "someday").
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel

from shared.understanding.entities import timeline as reader

NEAR_DAYS = 92  # three months


class Nearness(StrEnum):
    NEAR = "near"
    DISTANT = "distant"
    VAGUE = "vague"


class Timeline(BaseModel):
    """A timeline phrase and what it means relative to the conversation date."""

    phrase: str
    target: date | None
    nearness: Nearness


def parse_timeline(text: str, today: date) -> Timeline | None:
    """The timeline in ``text`` relative to ``today``, or ``None`` when it names none."""
    found = reader.parse_timeline(text, today)
    if found is None:
        return None
    if found.target is None:
        return Timeline(phrase=found.phrase, target=None, nearness=Nearness.VAGUE)
    near = (found.target - today).days <= NEAR_DAYS
    nearness = Nearness.NEAR if near else Nearness.DISTANT
    return Timeline(phrase=found.phrase, target=found.target, nearness=nearness)
