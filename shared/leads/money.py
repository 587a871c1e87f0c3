"""The budget a visitor stated and stored details repaired from cut amounts (pure).

The amounts are read by :mod:`shared.understanding.entities.money`; here they are taken from
the visitor's messages only (never the bot's), and the largest is the budget.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import Message
from shared.leads import transcript
from shared.understanding.entities.money import amounts, without_amount_tail


def _visitor_texts(messages: Sequence[Message]) -> list[str]:
    return transcript.numbers_read(messages)  # "ten grand" too


def stated_budget(messages: Sequence[Message]) -> float | None:
    """The largest amount the visitor stated, or None."""
    values = [v for text in _visitor_texts(messages) for v in amounts(text)]
    return max(values) if values else None


def repaired(value: str, messages: Sequence[Message]) -> str:
    """A stored detail without the tail of an amount it was cut from, looked for in the
    visitor's messages (see :func:`without_amount_tail`)."""
    return without_amount_tail(value, _visitor_texts(messages))
