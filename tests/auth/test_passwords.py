"""Password hashing: bcrypt cost 12, constant-time checks, no truncation, a strength rule."""

from __future__ import annotations

import pytest

from shared.auth import passwords
from shared.errors import ValidationFailed
from shared.settings import Settings

GOOD = "Flat-White-2024!"


async def test_hashes_use_cost_12_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without BCRYPT_ROUNDS the settings and the hash are bcrypt at cost 12 and verify."""
    monkeypatch.delenv("BCRYPT_ROUNDS", raising=False)
    assert Settings().bcrypt_rounds == 12
    hashed = await passwords.hash_password(GOOD)
    assert hashed.startswith("$2b$12$")
    assert passwords.hash_cost(hashed) == 12
    assert await passwords.verify_password(GOOD, hashed)


async def test_wrong_password_does_not_verify() -> None:
    """A different password (even one differing in the last character) is refused."""
    hashed = await passwords.hash_password(GOOD)
    assert not await passwords.verify_password(GOOD[:-1] + "?", hashed)


async def test_unknown_account_checks_a_dummy_hash_and_fails() -> None:
    """With no stored hash the check still runs bcrypt and answers False."""
    assert not await passwords.verify_password(GOOD, None)


async def test_malformed_stored_hash_never_matches() -> None:
    """A corrupt hash in the database makes the check fail instead of raising."""
    assert not await passwords.verify_password(GOOD, "not-a-bcrypt-hash")


@pytest.mark.parametrize("password", ["a1" * 37, "é" * 37])
async def test_passwords_over_72_bytes_are_refused_not_truncated(password: str) -> None:
    """73+ bytes (ASCII or multi-byte) raise 422 for hashing and checking alike."""
    with pytest.raises(ValidationFailed):
        await passwords.hash_password(password)
    with pytest.raises(ValidationFailed):
        await passwords.verify_password(password, None)


def test_exactly_72_bytes_is_accepted() -> None:
    """The limit is inclusive: 72 bytes fit bcrypt without truncation."""
    assert len(passwords.ensure_fits_bcrypt("x1" * 36)) == 72


@pytest.mark.parametrize(
    ("password", "email"),
    [
        ("Short-1", ""),
        ("onlylettersherejustletters", ""),
        ("123456789012345", ""),
        ("abab1abab1abab1", ""),
        ("Ana.Costa-2024-x", "ana.costa@example.com"),
    ],
)
def test_weak_passwords_are_refused(password: str, email: str) -> None:
    """Too short, one character class, few distinct characters, or the email name: 422."""
    with pytest.raises(ValidationFailed):
        passwords.ensure_strong(password, email)


def test_a_strong_password_passes_the_rule() -> None:
    """Twelve mixed characters unrelated to the email pass."""
    passwords.ensure_strong(GOOD, "ana@example.com")


def test_production_refuses_a_lowered_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    """BCRYPT_ROUNDS below 12 is a test-only setting: Settings refuses it in production."""
    monkeypatch.setenv("ENV", "production")
    monkeypatch.setenv("JWT_SECRET", "x" * 40)
    monkeypatch.setenv("BCRYPT_ROUNDS", "4")
    with pytest.raises(ValueError, match="tests only"):
        Settings()
