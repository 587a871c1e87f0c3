"""Money and rate figures a visitor writes: numbers that are amounts, never counts.

"so 395/mo total?", "$395?", "395 a month", "395 total", "is it 395 dollars" each state a
figure of money or of money per period. Such a number confirms (or disputes) a total the bot
gave; it is never a quantity to multiply a price by. Pure functions of the message text.
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.catalog.words import canonical_number, normalise

#: Periods a rate is per ("395 a month", "395 per mo"); bare ("3 years") they count a duration.
_PERIODS = r"mo|mth|month|yr|year|wk|week|day|hr|hour"
#: Words after a number that make it an amount ("395 total", "395 dollars", "395 monthly").
_AMOUNT_WORDS = r"total|in total|overall|all in|dollars?|bucks|usd|monthly|yearly|annually|weekly"
_AFTER = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(?:(?:a|an|per|every)\s+(?:" + _PERIODS + r")|" + _AMOUNT_WORDS + r")\b"
)
#: A currency sign before a number in the raw text ("$395", "$ 1,200", "usd 395", "= 395").
_SIGNED = re.compile(r"(?:[$€£=]|\busd)\s*(\d[\d,]*(?:\.\d+)?)", re.I)
#: A number written with a per-period slash in the raw text ("395/mo", "79/location").
_SLASHED = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s*/\s*[a-z]", re.I)


def money_figures(text: str) -> set[str]:
    """The canonical numbers ``text`` writes as money or as money per period ("395/mo",
    "$395", "395 a month", "395 total" -> {"395"}); counts ("5 cafes") are not among them."""
    raw = {canonical_number(m.group(1)) for p in (_SIGNED, _SLASHED) for m in p.finditer(text)}
    flat = {canonical_number(m.group(1)) for m in _AFTER.finditer(normalise(text))}
    return raw | flat


def own_price(entity: Entity) -> set[str]:
    """``entity``'s price as a canonical number ({"13400"}): a visitor writing it quotes it."""
    return {canonical_number(f"{entity.price.amount:.2f}")} if entity.price else set()


def is_figure(value: int, text: str) -> bool:
    """Whether the number ``value`` is one ``text`` writes as money or a rate, not a count."""
    return str(value) in money_figures(text)


def confirmed(sentence: str, amount: float, text: str) -> str:
    """``sentence`` (a computed total of ``amount``) as the reply to a figure ``text`` states:
    "Yes: ..." when the visitor's figure is that total, "Not quite: ..." when they state
    another money figure, else ``sentence`` unchanged."""
    figures = money_figures(text)
    if not figures:
        return sentence
    said = canonical_number(f"{amount:.2f}")
    return f"{'Yes' if said in figures else 'Not quite'}: {sentence}"
