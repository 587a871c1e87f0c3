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

from shared.understanding.entities.cues import PREFERENCE_RE

# what may stand between two parts: the first part's item ("of your espresso blend") and a
# joiner, or a line break to the next line of a list with its item ("\n• Night Shift Decaf – ")
_JOIN = re.compile(
    r"^(?:(?:\s+(?!(?:or|to|then|now|not|instead|from|by|but|vs|versus|rather|maybe|until)\b)"
    r"[a-z][\w'-]*){0,4}\s*(?:\+|&|,\s*(?:and\s+|plus\s+)?|and|plus)\s*"
    r"|[ \t]*\n\s*(?:[•*·-]|\d{1,2}[.)])?[ \t]*(?:[A-Za-z][\w'&-]*[ \t]+){0,4}?[–—:-]?[ \t]*"
    r"(?:x[ \t]*)?"
    # the same list once the chat has made it one line: "... 120 lb • Night Shift Decaf – "
    r"|\s*[•·]\s*(?:[A-Za-z][\w'&-]*\s+){0,4}?[–—:-]?\s*(?:x\s*)?)$",
    re.I,
)
# a period said before a list: "monthly standing order for our 3 cafés: ..."
_PERIOD_BEFORE = re.compile(r"\b(?P<period>monthly|weekly)\b", re.I)
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
    tail = _TAIL.match(text[amounts[-1].end() :]) or _PERIOD_BEFORE.search(
        text[: amounts[0].start()]
    )
    period = f" {tail.group('period')}" if tail else ""
    split = " + ".join(f"{f} {unit}" for f in figures)
    return f"{approx}{sum(figures)} {unit}{period} ({split})"


# a part corrected: "Foundry should be 140 lb not 120", "make the decaf 20 lb, not 15"
_PART_FIX = re.compile(
    r"(?P<new>\d[\d,]*)\s*(?P<unit>lbs?|pounds?|kgs?|kilos?|bags?|cups?|drinks?)\b[,\s]*"
    r"(?:not|instead\s+of)\s+(?P<old>\d[\d,]*)\b",
    re.I,
)
_PARTS = re.compile(
    r"^(?P<approx>\D*?)\d[\d,]*\s+(?P<unit>\w+)(?P<period>[^(]*)\((?P<parts>[^)]*)\)$"
)


def corrected_part(text: str) -> tuple[int, int] | None:
    """The part a message corrects, as (old, new) figures ("140 lb not 120" -> (120, 140))."""
    fix = _PART_FIX.search(text)
    if fix is None:
        return None
    return int(fix.group("old").replace(",", "")), int(fix.group("new").replace(",", ""))


def with_part_replaced(total: str, old: int, new: int) -> str | None:
    """A total told in parts with one part replaced ("175 lb monthly (120 lb + 15 lb + 40 lb)",
    120 -> 140: "195 lb monthly (140 lb + 15 lb + 40 lb)"), or None when no part is ``old``."""
    found = _PARTS.match(total.strip())
    if found is None:
        return None
    unit = found.group("unit")
    figures = [int(p.split()[0].replace(",", "")) for p in found.group("parts").split(" + ")]
    if old not in figures:
        return None
    figures[figures.index(old)] = new
    split = " + ".join(f"{f} {unit}" for f in figures)
    return f"{found.group('approx')}{sum(figures)} {unit}{found.group('period')}({split})"


# a second part whose unit is the first's, said once: "twenty pounds of that and eighty of the
# foundry" is 80 pounds of the foundry
# a figure of a part: not money, a share or a time ("$11", "10%", "7am")
_PART_FIGURE = re.compile(r"(?<![$\d.,])\b(\d{1,4})\b(?![.,]?\d|\s*(?:%|am\b|pm\b))")


def splits_amount(told: str) -> bool:
    """Two or more figures after the amount ``told`` starts with add up to it, one after the
    other ("100 lb ... like 60 espresso 40 cold brew")."""
    figures = [int(f) for f in _PART_FIGURE.findall(told)]
    if len(figures) < 3:
        return False
    target, figures = figures[0], figures[1:]
    for start in range(len(figures)):
        run = 0
        for end in range(start, len(figures)):
            run += figures[end]
            if run == target and end > start:
                return True
    return False


_UNIT_SAID_ONCE = re.compile(
    r"(?P<first>\b\d[\d,]*\s*(?P<unit>lbs?|pounds?|kgs?|kilos?|bags?)\b[^.;!?\d]{0,40}?"
    r"(?:\band|\bplus|\+|,)\s+)(?P<figure>\d[\d,]*)(?!\s*(?:lbs?|pounds?|kgs?|kilos?|bags?|cups?|drinks?)\b)(?=\s+(?:of\s+)?(?P<item>(?:[\w'-]+\s*){1,4}))",
    re.I,
)


def with_unit_said_once(text: str) -> str:
    """The text with the unit of an order's first part written on a later part that names a
    coffee without a unit ("20 pounds of that and 80 of the foundry" -> "... and 80 pounds of
    the foundry"); a part that names no coffee ("20 lb of decaf and 3 of our cafés") is left
    as typed."""

    def carried(match: re.Match[str]) -> str:
        coffee = PREFERENCE_RE.search(match.group("item"))
        unit = match.group("unit") if coffee else ""
        return f"{match.group('first')}{match.group('figure')}{' ' + unit if unit else ''}"

    first = _UNIT_SAID_ONCE.search(text)
    if first is not None and splits_amount(text[first.start() :]):
        return text  # "90 lb, 60 espresso 30 harbor": the parts split the 90, they add nothing
    return _UNIT_SAID_ONCE.sub(carried, text)
