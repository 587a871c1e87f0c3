"""Login throttling: races cannot get past it and an attacker cannot lock the owner out.

The HTTP tests run the real auth function with clients at different addresses; the timing
tests drive :class:`LoginThrottle` on the real database with an injected clock (no sleeping).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from shared.auth.attempts import LoginThrottle, ThrottlePolicy
from shared.errors import RateLimited
from tests.auth.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login
from tests.conftest import load_function_app

WRONG = "Wrong-guess-123"
Clients = Callable[[str], httpx.AsyncClient]


@pytest.fixture
async def auth_at(
    function_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Callable[..., Clients]]:
    """Factory: the auth function (with overrides) -> a function giving a client per address."""
    opened: list[httpx.AsyncClient] = []

    def start(**overrides: str) -> Clients:
        env = {"BOOTSTRAP_ADMIN_EMAIL": ADMIN_EMAIL, "BOOTSTRAP_ADMIN_PASSWORD": ADMIN_PASSWORD}
        for key, value in {**env, **overrides}.items():
            monkeypatch.setenv(key, value)
        app = load_function_app("auth")

        def at(address: str) -> httpx.AsyncClient:
            transport = httpx.ASGITransport(app=app, client=(address, 40000))
            # https, as in production, so the client keeps and sends the Secure device cookie
            client = httpx.AsyncClient(transport=transport, base_url="https://testserver")
            opened.append(client)
            return client

        return at

    yield start
    for client in opened:
        await client.aclose()


async def attempt(client: httpx.AsyncClient, email: str, password: str = WRONG) -> int:
    response = await client.post("/login", json={"email": email, "password": password})
    return response.status_code


async def fail(client: httpx.AsyncClient, email: str, times: int) -> list[int]:
    return [await attempt(client, email) for _ in range(times)]


async def test_concurrent_guesses_from_one_address_are_not_all_evaluated(
    auth_at: Callable[..., Clients],
) -> None:
    """12 simultaneous guesses from one address: exactly the 5 free ones are checked, the rest
    are 429, and then even the right password waits."""
    client = auth_at()("198.51.100.1")
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)  # starts the app before the race
    statuses = await asyncio.gather(*(attempt(client, ADMIN_EMAIL) for _ in range(12)))
    assert Counter(statuses) == {401: 5, 429: 7}
    assert await attempt(client, ADMIN_EMAIL, ADMIN_PASSWORD) == 429


async def test_concurrent_guesses_from_many_addresses_stop_at_the_account_ceiling(
    auth_at: Callable[..., Clients],
) -> None:
    """40 simultaneous guesses from 40 addresses: no more than the account ceiling (10 here)
    are checked; the correct password sent among them cannot ride the race."""
    at = auth_at(LOGIN_ACCOUNT_CEILING="10", LOGIN_ACCOUNT_INTERVAL_SECONDS="600")
    clients = [at(f"198.51.100.{i}") for i in range(1, 41)]
    await attempt(clients[0], "warm-up@example.com")
    statuses = await asyncio.gather(*(attempt(c, ADMIN_EMAIL) for c in clients))
    assert Counter(statuses) == {401: 10, 429: 30}
    late = await attempt(at("198.51.100.99"), ADMIN_EMAIL, ADMIN_PASSWORD)
    assert late == 429


async def test_an_attacker_cannot_lock_the_owner_out(auth_at: Callable[..., Clients]) -> None:
    """Twenty bad guesses from one address throttle that address only: the owner, from their
    own address, signs in at the first try."""
    at = auth_at()
    assert await fail(at("203.0.113.66"), ADMIN_EMAIL, 20) == [401] * 5 + [429] * 15
    await login(at("192.0.2.10"), ADMIN_EMAIL, ADMIN_PASSWORD)


async def distributed_attack(
    at: Clients, stop: asyncio.Event, held: asyncio.Event, seen: Counter[int]
) -> None:
    """Wrong guesses from rotating addresses (a new one each time) until stopped; ``held`` is
    set once 20 of them were refused."""
    number = 0
    while not stop.is_set():
        address = f"198.51.{100 + number // 250}.{number % 250 + 1}"
        seen[await attempt(at(address), ADMIN_EMAIL)] += 1
        number += 1
        if seen[429] >= 20:
            held.set()


async def with_device(client: httpx.AsyncClient, cookie: str, password: str) -> httpx.Response:
    """A sign-in from a fresh client that presents ``cookie`` as its device cookie."""
    body = {"email": ADMIN_EMAIL, "password": password}
    return await client.post("/login", json=body, headers={"Cookie": f"device={cookie}"})


async def test_the_owner_signs_in_from_a_known_device_during_a_distributed_attack(
    auth_at: Callable[..., Clients],
) -> None:
    """While a guesser rotating addresses holds the account at its ceiling, the owner's right
    password from a fresh address (or with a forged device cookie) waits, but from a browser
    that signed in before (its device cookie) it gets in every time, from any address."""
    at = auth_at(LOGIN_ACCOUNT_CEILING="10", LOGIN_ACCOUNT_INTERVAL_SECONDS="600")
    signed_in = await at("192.0.2.10").post(
        "/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
    )
    cookie = signed_in.cookies["device"]
    attributes = signed_in.headers["set-cookie"].lower()
    assert all(a in attributes for a in ("httponly", "secure", "samesite=strict"))
    stop, held, seen = asyncio.Event(), asyncio.Event(), Counter[int]()
    attack = asyncio.create_task(distributed_attack(at, stop, held, seen))
    try:
        await asyncio.wait_for(held.wait(), timeout=30)
        assert await attempt(at("192.0.2.77"), ADMIN_EMAIL, ADMIN_PASSWORD) == 429
        forged = cookie.split(".")[0] + "." + "0" * 64
        assert (await with_device(at("192.0.2.78"), forged, ADMIN_PASSWORD)).status_code == 429
        for n in range(8):  # the laptop moves between networks while the attack runs
            answer = await with_device(at(f"192.0.2.{20 + n}"), cookie, ADMIN_PASSWORD)
            assert answer.status_code == 200, answer.text
            cookie = answer.cookies["device"]  # each success issues a fresh cookie
    finally:
        stop.set()
        await attack
    assert seen[401] == 10  # the ceiling held against the attacker throughout


async def test_a_known_device_that_keeps_failing_is_throttled_on_its_own(
    auth_at: Callable[..., Clients],
) -> None:
    """A trusted device gets the address's free allowance, then waits; the account and other
    devices are not held up by it."""
    at = auth_at()
    stolen, other = at("192.0.2.30"), at("192.0.2.31")
    await login(stolen, ADMIN_EMAIL, ADMIN_PASSWORD)
    await login(other, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert await fail(stolen, ADMIN_EMAIL, 7) == [401] * 5 + [429] * 2
    await login(other, ADMIN_EMAIL, ADMIN_PASSWORD)


async def test_the_first_wait_is_the_backoff_base(auth_at: Callable[..., Clients]) -> None:
    """After the five free failures Retry-After announces the 30-second base delay."""
    client = auth_at()("198.51.100.5")
    await fail(client, ADMIN_EMAIL, 5)
    locked = await client.post("/login", json={"email": ADMIN_EMAIL, "password": WRONG})
    assert locked.status_code == 429
    assert 29 <= int(locked.headers["retry-after"]) <= 30


async def test_unknown_accounts_are_throttled_identically(
    auth_at: Callable[..., Clients],
) -> None:
    """An address without an account gets the same 401s, the same 429 and the same bodies."""
    client = auth_at()("198.51.100.6")
    known = await fail(client, ADMIN_EMAIL, 5)
    unknown = await fail(client, "nobody@example.com", 5)
    assert known == unknown == [401] * 5
    a = await client.post("/login", json={"email": ADMIN_EMAIL, "password": WRONG})
    b = await client.post("/login", json={"email": "nobody@example.com", "password": WRONG})
    assert a.status_code == b.status_code == 429
    assert a.json() == b.json()


async def test_success_resets_the_failure_count(auth_at: Callable[..., Clients]) -> None:
    """A successful sign-in clears the address's earlier failures."""
    client = auth_at()("198.51.100.7")
    await fail(client, ADMIN_EMAIL, 4)
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert await fail(client, ADMIN_EMAIL, 4) == [401] * 4
    await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)


class Clock:
    """A settable clock for the throttle."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
async def throttle_on(function_env: dict[str, str]) -> AsyncIterator[Any]:
    """Factory: a LoginThrottle on the test's real database with a settable clock."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        function_env["MONGODB_URI"], tz_aware=True
    )

    def make(policy: ThrottlePolicy) -> tuple[LoginThrottle, Clock]:
        clock = Clock()
        return LoginThrottle(client[function_env["MONGODB_DB"]], policy, clock), clock

    yield make
    await client.close()


async def admitted(throttle: LoginThrottle, address: str = "198.51.100.8") -> int | None:
    """None when the attempt is admitted, else the announced wait in seconds."""
    try:
        await throttle.admit("victim@example.com", address)
    except RateLimited as exc:
        return exc.retry_after
    return None


async def test_the_delay_doubles_with_each_further_failure(throttle_on: Any) -> None:
    """Five free attempts, then waits of 30, 60, 120 s, capped at the maximum."""
    throttle, clock = throttle_on(ThrottlePolicy(max_backoff=timedelta(seconds=100)))
    assert [await admitted(throttle) for _ in range(5)] == [None] * 5
    assert await admitted(throttle) == 30
    clock.advance(30)
    assert await admitted(throttle) is None
    assert await admitted(throttle) == 60
    clock.advance(60)
    assert await admitted(throttle) is None
    assert await admitted(throttle) == 100


async def test_a_free_attempt_never_makes_a_slightly_earlier_one_wait(throttle_on: Any) -> None:
    """Concurrent attempts read the clock before the counter: one that read it a moment before
    another's free attempt was recorded was refused for 1 s (1-3 % of runs of the 12-guess race)."""
    throttle, clock = throttle_on(ThrottlePolicy())
    assert await admitted(throttle) is None
    clock.advance(-0.4)  # the next attempt's clock was read just before the first one's write
    assert await admitted(throttle) is None


async def test_failures_are_forgotten_after_the_window(throttle_on: Any) -> None:
    """Once the window has passed since the last wait, the address starts afresh."""
    policy = ThrottlePolicy(window=timedelta(seconds=60))
    throttle, clock = throttle_on(policy)
    for _ in range(5):
        await admitted(throttle)
    clock.advance(30 + 61)
    assert [await admitted(throttle) for _ in range(5)] == [None] * 5


async def test_the_account_ceiling_slows_but_never_locks(throttle_on: Any) -> None:
    """Past the ceiling the account admits one attempt per interval from any address, so its
    owner is delayed by seconds, never locked for good."""
    policy = ThrottlePolicy(account_ceiling=3, account_interval=timedelta(seconds=2))
    throttle, clock = throttle_on(policy)
    assert [await admitted(throttle, f"192.0.2.{i}") for i in range(3)] == [None] * 3
    assert await admitted(throttle, "192.0.2.50") == 2
    for i in range(10):
        clock.advance(2)
        assert await admitted(throttle, f"192.0.2.{100 + i}") is None
        assert await admitted(throttle, "192.0.2.52") == 2


async def test_a_success_gives_the_account_its_attempt_back(throttle_on: Any) -> None:
    """Signing in successfully does not count towards the account's ceiling."""
    policy = ThrottlePolicy(account_ceiling=2, account_interval=timedelta(seconds=60))
    throttle, _ = throttle_on(policy)
    for _ in range(5):
        assert await admitted(throttle, "192.0.2.60") is None
        await throttle.record_success("victim@example.com", "192.0.2.60")
