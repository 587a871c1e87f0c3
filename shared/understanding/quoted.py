"""Prices the visitor quotes from their current supplier, then asks ours of.

"we pay our current roaster 10.35 a lb for house espresso and 12.75 for decaf. What are yours?"
asks our price of each thing they priced: "yours" is read as "your prices for your house
espresso and your decaf", whose "your <words>" the catalog resolves (the Foundry Espresso, the
Night Shift Decaf). Only the things the visitor put a figure on are asked; with none, or an ask
that names its own subject, the text is unchanged. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: "<figure> (a lb) for <thing>": what the visitor pays for something now.
_QUOTED = re.compile(
    r"\$?\d[\d,.]*\s*(?:k\b)?\s*(?:(?:a|an|per|/)\s*(?:lb|lbs|pound|bag|kg|kilo|month)s?\s+)?"
    r"for\s+(?:the\s+|our\s+|their\s+|a\s+)?(?P<thing>[a-z][a-z -]{1,30}?)"
    r"(?=\s*(?:[,.;!?]|\band\b|\bdelivered\b|$))",
    re.I,
)
#: "what are yours?", "and yours?", "how about yours": ours of what they just priced.
_YOURS = re.compile(
    r"\b(?:what(?:'s|s|\s+is|\s+are|\s+re|\s+about)|how\s+about|and)\s+yours\b\s*\??", re.I
)


def as_ours(text: str, one_item: Callable[[str], bool]) -> str:
    """``text`` with "what are yours?" asked of each thing priced before it that ``one_item``
    finds one catalog item for ("your decaf"; not "your dark blend now") (module docstring)."""
    ask = _YOURS.search(text)
    if ask is None:
        return text
    quoted = [m.group("thing").strip() for m in _QUOTED.finditer(text[: ask.start()])]
    things = [t for t in quoted if one_item(f"your {t}")]
    if not things:
        return text
    asked = " and ".join(f"your {t}" for t in dict.fromkeys(things))
    return f"{text[: ask.start()]}what are your prices for {asked}?{text[ask.end() :]}"
