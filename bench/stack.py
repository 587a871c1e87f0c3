"""The stack a benchmark measures: ``BENCH_BASE_URL`` when set, else a freshly started one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from infra.local.spawned import spawned_stack


@contextlib.contextmanager
def running_stack(extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Yield the gateway's base URL of a freshly started stack (stopped afterwards)."""
    if os.environ.get("BENCH_BASE_URL"):
        yield os.environ["BENCH_BASE_URL"].rstrip("/")
        return
    with (
        scratch_folder("leadbot-bench-") as data,
        spawned_stack(data, {"LOG_LEVEL": "WARNING", **(extra_env or {})}, timeout=120) as base,
    ):
        yield base


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A temporary folder for a benchmark's database and logs, removed afterwards (a full
    ``make bench`` writes about 1 GB of them)."""
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as folder:
        yield Path(folder)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]
