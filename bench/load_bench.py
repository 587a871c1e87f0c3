"""Load and soak beyond the brief: many visitors with human think times, a new connection per
turn (a browser's keep-alive has long expired after 5-15 s of typing).

- load: ``BENCH_LOAD_CONVERSATIONS`` (default 1,000) visitors in conversation at once, each
  playing an 8-turn conversation of its own (bench/visitors.py) with ``BENCH_THINK_MIN_S``-``BENCH_THINK_MAX_S`` (5-15 s) between
  messages; starts are spread over one think time, as arrivals are. Reports p50/p95/p99 turn
  latency, errors (any non-200 or connection failure) and turns per second.
- soak: ``BENCH_SOAK_CONVERSATIONS`` (default 500) visitors for ``BENCH_SOAK_SECONDS`` (default
  180 here; the issue's figure is 1,800), starting a new conversation after each one ends; the
  resident memory of the stack's processes (gateway and every child server) is sampled every
  10 s and the growth from the first sample after the warm-up minute to the last is reported.

Targets: load p95 < 250 ms with zero errors; soak memory growth < 10 %.

Run: ``.venv/bin/python -m bench load_bench`` (part of ``make bench``); ``BENCH_SCENARIOS=load``
or ``soak`` runs one. Writes bench/results/load.json. The numbers depend heavily on what else
runs on the machine (see the README).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loadclient import post_once  # noqa: E402
from bench.stack import percentile  # noqa: E402
from bench.visitors import conversation, questions  # noqa: E402
from infra.local.spawned import spawned_stack_process  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "load.json"
# Production's limits, each visitor from its own address (X-Forwarded-For behind one trusted
# proxy, as behind Google's front end), instead of one address with limits raised to a million
# a minute, which measured a limiter state no real deployment has.
STACK_ENV = {"TRUSTED_PROXY_COUNT": "1", "LOG_LEVEL": "WARNING"}
RNG = random.Random(int(os.environ.get("BENCH_SEED", "15")))


def env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


class Tally:
    """Latencies and errors of one scenario."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self.errors: list[str] = []

    def summary(self, elapsed: float) -> dict[str, Any]:
        return {
            "turns": len(self.samples),
            "errors": len(self.errors),
            "error_kinds": sorted(set(self.errors))[:5],
            "p50_ms": round(percentile(self.samples, 50), 1),
            "p95_ms": round(percentile(self.samples, 95), 1),
            "p99_ms": round(percentile(self.samples, 99), 1),
            "turns_per_s": round(len(self.samples) / elapsed, 1),
        }


QUESTIONS = questions()


async def visit(base: str, tally: Tally, think: tuple[float, float], stop_at: float) -> None:
    """One conversation (its own words, see bench/visitors.py) with think times, one new
    connection per turn."""
    session_id: str | None = None
    octets = (random.randrange(256), random.randrange(256), random.randrange(1, 255))
    address = {"X-Forwarded-For": "10.{}.{}.{}".format(*octets)}
    for message in conversation(RNG, QUESTIONS):
        if session_id is not None:
            await asyncio.sleep(random.uniform(*think))
        if time.monotonic() > stop_at:
            return
        payload: dict[str, Any] = {"message": message}
        if session_id:
            payload["session_id"] = session_id
        started = time.perf_counter()
        try:
            status, body = await post_once(base, "/chat/messages", payload, headers=address)
        except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError) as exc:
            tally.errors.append(type(exc).__name__)
            return
        tally.samples.append((time.perf_counter() - started) * 1000)
        if status != 200:
            tally.errors.append(f"{status} {str(body)[:100]}")
            return
        session_id = body["session_id"]


async def load(base: str) -> dict[str, Any]:
    count = int(env_float("BENCH_LOAD_CONVERSATIONS", 1000))
    think = (env_float("BENCH_THINK_MIN_S", 5), env_float("BENCH_THINK_MAX_S", 15))
    tally = Tally()

    async def arrive() -> None:
        await asyncio.sleep(random.uniform(0, think[1]))
        await visit(base, tally, think, float("inf"))

    started = time.perf_counter()
    await asyncio.gather(*(arrive() for _ in range(count)))
    result = {"conversations": count, "think_s": list(think), **tally.summary(
        time.perf_counter() - started
    )}  # fmt: skip
    result["target_met"] = result["p95_ms"] < 250 and result["errors"] == 0
    return result


def rss_kib(root_pid: int) -> int:
    """Resident memory of a process and all its descendants (KiB), from ps."""
    table = subprocess.run(
        ["ps", "-e", "-o", "pid=,ppid=,rss="], capture_output=True, text=True, check=True
    ).stdout
    rows = [tuple(int(x) for x in line.split()) for line in table.splitlines() if line.strip()]
    children: dict[int, list[int]] = {}
    for pid, ppid, _ in rows:
        children.setdefault(ppid, []).append(pid)
    rss = {pid: kib for pid, _, kib in rows}
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


async def soak(base: str, stack_pid: int) -> dict[str, Any]:
    count = int(env_float("BENCH_SOAK_CONVERSATIONS", 500))
    seconds = env_float("BENCH_SOAK_SECONDS", 180)
    think = (env_float("BENCH_THINK_MIN_S", 5), env_float("BENCH_THINK_MAX_S", 15))
    warmup = min(60.0, seconds / 3)
    tally = Tally()
    stop_at = time.monotonic() + seconds
    memory: list[tuple[float, int]] = []

    async def visitor() -> None:
        await asyncio.sleep(random.uniform(0, think[1]))
        while time.monotonic() < stop_at:
            await visit(base, tally, think, stop_at)

    async def sample() -> None:
        begun = time.monotonic()
        while time.monotonic() < stop_at:
            memory.append((round(time.monotonic() - begun), rss_kib(stack_pid)))
            await asyncio.sleep(10)

    started = time.perf_counter()
    await asyncio.gather(sample(), *(visitor() for _ in range(count)))
    after_warmup = [kib for at, kib in memory if at >= warmup] or [kib for _, kib in memory]
    growth = (after_warmup[-1] - after_warmup[0]) / after_warmup[0] * 100
    return {
        "conversations": count,
        "seconds": seconds,
        "think_s": list(think),
        **tally.summary(time.perf_counter() - started),
        "rss_mib_first_after_warmup": round(after_warmup[0] / 1024, 1),
        "rss_mib_last": round(after_warmup[-1] / 1024, 1),
        "rss_growth_pct": round(growth, 1),
        "rss_samples_mib": [(at, round(kib / 1024, 1)) for at, kib in memory],
        "target_met": growth < 10,
    }


async def bench(base: str, stack_pid: int) -> dict[str, Any]:
    chosen = os.environ.get("BENCH_SCENARIOS", "load,soak").split(",")
    result: dict[str, Any] = {"cpu_count": os.cpu_count(), "load_average": os.getloadavg()}
    if "load" in chosen:
        result["load"] = await load(base)
        print(json.dumps(result["load"]), flush=True)
    if "soak" in chosen:
        result["soak"] = await soak(base, stack_pid)
        print(json.dumps({k: v for k, v in result["soak"].items() if k != "rss_samples_mib"}))
    result["load_average_after"] = os.getloadavg()
    return result


def main(argv: list[str] | None = None) -> int:
    data = Path(tempfile.mkdtemp(prefix="leadbot-load-"))
    with spawned_stack_process(data, STACK_ENV, timeout=180) as (base, process):
        result = asyncio.run(bench(base, process.pid))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    earlier = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for scenario in ("load", "soak"):  # a scenario not run this time keeps its last result
        if scenario not in result and scenario in earlier:
            result[scenario] = earlier[scenario]
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    met = [r["target_met"] for k, r in result.items() if isinstance(r, dict)]
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
