"""A volume told in parts: per kind of day, or per delivery.

Per kind of day: "weeknights maybe 80 drinks, weekends up to 200" is a range over the week
("80-200 drinks a day"), not its first figure; "festival days we do 300+ drinks" is a volume
whose period is the kind of day said before it ("300+ drinks on festival days").

Per delivery: "2 deliveries a month, 20 lb each" is 40 lb a month, not the 20 lb of one
delivery; "30 lb each time, every other week" is 30 lb every other week.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import (
    DAY_KINDS,
    DELIVERY_NOUNS,
    HEDGES,
    VOLUME_UNITS,
    number_value,
    number_words,
    phrases,
)

_UNIT = r"(?:" + "|".join(VOLUME_UNITS) + r")"
_HEDGE = r"(?:(?:" + phrases(HEDGES) + r"|~)\s*)?"
# a figure, not a clock time ("open at 7 on weekdays", "sunday 9am")
_FIGURE = (
    r"(?<!\bat\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bby\s)(?P<figure>\d[\d,]*(?:\.\d+)?\+?)"
    r"(?![\d:]|\.\d)(?!\s*(?:am|pm|h)\b)"
)
_KIND = r"(?P<kind>" + DAY_KINDS + r")"
# the kind of day before its figure: "weekends up to 200", "festival days we do 300+ drinks",
# "on sundays it's about 60 cups"
_DOING = (
    r"(?:(?:we|i|they)(?:'re|\s+are)?\s+(?:do|does|did|doing|serve|serving|sell|selling|make"
    r"|making|pour|pouring|see|seeing|get|getting|hit|go\s+through)\s+|(?:it'?s|it\s+is|is"
    r"|are|we'?re\s+at)\s+)?"
)
KIND_FIRST = re.compile(
    r"\b(?:on\s+|during\s+)?(?:the\s+)?"
    + _KIND
    + r"\b[\s,:-]*"
    + _DOING
    + _HEDGE
    + _FIGURE
    + r"(?:\s*(?P<unit>"
    + _UNIT
    + r")\b)?",
    re.I,
)
# a figure counting something else ("weekends 2 staff")
_OTHER_NOUN = re.compile(r"\s*(?!and\b|or\b|but\b|so\b)[a-z]", re.I)
# the figure before its kind of day: "80 cups on weekdays and 200 on weekends"
KIND_AFTER = re.compile(
    _HEDGE
    + r"\b"
    + _FIGURE
    + r"(?:\s*(?P<unit>"
    + _UNIT
    + r")\b)?\s+(?:on|at|during|over)\s+(?:the\s+)?"
    + _KIND
    + r"\b",
    re.I,
)


def by_kind_of_day(text: str) -> str | None:
    """The volume told per kind of day: a range over two kinds or more ("weeknights maybe 80
    drinks, weekends up to 200" -> "80-200 drinks a day"), or one kind said before its figure
    with a unit ("festival days we do 300+ drinks" -> "300+ drinks on festival days"); None
    without a unit of volume ("weekdays we open at 7, weekends 8")."""
    found = [
        m
        for m in [*KIND_FIRST.finditer(text), *KIND_AFTER.finditer(text)]
        if m.group("unit") or m.re is KIND_AFTER or not _OTHER_NOUN.match(text, m.end())
    ]
    units = [m.group("unit") for m in found if m.group("unit")]
    if not units:
        return None
    figures = {_value(m.group("figure")): m for m in found}
    if len(figures) >= 2:
        low, high = min(figures), max(figures)
        plus = "+" if figures[high].group("figure").endswith("+") else ""
        return f"{low:g}-{high:g}{plus} {units[0]} a day"
    single = next((m for m in KIND_FIRST.finditer(text) if m.group("unit")), None)
    if single is None:
        return None
    return f"{single.group('figure')} {single.group('unit')} on {single.group('kind').lower()}"


def _value(figure: str) -> float:
    return float(figure.replace(",", "").rstrip("+"))


_ONCE = {"once": 1, "twice": 2, "thrice": 3}
_TIMES = r"(?P<count>\d{1,2}|" + number_words(1, 9) + r"|once|twice|thrice)"
# how often it arrives: "2 deliveries a month", "twice a month", "one drop every week"
DELIVERIES = re.compile(
    r"\b" + _TIMES + r"\s+(?:(?:" + DELIVERY_NOUNS + r")\s+)?(?:times\s+)?(?:a|per|each|every)\s+"
    r"(?P<period>week|month|wk|mo)\b",
    re.I,
)
# one delivery a period: "every other week", "every 2 weeks", "biweekly", "each month"
EVERY = re.compile(
    r"\b(?:(?:every|each)\s+(?:(?:other|second|\d|two|three|four)\s+)?(?:week|month)s?"
    r"|bi-?weekly|fortnightly|weekly|monthly)\b",
    re.I,
)
# how much each one brings: "20 lb each", "30 lbs per delivery", "10 kg a drop", "each time"
PER_DELIVERY = re.compile(
    r"\b(?P<amount>\d[\d,.]*)\s*(?P<unit>lbs?|pounds?|kg|kgs|kilos?|bags?)\s+(?:each(?!\s+(?:day"
    r"|week|month))(?:\s+time)?|apiece|(?:per|a|each|every|in\s+each)\s+(?:"
    + DELIVERY_NOUNS
    + r"))\b",
    re.I,
)


def delivered_total(text: str) -> str | None:
    """The volume of a delivery told with how often it comes ("2 deliveries a month, 20 lb
    each" -> "40 lb a month (2 deliveries of 20 lb)", "every other week, 30 lb each time" ->
    "30 lb every other week"); None otherwise."""
    each = PER_DELIVERY.search(text)
    if each is None:
        return None
    amount = float(each.group("amount").replace(",", ""))
    unit, often = each.group("unit"), DELIVERIES.search(text)
    if often is None:
        every = EVERY.search(text)
        return f"{amount:g} {unit} {every.group(0).lower()}" if every else None
    word = often.group("count").lower()
    count = _ONCE.get(word) or number_value(word) or 0
    total = f"{count * amount:g} {unit} a {_PERIODS[often.group('period').lower()]}"
    return total if count == 1 else f"{total} ({count} deliveries of {amount:g} {unit})"


_PERIODS = {"week": "week", "wk": "week", "month": "month", "mo": "month"}


_WEIGHED = re.compile(r"\b(?:lbs?|pounds?|kg|kgs|kilos?|kilograms?|bags?)\b", re.I)
_SERVED = re.compile(r"\b(?:" + "|".join(VOLUME_UNITS) + r")\b", re.I)
VOLUME_ROOM = 120  # the field's length (``Details.expected_volume``)


def _measure(volume: str) -> str | None:
    """What a volume measures: the coffee bought ("10 lb a month") or the drinks or people
    served ("60 cups each Sunday"); None when it names no unit."""
    if _WEIGHED.search(volume):
        return "weight"
    return "served" if _SERVED.search(volume) else None


def merged_volume(old: str, new: str) -> str:
    """A volume in another measure joins the one held ("About 60 cups each Sunday", then
    "maybe 10 lb a month": sales weighs both); one in the same measure, or in none, replaces
    it ("about 60 lb a month", then "more like 110 lb a month")."""
    measure = _measure(new)
    kept = [p for p in old.split("; ") if _measure(p) not in (measure, None)] if measure else []
    joined = "; ".join([*kept, new])
    return joined if len(joined) <= VOLUME_ROOM else new
