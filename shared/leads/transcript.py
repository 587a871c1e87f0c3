"""Reading the visitor's side of a transcript: messages, questions, mentions.

Questions are counted with the chat's own detector (``signals.is_question``), so the leads
console and the conversation engine agree on what a question is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shared.conversation.signals import is_question
from shared.conversation.state import Message

BUDGET_RE = re.compile(
    r"\$\s?\d|\bbudget\b|\b\d[\d,.]*\s?(?:k\b|dollars?\b|usd\b)"
    r"|\b\d[\d,.]*\s*(?:cups?|drinks?|lbs?|pounds?|kilos?|kg)\b",
    re.IGNORECASE,
)


def visitor_messages(messages: Sequence[Message]) -> list[Message]:
    """The visitor's messages, in order."""
    return [m for m in messages if m.role == "user"]


def questions(messages: Sequence[Message]) -> list[Message]:
    """The visitor's messages that ask something."""
    return [m for m in visitor_messages(messages) if is_question(m.text)]


def mentions_budget_or_volume(messages: Sequence[Message]) -> bool:
    """A budget, a dollar amount or a quantity of coffee in any visitor message."""
    return any(BUDGET_RE.search(m.text) for m in visitor_messages(messages))


def average_length(messages: Sequence[Message]) -> float:
    """The visitor's average message length in characters (0 when silent)."""
    texts = [m.text for m in visitor_messages(messages)]
    return sum(len(t) for t in texts) / len(texts) if texts else 0.0


def find_terms(text: str, terms: Sequence[str]) -> list[str]:
    """The terms that occur in ``text`` as whole words (case-insensitive), in ``terms`` order."""
    lowered = text.lower()
    return [t for t in terms if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", lowered)]


def visitor_text(messages: Sequence[Message]) -> str:
    """All the visitor's messages joined, one per line."""
    return "\n".join(m.text for m in visitor_messages(messages))
