"""Password hashing with bcrypt: cost 12, checked in constant time, never truncated.

bcrypt only reads the first 72 bytes of a password; a longer one is refused (422) instead of
being silently cut. Hashing takes ~250 ms at cost 12, so it runs in a worker thread and never
blocks the event loop. The cost comes from ``Settings.bcrypt_rounds`` (``BCRYPT_ROUNDS``, lowered
for tests only: :class:`shared.settings.Settings` refuses less than 12 in production).
"""

from __future__ import annotations

import asyncio
import secrets
from functools import lru_cache

import bcrypt

from shared.errors import ValidationFailed

DEFAULT_ROUNDS = 12
MAX_PASSWORD_BYTES = 72
MIN_PASSWORD_CHARS = 12


def _field_error(message: str) -> ValidationFailed:
    return ValidationFailed(details=[{"field": "password", "issue": message}])


def ensure_fits_bcrypt(password: str) -> bytes:
    """The password as bytes, or 422 when bcrypt would have to truncate it."""
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise _field_error(f"Passwords are limited to {MAX_PASSWORD_BYTES} bytes.")
    return raw


def strength_problem(password: str, email: str = "") -> str | None:
    """Why a new password is too weak, or None.

    The rule: at least 12 characters, at least one letter and one non-letter, more than four
    distinct characters, and not containing the local part of the user's email.
    """
    if len(password) < MIN_PASSWORD_CHARS:
        return f"Use at least {MIN_PASSWORD_CHARS} characters."
    if not any(c.isalpha() for c in password) or all(c.isalpha() for c in password):
        return "Mix letters with digits or symbols."
    if len(set(password)) <= 4:
        return "Use more distinct characters."
    local = email.split("@", 1)[0].lower()
    if len(local) >= 4 and local in password.lower():
        return "Do not include your email address."
    return None


def ensure_strong(password: str, email: str = "") -> None:
    """422 when a new password is over 72 bytes or breaks the strength rule."""
    ensure_fits_bcrypt(password)
    problem = strength_problem(password, email)
    if problem:
        raise _field_error(problem)


def _hash_sync(raw: bytes, rounds: int) -> str:
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds)).decode("ascii")


async def hash_password(password: str, rounds: int = DEFAULT_ROUNDS) -> str:
    """The bcrypt hash of a password (in a thread: it is slow on purpose)."""
    return await asyncio.to_thread(_hash_sync, ensure_fits_bcrypt(password), rounds)


@lru_cache(maxsize=4)
def _dummy_hash(rounds: int) -> bytes:
    return bcrypt.hashpw(secrets.token_bytes(16), bcrypt.gensalt(rounds))


def _check_sync(raw: bytes, hashed: bytes) -> bool:
    try:
        return bool(bcrypt.checkpw(raw, hashed))
    except ValueError:  # a malformed stored hash never matches
        return False


async def verify_password(password: str, hashed: str | None, rounds: int = DEFAULT_ROUNDS) -> bool:
    """Whether ``password`` matches ``hashed``, in constant time (bcrypt's own comparison).

    With ``hashed=None`` (unknown account) a dummy hash of the same cost is checked so the
    answer takes as long as for a real account and reveals nothing.
    """
    raw = ensure_fits_bcrypt(password)
    target = hashed.encode("ascii") if hashed else _dummy_hash(rounds)
    matched = await asyncio.to_thread(_check_sync, raw, target)
    return matched and hashed is not None


def hash_cost(hashed: str) -> int:
    """The cost factor recorded in a bcrypt hash (``$2b$12$...`` -> 12)."""
    return int(hashed.split("$")[2])
