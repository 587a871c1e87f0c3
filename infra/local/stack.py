"""The whole local stack: backing services, the knowledge-base bundle, and the environment.

Used by ``make run`` (``python -m infra.local``) and by the test suite's fixtures.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from infra.local.processes import HOST, Service, stop_all
from infra.local.services import (
    jemalloc,
    mongodb_uri,
    pubsub_emulator_launcher,
    start_mongodb,
    start_pubsub_emulator,
    start_storage_emulator,
)
from infra.local.watchdog import DatabaseWatch

log = logging.getLogger("infra.local")
ROOT = Path(__file__).resolve().parents[2]
BUCKET = "copperline-kb"
INDEX_PREFIX = "index"
PROJECT = "copperline-local"
# The database's clean shutdown (a WiredTiger checkpoint) takes about a second; past this it
# is killed (its acknowledged writes are journaled), so stopping stays under 3 s.
DATABASE_GRACE_S = 2.0


@dataclass
class LocalStack:
    """Backing services on loopback and the environment that points the functions at them."""

    data_dir: Path
    gateway_port: int
    use_pubsub: bool = True
    services: list[Service] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    watch: DatabaseWatch | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.gateway_port}"

    def start(self) -> LocalStack:
        """Start what the environment does not already provide, then fill :attr:`env`."""
        logs = self.data_dir / "logs"
        self.env.update(
            ENV=os.environ.get("ENV", "development"),
            GCP_PROJECT=PROJECT,
            STORAGE_BUCKET=BUCKET,
            INDEX_PREFIX=INDEX_PREFIX,
            INDEX_CACHE_DIR=str(self.data_dir / "index-cache"),
            CORS_ORIGINS=os.environ.get(
                "CORS_ORIGINS", f"{self.base_url},http://localhost:{self.gateway_port}"
            ),
        )
        try:
            self._start_mongodb(logs)
            storage = self._add(start_storage_emulator(logs))
            self.env["STORAGE_EMULATOR_HOST"] = f"http://{HOST}:{storage.port}"
            self._start_events(logs)
        except BaseException:
            self.stop()
            raise
        return self

    def _add(self, service: Service) -> Service:
        self.services.append(service)
        return service

    def _start_mongodb(self, logs: Path) -> None:
        if os.environ.get("MONGODB_URI"):
            self.env["MONGODB_URI"] = os.environ["MONGODB_URI"]
            log.info("using MONGODB_URI from the environment")
            return
        service = self._add(start_mongodb(self.data_dir / "mongodb", logs))
        self.env["MONGODB_URI"] = mongodb_uri(service.port)
        self.watch = DatabaseWatch(service, self._restart_mongodb)
        if jemalloc() is None:
            log.info(
                "the database runs on the C library's malloc; with jemalloc installed "
                "(apt-get install libjemalloc2) its memory stays flatter under long loads"
            )

    def _restart_mongodb(self, dead: Service) -> Service:
        """The database again on the same port and data folder, in place of ``dead``."""
        service = start_mongodb(self.data_dir / "mongodb", self.data_dir / "logs", dead.port)
        self.services = [service if s is dead else s for s in self.services]
        return service

    def watch_database(self) -> None:
        """Restart the database should it die while the stack serves (when the stack started
        it: a ``MONGODB_URI`` from the environment is not ours to restart)."""
        if self.watch is not None:
            self.watch.start()

    def _start_events(self, logs: Path) -> None:
        launcher = pubsub_emulator_launcher() if self.use_pubsub else None
        if launcher is None:
            self.env.update(EVENTS_MODE="http", LEAD_EVENTS_URL=f"{self.base_url}/lead_events/")
            return
        pubsub = self._add(start_pubsub_emulator(launcher, logs))
        self.env.update(EVENTS_MODE="pubsub", PUBSUB_EMULATOR_HOST=f"{HOST}:{pubsub.port}")

    def apply_env(self) -> None:
        """Export :attr:`env` to this process (functions read settings at cold start)."""
        os.environ.update(self.env)

    def publish_index(self, bundle_dir: Path) -> None:
        """Upload the knowledge-base bundle to the storage emulator, as the deploy does to GCS."""
        run_module(
            [
                "index_builder",
                "publish",
                "--index",
                str(bundle_dir),
                "--to",
                f"gs://{BUCKET}/{INDEX_PREFIX}",
            ],
            self.env,
        )

    def configure_pubsub(self) -> None:
        """Topic and push subscription to the gateway's bridge (when the emulator runs)."""
        if self.env.get("EVENTS_MODE") != "pubsub":
            return
        from infra.local.pubsub import PUSH_PATH, create_topic_and_push_subscription

        with _environ(self.env):
            create_topic_and_push_subscription(
                PROJECT, os.environ.get("PUBSUB_TOPIC", "lead-events"), self.base_url + PUSH_PATH
            )

    def stop(self) -> None:
        """Stop every service this stack started, all at once (the emulators at once, the
        database with its clean shutdown, at most :data:`DATABASE_GRACE_S`); further Ctrl-C,
        SIGTERM or SIGHUP while doing so cannot cut it short."""
        saved = {}
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
                saved[signum] = signal.signal(signum, signal.SIG_IGN)
        try:
            if self.watch is not None:
                self.watch.stopping()
            stop_all(self.services, DATABASE_GRACE_S)
            self.services.clear()
        finally:
            for signum, handler in saved.items():
                signal.signal(signum, handler)


def run_module(args: list[str], env: dict[str, str]) -> None:
    """Run ``python -m <args>`` with the stack's environment; raise with its output on failure."""
    result = subprocess.run(
        [sys.executable, "-m", *args],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"python -m {' '.join(args)} failed:\n{result.stderr[-3000:]}")


def build_index(out_dir: Path) -> Path:
    """Build the demo knowledge base into a bundle (deterministic; cheap when unchanged)."""
    run_module(
        ["index_builder", "build", "--source", str(ROOT / "knowledge_base"), "--out", str(out_dir)],
        {},
    )
    return out_dir


@contextlib.contextmanager
def _environ(env: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
