"""Cheap lexical cues fed to the intent classifier beside the sentence embedding.

The embedding carries what a message is about; these cues carry what it hardly moves: a
question mark, "if", a word for deleting data, an email address. Each cue is an exact rule that
costs microseconds; the classifier learns how much each one counts, so no cue decides alone.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from shared.conversation import signals
from shared.understanding.intents import CUES
from shared.understanding.support_issues import detect

PRIVACY_RE = re.compile(
    r"\b(?:delete|remove|erase|wipe|forget|purge|scrub|take)\b.{0,40}\b(?:my|our|me|this"
    r"|the)\b.{0,25}\b(?:data|details|info|information|number|email|e-mail|address|name"
    r"|conversation|chat|record|records|account|contact|off)\b"
    r"|\b(?:what|which)\s+(?:data|info|information|details)\b.{0,30}\b(?:have|hold|keep|store)"
    r"|\b(?:gdpr|ccpa|data\s+protection|privacy|unsubscribe|opt\s+out|do\s+not\s+(?:contact"
    r"|call|email))\b",
    re.I,
)
HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|ever|what\s+happens|in\s+case|suppose|would|should|say)\b", re.I
)
QUOTE_RE = re.compile(
    r"\b(?:quote|quotes|proposal|estimate|put\s+together|pricing\s+for\s+(?:us|me|our)"
    r"|send\s+(?:me|us)|reach\s+out|get\s+back\s+to)\b",
    re.I,
)
THANKS_RE = re.compile(r"\b(?:thanks|thank\s+you|thx|ty|cheers|appreciate|bye|later|night)\b", re.I)
CONTACT_RE = re.compile(r"@|\d{3}\D{0,2}\d{3}\D?\d{4}")


def cues(message: str, text: str, foreign: bool) -> npt.NDArray[np.float32]:
    """The cue vector of a message, in ``CUES`` order: ``message`` as typed, ``text``
    normalised (text-speak expanded), ``foreign`` when the brain found another language."""
    found = {
        "question_mark": "?" in message,
        "question_words": signals.asks_something(text, terse=False),
        "human": bool(signals.HUMAN_RE.search(text)),
        "restart": bool(signals.RESTART_RE.search(text)),
        "goodbye": bool(signals.GOODBYE_RE.search(text)),
        "thanks": bool(THANKS_RE.search(text)),
        "refusal": bool(signals.REFUSAL_RE.search(text)),
        "support": detect(message) is not None,
        "support_if_customer": detect(message, existing_customer=True) is not None,
        "hypothetical": bool(HYPOTHETICAL_RE.search(text)),
        "privacy": bool(PRIVACY_RE.search(text)),
        "quote": bool(QUOTE_RE.search(text)),
        "contact": bool(CONTACT_RE.search(message)),
        "foreign": foreign,
        "short": len(text.split()) <= 3,
    }
    return np.array([found[name] for name in CUES], dtype=np.float32)
