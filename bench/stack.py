"""Start the real local stack (``python -m infra.local``) for a benchmark, or use BENCH_BASE_URL."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from infra.local.processes import free_port

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def running_stack(extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Yield the gateway's base URL of a freshly started stack (stopped afterwards)."""
    if os.environ.get("BENCH_BASE_URL"):
        yield os.environ["BENCH_BASE_URL"].rstrip("/")
        return
    port = free_port()
    data = Path(tempfile.mkdtemp(prefix="leadbot-bench-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING", **(extra_env or {})}
    env.pop("MONGODB_URI", None)
    log = (data / "stack.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "infra.local", "--port", str(port), "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, process, data / "stack.log")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def _wait(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(log.read_text(errors="replace")[-3000:])
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base + "/health", timeout=5).status_code == 200:
                return
        time.sleep(0.5)
    raise RuntimeError("stack not healthy in 120 s:\n" + log.read_text(errors="replace")[-3000:])


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]
