"""The local gateway's HTTP server drops slow clients and caps connections: uvicorn with the
guarded protocol, real sockets on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from infra.local.guarded import GuardedH11Protocol, guarded_server_options
from infra.local.processes import HOST, free_port


class QuickDeadlines(GuardedH11Protocol):
    header_seconds = 0.5
    body_seconds = 0.5


async def echo(request: Request) -> Response:
    body = await request.body()
    if request.query_params.get("hold"):
        await asyncio.sleep(float(request.query_params["hold"]))
    return JSONResponse({"bytes": len(body)})


@contextlib.asynccontextmanager
async def guarded(max_connections: int = 100, per_address: int = 100) -> AsyncIterator[int]:
    """The guarded server (short deadlines) on a free loopback port; yields the port."""
    port = free_port()
    quick = type("Quick", (QuickDeadlines,), {"per_address": per_address})
    options: dict[str, Any] = {**guarded_server_options(max_connections), "http": quick}
    app = Starlette(routes=[Route("/", echo, methods=["GET", "POST"])])
    config = uvicorn.Config(app, host=HOST, port=port, log_level="warning", **options)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
        await asyncio.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        await task


async def closed_within(port: int, payload: bytes, seconds: float) -> float:
    """Send ``payload`` and wait for the server to close the connection; the time it took."""
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(payload)
    await writer.drain()
    started = time.monotonic()
    async with asyncio.timeout(seconds):
        while await reader.read(1024):
            pass
    writer.close()
    return time.monotonic() - started


async def test_half_sent_headers_are_dropped_with_one_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A client that never finishes its headers is disconnected after the header deadline,
    even while it trickles bytes (it would trickle until the generous bound), and the log holds
    one line for it and no traceback."""
    async with guarded() as port:
        with caplog.at_level(logging.WARNING, logger="infra.local.gateway"):
            reader, writer = await asyncio.open_connection(HOST, port)
            writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n")
            async with asyncio.timeout(30):  # the deadline is 0.5 s: a bound for a loaded machine
                while True:
                    await asyncio.sleep(0.1)
                    writer.write(b"X-Slow: 1\r\n")  # a byte now and then must not extend it
                    with contextlib.suppress(ConnectionError):
                        await writer.drain()
                    if reader.at_eof() or writer.is_closing():
                        break
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(0.05):
                            if not await reader.read(1):
                                break
            writer.close()
    drops = [r for r in caplog.records if "dropped" in r.getMessage()]
    assert len(drops) == 1
    assert "headers" in drops[0].getMessage()
    assert drops[0].exc_info is None


async def test_a_stalled_body_is_dropped() -> None:
    """Headers announcing 100 bytes followed by 10 are cut at the body deadline (the client
    would otherwise wait for ever: the generous bound raises)."""
    async with guarded() as port:
        head = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
        await closed_within(port, head + b"0123456789", 30)


async def test_complete_requests_are_served() -> None:
    """A normal request gets its answer; keep-alive then applies, not the deadlines."""
    async with guarded() as port:
        reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(4096), 5)
        writer.close()
    assert answer.startswith(b"HTTP/1.1 200")
    assert b'{"bytes":3}' in answer


async def test_connections_beyond_the_cap_get_503() -> None:
    """With a cap of 3 connections (uvicorn counts the new one too), two requests in progress
    are served and a third concurrent one is answered 503 instead of queueing."""
    async with guarded(max_connections=3) as port:

        def get(hold: float) -> int:
            with socket.create_connection((HOST, port), timeout=5) as sock:
                sock.sendall(f"GET /?hold={hold} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                return int(sock.recv(64).split()[1])

        held = [asyncio.to_thread(get, 1.0) for _ in range(2)]
        tasks = [asyncio.ensure_future(h) for h in held]
        await asyncio.sleep(0.3)
        extra = await asyncio.to_thread(get, 0)
        statuses = await asyncio.gather(*tasks)
    assert extra == 503
    assert statuses == [200, 200]


def request_from(source: str, port: int) -> bytes:
    """One GET from the loopback address ``source``; the start of the answer."""
    with socket.create_connection((HOST, port), timeout=5, source_address=(source, 0)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        return sock.recv(4096)


async def test_one_address_cannot_take_every_connection() -> None:
    """An address holding its 3 allowed connections gets a 503 JSON answer for a 4th, at
    once, while another address is served; the cap is free again once it closes one."""
    async with guarded(max_connections=100, per_address=3) as port:
        held = [
            socket.create_connection((HOST, port), timeout=5, source_address=("127.0.0.2", 0))
            for _ in range(3)
        ]
        await asyncio.sleep(0.2)
        refused = await asyncio.to_thread(request_from, "127.0.0.2", port)
        other = await asyncio.to_thread(request_from, "127.0.0.3", port)
        held.pop().close()
        await asyncio.sleep(0.2)
        again = await asyncio.to_thread(request_from, "127.0.0.2", port)
        for sock in held:
            sock.close()
    assert refused.startswith(b"HTTP/1.1 503")
    assert b'"too_many_connections"' in refused
    assert other.startswith(b"HTTP/1.1 200")
    assert again.startswith(b"HTTP/1.1 200")


def test_the_default_per_address_cap_is_a_quarter_of_the_total() -> None:
    """Without an explicit value one address may hold a quarter of the gateway's connections."""
    options = guarded_server_options(4096)
    assert options["http"].per_address == options["limit_concurrency"] // 4
    assert guarded_server_options(4096, 10)["http"].per_address == 10
