"""Structured JSON logs for Cloud Logging, with the request's trace, span and request id on
every line logged while a request is handled, and PII masked."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shared.pii import mask_text

trace_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("trace_id", default=None)
span_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("span_id", default=None)
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
# W3C Trace Context: version-traceid-parentid-flags (lower-case hex; all-zero ids are invalid).
TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

_SEVERITY = {"WARNING": "WARNING", "CRITICAL": "CRITICAL", "ERROR": "ERROR", "INFO": "INFO"}
_RESERVED = set(vars(logging.makeLogRecord({})))


class CloudJSONFormatter(logging.Formatter):
    """One JSON object per line with ``severity``, ``message`` and the trace field."""

    def __init__(self, project: str) -> None:
        super().__init__()
        self.project = project

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "severity": _SEVERITY.get(record.levelname, "DEBUG"),
            "message": mask_text(record.getMessage()),
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "logger": record.name,
        }
        trace, span, request = trace_id.get(), span_id.get(), request_id.get()
        if trace:
            entry["logging.googleapis.com/trace"] = f"projects/{self.project}/traces/{trace}"
        if trace and span:
            entry["logging.googleapis.com/spanId"] = span
        if request:
            entry["request_id"] = request
        for key, value in vars(record).items():
            if key not in _RESERVED and not key.startswith("_"):
                entry[key] = mask_text(value) if isinstance(value, str) else value
        if record.exc_info:
            entry["stack_trace"] = mask_text(self.formatException(record.exc_info))
        return json.dumps(entry, default=str)


def configure_logging(level: str, project: str) -> None:
    """Route the root logger to stdout as JSON (idempotent)."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, CloudJSONFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(CloudJSONFormatter(project))
    root.handlers = [handler]
    root.setLevel(level.upper())
    # httpx logs every request at INFO; that is noise in the functions' own logs.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))


def trace_from_header(header: str | None) -> str | None:
    """Extract the trace id from ``X-Cloud-Trace-Context: TRACE/SPAN;o=1``."""
    if not header:
        return None
    trace = header.split("/", 1)[0].strip()
    return trace if trace.isalnum() and len(trace) <= 64 else None


def trace_from_traceparent(header: str | None) -> tuple[str, str] | None:
    """``(trace id, parent span id)`` of a valid W3C ``traceparent`` header, else None (pure)."""
    match = TRACEPARENT.match((header or "").strip())
    if match is None or match.group(1) == "ff":
        return None
    trace, span = match.group(2), match.group(3)
    if trace == "0" * 32 or span == "0" * 16:
        return None
    return trace, span


@dataclass(frozen=True)
class RequestIds:
    """What ties a request's log lines together: its trace and span, and its request id."""

    trace: str | None
    span: str | None
    request: str


def request_ids(headers: Mapping[str, str]) -> RequestIds:
    """The ids of a request from its headers (pure apart from a new random request id):
    ``traceparent`` first, else ``X-Cloud-Trace-Context``; the caller's ``X-Request-Id`` when
    it is a plain token, else a new one."""
    given = headers.get("x-request-id", "")
    request = given if REQUEST_ID.match(given) else uuid.uuid4().hex
    parent = trace_from_traceparent(headers.get("traceparent"))
    if parent is not None:
        return RequestIds(parent[0], parent[1], request)
    return RequestIds(trace_from_header(headers.get("x-cloud-trace-context")), None, request)


def event_ids(traceparent: str | None, event_id: str) -> RequestIds:
    """The ids of a CloudEvent delivery: Eventarc's ``traceparent`` extension, and the event's
    id as the request id (pure)."""
    trace, span = trace_from_traceparent(traceparent) or (None, None)
    return RequestIds(trace, span, event_id)


@contextmanager
def bound(ids: RequestIds) -> Iterator[None]:
    """Every line logged inside the block (in this task) carries ``ids``."""
    tokens = (trace_id.set(ids.trace), span_id.set(ids.span), request_id.set(ids.request))
    try:
        yield
    finally:
        request_id.reset(tokens[2])
        span_id.reset(tokens[1])
        trace_id.reset(tokens[0])
