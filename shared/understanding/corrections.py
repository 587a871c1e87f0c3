"""Corrections: the visitor replaces something said before ("sorry, 4 shops not 3", "make that
september", "typo, it ends 0172 not 0127"); "rather than" a verb weighs two ways of buying
("lease it rather than buy it outright"), it corrects nothing.

A correction cue marks the message so the new value replaces the stored one (never appended);
a digits-only correction of a stored phone ("ends 0172 not 0127") is applied to the stored
number here, since the message alone holds no full number.
"""

from __future__ import annotations

import re

CORRECTION_RE = re.compile(
    r"\b(?:sorry|actually|i\s+meant|i\s+mean|typo|no\s+[a-z]\b|not\s+[A-Za-z]+,|spelled|spelt"
    r"|correction|my\s+bad|oops|wait|make\s+(?:that|it)|change\s+(?:that|it)\s+to|scratch|scrap"
    r"|chang(?:e|ed)\s+(?:my|our)\s+minds?"
    r"|instead|rather\s+than(?!\s+(?:to\s+)?(?:buy|buying|purchas\w*|pay\w*|own\w*|lease\w*|leasing|rent\w*|get\w*|go\w*|wait\w*|use|using|have|having|do|doing)\b)|forget\s+the|on\s+second\s+thought|pushed|moved\s+(?:it|the\s+opening)|wrong\s+(?:number|email|one)"
    r"|should\s+(?:be|have\s+said)|not\s+\d+\b|i\s+said\s+\S+\s+(?:earlier|before|but)"
    # a spelling fixed: "it's John with an h, autocorrect", "Sara without the h", "two n's"
    r"|auto-?correct\w*|\bwith(?:out)?\s+(?:an?|the|one|two|double)\s+[a-z]\b(?![\w'’])"
    r"|\b(?:one|two)\s+[a-z]['’]s\b|\bdouble\s+[a-z]\b(?![\w'’]))",
    re.I,
)
_SUFFIX = re.compile(
    r"\b(?:ends?|ending)\s+(?:in\s+|with\s+)?(?P<new>\d{2,4})\s*,?\s+not\s+(?P<old>\d{2,4})\b"
    r"|\b(?P<new2>\d{2,4})\s+not\s+(?P<old2>\d{2,4})\b",
    re.I,
)


def is_correction(text: str) -> bool:
    """The message corrects something said before ("sorry, typo", "make that september")."""
    return bool(CORRECTION_RE.search(text))


def corrected_phone(text: str, stored: str | None) -> str | None:
    """The stored phone with its last digits replaced, when the message says "ends 0172 not
    0127" and the stored number does end in the wrong digits; None otherwise."""
    if not stored:
        return None
    match = _SUFFIX.search(text)
    if match is None:
        return None
    new = match.group("new") or match.group("new2")
    old = match.group("old") or match.group("old2")
    if len(new) != len(old) or not stored.endswith(old):
        return None
    return stored[: -len(old)] + new
