"""A lean HTTP/1.1 JSON client for load generation.

The benchmark's own client must not be the bottleneck: on a 2-core machine httpx used most of a
core at 60 turns/s, starving the server it measured. This client keeps one connection per
simulated visitor (as a browser does) and does little more than write a request and read a
Content-Length body.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlsplit


class JsonConnection:
    """One keep-alive connection to ``base_url`` (``http://host:port``)."""

    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
        """POST ``payload`` as JSON; the status and the decoded JSON body."""
        body = json.dumps(payload).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        return await asyncio.wait_for(self._exchange(head + body), self.timeout)

    async def _exchange(self, request: bytes) -> tuple[int, Any]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        assert self._reader is not None
        self._writer.write(request)
        await self._writer.drain()
        status = int((await self._reader.readline()).split(b" ", 2)[1])
        length, close = 0, False
        while (line := await self._reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        data = await self._reader.readexactly(length)
        if close:
            await self.close()
        return status, json.loads(data) if data else None

    async def close(self) -> None:
        """Close without waiting for the peer: a load client must not hang (or be cancelled)
        in a TCP close handshake of an overloaded server."""
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None


async def post_once(
    base_url: str,
    path: str,
    payload: dict[str, Any],
    seconds: float = 30.0,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any]:
    """POST on a new connection closed afterwards: a browser whose keep-alive connection the
    server closed during the visitor's think time (uvicorn closes idle ones after 5 s)."""
    connection = JsonConnection(base_url, seconds)
    body = json.dumps(payload).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {connection.host}:{connection.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        + "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
        + "Connection: close\r\n\r\n"
    ).encode()
    try:
        return await asyncio.wait_for(connection._exchange(head + body), seconds)
    finally:
        await connection.close()
