"""Rate limits (moving window, ``limits``): per IP by default, per IP on login, per session on
chat messages; 429 with Retry-After, then allowed again; IETF RateLimit headers throughout."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx

from tests.auth.conftest import ADMIN_EMAIL
from tests.conftest import FunctionClient
from tests.security.conftest import EchoFactory

SESSION_A = "a" * 32
SESSION_B = "b" * 32


async def test_default_limit_goes_to_429_and_back(echo_client: EchoFactory) -> None:
    """The 4th request in the window is 429 with Retry-After; after it, requests pass again."""
    client = await echo_client(RATE_LIMIT_DEFAULT="3/2 seconds")
    statuses = [(await client.get("/ping")).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    refused = await client.get("/ping")
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    wait = int(refused.headers["retry-after"])
    assert 1 <= wait <= 2
    await asyncio.sleep(wait + 0.1)
    assert (await client.get("/ping")).status_code == 200


async def test_responses_carry_ietf_ratelimit_headers(echo_client: EchoFactory) -> None:
    """RateLimit-Policy names quota and window; RateLimit counts down the remaining requests."""
    client = await echo_client(RATE_LIMIT_DEFAULT="5/minute")
    first = await client.get("/ping")
    second = await client.get("/ping")
    assert first.headers["ratelimit-policy"] == '"default";q=5;w=60'
    assert first.headers["ratelimit"].startswith('"default";r=4;t=')
    assert second.headers["ratelimit"].startswith('"default";r=3;t=')


async def test_forwarded_for_is_ignored_without_trusted_proxies(echo_client: EchoFactory) -> None:
    """A client cannot dodge the limit by inventing X-Forwarded-For addresses."""
    client = await echo_client(RATE_LIMIT_DEFAULT="2/minute")
    statuses = [
        (await client.get("/ping", headers={"X-Forwarded-For": f"198.51.100.{i}"})).status_code
        for i in range(3)
    ]
    assert statuses == [200, 200, 429]


async def test_forwarded_for_separates_clients_behind_a_trusted_proxy(
    echo_client: EchoFactory,
) -> None:
    """With one trusted proxy each forwarded client address has its own budget."""
    client = await echo_client(RATE_LIMIT_DEFAULT="2/minute", TRUSTED_PROXY_COUNT="1")

    async def hit(ip: str) -> int:
        spoofed = f"6.6.6.{len(ip)}, {ip}"
        return (await client.get("/ping", headers={"X-Forwarded-For": spoofed})).status_code

    assert [await hit("198.51.100.1") for _ in range(3)] == [200, 200, 429]
    assert await hit("198.51.100.2") == 200


async def test_login_has_a_stricter_limit_per_ip(function_client: FunctionClient) -> None:
    """POST /login is refused past RATE_LIMIT_LOGIN whatever the body; other routes are not."""
    client = await function_client("auth", RATE_LIMIT_LOGIN="2/minute")
    body = {"email": ADMIN_EMAIL, "password": "whatever-123x"}
    statuses = [(await client.post("/login", json=body)).status_code for _ in range(3)]
    assert statuses == [401, 401, 429]
    refused = await client.post("/login", json=body)
    assert '"login";q=2;w=60' in refused.headers["ratelimit-policy"]
    assert int(refused.headers["retry-after"]) >= 1
    assert (await client.get("/me")).status_code == 401


async def test_chat_messages_are_limited_per_session(echo_client: EchoFactory) -> None:
    """Each conversation the chat holds has its own RATE_LIMIT_CHAT budget; the handler still
    reads the body."""
    client = await echo_client(
        RATE_LIMIT_CHAT="2/minute", ECHO_KNOWN_SESSIONS=f"{SESSION_A},{SESSION_B}"
    )

    async def send(session: str | None) -> httpx.Response:
        return await client.post("/messages", json={"session_id": session, "message": "hi"})

    first = await send(SESSION_A)
    assert first.json() == {"session_id": SESSION_A, "echo": "hi"}
    assert (await send(SESSION_A)).status_code == 200
    refused = await send(SESSION_A)
    assert refused.status_code == 429
    assert "retry-after" in refused.headers
    assert (await send(SESSION_B)).status_code == 200


async def test_new_or_malformed_sessions_share_the_ip_budget(echo_client: EchoFactory) -> None:
    """Without a session id the chat holds (none, malformed, or well-formed but made up) the
    chat limit is keyed by IP, so inventing ids does not help."""
    client = await echo_client(RATE_LIMIT_CHAT="3/minute", ECHO_KNOWN_SESSIONS=SESSION_A)
    bodies = [
        {"message": "hi"},
        {"session_id": "x", "message": "hi"},
        {"session_id": "c" * 32, "message": "hi"},
        {"session_id": "d" * 32, "message": "hi"},
    ]
    statuses = [(await client.post("/messages", json=b)).status_code for b in bodies]
    assert statuses == [200, 200, 200, 429]
    known = {"session_id": SESSION_A, "message": "hi"}
    assert (await client.post("/messages", json=known)).status_code == 200


async def test_known_sessions_share_the_address_allowance(echo_client: EchoFactory) -> None:
    """Each known session keeps its own allowance only within the address's: past
    RATE_LIMIT_CHAT_ADDRESS every conversation from that address waits."""
    client = await echo_client(
        RATE_LIMIT_CHAT="2/minute",
        RATE_LIMIT_CHAT_ADDRESS="3/minute",
        ECHO_KNOWN_SESSIONS=f"{SESSION_A},{SESSION_B}",
    )
    sessions = [SESSION_A, SESSION_A, SESSION_B, SESSION_B]
    statuses = [
        (await client.post("/messages", json={"session_id": s, "message": "hi"})).status_code
        for s in sessions
    ]
    assert statuses == [200, 200, 200, 429]


async def test_oversized_chat_body_is_413_before_it_is_read(echo_client: EchoFactory) -> None:
    """A Content-Length over 64 KiB is refused by the limiter without reading the body."""
    client = await echo_client()
    big = b'{"message": "' + b"a" * 70_000 + b'"}'
    response = await client.post(
        "/messages", content=big, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "ratelimit" in response.headers


async def test_chunked_oversized_body_is_still_413(echo_client: EchoFactory) -> None:
    """A body without Content-Length is left to the handler, whose streaming limit applies."""
    client = await echo_client()

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"message": "'
        for _ in range(70):
            yield b"a" * 1024
        yield b'"}'

    response = await client.post(
        "/messages", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


async def test_malformed_json_passes_the_limiter_and_is_400(echo_client: EchoFactory) -> None:
    """The limiter tolerates broken JSON (keys by IP); the handler answers 400."""
    client = await echo_client()
    response = await client.post(
        "/messages", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


async def test_console_kind_has_only_the_default_limit(echo_client: EchoFactory) -> None:
    """For leads and crm (console) neither the chat nor the login policy applies."""
    client = await echo_client(
        ECHO_KIND="console", RATE_LIMIT_CHAT="1/minute", RATE_LIMIT_LOGIN="1/minute"
    )
    chat = [(await client.post("/messages", json={"message": "hi"})).status_code for _ in range(3)]
    login = [(await client.post("/login")).status_code for _ in range(3)]
    assert chat == login == [200, 200, 200]
    assert (await client.get("/ping")).headers["ratelimit-policy"].startswith('"default"')


async def test_auth_kind_limits_login_only(echo_client: EchoFactory) -> None:
    """For the auth kind the login policy applies to POST /login and nowhere else."""
    client = await echo_client(
        ECHO_KIND="auth", RATE_LIMIT_LOGIN="1/minute", RATE_LIMIT_CHAT="1/minute"
    )
    assert [(await client.post("/login")).status_code for _ in range(2)] == [200, 429]
    chat = [(await client.post("/messages", json={"message": "hi"})).status_code for _ in range(2)]
    assert chat == [200, 200]


async def test_made_up_session_ids_do_not_multiply_the_chat_allowance(
    function_client: FunctionClient,
) -> None:
    """On the real chat function, turns each naming a new random session id share the
    address's allowance (5 of 12 pass, not 12), while a conversation the chat holds keeps its
    own allowance past it."""
    chat = await function_client(
        "chat", RATE_LIMIT_CHAT="5/minute", RATE_LIMIT_CHAT_ADDRESS="100/minute"
    )
    first = await chat.post("/messages", json={"message": "hello"})
    assert first.status_code == 200
    sid = first.json()["session_id"]
    made_up = [
        (await chat.post("/messages", json={"message": "hi", "session_id": uuid.uuid4().hex}))
        for _ in range(12)
    ]
    assert [r.status_code for r in made_up] == [200] * 4 + [429] * 8
    again = await chat.post("/messages", json={"message": "and prices?", "session_id": sid})
    assert again.status_code == 200
