"""An app assembled in the process that serves it, once, in the background.

functions-framework imports a function's ``main.py`` in gunicorn's master and then forks the
worker that serves requests. Whatever the import starts stays in the master: threads (a
bundle watcher) do not survive the fork, and a model loaded there is a second copy the worker
never uses. So a function with heavy start-up builds nothing at import: it wraps its assembly
in a :class:`WorkerApp`, which starts it in a thread as soon as gunicorn forks the worker; where
the module is imported in the serving process itself (the local gateway, tests: no
functions-framework command line) it is built during the import, as before. Requests wait for
it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

App = TypeVar("App")
log = logging.getLogger(__name__)


class WorkerApp(Generic[App]):
    """``build()`` run once per process in a background thread; :meth:`get` awaits its result.

    A failed build is reported to the requests waiting for it and attempted again by the next
    request.
    """

    def __init__(self, build: Callable[[], App]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._future: Future[App] = Future()

    def start(self) -> None:
        """Begin building in this process, unless it has begun (or succeeded) already."""
        with self._lock:
            failed = self._future.done() and self._future.exception() is not None
            if self._pid == os.getpid() and not failed:
                return
            self._pid, self._future = os.getpid(), Future()
            threading.Thread(target=self._run, args=(self._future,), name="app-build").start()

    def _run(self, future: Future[App]) -> None:
        try:
            future.set_result(self._build())
        except BaseException as exc:  # handed to every request waiting for the app
            log.error("start-up failed", exc_info=exc)
            future.set_exception(exc)

    async def get(self) -> App:
        """The app of this process, built on first use."""
        self.start()
        return await asyncio.wrap_future(self._future)

    def start_where_served(self) -> None:
        """Start building in each worker gunicorn forks (not in other forked children); when
        not run by functions-framework's command line (which serves through gunicorn), build
        now and wait for it: this process serves, and its first request should not wait."""
        os.register_at_fork(after_in_child=self._after_fork)
        if "functions_framework._cli" not in sys.modules:
            self.start()
            self._future.result()

    def _after_fork(self) -> None:
        self._lock = threading.Lock()  # the parent's lock may have been held by another thread
        if "gunicorn.arbiter" in sys.modules:
            self.start()
