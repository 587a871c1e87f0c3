"""Quote and proposal requests: a handoff to sales that keeps the items named.

"send me a quote for 2 picos", "can your team put together pricing for us?", "I'd like a
proposal for the plan": a request verb before a quote noun. A question about quotes ("how
long does a quote take?", "do you do quotes?") is not a request. The intent classifier of
issue 22 may take this over.
"""

from __future__ import annotations

import re

_REQUEST = (
    r"(?:send|email|e-mail|give|get|put\s+together|prepare|draw\s+up|work\s+up|write\s+up"
    r"|need|want|like|request|requesting|looking\s+for|after)"
)
_QUOTE = (
    r"(?:quote|quotation|proposal|estimate|formal\s+pricing|pricing\s+(?:for\s+(?:us|me|our)"
    r"|together|in\s+writing)|price\s+list\s+for\s+us)"
)
QUOTE_REQUEST = re.compile(
    rf"\b{_REQUEST}\s+(?:\w+\s+){{0,3}}?(?:a\s+|an\s+|the\s+|some\s+|our\s+)?{_QUOTE}\b", re.I
)
_ABOUT_QUOTES = re.compile(r"\b(?:how\s+(?:long|do|does)|do\s+you\s+(?:do|give|send))\b", re.I)


def asks_quote(text: str) -> bool:
    """The visitor asks for a quote or proposal (not a question about quotes)."""
    return bool(QUOTE_REQUEST.search(text)) and not _ABOUT_QUOTES.search(text)
