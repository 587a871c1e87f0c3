"""A question that presses for the exact detail: "what's in the kit exactly?", "what does the
plan cover, specifically?", "how much is it precisely?".

The visitor read what was said and wants it spelled out; an answer the previous reply already
gave is then said again plainly, not as "As I mentioned: ..." (which would tell them they missed
it). Only inside a question: "exactly!" agrees, and "that's exactly what we need" tells.
"""

from __future__ import annotations

import re

from shared.understanding.questions import is_question

# not the understatement ("Colorado isn't exactly next door") nor a likeness ("looks exactly like")
PRESSED_RE = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)\b(?:exactly|precisely|specifically|in\s+(?:more\s+)?detail"
    r"|(?:the\s+)?exact\s+(?:details|contents|price|figure|number|terms))\b(?!\s+like\b)",
    re.I,
)


def presses_for_detail(text: str) -> bool:
    """The message asks a question and presses for its exact answer."""
    return bool(PRESSED_RE.search(text)) and is_question(text)
