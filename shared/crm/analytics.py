"""``GET /analytics``: the numbers, read from the daily counters, and what each one means.

The route reads :mod:`shared.crm.rollups` (at most 366 small documents, whatever the number of
conversations); :mod:`shared.crm.analytics_scratch` computes the same numbers from the
collections with aggregation pipelines (the reference the counters are tested against).
Windows are whole UTC days: a ``from``/``to`` with a time of day is widened to the days that
contain it. "Qualified" has one meaning everywhere: a conversation that reached the qualified
stage, counted on the day the conversation started.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import ALL_FIELDS
from shared.crm import rollup_counts as counts
from shared.crm.analytics_pipelines import Bucket
from shared.crm.rollups import Rollups
from shared.db import Document
from shared.isodate import IsoDateTime

MAX_RANGE = timedelta(days=366)
DAY = timedelta(days=1)
FIELD_KINDS = ("asked", "answered", "volunteered", "skipped", "refused")
DEFINITIONS = {
    "conversations": "Chat conversations that started in the window (every visitor).",
    "leads": "Leads created in the window: visitors who left a way to reach them.",
    "qualified": "Conversations started in the window that reached the qualified stage "
    "(every detail sales needs); the funnel, the series and the conversion use this one count.",
    "won": "Deals created in the window that are now won.",
    "classification": "Leads created in the window per class of score: hot 80-100, warm "
    "60-79, cold 40-59, unqualified 0-39, with their average score.",
    "funnel": "Conversations started in the window that reached each stage or a later one.",
    "visitor_to_lead": "Leads divided by conversations.",
    "lead_to_qualified": "Qualified conversations divided by leads.",
    "qualified_to_won": "Won deals divided by qualified conversations.",
    "asked": "Conversations in which the bot asked for the field at least once.",
    "answered": "Conversations in which the visitor gave the field, asked for or not; "
    "answered = answered when asked + volunteered, so it can exceed asked.",
    "volunteered": "Conversations in which the visitor gave the field without being asked.",
    "skipped": "Conversations that moved on after asking for the field three times.",
    "refused": "Conversations in which the visitor declined to give the field.",
}


class AnalyticsQuery(BaseModel):
    """``from`` and ``to`` (ISO dates or date-times, UTC when no offset; default the last 30
    days, today included) and the series ``bucket``. The window ``[from, to)`` is widened to
    whole UTC days."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    start: IsoDateTime | None = Field(default=None, alias="from")
    end: IsoDateTime | None = Field(default=None, alias="to")
    bucket: Bucket = "day"

    @model_validator(mode="after")
    def _range(self) -> AnalyticsQuery:
        end = _day_end(_utc(self.end) or datetime.now(UTC))
        start = _day_start(_utc(self.start) or end - timedelta(days=30))
        if start >= end:
            raise ValueError("from must be before to")
        if end - start > MAX_RANGE:
            raise ValueError("the range may span at most 366 days")
        self.start, self.end = start, end
        return self

    def window(self) -> tuple[datetime, datetime]:
        """The validated ``[from, to)`` range of whole days (filled in by the validator)."""
        if self.start is None or self.end is None:
            raise ValueError("the query was not validated")
        return self.start, self.end


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _day_start(value: datetime) -> datetime:
    return datetime.combine(value.astimezone(UTC).date(), time(), tzinfo=UTC)


def _day_end(value: datetime) -> datetime:
    start = _day_start(value)
    return start if start == value else start + DAY


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
    visitors: int = Field(description="Conversations (the visitor_to_lead denominator)")
    leads: int
    qualified: int
    won: int


class FieldRow(BaseModel):
    field: str
    asked: int
    answered: int
    volunteered: int
    skipped: int
    refused: int


class Analytics(BaseModel):
    classification: list[ClassificationRow]
    funnel: list[FunnelRow]
    series: list[SeriesRow]
    conversion: Conversion
    fields: list[FieldRow]
    definitions: dict[str, str] = Field(description="Each metric's meaning, in one sentence")


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def conversion(visitors: int, leads: int, qualified: int, won: int) -> Conversion:
    """The three rates and the counts they divide."""
    return Conversion(
        visitor_to_lead=ratio(leads, visitors),
        lead_to_qualified=ratio(qualified, leads),
        qualified_to_won=ratio(won, qualified),
        visitors=visitors,
        leads=leads,
        qualified=qualified,
        won=won,
    )


def _classes(summed: counts.Counters) -> list[ClassificationRow]:
    names = sorted(
        k.split(":")[1] for k in summed if k.startswith("class:") and k.endswith(":count")
    )
    return [
        ClassificationRow(
            classification=None if name == "None" else name,
            count=summed[f"class:{name}:count"],
            avg_score=round(
                summed.get(f"class:{name}:score", 0) / summed[f"class:{name}:count"], 1
            ),
        )
        for name in names
        if summed[f"class:{name}:count"] > 0
    ]


def _series(days: Sequence[tuple[str, counts.Counters]], bucket: Bucket) -> list[SeriesRow]:
    buckets: dict[str, list[counts.Counters]] = {}
    for day, counters in days:
        buckets.setdefault(day if bucket == "day" else counts.week_of(day), []).append(counters)
    rows = []
    for key, parts in sorted(buckets.items()):
        summed = counts.total(parts)
        if summed.get("conv", 0) or summed.get("lead", 0):
            rows.append(
                SeriesRow(
                    bucket=key,
                    conversations=summed.get("conv", 0),
                    leads=summed.get("lead", 0),
                    qualified=summed.get("reached:qualified", 0),
                )
            )
    return rows


def from_counters(days: Sequence[tuple[str, counts.Counters]], bucket: Bucket) -> Analytics:
    """The analytics of a window from its days' counters (pure)."""
    summed = counts.total(c for _, c in days)
    return Analytics(
        classification=_classes(summed),
        funnel=[FunnelRow(stage=s, count=summed.get(f"reached:{s}", 0)) for s in counts.FUNNEL],
        series=_series(days, bucket),
        conversion=conversion(
            summed.get("reached:exploring", 0),
            summed.get("lead", 0),
            summed.get("reached:qualified", 0),
            summed.get("deal:won", 0),
        ),
        fields=[
            FieldRow(field=f, **{k: summed.get(f"field:{f}:{k}", 0) for k in FIELD_KINDS})
            for f in ALL_FIELDS
        ],
        definitions=DEFINITIONS,
    )


class AnalyticsReader:
    """Reads the analytics of a window from the daily counters."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._rollups = Rollups(db)

    async def compute(self, query: AnalyticsQuery) -> Analytics:
        start, end = query.window()
        return from_counters(await self._rollups.days(start, end), query.bucket)
