"""The stack a benchmark measures: ``BENCH_BASE_URL`` when set, else a freshly started one."""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from infra.local.spawned import spawned_stack, spawned_stack_process


def _start_timeout() -> float:
    """Seconds a started stack may take to be healthy (it builds its bundle first: on a busy
    machine that takes minutes): ``BENCH_STACK_TIMEOUT_S``, default 300."""
    return float(os.environ.get("BENCH_STACK_TIMEOUT_S", "300"))


@contextlib.contextmanager
def running_stack(extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Yield the gateway's base URL of a freshly started stack (stopped afterwards)."""
    if os.environ.get("BENCH_BASE_URL"):
        yield os.environ["BENCH_BASE_URL"].rstrip("/")
        return
    with (
        scratch_folder("leadbot-bench-") as data,
        spawned_stack(
            data, {"LOG_LEVEL": "WARNING", **(extra_env or {})}, timeout=_start_timeout()
        ) as base,
    ):
        yield base


@contextlib.contextmanager
def running_stack_pid(extra_env: dict[str, str] | None = None) -> Iterator[tuple[str, int | None]]:
    """As :func:`running_stack`, with the stack's process id (None for ``BENCH_BASE_URL``: the
    processes of a stack started elsewhere are not measured)."""
    if os.environ.get("BENCH_BASE_URL"):
        yield os.environ["BENCH_BASE_URL"].rstrip("/"), None
        return
    with (
        scratch_folder("leadbot-bench-") as data,
        spawned_stack_process(
            data, {"LOG_LEVEL": "WARNING", **(extra_env or {})}, timeout=_start_timeout()
        ) as (base, process),
    ):
        yield base, process.pid


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


ROLES = (
    ("secantus_server", "database"),
    ("cloud-pubsub-emulator", "pubsub emulator"),
    ("gcp-storage-emulator", "storage emulator"),
    ("infra.local", "gateway"),
    ("multiprocessing", "gateway"),
)


def role(command: str) -> str:
    """Which part of the stack a command line is."""
    return next((name for needle, name in ROLES if needle in command), "other")


def _by_role(root_pid: int, column: str, value: Callable[[str], float]) -> dict[str, float]:
    """A ``ps`` column of a process and all its descendants, added up by role."""
    table = subprocess.run(
        ["ps", "-e", "-o", f"pid=,ppid=,{column}=,args="],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [line.split(None, 3) for line in table.splitlines() if line.strip()]
    children: dict[int, list[int]] = {}
    for row in rows:
        children.setdefault(int(row[1]), []).append(int(row[0]))
    info = {int(row[0]): (value(row[2]), row[3]) for row in rows}
    totals: dict[str, float] = {}
    todo = [root_pid]
    while todo:
        process = todo.pop()
        if process in info:
            amount, name = info[process][0], role(info[process][1])
            totals[name] = totals.get(name, 0) + amount
        todo += children.get(process, [])
    return totals


def rss_by_role(root_pid: int) -> dict[str, int]:
    """Resident memory (KiB) of a process and all its descendants, by role."""
    return {name: int(kib) for name, kib in _by_role(root_pid, "rss", float).items()}


def cpu_by_role(root_pid: int) -> dict[str, float]:
    """CPU seconds (user + system, to the clock tick) used so far by a process and its
    descendants, by role."""
    return _by_role(root_pid, "pid", _cpu_seconds)


def _cpu_seconds(pid: str) -> float:
    """A live process's CPU seconds from ``/proc`` (0 once it has exited)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
