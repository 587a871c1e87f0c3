"""The analytics aggregation pipelines (pure: each function returns a pipeline to run).

Everything is counted inside MongoDB; Python only merges the handful of result rows (one per
classification, bucket or field). Per-field counts read the stored conversation state: a field
is *asked* when ``state.ask_counts.<field>`` is at least 1, *answered* when it is in
``state.collected``, *volunteered* when answered but never asked, *skipped* / *refused* when
listed in ``state.skipped`` / ``state.refused``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from shared.conversation.state import ALL_FIELDS, Stage

Bucket = Literal["day", "week"]
Pipeline = list[dict[str, Any]]
FUNNEL = [s.value for s in Stage]
# ISO week (Monday first) as text, so day and week buckets sort as strings
BUCKET_FORMAT = {"day": "%Y-%m-%d", "week": "%G-W%V"}


def in_range(field: str, start: datetime, end: datetime) -> dict[str, Any]:
    return {"$match": {field: {"$gte": start, "$lt": end}}}


def classification(start: datetime, end: datetime) -> Pipeline:
    """Leads per classification with their average score."""
    return [
        in_range("created_at", start, end),
        {
            "$group": {
                "_id": "$classification",
                "count": {"$sum": 1},
                "avg_score": {"$avg": "$score"},
            }
        },
        {"$sort": {"_id": 1}},
    ]


def _reached(stage: str) -> dict[str, Any]:
    later = FUNNEL[FUNNEL.index(stage) :]
    return {"$sum": {"$cond": [{"$in": ["$state.stage", later]}, 1, 0]}}


def funnel(start: datetime, end: datetime) -> Pipeline:
    """Conversations that reached each conversation stage (or a later one)."""
    return [
        in_range("created_at", start, end),
        {"$group": {"_id": None, **{stage: _reached(stage) for stage in FUNNEL}}},
    ]


def series(start: datetime, end: datetime, bucket: Bucket, *, qualified_field: str) -> Pipeline:
    """Documents per time bucket, and how many of them have ``qualified_field`` = qualified."""
    return [
        in_range("created_at", start, end),
        {
            "$group": {
                "_id": {"$dateToString": {"format": BUCKET_FORMAT[bucket], "date": "$created_at"}},
                "count": {"$sum": 1},
                "qualified": {
                    "$sum": {"$cond": [{"$eq": [f"${qualified_field}", "qualified"]}, 1, 0]}
                },
            }
        },
        {"$sort": {"_id": 1}},
    ]


def _count_if(condition: dict[str, Any]) -> dict[str, Any]:
    return {"$sum": {"$cond": [condition, 1, 0]}}


def _field_counts(field: str) -> dict[str, Any]:
    asked = {"$gte": [{"$ifNull": [f"$state.ask_counts.{field}", 0]}, 1]}
    answered = {"$ne": [{"$ifNull": [f"$state.collected.{field}", None]}, None]}
    return {
        f"{field}__asked": _count_if(asked),
        f"{field}__answered": _count_if(answered),
        f"{field}__volunteered": _count_if({"$and": [answered, {"$not": [asked]}]}),
        f"{field}__skipped": _count_if({"$in": [field, {"$ifNull": ["$state.skipped", []]}]}),
        f"{field}__refused": _count_if({"$in": [field, {"$ifNull": ["$state.refused", []]}]}),
    }


def fields(start: datetime, end: datetime) -> Pipeline:
    """Per qualification field: conversations that asked, answered, skipped and refused it."""
    group: dict[str, Any] = {"_id": None}
    for field in ALL_FIELDS:
        group.update(_field_counts(field))
    return [in_range("created_at", start, end), {"$group": group}]


def won_deals(start: datetime, end: datetime) -> Pipeline:
    """Deals created in the range, and how many of them are won."""
    return [
        in_range("created_at", start, end),
        {
            "$group": {
                "_id": None,
                "deals": {"$sum": 1},
                "won": _count_if({"$eq": ["$stage", "won"]}),
            }
        },
    ]
