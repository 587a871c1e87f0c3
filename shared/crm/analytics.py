"""``GET /analytics``: runs the aggregation pipelines and shapes their few result rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import ALL_FIELDS
from shared.crm import analytics_pipelines as pipelines
from shared.db import Document
from shared.isodate import IsoDateTime

MAX_RANGE = timedelta(days=366)


class AnalyticsQuery(BaseModel):
    """``from`` and ``to`` (ISO dates or date-times, UTC when no offset; default the last 30
    days) and the series ``bucket``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    start: IsoDateTime | None = Field(default=None, alias="from")
    end: IsoDateTime | None = Field(default=None, alias="to")
    bucket: pipelines.Bucket = "day"

    @model_validator(mode="after")
    def _range(self) -> AnalyticsQuery:
        end = _utc(self.end) or datetime.now(UTC)
        start = _utc(self.start) or end - timedelta(days=30)
        if start >= end:
            raise ValueError("from must be before to")
        if end - start > MAX_RANGE:
            raise ValueError("the range may span at most 366 days")
        self.start, self.end = start, end
        return self

    def window(self) -> tuple[datetime, datetime]:
        """The validated ``[from, to)`` range (filled in by the validator)."""
        if self.start is None or self.end is None:
            raise ValueError("the query was not validated")
        return self.start, self.end


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class ClassificationRow(BaseModel):
    classification: str | None
    count: int
    avg_score: float


class FunnelRow(BaseModel):
    stage: str
    count: int


class SeriesRow(BaseModel):
    bucket: str
    conversations: int
    leads: int
    qualified: int


class Conversion(BaseModel):
    visitor_to_lead: float
    lead_to_qualified: float
    qualified_to_won: float


class FieldRow(BaseModel):
    field: str
    asked: int
    answered: int
    skipped: int
    refused: int


class Analytics(BaseModel):
    classification: list[ClassificationRow]
    funnel: list[FunnelRow]
    series: list[SeriesRow]
    conversion: Conversion
    fields: list[FieldRow]


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


class AnalyticsReader:
    """Runs the pipelines against conversations, leads and deals."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def _run(self, collection: str, pipeline: pipelines.Pipeline) -> list[Document]:
        cursor = await self._db[collection].aggregate(pipeline)
        return await cursor.to_list(length=None)

    async def compute(self, query: AnalyticsQuery) -> Analytics:
        start, end = query.window()
        classes = await self._run("leads", pipelines.classification(start, end))
        funnel = _one(await self._run("conversations", pipelines.funnel(start, end)))
        conv_series = await self._run(
            "conversations",
            pipelines.series(start, end, query.bucket, qualified_field="state.stage"),
        )
        lead_series = await self._run(
            "leads", pipelines.series(start, end, query.bucket, qualified_field="stage")
        )
        field_counts = _one(await self._run("conversations", pipelines.fields(start, end)))
        deals = _one(await self._run("deals", pipelines.won_deals(start, end)))
        return Analytics(
            classification=[
                ClassificationRow(
                    classification=r["_id"],
                    count=r["count"],
                    avg_score=round(r["avg_score"] or 0, 1),
                )
                for r in classes
            ],
            funnel=[FunnelRow(stage=s, count=int(funnel.get(s, 0))) for s in pipelines.FUNNEL],
            series=_series(conv_series, lead_series),
            conversion=_conversion(funnel, lead_series, deals),
            fields=[_field_row(field_counts, f) for f in ALL_FIELDS],
        )


def _one(rows: list[Document]) -> Document:
    return rows[0] if rows else {}


def _series(conversations: list[Document], leads: list[Document]) -> list[SeriesRow]:
    by_bucket: dict[str, dict[str, int]] = {}
    for row in conversations:
        by_bucket.setdefault(row["_id"], {})["conversations"] = row["count"]
        by_bucket[row["_id"]]["qualified"] = row["qualified"]
    for row in leads:
        by_bucket.setdefault(row["_id"], {})["leads"] = row["count"]
    return [
        SeriesRow(
            bucket=bucket,
            conversations=counts.get("conversations", 0),
            leads=counts.get("leads", 0),
            qualified=counts.get("qualified", 0),
        )
        for bucket, counts in sorted(by_bucket.items())
    ]


def _conversion(funnel: Document, leads: list[Document], deals: Document) -> Conversion:
    visitors = int(funnel.get("exploring", 0))
    lead_count = sum(int(r["count"]) for r in leads)
    qualified = sum(int(r["qualified"]) for r in leads)
    return Conversion(
        visitor_to_lead=ratio(lead_count, visitors),
        lead_to_qualified=ratio(qualified, lead_count),
        qualified_to_won=ratio(int(deals.get("won", 0)), qualified),
    )


def _field_row(counts: Document, field: str) -> FieldRow:
    values: dict[str, Any] = {
        kind: int(counts.get(f"{field}__{kind}", 0))
        for kind in ("asked", "answered", "skipped", "refused")
    }
    return FieldRow(field=field, **values)
