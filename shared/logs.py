"""Structured JSON logs for Cloud Logging, with the request's trace id and PII masked."""

from __future__ import annotations

import contextvars
import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from shared.pii import mask_text

trace_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("trace_id", default=None)

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
        trace = trace_id.get()
        if trace:
            entry["logging.googleapis.com/trace"] = f"projects/{self.project}/traces/{trace}"
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
