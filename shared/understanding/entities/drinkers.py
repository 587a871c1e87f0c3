"""The drinkers among the people a business sees: the cups a day in the visitor's own terms.

A business that is no café gives its volume as footfall and a share of it: "we get 50 people a
day, half want a coffee", "25 patients a day and I doubt more than 10 would want one", "50
customers a day, about half would grab a cup, so 25ish cups". When both are said, the drinkers
are the volume, not the footfall: a count of drinkers said is taken as said, a share is applied
to a single footfall figure (never to a range: "40-50 people, half" has no one answer). Pure.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import (
    COUNT_WORDS,
    HEAD_UNITS,
    HEDGES,
    SHARES,
    VOLUME_UNITS,
    alternation,
    number_value,
    phrases,
)

_COUNT = r"(?P<count>\d{1,4}|" + alternation(COUNT_WORDS) + r")"
_HEDGE = r"(?:(?:" + phrases(HEDGES) + r")\s+)?"
# the drinkers' verb: "would want one", "take a coffee", "will grab a cup", "drink coffee"
_WANTS = (
    r"(?:of\s+(?:them|those)\s+)?(?:(?:would|will|might|may|could|usually|actually|probably)\s+)?"
    r"(?:want|wants|take|takes|grab|grabs|drink|drinks|order|orders|ask\s+for|go\s+for"
    # weaker verbs count with the drink after them: "have a cup", not "have complained"
    r"|(?:have|has|get|gets|like)\s+(?:a|an|one|coffee|some|cups?|drinks?)\b)\b"
)
DRINKER_COUNT = re.compile(r"\b" + _HEDGE + _COUNT + r"\s+" + _WANTS, re.I)
DRINKER_SHARE = re.compile(
    r"\b(?P<share>" + alternation(SHARES) + r"|\d{1,2}\s*(?:%|percent))\s+(?:of\s+(?:them|those"
    r"|the\s+\w+)\s+)?" + _WANTS.removeprefix(r"(?:of\s+(?:them|those)\s+)?"),
    re.I,
)
_DRINK_UNIT = (
    r"(?:" + "|".join(u for u in VOLUME_UNITS if u not in HEAD_UNITS and "lb" not in u) + r")"
)
# the cups said outright after the footfall: "so 25ish cups", "call it 20 coffees"
CUPS_SAID = re.compile(
    r"\b(?P<count>\d{1,4})(?:ish)?\+?\s+(?!(?:lbs?|pounds?|kg|kgs|kilos?|kilograms?|bags?)\b)"
    + _DRINK_UNIT
    + r"\b",
    re.I,
)
HEADS_UNIT = re.compile(r"\b(?:" + "|".join(HEAD_UNITS) + r")\b", re.I)
_SINGLE = re.compile(r"^\D*?(\d{1,5})\D*$")


def drinkers(text: str, footfall: re.Match[str]) -> str | None:
    """The cups a day the message gives after a footfall rate (``footfall``: the rate found,
    "maybe 50 people a day"), or None when it gives no drinkers: "25 cups a day" for "50 people
    a day, half want a coffee"; "10 cups a day" for "... I doubt more than 10 would want one"."""
    if not HEADS_UNIT.search(footfall.group(0)):
        return None
    after = text[footfall.end() :]
    period = _period(footfall.group(0))
    said = CUPS_SAID.search(after) or DRINKER_COUNT.search(after)
    if said:
        return f"{number_value(said.group('count'))} cups {period}"
    share = DRINKER_SHARE.search(after)
    heads = _SINGLE.match(footfall.group(0).replace(",", ""))
    if share is None or heads is None:
        return None
    cups = round(int(heads.group(1)) * _share_value(share.group("share")))
    return f"about {cups} cups {period}" if cups else None


def _period(rate: str) -> str:
    """The period the footfall is given per, as said ("a day", "a night", "on weekdays")."""
    unit = HEADS_UNIT.search(rate)
    said = rate[unit.end() :].strip() if unit else ""
    return said or "a day"


def _share_value(share: str) -> float:
    share = " ".join(share.lower().split())
    if share in SHARES:
        return SHARES[share]
    return int(re.sub(r"\D", "", share)) / 100
