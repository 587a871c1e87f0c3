"""Every log line of a request carries its trace (W3C `traceparent` honoured, Cloud Trace's
header as the fallback) and request id, the access line included, and the response returns the
request id."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import Response

from shared.function import HttpFunction
from shared.logs import CloudJSONFormatter, event_ids, request_ids, trace_from_traceparent
from shared.routing import Router

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
SPAN = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE}-{SPAN}-01"


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """The JSON lines the functions log, formatted as they are emitted (as in production)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(CloudJSONFormatter("proj"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(previous)


def function() -> HttpFunction:
    """A function whose one route logs a line of its own."""
    router = Router()

    @router.route("GET", "/work")
    async def work(request: Request) -> Response:
        """Log while handling."""
        logging.getLogger("tests.work").info("working")
        return Response("done")

    return HttpFunction("probe", router)


async def call(app: HttpFunction, headers: dict[str, str]) -> Response:
    scope: dict[str, Any] = {
        "type": "http", "method": "GET", "path": "/work", "root_path": "", "query_string": b"",
        "path_params": {"path": "work"},  # as functions-framework's catch-all route captures it
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }  # fmt: skip
    return await app(Request(scope))


def entries(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{")]


async def test_traceparent_is_on_the_handler_line_and_the_access_line(
    log_lines: io.StringIO,
) -> None:
    """With a W3C traceparent, the handler's line and the access line both carry its trace and
    span and the request id the response returns."""
    response = await call(function(), {"traceparent": TRACEPARENT})
    request_id = response.headers["x-request-id"]
    lines = entries(log_lines)
    assert [e["message"] for e in lines] == ["working", "GET /work -> 200"]
    for entry in lines:
        assert entry["logging.googleapis.com/trace"] == f"projects/proj/traces/{TRACE}"
        assert entry["logging.googleapis.com/spanId"] == SPAN
        assert entry["request_id"] == request_id


async def test_cloud_trace_header_and_a_callers_request_id(log_lines: io.StringIO) -> None:
    """Without traceparent, X-Cloud-Trace-Context gives the trace; a plain X-Request-Id from the
    caller is kept; nothing leaks into lines logged after the request."""
    headers = {"x-cloud-trace-context": f"{TRACE}/1;o=1", "x-request-id": "widget-12345678"}
    response = await call(function(), headers)
    logging.getLogger("tests.after").info("after")
    assert response.headers["x-request-id"] == "widget-12345678"
    during, after = entries(log_lines)[-2], entries(log_lines)[-1]
    assert during["logging.googleapis.com/trace"].endswith(TRACE)
    assert during["request_id"] == "widget-12345678"
    assert "request_id" not in after
    assert "logging.googleapis.com/trace" not in after


@pytest.mark.parametrize(
    "header",
    [
        "",
        f"00-{'0' * 32}-{SPAN}-01",  # all-zero trace id
        f"00-{TRACE}-{'0' * 16}-01",  # all-zero span id
        f"ff-{TRACE}-{SPAN}-01",  # forbidden version
        f"00-{TRACE.upper()}-{SPAN}-01",  # upper-case hex
        "00-../../etc/passwd-x-01",
    ],
)
def test_invalid_traceparents_are_ignored(header: str) -> None:
    """A malformed or invalid traceparent gives no trace rather than polluting logs."""
    assert trace_from_traceparent(header) is None


def test_a_hostile_request_id_is_replaced() -> None:
    """A caller's request id with spaces, quotes or excess length is replaced by a new one."""
    for given in ('a b"c', "x" * 65, "short"):
        assert request_ids({"x-request-id": given}).request != given


def test_an_eventarc_delivery_is_traced_by_its_extension() -> None:
    """A CloudEvent's traceparent extension and id become its trace and request id."""
    ids = event_ids(TRACEPARENT, "msg-1")
    assert (ids.trace, ids.span, ids.request) == (TRACE, SPAN, "msg-1")
