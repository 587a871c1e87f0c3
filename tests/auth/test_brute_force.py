"""Login brute force: 5 failures lock an account (known or not) with 429, then it recovers."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from tests.auth.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login

WRONG = "Wrong-guess-123"


async def fail(client: httpx.AsyncClient, email: str, times: int) -> list[int]:
    statuses = []
    for _ in range(times):
        response = await client.post("/login", json={"email": email, "password": WRONG})
        statuses.append(response.status_code)
    return statuses


async def test_five_failures_lock_the_account_then_it_recovers(make_auth: Any) -> None:
    """The 6th attempt is 429 with Retry-After even with the right password; after the lockout
    the right password works again."""
    client = await make_auth(LOGIN_LOCKOUT_SECONDS="2")
    assert await fail(client, ADMIN_EMAIL, 5) == [401] * 5
    locked = await client.post("/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    assert locked.status_code == 429
    assert 1 <= int(locked.headers["retry-after"]) <= 2
    await asyncio.sleep(2.1)
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)


async def test_the_default_lockout_is_fifteen_minutes(make_auth: Any) -> None:
    """Without overrides Retry-After announces about 900 seconds."""
    client = await make_auth()
    await fail(client, ADMIN_EMAIL, 5)
    locked = await client.post("/login", json={"email": ADMIN_EMAIL, "password": WRONG})
    assert 895 <= int(locked.headers["retry-after"]) <= 900


async def test_unknown_accounts_are_locked_identically(make_auth: Any) -> None:
    """An address without an account gets the same 401s, the same 429 and the same bodies."""
    client = await make_auth()
    known = await fail(client, ADMIN_EMAIL, 5)
    unknown = await fail(client, "nobody@example.com", 5)
    assert known == unknown == [401] * 5
    a = await client.post("/login", json={"email": ADMIN_EMAIL, "password": WRONG})
    b = await client.post("/login", json={"email": "nobody@example.com", "password": WRONG})
    assert a.status_code == b.status_code == 429
    assert a.json() == b.json()


async def test_lockout_is_per_account(make_auth: Any) -> None:
    """Locking one address does not lock another."""
    client = await make_auth()
    await fail(client, "someone@example.com", 6)
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)


async def test_failures_outside_the_window_do_not_count(make_auth: Any) -> None:
    """Failures older than the window are forgotten, so slow guessing is not locked."""
    client = await make_auth(LOGIN_WINDOW_SECONDS="1")
    await fail(client, ADMIN_EMAIL, 4)
    await asyncio.sleep(1.1)
    assert await fail(client, ADMIN_EMAIL, 2) == [401, 401]
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)


async def test_success_resets_the_failure_count(make_auth: Any) -> None:
    """A successful sign-in clears earlier failures."""
    client = await make_auth()
    await fail(client, ADMIN_EMAIL, 4)
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert await fail(client, ADMIN_EMAIL, 4) == [401] * 4
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)
