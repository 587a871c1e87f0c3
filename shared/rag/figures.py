"""Money and rate figures a visitor writes: numbers that are amounts, never counts.

"so 395/mo total?", "$395?", "395 a month", "395 total", "is it 395 dollars" each state a
figure of money or of money per period (read by the one money reader,
:func:`shared.understanding.entities.money.written_figures`). Such a number confirms (or
disputes) a total the bot gave; it is never a quantity to multiply a price by. Pure.
"""

from __future__ import annotations

from shared.catalog.model import Entity
from shared.catalog.words import canonical_number
from shared.understanding.entities.money import written_figures


def money_figures(text: str) -> set[str]:
    """The canonical numbers ``text`` writes as money or as money per period ("395/mo",
    "$395", "395 a month", "395 total" -> {"395"}); counts ("5 cafes") are not among them."""
    return {canonical_number(figure) for figure in written_figures(text)}


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
