"""Stopping ``make run`` stops every process of it, and the stack says so ("stopping",
"stopped"); a database that dies is restarted (issue 27).

On the real stack (database, storage and Pub/Sub emulators when installed, the gateway with all
five functions), with a browser-like keep-alive connection open. How long stopping takes (the
3 s target) is measured by ``bench/shutdown_bench.py``, not here: a test checks what happens,
with a bound generous enough for a loaded machine (CI failed on the 3 s while the stack was
right)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest

from infra.local.processes import HOST, alive, children_of, descendants
from tests.foundation.test_stack_signals import running_stack

pytestmark = pytest.mark.stack
GONE_WITHIN_S = 60.0  # generous: what is checked is that everything stops, not how fast


def idle_keep_alive(base: str) -> socket.socket:
    """A connection that made one request and stays open, as a browser tab's does."""
    port = int(base.rsplit(":", 1)[1])
    sock = socket.create_connection((HOST, port), timeout=5)
    sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n")
    sock.recv(65536)
    return sock


def seconds_until_gone(pids: list[int], started: float, limit: float = GONE_WITHIN_S) -> float:
    """Seconds from ``started`` until none of ``pids`` is alive (polled every 20 ms)."""
    while any(alive(p) for p in pids) and time.monotonic() - started < limit:
        time.sleep(0.02)
    return time.monotonic() - started


@pytest.mark.parametrize(
    ("signum", "to_group"),
    [(signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["ctrl-c", "sigterm"],
)
def test_the_whole_stack_stops(tmp_path: Path, signum: int, to_group: bool) -> None:
    """Ctrl-C (SIGINT to the foreground group, as a terminal sends it) and SIGTERM (to the
    stack's process only): every process is gone, the stack exits with status 0, and the log
    says "stopping" then "stopped"."""
    with running_stack(tmp_path) as (process, base):
        everything = [process.pid, *descendants(process.pid)]
        assert len(everything) >= 3
        keep_alive = idle_keep_alive(base)
        started = time.monotonic()
        if to_group:
            os.killpg(process.pid, signum)
        else:
            os.kill(process.pid, signum)
        elapsed = seconds_until_gone(everything, started)
        keep_alive.close()
        print(f"{signal.Signals(signum).name}: every process gone after {elapsed:.2f} s")
        assert [p for p in everything if alive(p)] == []
        assert process.wait(GONE_WITHIN_S) == 0
        log = (tmp_path / "stack.log").read_text()
        assert log.index("stopping") < log.index("stopped")


def test_a_dead_database_is_restarted(tmp_path: Path) -> None:
    """SIGKILL the database under a running stack: the stack says so, starts it again on the
    same port and data, and a chat turn (a write) succeeds without a manual restart."""
    with running_stack(tmp_path, "--no-pubsub") as (process, base):
        database = next(p for p in children_of(process.pid) if _is_database(p))
        os.kill(database, signal.SIGKILL)
        deadline = time.monotonic() + 60
        turn = None
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                turn = httpx.post(f"{base}/chat/messages", json={"message": "hi"}, timeout=10)
                if turn.status_code == 200:
                    break
            time.sleep(0.5)
        assert turn is not None
        assert turn.status_code == 200, turn.text
        assert process.poll() is None
        assert "database exited" in (tmp_path / "stack.log").read_text()


def _is_database(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return b"secantus_server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    return False
