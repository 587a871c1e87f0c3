"""When a reported fault happens and what it is of: a habit ("keeps stopping", "twice a week")
or an event dated now ("since this morning", "right now"), and whether a clause names the
equipment a symptom belongs to. The words are the lexicon's; the brain decides with these
whether a fault is also the repair needed and how its pain is named.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import (
    EQUIPMENT_PART_STEMS,
    EQUIPMENT_PART_WORDS,
    HABIT_WORDS,
    NOW_WORDS,
    SINCE_WORDS,
    alternation,
)


def _phrases(words: tuple[str, ...]) -> str:
    """An alternation of the words whose spaces match any run of whitespace."""
    return alternation(words).replace(r"\ ", r"\s+")


EQUIPMENT_WORDS = re.compile(
    r"\b(?:"
    + _phrases(EQUIPMENT_PART_WORDS)
    + "|"
    + "|".join(stem + r"\w*" for stem in EQUIPMENT_PART_STEMS)
    + r")\b",
    re.I,
)
HABITUAL = re.compile(r"\b(?:" + _phrases(HABIT_WORDS) + r")\b", re.I)
CURRENT = re.compile(
    r"\b(?:since|(?:it\s+)?(?:started|began))\s+(?:this\s+|early\s+)?(?:"
    + _phrases(SINCE_WORDS)
    + r"|\d)"
    r"|\b(?:" + _phrases(NOW_WORDS) + r")\b",
    re.I,
)


def habitual(fault: str) -> bool:
    """The fault is told as a habit ("machines keep dying on weekends")."""
    return HABITUAL.search(fault) is not None


def dated_now(fault: str) -> bool:
    """The fault is dated now ("dripping constantly since this morning", "down right now",
    "started yesterday")."""
    return CURRENT.search(fault) is not None


def names_equipment(clause: str) -> bool:
    """The clause names equipment a symptom can be of (a machine, a part, a product line)."""
    return EQUIPMENT_WORDS.search(clause) is not None


# the words that already say which service a fault needs ("needs a repair", "send a technician")
SERVICE_NAMED = re.compile(
    r"\b(?:repair\w*|fix\w*|servic\w*|technician|tech|maintenance|replace\w*|swap\w*)\b", re.I
)


def as_repair(fault: str) -> str:
    """The repair a current equipment fault needs, as sales records it ("repair: our espresso
    machine died mid-rush this morning"); a fault that names its service already is kept."""
    return fault if SERVICE_NAMED.search(fault) else f"repair: {fault}"
