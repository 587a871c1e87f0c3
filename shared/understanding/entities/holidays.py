"""The date a holiday falls on in a given year: fixed ones from the lexicon's table, moving
feasts by their rule (Easter by the Gregorian computus, Thanksgiving the fourth Thursday of
November, Lunar New Year from its published dates), so "before Tết" in 2027 means February,
not the typical late January of the table."""

from __future__ import annotations

from datetime import date, timedelta

from shared.understanding.lexicon import HOLIDAYS

# Lunar New Year (Tết, Chinese New Year, Seollal): the first day of the lunisolar year
LUNAR_NEW_YEAR = {
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}
LUNAR_NAMES = frozenset({"tet", "tết", "lunar new year", "chinese new year", "seollal"})


def easter(year: int) -> date:
    """Easter Sunday (Gregorian, the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _weekday_of(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday (Monday 0) of a month; nth -1 is the last one."""
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday_on(name: str, year: int) -> date:
    """The date of the holiday ``name`` (a key of the lexicon's table, any case) in ``year``."""
    key = name.lower()
    if key in LUNAR_NAMES and year in LUNAR_NEW_YEAR:
        return LUNAR_NEW_YEAR[year]
    if key == "easter":
        return easter(year)
    rules = {
        "thanksgiving": (11, 3, 4),
        "black friday": None,
        "memorial day": (5, 0, -1),
        "labor day": (9, 0, 1),
        "labour day": (9, 0, 1),
        "mother's day": (5, 6, 2),
    }
    if key == "black friday":
        return _weekday_of(year, 11, 3, 4) + timedelta(days=1)
    rule = rules.get(key)
    if rule is not None:
        return _weekday_of(year, *rule)
    month, day = HOLIDAYS[key]
    return date(year, month, day)


def next_holiday(name: str, today: date) -> date:
    """The holiday's next date on or after ``today``."""
    this_year = holiday_on(name, today.year)
    return this_year if this_year >= today else holiday_on(name, today.year + 1)
