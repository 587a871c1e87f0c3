"""A figure typed without its unit, read in the unit the conversation weighs in.

Between customers an owner drops the unit they gave a moment ago: "we go thru like 60 a week"
then "lbs a week yeah. so like 240 a month with the discount whats that come to". The figure
per period is a weight when the message says the unit elsewhere ("lbs a week", "50 lbs ya. so
thats way over 100 a month") and counts no bags, or, asking what
it comes to, the one item discussed is priced per that unit (the Harbor Cold Brew Blend, per
lb). A figure with a unit, a money sign or no period is left as typed. Pure.
"""

from __future__ import annotations

import re

#: a bare count per period: "240 a month", "like 60 per week"
_BARE = re.compile(
    r"(?<![$\d.,])\b(?P<n>\d{1,5})(?=\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b)", re.I
)
#: a weight unit said in the message ("lbs a week yeah", "50 lbs ya", "in pounds")
_UNIT_SAID = re.compile(r"\b(?:lbs?|pounds)\b", re.I)
#: bags counted: a bare figure may count them ("6 a week of the 5lb bags")
_BAGS = re.compile(r"\bbags?\b", re.I)
#: a sum asked of the figure: "whats that come to", "total", "with the discount", "how much"
_SUM_ASKED = re.compile(
    r"\b(?:come\s+to|comes\s+to|total|how\s+much|cost|with\s+the\s+discount|work\s+out)\b", re.I
)


def with_unit(question: str, unit: str | None) -> str:
    """``question`` with its bare figures per period given the weight unit ("240 a month" ->
    "240 lb a month") when the message says the unit alone, or asks a sum and ``unit`` (the
    price unit of the one item discussed) is "per lb"; else unchanged."""
    if not _BARE.search(question):
        return question
    said = _UNIT_SAID.search(question) is not None and not _BAGS.search(question)
    discussed = unit == "per lb" and _SUM_ASKED.search(question) is not None
    if not (said or discussed):
        return question
    return _BARE.sub(lambda m: f"{m['n']} lb", question)
