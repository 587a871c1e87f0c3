"""Checks that a phone's last digits are gone from stored text, immune to the digits every
document holds anyway (timestamps' microseconds, ids and hashes)."""

from __future__ import annotations

import re


def holds_last_digits(text: str, digits: str) -> bool:
    """Whether ``text`` holds the phone's last digits standing alone ("ending 0162", "***0162"),
    not inside a timestamp's microseconds or a hash ("01:16:27.101623", "a0162f")."""
    return re.search(rf"(?<![0-9a-f]){digits}(?![0-9a-f])", text.lower()) is not None
