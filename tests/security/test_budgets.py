"""Budgets that one client cannot spend for another: a stranger holding a visitor's session id
cannot use up that visitor's chat limit, and with a shared store one address has one default
budget across every function."""

from __future__ import annotations

import httpx
import pytest

from tests.security.conftest import EchoFactory, redis_flush

SESSION = "c" * 32


def from_address(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


async def test_a_stranger_cannot_spend_a_visitors_chat_budget(echo_client: EchoFactory) -> None:
    """Twenty turns (valid or invalid) sent from another address with the visitor's session id
    leave the visitor's own chat budget untouched."""
    client = await echo_client(RATE_LIMIT_CHAT="3/minute", TRUSTED_PROXY_COUNT="1")

    async def send(address: str, body: object) -> httpx.Response:
        return await client.post("/messages", json=body, headers=from_address(address))

    stranger = [await send("198.51.100.66", {"session_id": SESSION}) for _ in range(20)]
    assert [r.status_code for r in stranger].count(429) == 17
    visitor = [await send("192.0.2.10", {"session_id": SESSION, "message": "hi"}) for _ in "abc"]
    assert [r.status_code for r in visitor] == [200, 200, 200]


async def test_one_default_budget_across_functions_with_a_shared_store(
    echo_client: EchoFactory, redis_url: str
) -> None:
    """A chat-kind and an auth-kind function on one Redis share the address's default limit:
    4 a minute means 4 in total, not 4 per function."""
    redis_flush(redis_url)
    env = {"RATE_LIMIT_DEFAULT": "4/minute", "RATE_LIMIT_STORAGE_URI": redis_url}
    chat = await echo_client(ECHO_KIND="chat", **env)
    auth = await echo_client(ECHO_KIND="auth", **env)
    statuses = [(await c.get("/ping")).status_code for c in (chat, auth, chat, auth)]
    assert statuses == [200] * 4
    assert (await auth.get("/ping")).status_code == 429
    assert (await chat.get("/ping")).status_code == 429


async def test_hammering_health_costs_one_check_per_second() -> None:
    """/health stays unlimited for probes, but 50 concurrent calls run the dependency check
    once: the answer is reused for a second."""
    import asyncio

    from shared.function import HttpFunction
    from shared.routing import Router

    calls: list[int] = []

    async def check() -> None:
        calls.append(1)
        await asyncio.sleep(0.05)

    app = HttpFunction("probe", Router(), health_checks={"dependency": check})

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def entry(request: Request) -> Response:
        return await app(request)

    routes = [Route("/{path:path}", entry)]  # the route functions-framework gives a function
    transport = httpx.ASGITransport(app=Starlette(routes=routes))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        answers = await asyncio.gather(*(client.get("/health") for _ in range(50)))
    assert {a.status_code for a in answers} == {200}
    assert len(calls) == 1


async def test_the_memory_limiter_starts_no_threads_and_still_forgets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hits spaced like real traffic start no timer thread (the library's storage started one
    per hit), and expired windows are still swept from memory."""
    import asyncio
    import threading

    from shared.security import ratelimit
    from shared.security.ratelimit import Policy, RateLimiter

    started: list[object] = []
    original = threading.Timer.start

    def counting_start(self: threading.Timer) -> None:
        started.append(self)
        original(self)

    limiter = RateLimiter("memory://")  # (its constructor's one timer is cancelled at once)
    monkeypatch.setattr(threading.Timer, "start", counting_start)
    monkeypatch.setattr(ratelimit, "SWEEP_SECONDS", 0.2)
    policy = Policy.parse("t", "1/second")
    for i in range(20):
        outcome = await limiter.hit(policy, f"ip:{i}")
        assert outcome is not None
        assert outcome.allowed
        await asyncio.sleep(0.015)
    assert started == []
    await asyncio.sleep(1.1)
    await limiter.hit(policy, "ip:late")
    assert len(limiter.storage.events) == 1  # only the late key's window is left
