"""``make run`` stops cleanly however it is stopped: SIGTERM and SIGHUP stop every child like
Ctrl-C, a SIGKILLed stack takes its children with it, and a data folder still held by another
process is refused with a message naming it."""

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
import pytest

from infra.local.processes import HOST, alive, children_of, free_port, stop_with_parent
from infra.local.services import start_mongodb
from infra.local.spawned import INHERITED_NOT, ROOT

pytestmark = pytest.mark.stack


def wait_gone(pids: list[int], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.2)
    return [p for p in pids if alive(p)]


@contextlib.contextmanager
def running_stack(data_dir: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """``python -m infra.local`` in its own session, healthy; killed by pid if a test fails."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in INHERITED_NOT}
    env.update(PYTHONPATH=str(ROOT), BCRYPT_ROUNDS="4", LOG_LEVEL="WARNING")
    log = (data_dir / "stack.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "infra.local", "--port", str(port), "--data-dir", str(data_dir),
         *extra],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        preexec_fn=stop_with_parent,
    )  # fmt: skip
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 300  # a loaded machine builds the bundle slowly
        while time.monotonic() < deadline and process.poll() is None:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            time.sleep(0.5)
        assert process.poll() is None, (data_dir / "stack.log").read_text()[-2000:]
        yield process, base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(30)
        log.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_every_child(tmp_path: Path, signum: int) -> None:
    """The signal goes to the stack's process only (not its group, as a process manager or a
    closing terminal may do); the stack exits with status 0 and the database, the storage and
    Pub/Sub emulators all exit. (How fast: ``bench/shutdown_bench.py``; the bounds here are
    generous for a loaded machine.)"""
    with running_stack(tmp_path) as (process, _):
        children = children_of(process.pid)
        assert len(children) >= 2
        os.kill(process.pid, signum)
        assert process.wait(60) == 0
        assert wait_gone(children, 60) == []


def test_children_die_with_a_sigkilled_stack(tmp_path: Path) -> None:
    """SIGKILL cannot be handled, yet the children get the parent-death signal and exit."""
    with running_stack(tmp_path, "--no-pubsub") as (process, _):
        children = children_of(process.pid)
        assert children
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        assert wait_gone(children, 60) == []


PARENT = """
import sys, time
from pathlib import Path
from infra.local.spawned import spawned_stack_process
with spawned_stack_process(Path(sys.argv[1]), {"LOG_LEVEL": "WARNING"}, 300) as (_, stack):
    print(stack.pid, flush=True)
    time.sleep(600)
"""


def test_a_stack_started_by_a_killed_process_stops_cleanly(tmp_path: Path) -> None:
    """A test run killed outright (SIGKILL: no finally, no atexit) still takes the stack it
    started with it: the stack gets SIGTERM as its parent dies, stops its servers and says so,
    instead of living on re-parented to init."""
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True,
    )  # fmt: skip
    stack = 0
    try:
        assert parent.stdout is not None
        line = parent.stdout.readline()
        assert line.strip().isdigit(), (tmp_path / "stack.log").read_text()[-2000:]
        stack = int(line)
        children = children_of(stack)
        assert children
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(30)
        assert wait_gone([stack, *children], 60) == []
        assert "stopped" in (tmp_path / "stack.log").read_text()
    finally:
        for group in (parent.pid, stack):
            with contextlib.suppress(ProcessLookupError):
                if group:
                    os.killpg(group, signal.SIGKILL)
        parent.wait(30)
        if parent.stdout is not None:
            parent.stdout.close()


def test_a_held_data_folder_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    """A database left running on the data folder makes the next start fail fast with its
    pid in the message, not with WiredTiger's bare "Device or resource busy"."""
    leftover = start_mongodb(tmp_path / "mongodb", tmp_path / "logs")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "infra.local", "--port", str(free_port()), "--data-dir",
             str(tmp_path), "--no-pubsub"],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
    finally:
        leftover.stop()
    assert result.returncode != 0
    assert f"in use by process {leftover.process.pid}" in result.stderr + result.stdout


def gateway_workers(pid: int, expected: int, within_s: float = 60.0) -> list[int]:
    """The stack's gateway worker processes (uvicorn's spawned children), once ``expected`` of
    them run or the generous bound passes (a loaded machine starts the second one later)."""
    deadline = time.monotonic() + within_s
    while True:
        found = []
        for child in children_of(pid):
            with contextlib.suppress(OSError):
                if b"multiprocessing.spawn" in Path(f"/proc/{child}/cmdline").read_bytes():
                    found.append(child)
        if len(found) >= expected or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_gateway_workers_serve_and_stop_with_the_stack(tmp_path: Path, signum: int) -> None:
    """``--workers 2``: two worker processes serve the functions (a chat turn works), and
    they exit with the stack whether it is stopped (SIGTERM) or killed (SIGKILL)."""
    with running_stack(tmp_path, "--no-pubsub", "--workers", "2") as (process, base):
        workers = gateway_workers(process.pid, 2)
        assert len(workers) == 2
        turn = httpx.post(f"{base}/chat/messages", json={"message": "hi"}, timeout=30)
        assert turn.status_code == 200
        assert turn.json()["session_secret"]
        everything = children_of(process.pid)
        os.kill(process.pid, signum)
        process.wait(60)
        assert wait_gone(everything, 60) == []
