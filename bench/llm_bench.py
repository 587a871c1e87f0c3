"""LLM-mode benchmark: chat turns through the gateway against an OpenAI-compatible server with
a fixed latency per call (``BENCH_LLM_LATENCY_S``, default 0.4 s).

Measures the turn latency with the brief's parallel detection and the reply call started on
the local reading beside it (target: p50 <= 2.0 x the call latency), the speed-up over making
the same calls one after another, tokens and list-price cost per conversation (the server's
usage figures, the structured-output schema counted in the prompt), and what a visitor waits
when the API hangs or answers 500. The sequential figure of a turn is measured, not assumed:
the turn's calls are replayed one after another with the openai SDK, and their total replaces
the turn's LLM span (``turn - span of its calls + replayed total``).

Run: ``make bench`` (or ``.venv/bin/python -m bench llm_bench``). Writes bench/results/llm.json.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openai import AsyncOpenAI  # noqa: E402

from bench.chat_bench import SCRIPT  # noqa: E402
from bench.loadclient import JsonConnection  # noqa: E402
from bench.stack import percentile, running_stack  # noqa: E402
from shared.llm.settings import LlmSettings  # noqa: E402
from tests.llm_server import FakeOpenAI, Recorded  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "llm.json"
LATENCY_S = float(os.environ.get("BENCH_LLM_LATENCY_S", "0.4"))
CONVERSATIONS = int(os.environ.get("BENCH_LLM_CONVERSATIONS", "4"))
TIMEOUT_S = 3.0
COOLDOWN_S = 5.0
KEY = "sk-bench-not-a-real-key"
TARGET_X = 2.0  # turn p50 over one call's latency (issue 24)


def span(calls: list[Recorded]) -> float:
    """Seconds covered by the union of the calls' intervals at the server."""
    total, end = 0.0, float("-inf")
    for call in sorted(calls, key=lambda c: c.started):
        if call.finished > end:
            total += call.finished - max(call.started, end)
            end = call.finished
    return total


async def replay(sdk: AsyncOpenAI, calls: list[Recorded]) -> float:
    """Make the same calls one after another with the SDK; their total seconds."""
    started = time.perf_counter()
    for call in sorted(calls, key=lambda c: c.started):
        body = call.body
        await sdk.chat.completions.create(
            model=body["model"],
            messages=body["messages"],
            response_format=body["response_format"],
            temperature=0,
        )
    return time.perf_counter() - started


async def play(base: str, server: FakeOpenAI, script: list[str] = SCRIPT) -> list[dict[str, Any]]:
    """One conversation; per turn its wall time and the calls the server saw during it."""
    connection = JsonConnection(base, timeout=60)
    session: str | None = None
    turns = []
    try:
        for message in script:
            payload: dict[str, Any] = {"message": message}
            if session:
                payload["session_id"] = session
            before = len(server.calls)
            started = time.perf_counter()
            status, body = await connection.post("/chat/messages", payload)
            elapsed = time.perf_counter() - started
            if status != 200:
                raise RuntimeError(f"turn failed: {status} {str(body)[:200]}")
            session = body["session_id"]
            turns.append({"seconds": elapsed, "calls": list(server.calls[before:])})
    finally:
        await connection.close()
    return turns


def ms(values: list[float], p: float) -> float:
    return round(percentile(values, p) * 1000, 1)


async def healthy_runs(base: str, server: FakeOpenAI) -> dict[str, Any]:
    server.reset(latency_s=LATENCY_S)
    await play(base, server)  # warm-up
    server.reset(latency_s=LATENCY_S)
    conversations = [await play(base, server) for _ in range(CONVERSATIONS)]
    turns = [t for c in conversations for t in c]
    sdk = AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0)
    sequential = []
    for turn in turns:
        replayed = await replay(sdk, turn["calls"])
        sequential.append(turn["seconds"] - span(turn["calls"]) + replayed)
    await sdk.close()
    parallel = [t["seconds"] for t in turns]
    settings = LlmSettings()
    per_conversation = []
    for conversation in conversations:
        calls = [c for t in conversation for c in t["calls"]]
        prompt = sum(c.usage.get("prompt_tokens", 0) for c in calls)
        completion = sum(c.usage.get("completion_tokens", 0) for c in calls)
        per_conversation.append((len(calls), prompt, completion))
    n = len(per_conversation)
    calls_avg = sum(c[0] for c in per_conversation) / n
    prompt_avg = sum(c[1] for c in per_conversation) / n
    completion_avg = sum(c[2] for c in per_conversation) / n
    cost = settings.cost("gpt-4o-mini", round(prompt_avg), round(completion_avg))
    p50, p50_seq = percentile(parallel, 50), percentile(sequential, 50)
    return {
        "call_latency_ms": LATENCY_S * 1000,
        "turns": len(turns),
        "turn_p50_ms": ms(parallel, 50),
        "turn_p95_ms": ms(parallel, 95),
        "turn_p50_over_call_latency": round(p50 / LATENCY_S, 2),
        "target_p50_over_call_latency": TARGET_X,
        "sequential_turn_p50_ms": ms(sequential, 50),
        "sequential_turn_p95_ms": ms(sequential, 95),
        "time_saved_p50_pct": round((1 - p50 / p50_seq) * 100, 1),
        "speedup_p50_x": round(p50_seq / p50, 2),
        "calls_per_turn": round(sum(len(t["calls"]) for t in turns) / len(turns), 2),
        "reply_calls_per_turn": round(
            sum(sum(c.purpose == "reply" for c in t["calls"]) for t in turns) / len(turns), 2
        ),
        "per_conversation": {
            "turns": len(SCRIPT),
            "calls": round(calls_avg, 1),
            "prompt_tokens": round(prompt_avg),
            "completion_tokens": round(completion_avg),
            "cost_usd_gpt_4o_mini": round(cost, 6),
        },
    }


async def fault_run(base: str, server: FakeOpenAI, fault: str) -> dict[str, Any]:
    """A conversation against a failing API: every turn answered, how long each took."""
    await asyncio.sleep(COOLDOWN_S + 0.5)  # a circuit opened by a previous run half-opens,
    server.reset()
    await play(base, server, SCRIPT[:1])  # and a healthy call closes it
    server.reset(fault=fault)
    turns = await play(base, server)
    seconds = [t["seconds"] for t in turns]
    calls = [len(t["calls"]) for t in turns]
    return {
        "turns_answered": len(turns),
        "max_turn_ms": round(max(seconds) * 1000, 1),
        "budget_plus_1s_ms": (TIMEOUT_S + 1) * 1000,
        "turn_ms": [round(s * 1000) for s in seconds],
        "calls_per_turn": calls,
    }


async def measure(base: str, server: FakeOpenAI) -> dict[str, Any]:
    result = await healthy_runs(base, server)
    result["fallback"] = {
        "llm_timeout_s": TIMEOUT_S,
        "breaker": f"opens after 5 failed calls for {COOLDOWN_S:.0f} s",
        "hang": await fault_run(base, server, "hang"),
        "http_500": await fault_run(base, server, "500"),
    }
    return result


def main(argv: list[str]) -> int:
    server = FakeOpenAI().start()
    env = {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": server.url,
        "LLM_TIMEOUT_S": str(TIMEOUT_S),
        "LLM_BREAKER_COOLDOWN_S": str(COOLDOWN_S),
        "RATE_LIMIT_CHAT": "1000000/minute",
        "RATE_LIMIT_CHAT_ADDRESS": "1000000/minute",
        "RATE_LIMIT_DEFAULT": "1000000/minute",
    }
    try:
        with running_stack(env) as base:
            result = asyncio.run(measure(base, server))
    finally:
        server.stop()
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    ok = result["turn_p50_over_call_latency"] <= TARGET_X
    ok = ok and all(
        r["max_turn_ms"] <= r["budget_plus_1s_ms"]
        for r in (result["fallback"]["hang"], result["fallback"]["http_500"])
    )
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
