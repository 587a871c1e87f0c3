"""Items asked for under a price, as the visitor words it ("is there anything under 5 grand
for espresso", "any grinders below $2,000"): whether the limit is asked within, the words
before it (which name the kind) and the uses named ("for espresso"). The limit itself is read
by :func:`shared.understanding.entities.money.price_ceiling`. Pure."""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.understanding.entities.money import price_ceiling

#: Asking what there is, not telling what was paid ("is there anything ...", "any grinders
#: ...", "what do you have ...", "got something ..."); "we paid under 5 grand" asks nothing.
_ASKS_FOR = re.compile(
    r"\b(?:anything|something|any|options?|which|is\s+there|are\s+there|what\s+(?:do|have|can)"
    r"\s+(?:you|u|ya)|do\s+(?:you|u)\s+(?:have|sell|do|carry|make)|got)\b",
    re.I,
)
#: The words that put the limit: the kind asked is named before them ("any grinders below").
_LIMIT = re.compile(r"\b(?:under|below|less\s+than|no\s+more\s+than|not\s+more\s+than)\b", re.I)
#: The use an item is asked for ("for espresso", "for cold brew").
_FOR_USE = re.compile(r"\bfor\s+([a-z]+)\b")


def asks_under_price(text: str) -> float | None:
    """The price limit ``text`` asks for things under ("is there anything under 5 grand" ->
    5000.0); None when it states none or asks for nothing ("we paid under 5 grand")."""
    limit = price_ceiling(text)
    return limit if limit is not None and _ASKS_FOR.search(text) else None


def before_limit(text: str) -> str:
    """The words before the limit ("any grinders below $2,000" -> "any grinders ")."""
    return _LIMIT.split(text, 1)[0]


def uses_named(text: str) -> set[str]:
    """The words naming what things are for ("anything under 5 grand for espresso" ->
    {"espresso"})."""
    return set(_FOR_USE.findall(normalise(text)))
