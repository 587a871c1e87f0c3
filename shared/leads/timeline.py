"""Reading a timeline ("in April", "next month", "in 6 weeks", "next spring") into a date.

A timeline is *near* when it falls within three months of the conversation date, *distant*
beyond that, and *vague* when it is a timeline phrase without a date ("soon", "someday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel

NEAR_DAYS = 92  # three months
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
NUMBERS |= {"a couple of": 2, "a couple": 2, "a few": 3, "few": 3}

_NUMBER = r"(\d{1,3}|" + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True)) + ")"
_IN_N = re.compile(r"\b(?:in|within|about|around)\s+" + _NUMBER + r"\s+(day|week|month|year)s?\b")
_NEXT = re.compile(r"\b(next|this)\s+(week|month|year|spring|summer|fall|autumn|winter)\b")
_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\b")
# "may" is also a verb: it counts as a month only after a word that introduces a date
_MONTH = re.compile(
    r"\b(?:(?P<month>" + "|".join(m for m in MONTHS if m != "may") + r")"
    r"|(?:in|by|of|early|mid|late|until|before|around|this|next)\s+(?P<may>may))\b\.?"
    r"(?:\s+(?P<year>20\d\d))?"
)
_QUARTER = re.compile(r"\bq([1-4])\b(?:\s+(20\d\d))?")
_ASAP = re.compile(r"\b(asap|as soon as possible|right away|immediately|urgent(?:ly)?)\b")
_VAGUE = re.compile(
    r"\b(soon|someday|eventually|not sure when|sometime|later|in the future|a while)\b"
)
_END_OF_YEAR = re.compile(r"\b(end of (?:the )?year|year[- ]end)\b")


class Nearness(StrEnum):
    NEAR = "near"
    DISTANT = "distant"
    VAGUE = "vague"


class Timeline(BaseModel):
    """A timeline phrase and what it means relative to the conversation date."""

    phrase: str
    target: date | None
    nearness: Nearness


def _month_date(month: int, year: int | None, today: date) -> date:
    if year is None:
        year = today.year if month >= today.month else today.year + 1
    return date(year, month, 15)


def _season_date(season: str, today: date, next_: bool) -> date:
    month = SEASON_START[season]
    year = today.year
    candidate = date(year, month, 1)
    in_season = month <= today.month < month + 3 or (month == 12 and today.month < 3)
    if in_season and not next_:
        return today
    if candidate < today or (next_ and in_season):
        candidate = date(year + 1, month, 1)
    return candidate


def _relative(amount: str, unit: str, today: date) -> date:
    count = int(amount) if amount.isdigit() else NUMBERS[amount]
    return today + timedelta(days=count * UNIT_DAYS[unit])


def _next_phrase(which: str, unit: str, today: date) -> date:
    if unit in SEASON_START:
        return _season_date(unit, today, next_=which == "next")
    step = 0 if which == "this" else 1
    return today + timedelta(days=step * UNIT_DAYS[unit])


def _target(text: str, today: date) -> tuple[str, date | None] | None:
    """The first timeline phrase found and its date (``None`` for a dateless phrase)."""
    finders = (
        (_ASAP, lambda m: today),
        (_IN_N, lambda m: _relative(m.group(1), m.group(2), today)),
        (_NEXT, lambda m: _next_phrase(m.group(1), m.group(2), today)),
        (_MONTH, lambda m: _month_date(_month(m), _year(m.group("year")), today)),
        (_QUARTER, lambda m: _month_date(int(m.group(1)) * 3 - 1, _year(m.group(2)), today)),
        (_SEASON, lambda m: _season_date(m.group(1), today, next_=False)),
        (_END_OF_YEAR, lambda m: date(today.year, 12, 31)),
        (_VAGUE, lambda m: None),
    )
    for pattern, to_date in finders:
        match = pattern.search(text)
        if match:
            return match.group(0), to_date(match)
    return None


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month") or match.group("may")]


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def parse_timeline(text: str, today: date) -> Timeline | None:
    """The timeline in ``text`` relative to ``today``, or ``None`` when it names none."""
    found = _target(text.lower(), today)
    if found is None:
        return None
    phrase, target = found
    if target is None:
        return Timeline(phrase=phrase, target=None, nearness=Nearness.VAGUE)
    near = (target - today).days <= NEAR_DAYS
    return Timeline(
        phrase=phrase, target=target, nearness=Nearness.NEAR if near else Nearness.DISTANT
    )
