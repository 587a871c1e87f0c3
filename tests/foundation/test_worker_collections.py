"""The garbage collector is paused during a cold start and back on once the app is built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    """Run ``code`` in a fresh interpreter at the repository's root (the collector's state is
    the process's); its output."""
    done = subprocess.run(
        [sys.executable, "-B", "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_collections_resume_once_the_app_is_built() -> None:
    """Paused before the imports, the collector stays off while the app builds and is on once
    the build has succeeded."""
    out = run(
        "import gc, asyncio\n"
        "from shared.worker import WorkerApp, before_imports\n"
        "before_imports()\n"
        "app = WorkerApp(lambda: gc.isenabled())\n"
        "app.start()\n"
        "print(asyncio.run(app.get()), gc.isenabled())"
    )
    assert out == "False True"


def test_collections_resume_after_a_failed_build() -> None:
    """A failed build turns the collector back on too (the next request's retry runs with it)."""
    out = run(
        "import gc, time\n"
        "from shared.worker import WorkerApp, before_imports\n"
        "before_imports()\n"
        "def build():\n"
        "    raise RuntimeError('no database')\n"
        "WorkerApp(build).start()\n"
        "deadline = time.monotonic() + 10\n"
        "while not gc.isenabled() and time.monotonic() < deadline:\n"
        "    time.sleep(0.01)\n"
        "print(gc.isenabled())"
    )
    assert out == "True"


def test_a_fork_freezes_the_parents_objects_and_keeps_the_child_paused() -> None:
    """At gunicorn's fork the master's objects are frozen (the worker's collections never scan
    them) and the master collects again; the forked worker is still paused until it builds."""
    out = run(
        "import gc, os\n"
        "from shared.worker import before_imports\n"
        "before_imports()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    os._exit(0 if not gc.isenabled() and gc.get_freeze_count() > 0 else 1)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0, os.waitstatus_to_exitcode(status))"
    )
    assert out == "True True 0"


def test_an_already_disabled_collector_is_left_alone() -> None:
    """A process that turned the collector off itself keeps it off after a build."""
    out = run(
        "import gc, asyncio\n"
        "gc.disable()\n"
        "from shared.worker import WorkerApp, before_imports\n"
        "before_imports()\n"
        "app = WorkerApp(lambda: 1)\n"
        "app.start()\n"
        "print(asyncio.run(app.get()), gc.isenabled())"
    )
    assert out == "1 False"
