"""How many people a team is, told as its size: "my staff of 4", "a team of about nine".

A price per staff member is counted by the people the visitor says they have. Besides "6
baristas" (read where the unit is matched), a team is told by its size: "(staff|team|crew) of
N", and in dictation with the count said again ("my staff of for people I mean four": the
last count said is meant). Pure.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import NUMBER_WORDS, alternation, number_value

_COUNT = rf"\d+|{alternation(w for w, v in NUMBER_WORDS.items() if v >= 2)}"

#: "staff of 4", "team of about nine", "crew of for people i mean four" (the count corrected).
_TEAM_OF = re.compile(
    r"\b(?:staff|team|crew|group of baristas)\s+of\s+(?:(?:about|around|roughly|like|maybe)\s+)?"
    rf"(?:(?:[a-z]+\s+){{1,2}}(?:i\s+mean|i\s+meant|sorry|make\s+(?:it|that))\s+)?({_COUNT})\b",
    re.I,
)


def team_size(text: str) -> int | None:
    """The number of people a team the message sizes is ("my staff of 4" -> 4), the corrected
    count when one is said again ("staff of for people i mean four" -> 4); None without one."""
    found = _TEAM_OF.search(text)
    return number_value(found.group(1)) if found else None
