"""Masking of personal data and secrets before anything is logged."""

from __future__ import annotations

import re

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"(?<![\w])\+?\d[\d\s().\-]{6,}\d")
BEARER_RE = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-]+")


def mask_tail(value: str, keep: int = 4) -> str:
    """Hide all but the last ``keep`` characters: ``secret1234`` -> ``******1234``."""
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


def mask_text(text: str) -> str:
    """Mask every email, phone number and bearer token found in free text."""
    text = BEARER_RE.sub(lambda m: m.group(1) + mask_tail(m.group(0)[len(m.group(1)) :]), text)
    text = EMAIL_RE.sub(lambda m: mask_tail(m.group(0)), text)
    return PHONE_RE.sub(lambda m: mask_tail(m.group(0)), text)
