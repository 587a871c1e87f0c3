"""Cold start to first answer and peak memory of each function, started as deployed.

Each function runs alone under functions-framework (``--asgi``) against the real SecantusDB
server; the chat function loads its knowledge-base bundle from the storage emulator, as it
does from Cloud Storage in production.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

from bench.stack import scratch_folder
from infra.local.processes import free_port, wait_for_port
from infra.local.services import mongodb_uri, start_mongodb, start_storage_emulator
from infra.local.stack import BUCKET, INDEX_PREFIX, build_index, run_module

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "results" / "footprint.json"
COLD_START_BUDGET_S = 1.5
BUDGET_MIB = {"chat": 512, "auth": 256, "leads": 256, "crm": 256, "lead_events": 256}


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_function(name: str, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str, float]:
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "functions_framework",
            "--target",
            name,
            "--source",
            str(ROOT / "functions" / name / "main.py"),
            "--asgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, f"http://127.0.0.1:{port}", started


def chat_cold_start(env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to the first answered message, then RSS after 100 chats."""
    process, base, started = start_function("chat", env)
    try:
        first = None
        while first is None and time.perf_counter() - started < 60:
            try:
                answer = httpx.post(
                    base + "/messages", json={"message": "Do you sell decaf?"}, timeout=10
                )
                if answer.status_code == 200:
                    first = time.perf_counter() - started
            except httpx.HTTPError:
                time.sleep(0.02)
        with httpx.Client(base_url=base, timeout=30) as client:
            for i in range(100):
                reply = client.post(
                    "/messages",
                    json={
                        "message": f"We run {i % 5 + 1} cafés, what maintenance plans do you have?"
                    },
                ).json()
                client.post(
                    "/messages",
                    json={
                        "session_id": reply["session_id"],
                        "message": "I'm Ana Costa, ana@example.com",
                    },
                )
        return {
            "cold_start_to_first_answer_s": round(first or float("nan"), 3),
            "peak_rss_mib": round(peak_rss_mib(process.pid), 1),
        }
    finally:
        process.terminate()
        process.wait(20)


def other_function(name: str, env: dict[str, str]) -> dict[str, float]:
    process, base, started = start_function(name, env)
    try:
        wait_for_port(int(base.rsplit(":", 1)[1]), 60, process)
        ready = time.perf_counter() - started
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(100):
                if name == "lead_events":
                    client.post("/", content=b"{}", headers={"content-type": "application/json"})
                else:
                    client.get("/health")
        return {"ready_s": round(ready, 3), "peak_rss_mib": round(peak_rss_mib(process.pid), 1)}
    finally:
        process.terminate()
        process.wait(20)


def main(argv: list[str] | None = None) -> int:
    with scratch_folder("leadbot-footprint-") as data:
        mongo = start_mongodb(data / "db", data / "logs")
        storage = start_storage_emulator(data / "logs")
        try:
            env = {
                **os.environ,
                "PYTHONPATH": str(ROOT),
                "ENV": "test",
                "LOG_LEVEL": "WARNING",
                "MONGODB_URI": mongodb_uri(mongo.port),
                "MONGODB_DB": f"fp_{uuid.uuid4().hex[:8]}",
                "STORAGE_EMULATOR_HOST": f"http://127.0.0.1:{storage.port}",
                "EVENTS_MODE": "off",
                "STORAGE_BUCKET": BUCKET,
                "INDEX_PREFIX": INDEX_PREFIX,
                "INDEX_CACHE_DIR": str(data / "cache"),
                "RATE_LIMIT_DEFAULT": "100000/minute",
                "RATE_LIMIT_CHAT": "100000/minute",
                "RATE_LIMIT_CHAT_ADDRESS": "100000/minute",
            }
            env.pop("INDEX_LOCAL_DIR", None)
            run_module(
                [
                    "index_builder",
                    "publish",
                    "--index",
                    str(build_index(data / "index")),
                    "--to",
                    f"gs://{BUCKET}/{INDEX_PREFIX}",
                ],
                env,
            )
            results: dict[str, dict[str, float]] = {"chat": chat_cold_start(env)}
            for name in ("auth", "leads", "crm", "lead_events"):
                results[name] = other_function(name, env)
        finally:
            storage.stop()
            mongo.stop()
    for name, row in results.items():
        row["budget_mib"] = BUDGET_MIB[name]
        row["within_budget"] = row["peak_rss_mib"] < BUDGET_MIB[name]
    chat = results["chat"]
    chat["cold_start_budget_s"] = COLD_START_BUDGET_S
    chat["within_budget"] = (
        chat["within_budget"] and chat["cold_start_to_first_answer_s"] < COLD_START_BUDGET_S
    )
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"{'function':<12} {'start (s)':>10} {'peak RSS MiB':>13} {'budget':>7}")
    for name, row in results.items():
        start = row.get("cold_start_to_first_answer_s", row.get("ready_s"))
        print(f"{name:<12} {start:>10} {row['peak_rss_mib']:>13} {row['budget_mib']:>7}")
    return 0 if all(r["within_budget"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
