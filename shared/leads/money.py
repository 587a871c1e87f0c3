"""Money amounts a visitor states ("$20,000", "20k", "15,000 dollars", "$1.2 million") (pure).

Amounts are kept as numbers for the console to format; a detail the conversation stored from
the middle of an amount (``"000 for equipment"`` out of ``"$20,000 for equipment"``) is
repaired to the words that followed the amount.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shared.conversation.state import Message

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


def stated_budget(messages: Sequence[Message]) -> float | None:
    """The largest amount the visitor stated, or None."""
    values = [v for m in messages if m.role == "user" for v in amounts(m.text)]
    return max(values) if values else None


def repaired(value: str, messages: Sequence[Message]) -> str:
    """A stored detail without the tail of an amount it was cut from: when it starts with
    digits that continue a number in the visitor's words, those digits are dropped."""
    if not value[:1].isdigit():
        return value
    for message in messages:
        at = message.text.find(value) if message.role == "user" else -1
        if at > 0 and (message.text[at - 1].isdigit() or message.text[at - 1] in ",."):
            return FRAGMENT.sub("", value).strip() or value
    return value
