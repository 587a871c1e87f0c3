"""Transcript lines without the details a visitor erased in chat (pure).

After "delete my phone number" the stored transcript must no longer hold the number: the
visitor's lines that gave it and the bot's that echoed it ("I'll call you at +15035550100", "a
number ending in 0100"). A line keeps its words; only the erased details become
:data:`ERASED_SPAN`. A detail is found the way the reader finds it (a phone-like run of digits
that is a valid number or ends like the stored one, any address for an erased email, spelled
out or not) and by the values the conversation held (the stored name and each of its words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shared.understanding.entities.dictated_emails import without_dictation
from shared.understanding.entities.emails import LOOSE_EMAIL_RE, SPELLED_OUT
from shared.understanding.entities.phones import CANDIDATE_RE, parse_phone

#: what a whole line becomes when everything in the conversation is erased
ERASED_LINE = "[erased at the visitor's request]"
#: what one erased detail inside a line becomes
ERASED_SPAN = "[erased]"
MIN_DIGITS = 7
ENDING_DIGITS = 4  # "a number ending in 0100": the bot's read-back of a phone
MIN_WORD = 2


def without_details(text: str, fields: Iterable[str], held: Iterable[str] = ()) -> str:
    """``text`` with the erased kinds of detail (``"email"``, ``"phone"``, ``"name"``) and the
    values the conversation held for them replaced by :data:`ERASED_SPAN`."""
    kinds, values = set(fields), [v for v in held if v]
    if "email" in kinds:
        text = LOOSE_EMAIL_RE.sub(ERASED_SPAN, without_dictation(text, ERASED_SPAN))
        text = SPELLED_OUT.sub(ERASED_SPAN, text)
    if "phone" in kinds:
        text = _without_phones(text, _digits_of(values))
    return _without_values(text, _words(values))


def _digits_of(values: list[str]) -> list[str]:
    """The digit strings of the held phone numbers (at least :data:`MIN_DIGITS` long)."""
    digits = ["".join(c for c in v if c.isdigit()) for v in values]
    return [d for d in digits if len(d) >= MIN_DIGITS]


def _without_phones(text: str, held: list[str]) -> str:
    """Every phone-like run that is a valid number, or that ends like a held one."""

    def erased(match: re.Match[str]) -> str:
        found = match.group(0)
        digits = "".join(c for c in found if c.isdigit())
        if len(digits) < MIN_DIGITS:
            return found
        same = any(h.endswith(digits[-MIN_DIGITS:]) for h in held)
        return ERASED_SPAN if same or parse_phone(found, None) else found

    text = CANDIDATE_RE.sub(erased, text)
    for number in held:  # the read-back's "ending in 0100"
        text = re.sub(rf"(?<!\d){number[-ENDING_DIGITS:]}(?!\d)", ERASED_SPAN, text)
    return text


def _words(values: list[str]) -> list[str]:
    """A held value and each of its words (a name is echoed by its first word alone)."""
    words = [w for v in values for w in re.split(r"[\s,]+", v) if len(w) >= MIN_WORD]
    return sorted({*values, *words}, key=len, reverse=True)


def _without_values(text: str, values: list[str]) -> str:
    for value in values:
        pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
        text = re.sub(pattern, ERASED_SPAN, text, flags=re.IGNORECASE)
    return text
