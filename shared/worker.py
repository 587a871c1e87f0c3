"""An app assembled in the process that serves it, once, in the background.

functions-framework imports a function's ``main.py`` in gunicorn's master and then forks the
worker that serves requests. Whatever the import starts stays in the master: threads (a
bundle watcher) do not survive the fork, and a model loaded there is a second copy the worker
never uses. So a function with heavy start-up builds nothing at import: it wraps its assembly
in a :class:`WorkerApp`, which starts it in a thread as soon as gunicorn forks the worker; where
the module is imported in the serving process itself (the local gateway, tests: no
functions-framework command line) it is built during the import, as before. Requests wait for
it.

A cold start allocates a few hundred thousand objects that live as long as the process (modules,
classes, the model's and the bundle's Python objects), and the cyclic garbage collector scans
them again and again while they are created: about 0.05 s of CPU. :func:`pause_collections`
(called by ``main.py`` before its imports) turns the collector off until the app is built;
before gunicorn forks, what the master holds is frozen (``gc.freeze``: never scanned again, so
the worker's collections neither cost time on it nor copy its pages), and the collector is
back on in the master after the fork and in the worker once its app is built
(:func:`before_imports` does this and the next measure).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

App = TypeVar("App")
log = logging.getLogger(__name__)
_paused = False


def before_imports() -> None:
    """What a function with heavy start-up does before importing the rest: collections paused
    (:func:`pause_collections`), and pydantic told that no plugin is installed (unless the
    environment says otherwise), so its first model does not read the entry points of every
    installed distribution (10-20 ms)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    pause_collections()


def pause_collections() -> None:
    """Turn the cyclic garbage collector off until a :class:`WorkerApp` has built its app (or
    failed to), or until this process forks (the parent collects again, after freezing what
    it holds)."""
    global _paused
    if gc.isenabled():
        _paused = True
        gc.disable()


def _resume_collections() -> None:
    """The collector back on, if :func:`pause_collections` turned it off."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def _freeze_before_fork() -> None:
    if _paused:
        gc.freeze()  # the child inherits the frozen objects, and its own pause


os.register_at_fork(before=_freeze_before_fork, after_in_parent=_resume_collections)


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
        finally:
            _resume_collections()

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
