"""When a visitor would like to be called: "tomorrow afternoon", "after 3pm", "on Monday" (pure).

A message may name several ("monday or tuesday, after 3pm"): a clock time or a phrase of more
than one word wins over a bare day or part of the day, and the last of those is the one meant.
Kept as the visitor wrote it, for the salesperson to read.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import WEEKDAYS

_DAY = "(?:" + "|".join(("today", "tonight", "tomorrow", *WEEKDAYS)) + ")"
_PART = r"(?:morning|afternoon|evening|lunch(?:time)?|midday|noon)"
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
PREFERRED = re.compile(
    rf"\b(?:(?:after|before|around|at|from|between)\s+{_CLOCK}(?:\s*(?:and|to|-)\s*{_CLOCK})?"
    rf"|(?:(?:this|tomorrow|on\s+{_DAY})\s+)?(?:in\s+the\s+)?{_PART}s?"
    rf"|(?:on\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening))?)\b",
    re.IGNORECASE,
)


def call_time(text: str) -> str | None:
    """The time preference the message states, as written, or None."""
    found = [m.group(0).strip() for m in PREFERRED.finditer(text)]
    clock = [f for f in found if any(ch.isdigit() for ch in f) or " " in f]
    return (clock or found)[-1] if found else None
