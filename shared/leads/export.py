"""Lead export as CSV or NDJSON, streamed from a MongoDB cursor in batches (constant memory).

CSV cells that a spreadsheet would read as a formula (starting with ``= + - @``, or a tab or
carriage return that some spreadsheets strip first) are prefixed with ``'`` (OWASP's advice
against CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator, Iterable
from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from shared.leads.query import LeadQuery

ExportFormat = Literal["csv", "ndjson"]
BATCH = 500
COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "classification",
    "score",
    "priority",
    "status",
    "owner_id",
    "customer_type",
    "existing_customer",
    "team",
    "stage",
    "name",
    "email",
    "phone",
    "estimate_low",
    "estimate_high",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}
PROJECTION = {c: 1 for c in COLUMNS if c != "id"} | {"estimate.low": 1, "estimate.high": 1}


class ExportQuery(LeadQuery):
    """The list's filters plus the file format (``limit`` and ``cursor`` do not apply)."""

    format: ExportFormat = "csv"
    limit: int = Field(default=100, ge=1, le=100)


def row(doc: dict[str, Any]) -> dict[str, Any]:
    """The export row of a stored lead."""
    estimate = doc.get("estimate") or {}
    values = {c: doc.get(c) for c in COLUMNS}
    values.update(
        id=doc["_id"],
        status=doc.get("status") or "new",
        existing_customer=bool(doc.get("existing_customer")),
        team=doc.get("team") or "new_business",
        estimate_low=estimate.get("low"),
        estimate_high=estimate.get("high"),
    )
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def safe_cell(value: Any) -> str:
    """A CSV cell that no spreadsheet evaluates as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_lines(rows: Iterable[dict[str, Any]], header: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(COLUMNS)
    for values in rows:
        writer.writerow([safe_cell(values[c]) for c in COLUMNS])
    return buffer.getvalue()


def ndjson_lines(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


async def encoded(
    batches: AsyncIterator[list[dict[str, Any]]], fmt: ExportFormat
) -> AsyncIterator[bytes]:
    """The file, one chunk per batch of documents (CSV starts with its header row)."""
    if fmt == "csv":
        yield csv_lines([], header=True).encode()
    async for batch in batches:
        rows = [row(d) for d in batch]
        yield (csv_lines(rows, header=False) if fmt == "csv" else ndjson_lines(rows)).encode()
