"""Load and soak beyond the brief: many visitors with human think times, a new connection per
turn (a browser's keep-alive has long expired after 5-15 s of typing).

- load: ``BENCH_LOAD_CONVERSATIONS`` (default 1,000) visitors in conversation at once, each
  playing an 8-turn conversation of its own (bench/visitors.py: no two send the same words)
  with ``BENCH_THINK_MIN_S``-``BENCH_THINK_MAX_S`` (5-15 s) between messages; starts are
  spread over one think time, as arrivals are. Reports p50/p95/p99 turn latency, errors (any
  non-200 or connection failure) and turns per second.
- soak: ``BENCH_SOAK_CONVERSATIONS`` (default 500) visitors for ``BENCH_SOAK_SECONDS`` (default
  1,800), starting a new conversation after each one ends; the resident memory of the stack's
  processes (gateway and every child server, by role) is sampled every 10 s, and the growth
  is the mean of the run's last 5 minutes against the mean of the 5 minutes after the warm-up
  (5 minutes; both a sixth of a shorter run).

Targets: load p95 < 250 ms with zero errors; soak memory growth < 10 % with zero errors.

Run: ``.venv/bin/python -m bench load_bench`` (part of ``make bench``); ``BENCH_SCENARIOS=load``
or ``soak`` runs one. Writes bench/results/load.json. The numbers depend heavily on what else
runs on the machine (see the README).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loadclient import post_once  # noqa: E402
from bench.stack import percentile, rss_by_role, scratch_folder  # noqa: E402
from bench.visitors import conversation, questions  # noqa: E402
from infra.local.spawned import spawned_stack_process  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "load.json"
# Production's limits, each visitor from its own address (X-Forwarded-For behind one trusted
# proxy, as behind Google's front end), instead of one address with limits raised to a million
# a minute, which measured a limiter state no real deployment has.
# Every simulated visitor's connection comes from the loopback address, so the gateway's
# per-address connection cap is lifted to its total here.
STACK_ENV = {
    "TRUSTED_PROXY_COUNT": "1",
    "LOG_LEVEL": "WARNING",
    "GATEWAY_MAX_CONNECTIONS_PER_ADDRESS": "4096",
}
RNG = random.Random(int(os.environ.get("BENCH_SEED", "15")))
# Memory is compared from the end of a warm-up (the database's cache and the pools fill with
# the working set first) to the end of the run.
WARMUP_S = 300.0
# Growth is the mean of the last WINDOW_S seconds against the mean of the first WINDOW_S after
# the warm-up.
WINDOW_S = 300.0


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


def window_mean(samples: list[dict[str, int]]) -> dict[str, float]:
    """Each role's mean resident memory (KiB) over a window's samples."""
    roles = {name for sample in samples for name in sample}
    return {name: sum(s.get(name, 0) for s in samples) / len(samples) for name in sorted(roles)}


async def soak(base: str, stack_pid: int) -> dict[str, Any]:
    count = int(env_float("BENCH_SOAK_CONVERSATIONS", 500))
    seconds = env_float("BENCH_SOAK_SECONDS", 1800)
    think = (env_float("BENCH_THINK_MIN_S", 5), env_float("BENCH_THINK_MAX_S", 15))
    warmup = min(WARMUP_S, seconds / 6)
    tally = Tally()
    stop_at = time.monotonic() + seconds
    memory: list[tuple[float, dict[str, int]]] = []

    async def visitor() -> None:
        await asyncio.sleep(random.uniform(0, think[1]))
        while time.monotonic() < stop_at:
            await visit(base, tally, think, stop_at)

    async def sample() -> None:
        begun = time.monotonic()
        while time.monotonic() < stop_at:
            memory.append((round(time.monotonic() - begun), rss_by_role(stack_pid)))
            await asyncio.sleep(10)

    started = time.perf_counter()
    await asyncio.gather(sample(), *(visitor() for _ in range(count)))
    # Means over windows, not single samples: the database's memory swings by tens of MB
    # within a minute (once by 100 MB in 10 s), so one sample at either end says little.
    window = min(WINDOW_S, seconds / 6)
    everything = [by for _, by in memory]
    first = window_mean([by for at, by in memory if warmup <= at < warmup + window] or everything)
    last = window_mean([by for at, by in memory if at >= seconds - window] or everything)
    growth = (sum(last.values()) - sum(first.values())) / sum(first.values()) * 100
    mib = {name: f"{first.get(name, 0) / 1024:.0f} -> {last[name] / 1024:.0f}" for name in last}
    return {
        "conversations": count,
        "seconds": seconds,
        "think_s": list(think),
        "warmup_s": warmup,
        "window_s": window,
        **tally.summary(time.perf_counter() - started),
        "rss_mib_first_window": round(sum(first.values()) / 1024, 1),
        "rss_mib_last_window": round(sum(last.values()) / 1024, 1),
        "rss_growth_pct": round(growth, 1),
        "rss_mib_by_role": mib,
        "rss_samples_mib": [
            (at, {name: round(kib / 1024, 1) for name, kib in by.items()}) for at, by in memory
        ],
        "target_met": growth < 10 and not tally.errors,
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
    with (
        scratch_folder("leadbot-load-") as data,
        spawned_stack_process(data, STACK_ENV, timeout=180) as (base, process),
    ):
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
