"""Starting and stopping the stack's server processes on loopback.

Children are tied to the process that started them: on Linux each asks the kernel for SIGKILL
when its parent dies (``PR_SET_PDEATHSIG``), so even a SIGKILLed ``make run`` leaves nothing
behind (their data is safe: writes are journaled). A service that keeps data (the database)
is stopped with SIGINT, its clean shutdown, then SIGKILL after a grace period; one that keeps
nothing (the in-memory emulators, ``keeps_data=False``) gets SIGKILL at once: their SIGINT
handling waited out a 10 s timeout each. :func:`stop_all` stops several at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
PR_SET_PDEATHSIG = 1


def die_with_parent(signum: int = signal.SIGKILL) -> None:
    """In the child, before exec: send me ``signum`` when my parent dies (Linux only; no-op
    else). SIGKILL for a server that keeps nothing it must flush or keeps a journal."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(libc_name, use_errno=True).prctl(PR_SET_PDEATHSIG, signum)


def stop_with_parent() -> None:
    """In the child, before exec: SIGTERM me when my parent dies, for a child that stops its
    own servers cleanly on SIGTERM (the whole stack started by a test or a benchmark)."""
    die_with_parent(signal.SIGTERM)


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_for_port(
    port: int, timeout: float, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Block until something accepts connections on ``port``; fail fast if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.5):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {HOST}:{port} after {timeout}s")


@dataclass
class Service:
    """A server process the stack started and must stop."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    keeps_data: bool = True

    def signal_stop(self) -> None:
        """Ask the process group to stop: SIGINT when it keeps data, else SIGKILL."""
        if self.process.poll() is None:
            self._signal(signal.SIGINT if self.keeps_data else signal.SIGKILL)

    def _signal(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the process group by its id (see :meth:`signal_stop`), then SIGKILL after
        ``timeout`` seconds."""
        stop_all([self], timeout)


def stop_all(services: list[Service], grace: float) -> None:
    """Signal every service at once, wait for them together up to ``grace`` seconds, then
    SIGKILL what is still running and reap it."""
    for service in services:
        service.signal_stop()
    deadline = time.monotonic() + grace
    for service in services:
        with contextlib.suppress(subprocess.TimeoutExpired):
            service.process.wait(max(0.0, deadline - time.monotonic()))
    for service in services:
        if service.process.poll() is None:
            service._signal(signal.SIGKILL)
            service.process.wait(10)


def processes_naming(path: Path) -> list[tuple[int, str]]:
    """Live processes whose command line names ``path`` (pid, command), from /proc."""
    wanted = str(path.resolve())
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        with contextlib.suppress(OSError):
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            words = [a.decode(errors="replace") for a in argv if a]
            if int(entry.name) != os.getpid() and any(_names(w, wanted) for w in words):
                found.append((int(entry.name), " ".join(words)[:200]))
    return found


def children_of(pid: int) -> list[int]:
    """The pids whose parent is ``pid``, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, their children...), from /proc."""
    found, queue = [], [pid]
    while queue:
        for child in children_of(queue.pop()):
            found.append(child)
            queue.append(child)
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie has exited)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _names(word: str, wanted: str) -> bool:
    if word == wanted:
        return True
    if "/" not in word:
        return False
    with contextlib.suppress(OSError, ValueError):
        return str(Path(word).resolve()) == wanted
    return False


def start(
    name: str,
    argv: list[str],
    port: int,
    log_dir: Path,
    timeout: float = 30.0,
    env: dict[str, str] | None = None,
    keeps_data: bool = True,
) -> Service:
    """Start ``argv`` in its own process group, logging to ``log_dir/name.log``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, **(env or {})},
            # only a prctl between fork and exec; the parent-death signal fires when the
            # starting *thread* ends, so services are started from the main thread
            preexec_fn=die_with_parent,
        )
    service = Service(name, port, process, log_path, keeps_data)
    try:
        wait_for_port(port, timeout, process)
    except Exception:
        service.stop()
        tail = log_path.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{name} did not start on port {port}:\n{tail}") from None
    return service
