"""Account emails in one canonical form, and look-alikes refused.

An address is normalised with NFKC (full-width and compatibility letters become their plain
forms) and lower-cased, so ``ＡＤＭＩＮ@example.com`` and ``admin@example.com`` are the same
account. An address the look-alike rules refuse (:mod:`shared.lookalikes`: a non-ASCII local
part, punycode that decodes to mixed scripts) cannot be created, nor one whose UTS #39 skeleton
equals an existing account's (:func:`lookalike_of`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from shared.lookalikes import address_skeleton


def normalise_email(email: str) -> str:
    """The canonical form of an address: NFKC, trimmed, lower case (pure)."""
    return unicodedata.normalize("NFKC", email).strip().lower()


def lookalike_of(email: str, existing: Iterable[str]) -> str | None:
    """The first existing address that is another spelling of the same skeleton (pure)."""
    wanted = address_skeleton(email)
    return next((e for e in existing if e != email and address_skeleton(e) == wanted), None)
