"""The whole stack as a child process (``python -m infra.local``), for tests and benchmarks."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from infra.local.processes import HOST, free_port, stop_with_parent

ROOT = Path(__file__).resolve().parents[2]
# Variables a test session may have set for its own servers; the child starts its own.
INHERITED_NOT = ("MONGODB_URI", "STORAGE_EMULATOR_HOST", "PUBSUB_EMULATOR_HOST")


class StackFailed(RuntimeError):
    """The stack exited or did not become healthy; the message ends with its log."""


@contextlib.contextmanager
def spawned_stack(
    data_dir: Path, extra_env: dict[str, str] | None = None, timeout: float = 90.0
) -> Iterator[str]:
    """Start the stack in its own process group; yield the gateway URL once /health is 200.
    The stack stops (SIGTERM) if this process dies without stopping it, e.g. a killed pytest."""
    with spawned_stack_process(data_dir, extra_env, timeout) as (base, _):
        yield base


@contextlib.contextmanager
def spawned_stack_process(
    data_dir: Path, extra_env: dict[str, str] | None = None, timeout: float = 90.0
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """As :func:`spawned_stack`, also yielding the stack's process (for memory sampling)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in INHERITED_NOT}
    env.update(PYTHONPATH=str(ROOT), **(extra_env or {}))
    log_path = data_dir / "stack.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "infra.local", "--port", str(port), "--data-dir", str(data_dir)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=stop_with_parent,  # called from the main thread: see processes.start
        )  # fmt: skip
    base = f"http://{HOST}:{port}"
    try:
        _wait_healthy(base, process, log_path, timeout)
        yield base, process
    finally:
        _stop(process)


def _wait_healthy(base: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StackFailed("the stack exited early:\n" + _tail(log))
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base + "/health", timeout=5).status_code == 200:
                return
        time.sleep(0.5)
    raise StackFailed(f"the stack was not healthy within {timeout:.0f} s:\n" + _tail(log))


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C to the process group (the stack stops its servers), then SIGKILL if it hangs."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
