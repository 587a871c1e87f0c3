"""The leads list query: validated filters, sorting and keyset (cursor) pagination.

Dates are inclusive: ``created_after=2026-12-04`` starts at that day's first moment and
``created_before=2026-12-04`` ends at its last (UTC), so From = To = one day lists that day's
leads. ``requested_contact=true`` lists the leads whose visitor asked for a person, oldest
request first (the sales queue). ``existing_customer=true`` lists the leads of visitors who
already buy from us (account management's), ``false`` the others, leads stored before the flag
included. Query parameters are parsed into :class:`LeadQuery` with
:func:`shared.http.parse_query` (unknown or repeated parameters and wrong types are 422), so
nothing the client sends reaches MongoDB except typed values: an operator such as
``min_score[$gt]=`` or ``classification={"$ne": null}`` is refused, never executed.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shared.conversation.state import CustomerType, Stage
from shared.db import Document
from shared.errors import BadRequest
from shared.isodate import IsoDateTime, as_utc
from shared.leads.models import Classification

Sort = Literal["created_at", "-created_at", "score", "-score"]
# the orders a page can be in: the client's sorts, and the queue's oldest request first
Order = Literal["created_at", "-created_at", "score", "-score", "requested_at"]
SORT_FIELDS = {"requested_at": "contact_request.requested_at"}
DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LeadStatus = Literal["new", "contacted", "nurture", "won", "lost", "spam"]


class LeadQuery(BaseModel):
    """The list endpoint's query parameters."""

    model_config = ConfigDict(extra="forbid")

    classification: Classification | None = None
    stage: Stage | None = None
    customer_type: CustomerType | None = None
    status: LeadStatus | None = None
    q: str | None = Field(default=None, min_length=1, max_length=100)
    min_score: int | None = Field(default=None, ge=0, le=100)
    created_after: IsoDateTime | None = None
    created_before: IsoDateTime | None = None
    requested_contact: bool | None = None
    existing_customer: bool | None = None
    sort: Sort = "-created_at"
    limit: int = Field(default=20, ge=1, le=100)
    cursor: str | None = Field(default=None, max_length=512)

    @model_validator(mode="before")
    @classmethod
    def _whole_day(cls, data: Any) -> Any:
        """A date-only ``created_before`` includes that whole day."""
        if isinstance(data, dict):
            end = data.get("created_before")
            if isinstance(end, str) and DATE_ONLY.match(end):
                data = {**data, "created_before": f"{end}T23:59:59.999999"}
        return data

    @property
    def order(self) -> Order:
        """The page's order: the queue's oldest request first, else the requested sort."""
        return "requested_at" if self.requested_contact else self.sort

    @field_validator("created_after", "created_before")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        return None if value is None else as_utc(value)


class Cursor(BaseModel):
    """Where the previous page ended: the sort, its last value and the last id."""

    model_config = ConfigDict(extra="forbid")

    s: Order
    v: int | datetime
    id: str = Field(pattern=r"^[0-9a-f]{32}$")


def sort_spec(sort: Order) -> tuple[str, int]:
    name = sort.lstrip("-")
    return SORT_FIELDS.get(name, name), -1 if sort.startswith("-") else 1


def _value(doc: Document, dotted: str) -> Any:
    for part in dotted.split("."):
        doc = doc[part]
    return doc


def encode_cursor(sort: Order, last: Document) -> str:
    field, _ = sort_spec(sort)
    data = Cursor(s=sort, v=_value(last, field), id=last["_id"]).model_dump_json()
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: Order) -> Cursor:
    """The cursor a previous page returned; 400 when it is not one, or for another sort."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        cursor = Cursor.model_validate(json.loads(raw))
    except (binascii.Error, ValueError, ValidationError):
        raise BadRequest("The cursor is not valid; start again without it.") from None
    if cursor.s != sort:
        raise BadRequest("The cursor belongs to another sort order.")
    if (sort.lstrip("-") == "score") != isinstance(cursor.v, int):
        raise BadRequest("The cursor is not valid; start again without it.")
    return cursor


def _after(cursor: Cursor) -> Document:
    field, direction = sort_spec(cursor.s)
    op = "$lt" if direction < 0 else "$gt"
    return {"$or": [{field: {op: cursor.v}}, {field: cursor.v, "_id": {op: cursor.id}}]}


def mongo_filter(query: LeadQuery) -> Document:
    """The MongoDB filter of a validated query (typed values only)."""
    clauses: list[Document] = []
    for name in ("classification", "stage", "customer_type"):
        value = getattr(query, name)
        if value is not None:
            clauses.append({name: value.value})
    if query.status is not None:
        # leads stored before statuses existed are "new"
        clauses.append(
            {"status": query.status}
            if query.status != "new"
            else {"status": {"$in": ["new", None]}}
        )
    if query.q is not None:
        # a literal, case-insensitive substring of the name or email (escaped: no regex syntax)
        pattern = {"$regex": re.escape(query.q), "$options": "i"}
        clauses.append({"$or": [{"name": pattern}, {"email": pattern}]})
    if query.min_score is not None:
        clauses.append({"score": {"$gte": query.min_score}})
    if query.created_after is not None:
        clauses.append({"created_at": {"$gte": query.created_after}})
    if query.created_before is not None:
        clauses.append({"created_at": {"$lte": query.created_before}})
    if query.requested_contact is not None:
        clauses.append({"contact_request": {"$ne": None} if query.requested_contact else None})
    if query.existing_customer is not None:
        # leads stored before the flag existed have no field: they are not customers
        clauses.append({"existing_customer": True if query.existing_customer else {"$ne": True}})
    return {"$and": clauses} if clauses else {}


def page_filter(query: LeadQuery) -> Document:
    """The filter of one page: the query's filters, after the cursor's position."""
    filters = mongo_filter(query)
    if query.cursor is None:
        return filters
    after = _after(decode_cursor(query.cursor, query.order))
    return {"$and": [filters, after]} if filters else after


def mongo_sort(sort: Order) -> list[tuple[str, int]]:
    field, direction = sort_spec(sort)
    return [(field, direction), ("_id", direction)]


def page_cursor(sort: Order, docs: list[Document], limit: int) -> str | None:
    """The next page's cursor when this page is full (one extra item was fetched)."""
    return encode_cursor(sort, docs[limit - 1]) if len(docs) > limit else None
