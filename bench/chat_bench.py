"""Chat benchmark: turn latency through the local gateway (database included), 1 and 100
concurrent conversations, turns per second, and the conversation state's load and save times.

"100 concurrent conversations" are 100 visitors in conversation at once, each waiting a think
time (``BENCH_THINK_S``, default 1 s, jittered 0.5-1.5x) before typing the next message, as people
do; the saturation run (no think time) shows the most turns per second this machine serves.
Every conversation gives its own email address: visitors are different people (with one shared
address every conversation joined one lead, and each lead event re-read all of them).

A turn's irreducible work is one embedding of its message, one state load and one save; the
single-conversation p50 is reported against their sum (issue 22: at most 1.5x).

Each phase also reports the CPU the stack's processes spent per turn, by role (gateway: every
function, lead events included; database; emulators), read from ``/proc`` before and after: on
a shared machine CPU per turn moves much less with other work than latency does.

Run: ``.venv/bin/python bench/chat_bench.py`` (``make bench``). Uses ``BENCH_BASE_URL`` when set
(then without CPU figures), else starts the real local stack (``bench.stack.running_stack_pid``);
the repository timings use a SecantusDB started here on loopback and stopped by pid. Writes
bench/results/chat.json.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loadclient import JsonConnection  # noqa: E402
from bench.stack import cpu_by_role, percentile, running_stack_pid, scratch_folder  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "chat.json"
SCRIPT = [
    "Hi! I'm opening a small coffee shop in Portland next spring",
    "My name is Maya Chen",
    "how much is the Lumen 2-Group?",
    "maya.chen@brightcup.co",
    "Mostly espresso drinks, and we like chocolatey medium-dark roasts",
    "is installation included?",
    "We need an espresso machine with two groups and a good grinder",
    "Probably around 250 cups a day",
]
EMAIL = "maya.chen@brightcup.co"
TARGETS = {
    "single_p50_ms": 25,
    "single_p99_ms": 100,
    "concurrent_p95_ms": 250,
    "single_p50_over_irreducible": 1.5,
}
VISITORS = itertools.count(1)
STACK_ENV = {
    "RATE_LIMIT_CHAT": "1000000/minute",
    "RATE_LIMIT_CHAT_ADDRESS": "1000000/minute",
    "RATE_LIMIT_DEFAULT": "1000000/minute",
}


def visitor_script(visitor: int) -> list[str]:
    """The script as visitor number ``visitor`` types it: with an email address of their own."""
    own = EMAIL.replace("@", f".{visitor}@")
    return [message.replace(EMAIL, own) for message in SCRIPT]


async def conversation(
    base: str, samples: list[float], errors: list[str], think_s: float = 0.0
) -> None:
    """Play the script once as a new visitor on its own connection, timing every turn."""
    connection = JsonConnection(base)
    session_id: str | None = None
    try:
        for message in visitor_script(next(VISITORS)):
            if think_s and session_id:
                await asyncio.sleep(random.uniform(0.5 * think_s, 1.5 * think_s))
            payload: dict[str, Any] = {"message": message}
            if session_id:
                payload["session_id"] = session_id
            started = time.perf_counter()
            try:
                status, body = await connection.post("/chat/messages", payload)
            except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError) as exc:
                errors.append(type(exc).__name__)
                return
            samples.append((time.perf_counter() - started) * 1000)
            if status != 200:
                errors.append(f"{status} {str(body)[:120]}")
                return
            session_id = body["session_id"]
    finally:
        await connection.close()


async def run_load(
    base: str, conversations: int, rounds: int, think_s: float = 0.0, stack: int | None = None
) -> dict[str, Any]:
    """``conversations`` visitors at once, each playing the script ``rounds`` times; with the
    stack's process id, also the CPU its processes spent per turn meanwhile, by role."""
    samples: list[float] = []
    errors: list[str] = []
    await conversation(base, [], errors)  # warm-up

    async def visitor() -> None:
        for _ in range(rounds):
            await conversation(base, samples, errors, think_s)

    cpu_before = cpu_by_role(stack) if stack else {}
    started = time.perf_counter()
    await asyncio.gather(*(visitor() for _ in range(conversations)))
    elapsed = time.perf_counter() - started
    cpu = cpu_per_turn(cpu_before, cpu_by_role(stack), len(samples)) if stack else None
    return {
        "conversations": conversations,
        "think_s": think_s,
        "turns": len(samples),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "p50_ms": round(percentile(samples, 50), 2),
        "p95_ms": round(percentile(samples, 95), 2),
        "p99_ms": round(percentile(samples, 99), 2),
        "turns_per_s": round(len(samples) / elapsed, 1),
        **({"cpu_ms_per_turn": cpu} if cpu else {}),
    }


def cpu_per_turn(before: dict[str, float], after: dict[str, float], turns: int) -> dict[str, float]:
    """Milliseconds of CPU per turn, by role and in all, between two readings."""
    spent = {name: after[name] - before.get(name, 0.0) for name in after}
    per_turn = {name: round(1000 * seconds / max(turns, 1), 2) for name, seconds in spent.items()}
    return {**per_turn, "total": round(sum(per_turn.values()), 2)}


async def repository_timings(turns: int = 300) -> dict[str, float]:
    """p50 of one state load and one turn save, straight against SecantusDB."""
    from pymongo import AsyncMongoClient

    from infra.local.services import mongodb_uri, start_mongodb
    from shared.chat.repository import ConversationRepository
    from shared.conversation.state import ConversationState, Message, utcnow

    with scratch_folder("chat-bench-db-") as folder:
        service = start_mongodb(folder / "db", folder / "logs")
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
            mongodb_uri(service.port), tz_aware=True
        )
        try:
            repo = ConversationRepository(client["bench"])
            loads: list[float] = []
            saves: list[float] = []
            state = ConversationState(collected={"name": "Bench Visitor"})
            for index in range(turns):
                sid = f"{index % 20:032x}"
                after = state.model_copy(update={"turns": state.turns + 1})
                messages = [
                    Message(role="user", text="hello"),
                    Message(role="assistant", text="hi"),
                ]
                started = time.perf_counter()
                await repo.save_turn(sid, state, after, messages, utcnow())
                saves.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                await repo.load_state(sid)
                loads.append((time.perf_counter() - started) * 1000)
            return {
                "state_load_p50_ms": round(statistics.median(loads), 3),
                "state_save_p50_ms": round(statistics.median(saves), 3),
            }
        finally:
            await client.close()
            service.stop()


def embed_timing(rounds: int = 20) -> float:
    """p50 of embedding one of the script's messages (the model as the chat runs it: one
    thread), in milliseconds."""
    from shared.rag.embedding import Embedder

    embedder = Embedder(threads=1)
    embedder.embed(SCRIPT)  # warm-up
    samples: list[float] = []
    for _ in range(rounds):
        for message in SCRIPT:
            started = time.perf_counter()
            embedder.embed([message])
            samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 3)


def irreducible(single: dict[str, Any], repo: dict[str, float]) -> dict[str, float]:
    """A turn's irreducible work (embed + load + save, each a p50) and the single p50's
    multiple of it."""
    work = repo["embed_p50_ms"] + repo["state_load_p50_ms"] + repo["state_save_p50_ms"]
    return {"work_ms": round(work, 3), "single_p50_ratio": round(single["p50_ms"] / work, 2)}


def table(result: dict[str, Any]) -> str:
    rows = [
        "| load | turns | errors | p50 ms | p95 ms | p99 ms | turns/s | CPU ms/turn |",
        "|---" * 8 + "|",
    ]
    for key in ("single", "concurrent", "saturation"):
        r = result[key]
        cpu = r.get("cpu_ms_per_turn", {})
        rows.append(
            f"| {key}: {r['conversations']} conv., think {r['think_s']} s | {r['turns']} | "
            f"{r['errors']} | "
            f"{r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['turns_per_s']} | "
            f"{cpu.get('total', '-')} (gateway {cpu.get('gateway', '-')}, "
            f"database {cpu.get('database', '-')}) |"
        )
    repo = result["repository"]
    work = result["irreducible"]
    rows.append(
        f"\nembed p50 {repo['embed_p50_ms']} ms, state load p50 {repo['state_load_p50_ms']} ms, "
        f"save p50 {repo['state_save_p50_ms']} ms: irreducible {work['work_ms']} ms, single p50 "
        f"{work['single_p50_ratio']}x of it"
    )
    rows.append(
        "targets: "
        + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in result["targets_met"].items())
    )
    return "\n".join(rows)


async def bench(base: str, stack: int | None = None) -> dict[str, Any]:
    # the irreducible work is timed just before the single conversation it is compared with
    repo = {**await repository_timings(), "embed_p50_ms": embed_timing()}
    single = await run_load(base, conversations=1, rounds=40, stack=stack)
    think = float(os.environ.get("BENCH_THINK_S", "1.0"))
    concurrent = await run_load(base, conversations=100, rounds=2, think_s=think, stack=stack)
    saturation = await run_load(base, conversations=100, rounds=1, stack=stack)
    work = irreducible(single, repo)
    met = {
        "single_p50": single["p50_ms"] < TARGETS["single_p50_ms"],
        "single_p99": single["p99_ms"] < TARGETS["single_p99_ms"],
        "concurrent_p95": concurrent["p95_ms"] < TARGETS["concurrent_p95_ms"],
        "concurrent_no_errors": concurrent["errors"] == 0,
        "single_p50_over_irreducible": work["single_p50_ratio"]
        <= TARGETS["single_p50_over_irreducible"],
    }
    return {
        "single": single,
        "concurrent": concurrent,
        "saturation": saturation,
        "repository": repo,
        "irreducible": work,
        "targets_met": met,
    }


def main(argv: list[str] | None = None) -> int:
    load_before = os.getloadavg()[0]
    with running_stack_pid(STACK_ENV) as (base, stack):
        result = asyncio.run(bench(base, stack))
    result["base_url_from_env"] = bool(os.environ.get("BENCH_BASE_URL"))
    # a shared machine's other work shows here: quote absolute numbers with it
    result["load_average_1min"] = {"start": load_before, "end": os.getloadavg()[0]}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    return 0 if all(result["targets_met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
