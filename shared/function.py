"""The frame around every HTTP function's entry point.

An :class:`HttpFunction` owns what every function does the same way: the trace and request id
on every log line of a request (and the request id in the response),
one-time start-up work (indexes, bootstrap data) on the first request after a cold start,
``GET /health``, middleware (CORS, rate limits, added by the security layer), routing and the
mapping of every exception to a JSON error. Each ``functions/<name>/main.py`` builds one and
hands requests to it from its decorated entry point.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from pymongo.errors import AutoReconnect, ServerSelectionTimeoutError
from starlette.requests import Request
from starlette.responses import Response

from shared.http import as_app_error, error_response, json_response
from shared.logs import bound, request_ids
from shared.routing import Router, relative_path

HealthCheck = Callable[[], Awaitable[Any]]
CallNext = Callable[[Request], Awaitable[Response]]
Middleware = Callable[[Request, CallNext], Awaitable[Response]]
Startup = Callable[[], Awaitable[None]]

log = logging.getLogger("shared.function")
# /health is not rate limited: Cloud Run's and the load balancer's probes must never be refused,
# or a busy instance would be taken out of service. Instead its answer is reused for a second,
# so hammering /health costs at most one database ping per second per instance. (CORS preflights
# are answered by the CORS layer without touching the database or the handlers, so they cost
# less than the 429 a limiter would render; they are not limited either.)
HEALTH_TTL_SECONDS = 1.0
REQUEST_ID_HEADER = "X-Request-Id"


async def run_health_checks(checks: Mapping[str, HealthCheck]) -> tuple[bool, dict[str, Any]]:
    """Run every check concurrently; each reports ok or error with its latency."""

    async def one(check: HealthCheck) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            detail = await asyncio.wait_for(check(), timeout=3.0)
        except Exception as exc:  # a failing dependency is reported, not raised
            return {"status": "error", "error": type(exc).__name__}
        result: dict[str, Any] = {
            "status": "ok",
            "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        }
        if isinstance(detail, dict):
            result.update(detail)
        return result

    names = list(checks)
    results = await asyncio.gather(*(one(checks[n]) for n in names))
    report = dict(zip(names, results, strict=True))
    return all(r["status"] == "ok" for r in results), report


class HttpFunction:
    """One function's request pipeline: trace, start-up, middleware, routing, errors."""

    def __init__(
        self,
        name: str,
        router: Router,
        *,
        health_checks: Mapping[str, HealthCheck] | None = None,
        middleware: Sequence[Middleware] = (),
        startup: Startup | None = None,
    ) -> None:
        self.name = name
        self.router = router
        self.health_checks = dict(health_checks or {})
        self.middleware = list(middleware)
        self._startup = OnceOnly(startup)
        self._health_lock = asyncio.Lock()
        self._health: tuple[float, bool, dict[str, Any]] | None = None

    async def __call__(self, request: Request) -> Response:
        """Handle one request: every line it logs, the access line included, carries its trace
        (``traceparent`` or ``X-Cloud-Trace-Context``) and request id, which the response
        returns in ``X-Request-Id``."""
        ids = request_ids(request.headers)
        with bound(ids):
            started = time.perf_counter()
            try:
                response = await self._pipeline(request)
            except Exception as exc:
                response = error_response(as_app_error(exc))
            response.headers[REQUEST_ID_HEADER] = ids.request
            self._log_access(request, response, started)
        return response

    async def health(self) -> Response:
        """200 when every dependency answers, else 503; the body tells which one failed (the
        result is reused for :data:`HEALTH_TTL_SECONDS`)."""
        async with self._health_lock:
            fresh = self._health and time.monotonic() - self._health[0] < HEALTH_TTL_SECONDS
            if not fresh:
                checked = await run_health_checks(self.health_checks)
                self._health = (time.monotonic(), *checked)
        assert self._health is not None
        _, ok, report = self._health
        body = {"status": "ok" if ok else "degraded", "function": self.name, "checks": report}
        return json_response(body, status=200 if ok else 503)

    async def _pipeline(self, request: Request) -> Response:
        path = relative_path(request)
        if path == "/health" and request.method in ("GET", "HEAD"):
            return await self.health()
        call: CallNext = _rendered(self._dispatch)
        for layer in reversed(self.middleware):
            call = _bind(layer, call)
        return await call(request)

    async def _dispatch(self, request: Request) -> Response:
        await self._startup.ensure()
        handler, params = self.router.resolve(request.method, relative_path(request))
        return await handler(request, **params)

    def _log_access(self, request: Request, response: Response, started: float) -> None:
        log.info(
            "%s %s -> %s",
            request.method,
            request.url.path,
            response.status_code,
            extra={
                "function": self.name,
                "status": response.status_code,
                "latency_ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )


STARTUP_RETRY_DELAYS = (0.2, 0.5)


class OnceOnly:
    """Start-up work run once per instance, on first use, by the first of concurrent callers
    (the others wait for it), with transient database errors retried; HTTP functions and the
    lead_events CloudEvent function share it."""

    def __init__(self, startup: Startup | None) -> None:
        self._startup = startup
        self._done = False
        self._lock = asyncio.Lock()

    async def ensure(self) -> None:
        if self._done or self._startup is None:
            return
        async with self._lock:
            if not self._done:
                await _with_retries(self._startup)
                self._done = True


async def _with_retries(startup: Startup) -> None:
    """Run start-up work, retrying a transient database error twice (a cold start can race a
    database failover or a busy server); anything else, or a third failure, propagates."""
    for delay in STARTUP_RETRY_DELAYS:
        try:
            await startup()
        except ServerSelectionTimeoutError:
            raise  # no server answered within the timeout: report it now, do not wait thrice
        except AutoReconnect as exc:
            log.warning("start-up interrupted (%s); retrying", type(exc).__name__)
            await asyncio.sleep(delay)
        else:
            return
    await startup()


def _rendered(call_next: CallNext) -> CallNext:
    """The routed handler with its errors rendered as responses (the one place they are)."""

    async def call(request: Request) -> Response:
        try:
            return await call_next(request)
        except Exception as exc:
            return error_response(as_app_error(exc))

    return call


def _bind(layer: Middleware, call_next: CallNext) -> CallNext:
    """``layer`` in front of ``call_next``; whatever it raises becomes the JSON error response
    here, so every layer sees the inner layers' errors as responses (and can add its headers)
    and no layer renders errors itself."""

    async def call(request: Request) -> Response:
        try:
            return await layer(request, call_next)
        except Exception as exc:
            return error_response(as_app_error(exc))

    return call
