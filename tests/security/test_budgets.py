"""Budgets that one client cannot spend for another: a stranger holding a visitor's session id
cannot use up that visitor's chat limit, and with a shared store one address has one default
budget across every function."""

from __future__ import annotations

import httpx

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
