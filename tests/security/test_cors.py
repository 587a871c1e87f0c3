"""CORS: an allow-list, no reflection of other origins, no null origin, preflight answered."""

from __future__ import annotations

import httpx
import pytest

from tests.security.conftest import EchoFactory

WIDGET = "https://cafe.example.com"
PREFLIGHT = {
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type",
}


@pytest.fixture
async def echo(echo_client: EchoFactory) -> httpx.AsyncClient:
    return await echo_client(CORS_ORIGINS=f"{WIDGET}, https://shop.example.com")


async def test_allowed_origin_gets_its_own_origin_back(echo: httpx.AsyncClient) -> None:
    """A listed origin is answered with exactly that origin, Vary: Origin and no credentials."""
    response = await echo.get("/ping", headers={"Origin": WIDGET})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == WIDGET
    assert "Origin" in response.headers["vary"]
    assert "access-control-allow-credentials" not in response.headers
    assert "RateLimit" in response.headers["access-control-expose-headers"]


@pytest.mark.parametrize(
    "origin", ["https://evil.example.com", "null", "https://cafe.example.com.evil.net", "*"]
)
async def test_other_origins_are_refused(echo: httpx.AsyncClient, origin: str) -> None:
    """Unlisted, null, look-alike and wildcard origins get 403 and no CORS headers."""
    for response in (
        await echo.get("/ping", headers={"Origin": origin}),
        await echo.options("/messages", headers={"Origin": origin, **PREFLIGHT}),
        await echo.post("/messages", json={"message": "hi"}, headers={"Origin": origin}),
    ):
        assert response.status_code == 403
        assert "access-control-allow-origin" not in response.headers


async def test_preflight_is_answered(echo: httpx.AsyncClient) -> None:
    """OPTIONS with Access-Control-Request-Method gets 204 with methods, headers and max age."""
    response = await echo.options("/messages", headers={"Origin": WIDGET, **PREFLIGHT})
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == WIDGET
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "Content-Type" in response.headers["access-control-allow-headers"]
    assert response.headers["access-control-max-age"] == "600"


async def test_requests_without_origin_pass(echo: httpx.AsyncClient) -> None:
    """Server-to-server calls (no Origin) are not CORS requests and get no CORS headers."""
    response = await echo.get("/ping")
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


async def test_errors_carry_cors_headers(echo: httpx.AsyncClient) -> None:
    """A 422 for an allowed origin is readable by the widget (it carries the CORS header)."""
    response = await echo.post("/messages", json={"nope": 1}, headers={"Origin": WIDGET})
    assert response.status_code == 422
    assert response.headers["access-control-allow-origin"] == WIDGET


async def test_a_wildcard_list_answers_star_never_the_caller(echo_client: EchoFactory) -> None:
    """With ``*`` configured (development only) the answer is a literal ``*``, not a reflection,
    and never with credentials; ``null`` is still refused."""
    client = await echo_client(CORS_ORIGINS="*")
    response = await client.get("/ping", headers={"Origin": "https://any.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    null = await client.get("/ping", headers={"Origin": "null"})
    assert null.status_code == 403
