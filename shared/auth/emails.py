"""Account emails in one canonical form, and look-alikes refused.

An address is normalised with NFKC (full-width and compatibility letters become their plain
forms) and lower-cased, so ``ＡＤＭＩＮ@example.com`` and ``admin@example.com`` are the same
account. An address whose letters come from more than one script (a Cyrillic "а" among Latin
letters) is refused when an account is created: it can only be meant to look like another.
"""

from __future__ import annotations

import unicodedata


def normalise_email(email: str) -> str:
    """The canonical form of an address: NFKC, trimmed, lower case (pure)."""
    return unicodedata.normalize("NFKC", email).strip().lower()


def _script(char: str) -> str:
    """The script of a letter by its Unicode name's first word (LATIN, CYRILLIC, GREEK...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def scripts_of(text: str) -> set[str]:
    """The scripts of the letters in ``text`` (pure)."""
    return {_script(c) for c in text if c.isalpha()}


def mixes_scripts(email: str) -> bool:
    """Whether the address's letters come from more than one script (pure)."""
    return len(scripts_of(email)) > 1
