"""Dates in query strings: ISO 8601 text only (a bare number is not read as a Unix time)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated

from pydantic import BeforeValidator

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


def iso_8601_only(value: object) -> object:
    """Pass ISO 8601 text and datetimes on to pydantic; refuse anything else (422)."""
    if isinstance(value, datetime) or (isinstance(value, str) and ISO_DATE.match(value)):
        return value
    raise ValueError("use an ISO 8601 date or date-time, such as 2026-05-01T00:00:00Z")


IsoDateTime = Annotated[datetime, BeforeValidator(iso_8601_only)]


def as_utc(value: datetime) -> datetime:
    """The instant in UTC (a naive value is taken as UTC). An offset that pushes it outside
    years 1-9999 (``0001-01-01T00:00:00+01:00``) is a ``ValueError`` (422), found while the
    query is parsed, never while a response is already streaming."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("date is out of range (years 1 to 9999 in UTC)") from None
