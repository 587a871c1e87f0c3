"""The analytics of a window computed from the collections with aggregation pipelines.

The reference the daily counters (:mod:`shared.crm.rollups`) are checked against: the same
numbers, at a cost that grows with the number of conversations (seconds at 10,000), which is
why the route reads the counters instead.
"""

from __future__ import annotations

from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import ALL_FIELDS
from shared.crm import analytics_pipelines as pipelines
from shared.crm.analytics import (
    DEFINITIONS,
    FIELD_KINDS,
    Analytics,
    AnalyticsQuery,
    ClassificationRow,
    FieldRow,
    FunnelRow,
    SeriesRow,
    conversion,
)
from shared.db import Document


async def _run(db: AsyncDatabase[Document], collection: str, pipeline: Any) -> list[Document]:
    cursor = await db[collection].aggregate(pipeline)
    return await cursor.to_list(length=None)


def _one(rows: list[Document]) -> Document:
    return rows[0] if rows else {}


async def from_scratch(db: AsyncDatabase[Document], query: AnalyticsQuery) -> Analytics:
    """Every section of the analytics, counted by the pipelines."""
    start, end = query.window()
    classes = await _run(db, "leads", pipelines.classification(start, end))
    funnel = _one(await _run(db, "conversations", pipelines.funnel(start, end)))
    by_state = pipelines.series(start, end, query.bucket, qualified_field="state.stage")
    conv_series = await _run(db, "conversations", by_state)
    by_stage = pipelines.series(start, end, query.bucket, qualified_field="stage")
    lead_series = await _run(db, "leads", by_stage)
    field_counts = _one(await _run(db, "conversations", pipelines.fields(start, end)))
    deals = _one(await _run(db, "deals", pipelines.won_deals(start, end)))
    return Analytics(
        classification=[
            ClassificationRow(
                classification=r["_id"], count=r["count"], avg_score=round(r["avg_score"] or 0, 1)
            )
            for r in classes
        ],
        funnel=[FunnelRow(stage=s, count=int(funnel.get(s, 0))) for s in pipelines.FUNNEL],
        series=_series(conv_series, lead_series),
        conversion=conversion(
            int(funnel.get("exploring", 0)),
            sum(int(r["count"]) for r in lead_series),
            int(funnel.get("qualified", 0)),
            int(deals.get("won", 0)),
        ),
        fields=[_field_row(field_counts, f) for f in ALL_FIELDS],
        definitions=DEFINITIONS,
    )


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
            conversations=values.get("conversations", 0),
            leads=values.get("leads", 0),
            qualified=values.get("qualified", 0),
        )
        for bucket, values in sorted(by_bucket.items())
    ]


def _field_row(values: Document, field: str) -> FieldRow:
    found = {kind: int(values.get(f"{field}__{kind}", 0)) for kind in FIELD_KINDS}
    return FieldRow(field=field, **found)
