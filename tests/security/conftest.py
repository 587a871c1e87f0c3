"""Fixtures for the security tests: a chat-shaped echo function behind the real framework."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis
from functions_framework.aio import create_asgi_app

from infra.local.processes import HOST, Service, free_port, start
from shared.security.ratelimit import close_limiters

ECHO = Path(__file__).parent / "functions" / "echo" / "main.py"
EchoFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def echo_client(
    function_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[EchoFactory]:
    """Factory: ``await echo_client(RATE_LIMIT_DEFAULT="3/minute")`` -> a fresh instance."""
    clients: list[httpx.AsyncClient] = []

    async def make(**overrides: str) -> httpx.AsyncClient:
        for key, value in overrides.items():
            monkeypatch.setenv(key.upper(), value)
        app = create_asgi_app(target="echo", source=str(ECHO))  # type: ignore[no-untyped-call]  # functions-framework is unannotated
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
        client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()
    await close_limiters()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free loopback port; skips when the binary is missing."""
    binary = shutil.which("redis-server")
    if binary is None:
        print("redis-server not installed: apt-get install -y redis-server")
        pytest.skip("redis-server (Debian package) is not installed")
    port = free_port()
    argv = [binary, "--port", str(port), "--bind", HOST, "--save", "", "--appendonly", "no"]
    service: Service = start("redis", argv, port, tmp_path_factory.mktemp("redis"))
    yield f"redis://{HOST}:{port}/0"
    service.stop()


def redis_flush(url: str) -> None:
    """Empty the test Redis so each test starts with no counters."""
    client = redis.Redis.from_url(url)
    try:
        client.flushall()
    finally:
        client.close()
