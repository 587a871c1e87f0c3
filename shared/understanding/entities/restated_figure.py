"""A figure restating the amount just given: "a few hundred lb a month, call it 200", "150 to
200 cups a day, say 180", "hundreds of drinks, so ~300".

The restated figure is what sales works with, so a volume stores it in place of the amount;
it is taken only when it fits the amount it restates (a few hundred is 100 to 999; "150-200"
is not restated as 20), and a count of sites asked for is never read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.understanding.lexicon import RESTATING, phrases

_RESTATED = re.compile(
    r"\s*[,;:(-]?\s*(?:or\s+|so\s+)?(?:" + phrases(RESTATING) + r")\s*,?\s*"
    r"(?P<approx>~|(?:about|around|roughly)\s+)?(?P<figure>\d[\d,]*)\b"
    r"(?!\s*(?:%|am|pm|[:.]\d|years?|yrs?|sites?|locations?|shops?|stores?|caf\w*|days?|weeks?"
    r"|months?))",
    re.I,
)
# the word after the figure, unless the figure ends a clause ("call it 200, maybe less")
_NEXT_WORD = re.compile(
    r"\s*(?!(?:and|but|or|so|maybe|probably|max|tops|ish|or\s+so)\b)([a-z]+)", re.I
)
_DIGITS = re.compile(r"\d[\d,]*")
_HUNDREDS = re.compile(r"\b(?:hundreds|few\s+hundred|several\s+hundred)\b", re.I)


@dataclass(frozen=True)
class Restated:
    """The figure restating an amount, its hedge ("~", "about") and where the restatement ends."""

    figure: int
    approx: str
    end: int


def restated_after(text: str, amount: str, said: str, end: int) -> Restated | None:
    """The figure restating ``amount`` (the amount of the volume ``said``, ending at ``end`` of
    ``text``) right after it, when the figure fits the amount and stands alone or with a word
    of ``said`` ("call it 200", "say 200 lb"; not "say 50 foundry", a part of it); else None."""
    found = _RESTATED.match(text, end)
    if found is None:
        return None
    word = _NEXT_WORD.match(text, found.end())
    if word and word.group(1).lower() not in said.lower().split():
        return None
    figure = int(found.group("figure").replace(",", ""))
    if not _fits(amount, figure):
        return None
    approx = (found.group("approx") or "about ").strip()
    return Restated(figure, "~" if approx == "~" else f"{approx} ", found.end())


def _fits(amount: str, figure: int) -> bool:
    """The figure restates the amount: within half to twice its figures, or within the
    hundreds of "a few hundred"; an amount with neither is not restated."""
    said = [int(d.replace(",", "")) for d in _DIGITS.findall(amount)]
    if said:
        return min(said) / 2 <= figure <= max(said) * 2
    hundreds = _HUNDREDS.search(amount)
    if hundreds is None:
        return False
    return 100 <= figure <= (9999 if hundreds.group(0).lower() == "hundreds" else 999)
