"""The gateway's HTTP protocol with deadlines: slow or stalled clients are dropped.

uvicorn's h11 protocol waits as long as a client likes for a request's headers and body, so
a few thousand half-sent requests held the local gateway's sockets until its file descriptors
ran out. :class:`GuardedH11Protocol` gives each request ``HEADER_SECONDS`` from its first byte
(or from the connection) to complete its headers and then ``BODY_SECONDS`` to complete its
body; a client that misses a deadline is disconnected with one warning line. The number of
connections is capped separately by uvicorn's ``limit_concurrency`` (503 beyond it), below the
process's raised file-descriptor limit, and the event loop's accept errors are logged without
a traceback. One client address may hold at most ``per_address`` of them (a quarter of the
total by default): beyond that its new connections get a 503 and are closed at once, so a
single address cannot fill the gateway and push everyone else's requests into 503s.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import resource
from collections import Counter
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("infra.local.gateway")
PER_ADDRESS_ENV = "GATEWAY_MAX_CONNECTIONS_PER_ADDRESS"
HEADER_SECONDS = 10.0
BODY_SECONDS = 30.0


BUSY = json.dumps(
    {"error": {"code": "too_many_connections", "message": "Too many open connections from "
               "your address; close some and retry."}}
).encode()  # fmt: skip
BUSY_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n"
    b"retry-after: 1\r\nconnection: close\r\ncontent-length: %d\r\n\r\n%s"
) % (len(BUSY), BUSY)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with header and body read deadlines and a per-address cap."""

    header_seconds = HEADER_SECONDS
    body_seconds = BODY_SECONDS
    # The cap travels in the environment so that gateway worker processes (spawned, each with
    # its own count) apply it too: uvicorn pickles the protocol class by name.
    per_address = int(os.environ.get(PER_ADDRESS_ENV) or 1024)
    open_by_address: ClassVar[Counter[str]] = Counter()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # uvicorn narrows BaseTransport
        self._phase: str | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._address: str | None = None
        super().connection_made(transport)
        address = self.client[0] if self.client else "unknown"
        if self.open_by_address[address] >= self.per_address:
            transport.write(BUSY_RESPONSE)
            transport.close()
            return
        self._address = address
        self.open_by_address[address] += 1
        self._enter("headers", self.header_seconds)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        state = self.conn.their_state
        if state is h11.IDLE:
            self._enter("headers", self.header_seconds)
        elif state is h11.SEND_BODY:
            self._enter("body", self.body_seconds)
        else:
            self._leave()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._leave()  # idle until the next request: uvicorn's keep-alive timeout applies

    def connection_lost(self, exc: Exception | None) -> None:
        self._leave()
        if self._address is not None:
            self.open_by_address[self._address] -= 1
            if self.open_by_address[self._address] <= 0:
                del self.open_by_address[self._address]
            self._address = None
        super().connection_lost(exc)

    def _enter(self, phase: str, seconds: float) -> None:
        """Start the deadline of ``phase`` unless it is already running (more bytes of the
        same phase do not extend it: that is how slow clients hold sockets)."""
        if self._phase == phase:
            return
        self._leave()
        self._phase = phase
        self._deadline = self.loop.call_later(seconds, self._drop, phase, seconds)

    def _leave(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._phase = None, None

    def _drop(self, phase: str, seconds: float) -> None:
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "unknown client"
        log.warning("dropped %s: request %s not received within %.0f s", client, phase, seconds)
        self._deadline, self._phase = None, None
        if not self.transport.is_closing():
            self.transport.close()


class _AcceptErrorsWithoutTraceback(logging.Filter):
    """asyncio logs a full traceback for every failed ``accept()`` (for instance out of file
    descriptors); one line says the same."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "accept" in str(record.msg) and record.exc_info:
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = None
            record.exc_info = None
        return True


def raise_file_limit() -> int:
    """Raise the soft open-files limit to the hard one; the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def quiet_accept_errors() -> None:
    """Log failed ``accept()`` calls in one line (in every process that serves)."""
    asyncio_log = logging.getLogger("asyncio")
    if not any(isinstance(f, _AcceptErrorsWithoutTraceback) for f in asyncio_log.filters):
        asyncio_log.addFilter(_AcceptErrorsWithoutTraceback())


def guarded_server_options(max_connections: int, per_address: int | None = None) -> dict[str, Any]:
    """uvicorn.Config options for the guarded gateway, the connection cap kept below the
    file-descriptor limit (with room for the database and log files), and at most
    ``per_address`` connections from one client address (a quarter of the cap by default; set
    on the protocol class: worker processes read it from ``PER_ADDRESS_ENV``)."""
    quiet_accept_errors()
    limit = raise_file_limit()
    total = max(1, min(max_connections, limit - 256))
    cap = per_address if per_address is not None else max(1, total // 4)
    GuardedH11Protocol.per_address = cap
    return {
        "http": GuardedH11Protocol,
        "limit_concurrency": total,
        "timeout_keep_alive": 5,
        # On Ctrl-C or SIGTERM requests in flight get a second to finish, then the stack stops
        # (uvicorn's default waits for them however long they take).
        "timeout_graceful_shutdown": 1,
        "backlog": 2048,
    }
