"""Shutdown benchmark: seconds from a stop signal to the exit of the local stack's last process.

Target: under 3 s (issue 27), for Ctrl-C (SIGINT to the stack's process group, as a terminal
sends it) and for SIGTERM and SIGHUP to the stack's process only (as a process manager or a
closing terminal may send them), with a browser-like keep-alive connection open. The tests
(``tests/foundation/test_stack_shutdown.py``, ``test_stack_signals.py``) check that every
process stops, with bounds generous enough for a loaded machine; the time is measured here,
where the machine's load is recorded beside it.

Run: ``.venv/bin/python -m bench shutdown_bench`` (``BENCH_SHUTDOWN_RUNS`` stops a signal,
default 3). Starts the real local stack once per stop (``infra.local.spawned``), in a scratch
folder. Writes bench/results/shutdown.json.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stack import scratch_folder  # noqa: E402
from infra.local.processes import HOST, alive, descendants  # noqa: E402
from infra.local.spawned import spawned_stack_process  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "shutdown.json"
TARGET_S = 3.0
STOPS = [
    ("ctrl-c", signal.SIGINT, True),
    ("sigterm", signal.SIGTERM, False),
    ("sighup", signal.SIGHUP, False),
]
STACK_ENV = {"LOG_LEVEL": "WARNING", "BCRYPT_ROUNDS": "4"}


def one_stop(signum: int, to_group: bool) -> float:
    """Start the stack, open a keep-alive connection, send the signal; seconds until every
    process of the stack is gone (polled every 20 ms, at most 60 s)."""
    with (
        scratch_folder("leadbot-shutdown-") as data,
        spawned_stack_process(data, STACK_ENV, timeout=300) as (base, process),
    ):
        everything = [process.pid, *descendants(process.pid)]
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection((HOST, port), timeout=5) as keep_alive:
            keep_alive.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n")
            keep_alive.recv(65536)
            started = time.monotonic()
            if to_group:
                os.killpg(process.pid, signum)
            else:
                os.kill(process.pid, signum)
            while any(alive(p) for p in everything) and time.monotonic() - started < 60:
                time.sleep(0.02)
            return round(time.monotonic() - started, 3)


def main(argv: list[str] | None = None) -> int:
    runs = int(os.environ.get("BENCH_SHUTDOWN_RUNS", "3"))
    load_before = os.getloadavg()[0]
    result: dict[str, Any] = {"target_s": TARGET_S, "stops": {}}
    for name, signum, to_group in STOPS:
        seconds = [one_stop(signum, to_group) for _ in range(runs)]
        result["stops"][name] = {
            "seconds": seconds,
            "p50_s": statistics.median(seconds),
            "max_s": max(seconds),
            "met": max(seconds) < TARGET_S,
        }
        print(f"{name}: every process gone after {seconds} s")
    result["load_average_1min"] = {"start": load_before, "end": os.getloadavg()[0]}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if all(stop["met"] for stop in result["stops"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
