"""The local database's watchdog: a database that dies under the running stack starts again.

Without it a crashed or killed SecantusDB left ``/health`` timing out until someone restarted
``make run``. The watchdog polls the database process twice a second. When it has exited while
the stack runs, it says so and starts it again on the same port and data folder (the
functions' drivers reconnect by themselves; acknowledged writes are journaled). When starting
fails, or after :data:`MAX_RESTARTS` restarts within :data:`WINDOW_S` seconds, it prints why and
stops the whole stack as Ctrl-C would.

The thread that starts a process is the one whose end sends it the parent-death signal (see
:mod:`infra.local.processes`), so the watchdog's thread never ends before the process does: once
the stack is stopping it only idles (it is a daemon thread).
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable

from infra.local.processes import Service

log = logging.getLogger("infra.local")
INTERVAL_S = 0.5
MAX_RESTARTS = 3
WINDOW_S = 60.0
Restart = Callable[[Service], Service]


def give_up(message: str) -> None:
    """Print why, then stop the stack like Ctrl-C (the main thread's handlers do the rest)."""
    print(message, flush=True)
    os.kill(os.getpid(), signal.SIGINT)


class DatabaseWatch:
    """Restarts the database service when it exits unexpectedly."""

    def __init__(
        self, service: Service, restart: Restart, on_give_up: Callable[[str], None] = give_up
    ) -> None:
        self.service = service
        self._restart = restart
        self._give_up = on_give_up
        self._stopping = threading.Event()
        self._restarts: list[float] = []
        self._thread = threading.Thread(target=self._run, name="database-watch", daemon=True)

    def start(self) -> DatabaseWatch:
        self._thread.start()
        return self

    def stopping(self) -> None:
        """The stack is stopping: an exit from now on is expected."""
        self._stopping.set()

    def _run(self) -> None:
        while True:
            time.sleep(INTERVAL_S)
            if not self._stopping.is_set() and self.service.process.poll() is not None:
                self._recover()

    def _recover(self) -> None:
        code = self.service.process.returncode
        now = time.monotonic()
        self._restarts = [t for t in self._restarts if now - t < WINDOW_S]
        if len(self._restarts) >= MAX_RESTARTS:
            self._stop_stack(f"the database exited (code {code}) {MAX_RESTARTS + 1} times in a row")
            return
        print(f"the database exited (code {code}); restarting it", flush=True)
        try:
            self.service = self._restart(self.service)
        except Exception as exc:  # any failure to start: say it and stop
            self._stop_stack(f"the database exited (code {code}) and did not start again: {exc}")
            return
        self._restarts.append(now)
        print(f"the database is running again on port {self.service.port}", flush=True)

    def _stop_stack(self, reason: str) -> None:
        self._stopping.set()
        self._give_up(f"{reason}; stopping the stack (its log: {self.service.log_path})")
