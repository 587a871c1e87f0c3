"""Masking of personal data and secrets before anything is logged.

Session ids are bearer capabilities (whoever holds one can continue the conversation), so a
log never shows one: every 32-hex-digit id in a log line becomes ``#s`` and a short digest, the
same for the same id, which still lets one follow a session through the logs.
"""

from __future__ import annotations

import hashlib
import re

from shared.understanding.entities.dictated_emails import written_dictation

# \w: international addresses (``ana@café.com``) are masked too
EMAIL_RE = re.compile(r"[\w.%+\-]+@[\w.\-]+\.[^\W\d_]{2,}")
PHONE_RE = re.compile(r"(?<![\w])\+?\d[\d\s().\-]{6,}\d")
BEARER_RE = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-]+")
HEX_ID_RE = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])")


def short_hash(value: str) -> str:
    """``#s`` and the first 10 hex digits of the value's SHA-256: stable, not reversible (the
    letter keeps the phone pattern from reading the digits as a number)."""
    return "#s" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:10]


def mask_tail(value: str, keep: int = 4) -> str:
    """Hide all but the last ``keep`` characters: ``secret1234`` -> ``******1234``."""
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


_secrets: set[str] = set()
MIN_SECRET_CHARS = 8


def register_secret(value: str) -> None:
    """Have :func:`mask_text` mask this configured secret wherever it appears (values too
    short to be secrets are ignored, so they cannot mangle ordinary text)."""
    if len(value) >= MIN_SECRET_CHARS:
        _secrets.add(value)


def mask_secrets(text: str) -> str:
    """Every registered secret in ``text`` shown as its last 4 characters only."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, mask_tail(secret))
    return text


def mask_text(text: str) -> str:
    """Mask every configured secret, email (one dictated as words, "amy at fern cafe dot com",
    written first), phone number and bearer token in free text."""
    text = written_dictation(mask_secrets(text))
    text = BEARER_RE.sub(lambda m: m.group(1) + mask_tail(m.group(0)[len(m.group(1)) :]), text)
    text = EMAIL_RE.sub(lambda m: mask_tail(m.group(0)), text)
    text = HEX_ID_RE.sub(lambda m: short_hash(m.group(0)), text)
    return PHONE_RE.sub(lambda m: mask_tail(m.group(0)), text)
