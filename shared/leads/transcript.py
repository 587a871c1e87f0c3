"""The visitor's side of a transcript: messages, and the reader's observations of them.

Meaning comes from the reader (:func:`shared.understanding.observations.observe`), whose
question detector is the chat's own, so the leads console and the conversation engine agree
on what a question is.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import Message
from shared.understanding.observations import Observations, observe


def visitor_messages(messages: Sequence[Message]) -> list[Message]:
    """The visitor's messages, in order."""
    return [m for m in messages if m.role == "user"]


def observed(messages: Sequence[Message]) -> list[Observations]:
    """The reader's observations of each visitor message, in order."""
    return [observe(m.text) for m in visitor_messages(messages)]


def questions(messages: Sequence[Message]) -> list[Message]:
    """The visitor's messages that ask something."""
    return [m for m in visitor_messages(messages) if observe(m.text).question]


def mentions_budget_or_volume(messages: Sequence[Message]) -> bool:
    """A budget, a dollar amount or a quantity of coffee in any visitor message."""
    return any(o.mentions_amount for o in observed(messages))


def average_length(messages: Sequence[Message]) -> float:
    """The visitor's average message length in characters (0 when silent)."""
    texts = [m.text for m in visitor_messages(messages)]
    return sum(len(t) for t in texts) / len(texts) if texts else 0.0


def visitor_text(messages: Sequence[Message]) -> str:
    """All the visitor's messages joined, one per line, their numbers as the reader read them
    ("two hundred cups" is 200 cups: :attr:`Observations.numbers`)."""
    return "\n".join(numbers_read(messages))


def numbers_read(messages: Sequence[Message]) -> list[str]:
    """Each visitor message as the reader read it, its spoken numbers as digits, in order."""
    return [seen.numbers for seen in observed(messages)]
