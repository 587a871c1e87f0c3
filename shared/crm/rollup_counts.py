"""What each stored document adds to the daily analytics counters (pure).

Every conversation, lead and deal *contributes* counters to the UTC day it was created: the
same facts the from-scratch pipelines (:mod:`shared.crm.analytics_pipelines`) count, read from
the same stored fields. A write that changes a document applies the difference of its
contribution before and after (:func:`delta`); a deletion takes its contribution away. The sum
of the counters of the days in a window is then what the pipelines would count in it.

Counter names: ``conv`` (conversations), ``reached:<stage>`` (conversations at that stage or a
later one), ``field:<field>:<asked|answered|volunteered|skipped|refused>``, ``lead``,
``class:<classification>:count`` and ``:score`` (the sum of their scores), ``deal`` and
``deal:won``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from shared.conversation.state import ALL_FIELDS, Stage

Counters = dict[str, int]
Contribution = tuple[str, Counters] | None  # (UTC day "YYYY-MM-DD", counters)
FUNNEL = [s.value for s in Stage]
STATE_KEYS = ("stage", "ask_counts", "collected", "skipped", "refused")  # what is counted


def day_of(moment: datetime) -> str:
    """The UTC day of a stored time (naive times are UTC, as BSON stores them)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).date().isoformat()


def _field_counts(state: Mapping[str, Any], field: str) -> Counters:
    asks = (state.get("ask_counts") or {}).get(field) or 0
    answered = (state.get("collected") or {}).get(field) is not None
    return {
        f"field:{field}:asked": int(asks >= 1),
        f"field:{field}:answered": int(answered),
        f"field:{field}:volunteered": int(answered and asks < 1),
        f"field:{field}:skipped": int(field in (state.get("skipped") or [])),
        f"field:{field}:refused": int(field in (state.get("refused") or [])),
    }


def conversation(created_at: datetime | None, state: Mapping[str, Any] | None) -> Contribution:
    """A stored conversation's counters (``state`` as stored: a mapping)."""
    if created_at is None:
        return None
    state = state or {}
    counters: Counters = {"conv": 1}
    stage = state.get("stage")
    if stage in FUNNEL:
        for reached in FUNNEL[: FUNNEL.index(stage) + 1]:
            counters[f"reached:{reached}"] = 1
    for field in ALL_FIELDS:
        counters.update(_field_counts(state, field))
    return day_of(created_at), counters


def lead(doc: Mapping[str, Any] | None) -> Contribution:
    """A stored lead's counters."""
    if not doc or doc.get("created_at") is None:
        return None
    kind = doc.get("classification")
    counters: Counters = {
        "lead": 1,
        f"class:{kind}:count": 1,
        f"class:{kind}:score": int(doc.get("score") or 0),
    }
    return day_of(doc["created_at"]), counters


def deal(doc: Mapping[str, Any] | None) -> Contribution:
    """A stored deal's counters."""
    if not doc or doc.get("created_at") is None:
        return None
    return day_of(doc["created_at"]), {"deal": 1, "deal:won": int(doc.get("stage") == "won")}


def delta(before: Contribution, after: Contribution) -> dict[str, Counters]:
    """Per day, what to add to go from ``before`` to ``after`` (zero changes left out)."""
    changes: dict[str, Counters] = {}
    for sign, part in ((-1, before), (1, after)):
        if part is None:
            continue
        day, counters = part
        bucket = changes.setdefault(day, {})
        for key, value in counters.items():
            bucket[key] = bucket.get(key, 0) + sign * value
    return {
        day: {k: v for k, v in counters.items() if v}
        for day, counters in changes.items()
        if any(counters.values())
    }


def total(days: Iterable[Mapping[str, int]]) -> Counters:
    """The counters of several days added up."""
    summed: Counters = {}
    for counters in days:
        for key, value in counters.items():
            summed[key] = summed.get(key, 0) + int(value)
    return summed


def week_of(day: str) -> str:
    """The ISO week ("2026-W10") of a day, as the pipelines' ``%G-W%V`` writes it."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"
