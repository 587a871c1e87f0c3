"""Money amounts a visitor states ("$20,000", "20k", "15,000 dollars", "$1.2 million") (pure).

Amounts are numbers, in the order written. A detail the conversation stored from the middle of
an amount (``"000 for equipment"`` out of ``"$20,000 for equipment"``) is found again in the
visitor's words and repaired to the words that followed the amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6}
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
_SCALE_WORD = r"(?:\s*(k|m|mm|thousand|million)\b)?"
AMOUNT = re.compile(
    rf"(?:\$|\busd\s?)\s?{_NUMBER}{_SCALE_WORD}|\b{_NUMBER}{_SCALE_WORD}\s*(?:dollars?|usd)\b"
    rf"|\b{_NUMBER}\s*(k)\b",
    re.IGNORECASE,
)
FRAGMENT = re.compile(r"^[\d,.]+\s*(?:k\b|thousand\b|dollars?\b)?\s*")


def _value(whole: str, cents: str | None, scale: str | None) -> float:
    number = float(whole.replace(",", "") + (f".{cents}" if cents else ""))
    return number * _SCALE.get((scale or "").lower(), 1.0)


def amounts(text: str) -> list[float]:
    """Every amount of money in ``text``, in order."""
    found = []
    for match in AMOUNT.finditer(text):
        groups = match.groups()
        if groups[0] is not None:
            found.append(_value(groups[0], groups[1], groups[2]))
        elif groups[3] is not None:
            found.append(_value(groups[3], groups[4], groups[5]))
        else:
            found.append(_value(groups[6], groups[7], groups[8]))
    return found


def without_amount_tail(value: str, texts: Iterable[str]) -> str:
    """A stored detail without the tail of an amount it was cut from: when it starts with
    digits that continue a number in one of the visitor's ``texts``, those digits are dropped."""
    if not value[:1].isdigit():
        return value
    for text in texts:
        at = text.find(value)
        if at > 0 and (text[at - 1].isdigit() or text[at - 1] in ",."):
            return FRAGMENT.sub("", value).strip() or value
    return value
