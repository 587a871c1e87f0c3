"""The total of an order told in parts: "about 40 lb of your espresso blend and 20 lb decaf a
month" is about 60 lb a month.

Amounts of one unit joined in one breath by "and", "+", "plus" or a comma add up; the period
said after the last part is the total's period. Nothing is added when the parts are
alternatives or a change ("40 lb or 60 lb", "from 40 lb to 60 lb", "40 lb now, 60 lb by
summer"), when a part is a range or a word ("20-30 lb", "a few hundred cups"), or when the
units differ ("40 lb and 200 cups"): then no total is read, as a wrong total is worse than none.
Pure: the caller passes the amounts it found (matches of its amount grammar).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

# what may stand between two parts: the first part's item ("of your espresso blend") and a joiner
_JOIN = re.compile(
    r"^(?:\s+(?!(?:or|to|then|now|not|instead|from|by|but|vs|versus|rather|maybe|until)\b)"
    r"[a-z][\w'-]*){0,4}\s*(?:\+|&|,\s*(?:and\s+|plus\s+)?|and|plus)\s*$",
    re.I,
)
_FIGURE = re.compile(r"^(?P<approx>[^\d]*?)(?P<figure>\d[\d,]*)\s*(?P<unit>[^\d\s][\w.]*)$")
_UNITS = {
    "lb": ("lb", "lbs", "pound", "pounds"),
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"),
    "bags": ("bag", "bags"),
    "cups": ("cup", "cups"),
    "drinks": ("drink", "drinks"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
# a period told after the last part, past its item ("20 lb decaf a month", "20 lb of decaf weekly")
_TAIL = re.compile(
    r"^(?:\s+(?:of\s+)?[a-z][\w'-]*){0,3}?\s*(?P<period>(?:a|per|each|every|/)\s*"
    r"(?:day|week|month|wk|mo)\b|daily|weekly|monthly)",
    re.I,
)


def order_total(text: str, amounts: Sequence[re.Match[str]]) -> str | None:
    """The parts' total with its period and the parts ("about 60 lb a month (40 lb + 20 lb)"),
    or None when the message holds no order told in parts. ``amounts``: each an amount with
    its unit ("about 40 lb"), in the order of the text."""
    if len(amounts) < 2 or not all(
        _JOIN.match(text[a.end() : b.start()]) for a, b in pairwise(amounts)
    ):
        return None
    parts = [_FIGURE.match(a.group(0).strip()) for a in amounts]
    if any(p is None for p in parts):
        return None  # a range or a number in words
    units = {_UNIT_OF.get(p.group("unit").lower()) for p in parts if p}
    if len(units) != 1 or None in units:
        return None
    unit = units.pop()
    figures = [int(p.group("figure").replace(",", "")) for p in parts if p]
    approx = parts[0].group("approx") if parts[0] else ""
    tail = _TAIL.match(text[amounts[-1].end() :])
    period = f" {tail.group('period')}" if tail else ""
    split = " + ".join(f"{f} {unit}" for f in figures)
    return f"{approx}{sum(figures)} {unit}{period} ({split})"
