"""The gateway's HTTP protocol with deadlines: slow or stalled clients are dropped.

uvicorn's h11 protocol waits as long as a client likes for a request's headers and body, so
a few thousand half-sent requests held the local gateway's sockets until its file descriptors
ran out. :class:`GuardedH11Protocol` gives each request ``HEADER_SECONDS`` from its first byte
(or from the connection) to complete its headers and then ``BODY_SECONDS`` to complete its
body; a client that misses a deadline is disconnected with one warning line. The number of
connections is capped separately by uvicorn's ``limit_concurrency`` (503 beyond it), below the
process's raised file-descriptor limit, and the event loop's accept errors are logged without
a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import resource
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("infra.local.gateway")
HEADER_SECONDS = 10.0
BODY_SECONDS = 30.0


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with header and body read deadlines."""

    header_seconds = HEADER_SECONDS
    body_seconds = BODY_SECONDS

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # uvicorn narrows BaseTransport
        self._phase: str | None = None
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
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


def guarded_server_options(max_connections: int) -> dict[str, Any]:
    """uvicorn.Config options for the guarded gateway, the connection cap kept below the
    file-descriptor limit (with room for the database and log files)."""
    quiet_accept_errors()
    limit = raise_file_limit()
    return {
        "http": GuardedH11Protocol,
        "limit_concurrency": max(1, min(max_connections, limit - 256)),
        "timeout_keep_alive": 5,
        "backlog": 2048,
    }
