"""The date a holiday falls on in a given year: fixed ones from the lexicon's table, moving
feasts by their rule (Easter by the Gregorian computus, Good Friday and Mardi Gras from it,
Thanksgiving the fourth Thursday of November, Victoria Day the Monday before May 25) or, for
the feasts of lunar and lunisolar calendars (Ramadan, Eid, Diwali, Holi, Passover, Rosh
Hashanah, Hanukkah, Lunar New Year, the Mid-Autumn Festival), from their published dates, so
"before Ramadan" in December 2026 means February 2027, not the typical date of the table."""

from __future__ import annotations

from datetime import date, timedelta

from shared.understanding.lexicon import HOLIDAYS


def _dates(*said: int) -> tuple[date, ...]:
    """Dates written as YYYYMMDD numbers, the compact form of the tables below."""
    return tuple(date(d // 10000, d // 100 % 100, d % 100) for d in said)


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
LUNAR_NAMES = frozenset(
    {"tet", "tết", "lunar new year", "chinese new year", "seollal", "spring festival"}
)

# The first day of each feast of a lunar or lunisolar calendar, 2025-2031, as the `holidays`
# package (MIT, version 0.109: its Islamic, Hebrew, Hindu and Chinese calendars) publishes
# them; Islamic dates are the astronomical estimate, a day either side of the sighting. A
# table, not the package: the chat's cold start and its pinned environment stay as they are.
_LUNAR_FEASTS: dict[str, tuple[date, ...]] = {
    "ramadan": _dates(
        20250301, 20260218, 20270208, 20280128, 20290116, 20300105, 20301226, 20311215
    ),
    "eid al-fitr": _dates(20250330, 20260320, 20270309, 20280226, 20290214, 20300204, 20310124),
    "eid al-adha": _dates(20250606, 20260527, 20270516, 20280505, 20290424, 20300413, 20310402),
    "passover": _dates(20250413, 20260402, 20270422, 20280411, 20290331, 20300418, 20310408),
    "rosh hashanah": _dates(20250923, 20260912, 20271002, 20280921, 20290910, 20300928, 20310918),
    "yom kippur": _dates(20251002, 20260921, 20271011, 20280930, 20290919, 20301007, 20310927),
    "hanukkah": _dates(20251215, 20261205, 20271225, 20281213, 20291202, 20301221, 20311210),
    "purim": _dates(20250314, 20260303, 20270323, 20280312, 20290301, 20300319, 20310309),
    "diwali": _dates(20251020, 20261108, 20271029, 20281017, 20291105, 20301026, 20311114),
    "holi": _dates(20250314, 20260304, 20270322, 20280311, 20290301, 20300320, 20310309),
    "navratri": _dates(20250922, 20261011, 20270930, 20280919, 20291008, 20300928, 20311017),
    "mid-autumn festival": _dates(
        20251006, 20260925, 20270915, 20281003, 20290922, 20300912, 20311001
    ),
    "dragon boat festival": _dates(
        20250531, 20260619, 20270609, 20280528, 20290616, 20300605, 20310624
    ),
}
# the other names of those feasts (a name the lexicon lists, to the table's name)
_SAME_FEAST = {
    "ramadhan": "ramadan",
    "ramzan": "ramadan",
    "eid": "eid al-fitr",
    "eid al fitr": "eid al-fitr",
    "eid ul-fitr": "eid al-fitr",
    "eid ul fitr": "eid al-fitr",
    "eid-ul-fitr": "eid al-fitr",
    "eid al adha": "eid al-adha",
    "eid ul-adha": "eid al-adha",
    "eid ul adha": "eid al-adha",
    "eid-ul-adha": "eid al-adha",
    "bakrid": "eid al-adha",
    "pesach": "passover",
    "rosh hashana": "rosh hashanah",
    "the high holidays": "rosh hashanah",
    "the high holy days": "rosh hashanah",
    "chanukah": "hanukkah",
    "hanukah": "hanukkah",
    "deepavali": "diwali",
    "divali": "diwali",
    "mid autumn festival": "mid-autumn festival",
    "moon festival": "mid-autumn festival",
}
# how many days a feast of several days lasts, its first day included; Ramadan ends where Eid
# al-Fitr begins, so it is read from that table instead ("after Ramadan" in 2027 is March, not
# the February it starts in)
_DAYS = {"passover": 8, "hanukkah": 8, "navratri": 9, "diwali": 5, "lunar new year": 15}
# days from Easter Sunday
_FROM_EASTER = {"easter": 0, "good friday": -2, "mardi gras": -47, "ash wednesday": -46}
# (month, weekday number as date.weekday() gives it, nth; -1 the last)
_NTH_WEEKDAY = {
    "thanksgiving": (11, 3, 4),
    "canadian thanksgiving": (10, 0, 2),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "labour day": (9, 0, 1),
    "mother's day": (5, 6, 2),
    "mlk day": (1, 0, 3),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
}


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


def _tabled(key: str) -> tuple[date, ...]:
    """The published first days of a feast of a lunar calendar (none for other holidays)."""
    if key in LUNAR_NAMES:
        return tuple(LUNAR_NEW_YEAR.values())
    return _LUNAR_FEASTS.get(_SAME_FEAST.get(key, key), ())


def _lunar_feast(key: str, year: int) -> date | None:
    """The feast's first day in ``year`` from the tables, None outside them."""
    return next((d for d in _tabled(key) if d.year == year), None)


def holiday_on(name: str, year: int) -> date:
    """The date of the holiday ``name`` (a key of the lexicon's table, any case) in ``year``."""
    key = name.lower()
    lunar = _lunar_feast(key, year)
    if lunar is not None:
        return lunar
    if key in _FROM_EASTER:
        return easter(year) + timedelta(days=_FROM_EASTER[key])
    if key == "black friday":
        return _weekday_of(year, 11, 3, 4) + timedelta(days=1)
    if key == "victoria day":  # the Monday before May 25
        return date(year, 5, 24) - timedelta(days=date(year, 5, 24).weekday())
    rule = _NTH_WEEKDAY.get(key)
    if rule is not None:
        return _weekday_of(year, *rule)
    month, day = HOLIDAYS[key]
    return date(year, month, day)


def day_after(name: str, first: date) -> date:
    """The first day after the holiday that begins on ``first`` ("after Ramadan" is the day
    Eid al-Fitr begins; "after Hanukkah" eight days on; a one-day holiday the next day)."""
    key = _SAME_FEAST.get(name.lower(), name.lower())
    if key == "ramadan":
        ends = [d for d in _LUNAR_FEASTS["eid al-fitr"] if d > first]
        return ends[0] if ends else first + timedelta(days=30)
    days = _DAYS.get("lunar new year" if key in LUNAR_NAMES else key, 1)
    return first + timedelta(days=days)


def next_holiday(name: str, today: date) -> date:
    """The holiday's next date on or after ``today`` (a lunar feast can fall twice in a year:
    Ramadan begins on 5 January and 26 December 2030)."""
    ahead = [d for d in _tabled(name.lower()) if d >= today]
    if ahead:
        return ahead[0]
    this_year = holiday_on(name, today.year)
    return this_year if this_year >= today else holiday_on(name, today.year + 1)
