"""Cold start to first answer and peak memory of each function, started as deployed.

Each function runs alone under functions-framework (``--asgi``: gunicorn's master imports
``main.py`` and forks one uvicorn worker, as on Cloud Run) against the real SecantusDB server;
the chat function loads its knowledge-base bundle from the storage emulator, as it does from
Cloud Storage in production. Memory is the master's and the worker's peaks added (the
instance holds both; shared pages counted twice, so it errs high). Besides wall time, the chat's
cold start is given in CPU seconds (master and worker, up to the first answer): on a loaded
machine the wall time measures the machine, the CPU time still measures the code.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

from bench.stack import scratch_folder
from infra.build import vendor
from infra.local.processes import free_port, wait_for_port
from infra.local.services import mongodb_uri, start_mongodb, start_storage_emulator
from infra.local.stack import BUCKET, INDEX_PREFIX, build_index, run_module

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "results" / "footprint.json"
COLD_START_BUDGET_S = 1.0
COLD_STARTS = 5
BUDGET_MIB = {"chat": 512, "auth": 256, "leads": 256, "crm": 256, "lead_events": 256}


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    """The process and its descendants (gunicorn's master and its worker)."""
    return [pid, *(p for child in _children(pid) for p in _tree(child))]


def _own_peak_mib(pid: int) -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0.0
    return next((int(ln.split()[1]) / 1024 for ln in lines if ln.startswith("VmHWM:")), 0.0)


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory of the process and its descendants, added."""
    return sum(_own_peak_mib(p) for p in _tree(pid))


def pss_mib(pid: int) -> float:
    """Proportional resident memory of the process and its descendants now (shared pages
    counted once across them: what the instance holds)."""
    total = 0.0
    for p in _tree(pid):
        try:
            lines = Path(f"/proc/{p}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        total += next((int(ln.split()[1]) / 1024 for ln in lines if ln.startswith("Pss:")), 0.0)
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process and its descendants so far."""
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def start_function(name: str, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str, float]:
    """functions-framework serving the function's vendored folder (``make build``'s, bytecode
    included) with the repository out of reach (``-I``), as Cloud Run starts it."""
    port = free_port()
    folder = Path(env["BUILD_DIR"]) / name
    started = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-I",
            "-m",
            "functions_framework",
            "--target",
            name,
            "--source",
            "main.py",
            "--asgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, f"http://127.0.0.1:{port}", started


def first_answer(
    process: subprocess.Popen[bytes], base: str, started: float
) -> tuple[float, float]:
    """Wall seconds from process start to the first answered message, and the CPU seconds the
    function's processes had used by then (NaN when it never answered within 60 s)."""
    while time.perf_counter() - started < 60:
        try:
            answer = httpx.post(
                base + "/messages", json={"message": "Do you sell decaf?"}, timeout=10
            )
            if answer.status_code == 200:
                return time.perf_counter() - started, cpu_seconds(process.pid)
        except httpx.HTTPError:
            time.sleep(0.02)
    return float("nan"), float("nan")


def chat_cold_start(env: dict[str, str]) -> dict[str, float]:
    """Seconds (wall and CPU) from process start to the first answered message, the median of
    :data:`COLD_STARTS` starts (one start's time on a shared machine is mostly noise), then
    the last start's memory after 100 chats."""
    starts: list[tuple[float, float]] = []
    for _ in range(COLD_STARTS - 1):
        process, base, started = start_function("chat", env)
        try:
            starts.append(first_answer(process, base, started))
        finally:
            process.terminate()
            process.wait(20)
    process, base, started = start_function("chat", env)
    try:
        starts.append(first_answer(process, base, started))
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
            "cold_start_to_first_answer_s": round(statistics.median(s[0] for s in starts), 3),
            "cold_start_cpu_s": round(statistics.median(s[1] for s in starts), 3),
            "cold_starts": COLD_STARTS,
            "load_average_1m": round(os.getloadavg()[0], 2),
            "peak_rss_mib": round(peak_rss_mib(process.pid), 1),
            "pss_after_100_chats_mib": round(pss_mib(process.pid), 1),
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
    """Measure the functions named in ``argv`` (all when none; ``python -m
    bench.footprint_bench chat`` measures the chat alone and leaves the results file as is)."""
    selected = [name for name in BUDGET_MIB if not argv or name in argv]
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
            for name in selected:
                vendor(name, data / "build")
            env["BUILD_DIR"] = str(data / "build")
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
            results: dict[str, dict[str, float]] = {}
            for name in selected:
                results[name] = (
                    chat_cold_start(env) if name == "chat" else other_function(name, env)
                )
        finally:
            storage.stop()
            mongo.stop()
    for name, row in results.items():
        row["budget_mib"] = BUDGET_MIB[name]
        row["within_budget"] = row["peak_rss_mib"] < BUDGET_MIB[name]
    if "chat" in results:
        chat = results["chat"]
        chat["cold_start_budget_s"] = COLD_START_BUDGET_S
        chat["within_budget"] = (
            chat["within_budget"] and chat["cold_start_to_first_answer_s"] < COLD_START_BUDGET_S
        )
    if len(results) == len(BUDGET_MIB):
        RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    else:
        print(json.dumps(results, indent=2))
    print(f"{'function':<12} {'start (s)':>10} {'peak RSS MiB':>13} {'budget':>7}")
    for name, row in results.items():
        start = row.get("cold_start_to_first_answer_s", row.get("ready_s"))
        print(f"{name:<12} {start:>10} {row['peak_rss_mib']:>13} {row['budget_mib']:>7}")
    return 0 if all(r["within_budget"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
