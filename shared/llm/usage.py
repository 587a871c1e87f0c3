"""LLM usage aggregated in MongoDB for ``GET /crm/analytics/llm``.

One ``$facet`` pipeline over ``api_calls``: totals, per model, per purpose. With the LLM off the
collection is empty and every figure is zero.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document
from shared.isodate import IsoDateTime
from shared.llm.calls import COLLECTION, ERROR_OUTCOMES


class UsageQuery(BaseModel):
    """``from`` and ``to`` (ISO 8601 with a time zone), both optional."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    since: IsoDateTime | None = Field(default=None, alias="from")
    until: IsoDateTime | None = Field(default=None, alias="to")

    @model_validator(mode="after")
    def _ordered_and_aware(self) -> UsageQuery:
        for value in (self.since, self.until):
            if value is not None and value.tzinfo is None:
                raise ValueError("give times with a time zone, e.g. 2026-11-30T00:00:00Z")
        if self.since and self.until and self.since > self.until:
            raise ValueError("'from' must not be after 'to'")
        return self


class UsageFigures(BaseModel):
    """Calls, tokens, cost and failures of a group of calls."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    errors: int = 0
    fallbacks: int = 0


class ModelUsage(UsageFigures):
    model: str


class PurposeUsage(UsageFigures):
    purpose: str


class LlmUsage(UsageFigures):
    """The response of ``GET /crm/analytics/llm``."""

    by_model: list[ModelUsage] = Field(default_factory=list)
    by_purpose: list[PurposeUsage] = Field(default_factory=list)


def _sums(key: Any) -> list[dict[str, Any]]:
    return [
        {
            "$group": {
                "_id": key,
                "calls": {"$sum": 1},
                "prompt_tokens": {"$sum": "$prompt_tokens"},
                "completion_tokens": {"$sum": "$completion_tokens"},
                "cost_usd": {"$sum": "$cost_usd"},
                "errors": {"$sum": {"$cond": [{"$in": ["$outcome", list(ERROR_OUTCOMES)]}, 1, 0]}},
                "fallbacks": {"$sum": {"$cond": [{"$eq": ["$outcome", "fallback"]}, 1, 0]}},
            }
        },
        {"$sort": {"calls": -1, "_id": 1}},
    ]


def _match(query: UsageQuery) -> dict[str, Any]:
    at: dict[str, datetime] = {}
    if query.since:
        at["$gte"] = query.since
    if query.until:
        at["$lte"] = query.until
    return {"at": at} if at else {}


def _figures(row: Document) -> dict[str, Any]:
    figures = UsageFigures.model_validate(row).model_dump()
    figures["cost_usd"] = round(figures["cost_usd"], 6)
    return figures


class UsageReport:
    """Reads the API-call log's aggregates."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._calls = db[COLLECTION]

    async def usage(self, query: UsageQuery) -> LlmUsage:
        pipeline = [
            {"$match": _match(query)},
            {
                "$facet": {
                    "total": _sums(None),
                    "by_model": _sums("$model"),
                    "by_purpose": _sums("$purpose"),
                }
            },
        ]
        cursor = await self._calls.aggregate(pipeline)
        facets = (await cursor.to_list(length=1) or [{}])[0]
        total = facets.get("total") or [{}]
        return LlmUsage(
            **_figures(total[0]),
            by_model=[
                ModelUsage(model=r["_id"], **_figures(r)) for r in facets.get("by_model", [])
            ],
            by_purpose=[
                PurposeUsage(purpose=r["_id"], **_figures(r)) for r in facets.get("by_purpose", [])
            ],
        )
