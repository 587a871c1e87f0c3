"""Where a chat turn's CPU goes: the chat function in process, driven by the load bench's
varied visitors (``bench.visitors``), under cProfile, against a SecantusDB started here on
loopback (stopped by pid) and the demo knowledge base built into a scratch bundle.

Prints the CPU a turn (``time.process_time``: every thread of the process, the embedding
model's included), the profile's share by area (the package of the innermost project frame on
the stack when the time was spent, third-party code charged to its caller's area) and the
top functions by their own time. Lead events are counted, not published (``EVENTS_MODE=off``).

Run: ``PYTHONPATH=. .venv/bin/python -m bench.profile_turn [conversations] [--no-profile]``
(default 40; ``--no-profile`` gives the CPU a turn without the profiler's overhead;
``PROFILE_BUNDLE`` names an already built bundle folder to skip building one). The profile
counts the CPU time of the event loop's thread only (the embedding and retrieval threads'
work shows in the CPU a turn, not in the table).
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import os
import pstats
import random
import statistics
import sys
import time
from typing import Any

from bench.roundtrips import CountingPublisher, _install_publisher
from bench.stack import scratch_folder
from bench.visitors import conversation, questions

AREAS = (
    ("shared/understanding/", "reader (shared/understanding)"),
    ("shared/conversation/", "conversation (brain, machine, replies)"),
    ("shared/rag/", "retrieval and answers (shared/rag)"),
    ("shared/chat/", "chat service and repository"),
    ("shared/crm/", "support desk and rollups (shared/crm)"),
    ("shared/catalog/", "catalog"),
    ("shared/", "shared, other"),
    ("pymongo/", "database client (pymongo, bson)"),
    ("bson/", "database client (pymongo, bson)"),
    ("pydantic", "pydantic"),
    ("onnxruntime", "embedding model (onnxruntime)"),
    ("tokenizers", "embedding tokenizer"),
    ("starlette/", "HTTP framework"),
    ("fastapi/", "HTTP framework"),
    ("functions_framework", "HTTP framework"),
    ("httpx/", "in-process HTTP client (not served)"),
    ("asyncio/", "asyncio"),
)


def area(filename: str) -> str:
    """The area a source file belongs to."""
    return next((name for needle, name in AREAS if needle in filename), "other")


async def drive(app: Any, conversations: int, seed: int) -> list[float]:
    """Play ``conversations`` varied visitors through the chat app; the CPU of each turn."""
    import httpx

    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    cpu: list[float] = []
    rng, pool = random.Random(seed), questions()
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        for _ in range(conversations):
            session = None
            for text in conversation(rng, pool):
                body = {"message": text, **({"session_id": session} if session else {})}
                started = time.process_time()
                reply = await client.post("/messages", json=body)
                cpu.append((time.process_time() - started) * 1000)
                session = reply.json()["session_id"]
    return cpu


def by_area(stats: pstats.Stats) -> dict[str, float]:
    """Own time per area, in seconds."""
    totals: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        name = area(filename)
        totals[name] = totals.get(name, 0.0) + own
    return totals


def report(cpu: list[float], profile: cProfile.Profile | None) -> None:
    print(
        f"{len(cpu)} turns: CPU a turn mean {statistics.fmean(cpu):.2f} ms, "
        f"p50 {statistics.median(cpu):.2f} ms"
    )
    if profile is None:
        return
    stats = pstats.Stats(profile)
    areas = by_area(stats)
    whole = sum(areas.values())
    print("own time by area:")
    for name, seconds in sorted(areas.items(), key=lambda kv: -kv[1]):
        print(f"  {100 * seconds / whole:5.1f}%  {1000 * seconds / len(cpu):6.2f} ms/turn  {name}")
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(35)
    stats.sort_stats("cumulative").print_stats(60)
    print(out.getvalue())


async def run(conversations: int, profiled: bool) -> None:
    from infra.local.services import mongodb_uri, start_mongodb
    from infra.local.stack import build_index

    with scratch_folder("profile-turn-") as folder:
        service = start_mongodb(folder / "db", folder / "logs")
        bundle = os.environ.get("PROFILE_BUNDLE") or str(build_index(folder / "kb"))
        os.environ.update(
            ENV="test", MONGODB_URI=mongodb_uri(service.port), MONGODB_DB="profile",
            EVENTS_MODE="off", LOG_LEVEL="WARNING", INDEX_LOCAL_DIR=bundle,
            RATE_LIMIT_CHAT="100000/minute", RATE_LIMIT_DEFAULT="100000/minute",
            RATE_LIMIT_CHAT_ADDRESS="100000/minute",
        )  # fmt: skip
        try:
            from infra.local.gateway import load_function

            app = load_function("chat")
            _install_publisher(CountingPublisher())
            await drive(app, 3, seed=1)  # warm-up: the lazy loads
            profile = cProfile.Profile(time.thread_time) if profiled else None  # CPU, not waits
            if profile:
                profile.enable()
            cpu = await drive(app, conversations, seed=7)
            if profile:
                profile.disable()
            report(cpu, profile)
            dump = next((a[7:] for a in sys.argv if a.startswith("--dump=")), None)
            if profile and dump:
                profile.dump_stats(dump)
        finally:
            service.stop()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    asyncio.run(run(int(args[0]) if args else 40, "--no-profile" not in sys.argv))
