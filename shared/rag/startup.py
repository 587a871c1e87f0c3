"""Cold start of retrieval for the chat function: where the bundle comes from, and recovery.

Order: ``INDEX_LOCAL_DIR`` (development and tests) wins. Otherwise the bundle named by
``gs://STORAGE_BUCKET/INDEX_PREFIX/current`` is downloaded and verified, so a newly published
bundle is served by the next cold start without a redeploy. The copy baked into the build
folder (``index/``) is used only when storage cannot be reached, or while the published
bundle is missing or corrupt (each logged as a WARNING). A missing or corrupt bundle, or an
unreachable storage, is retried in a background thread with exponential back-off; once a
published bundle is served, the same thread polls ``current`` and loads each newly published
version. Every bundle loaded there is handed to the listener (the chat's knowledge), so answers
recover, and follow publishes, without a restart. :meth:`BundleLoader.health` is what
``/health`` reports.

The bundle is located (downloaded and verified) in a worker thread while the embedding
model loads, since the two are independent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from shared.errors import AppError, DependencyUnavailable
from shared.rag.bundle import (
    MANIFEST_FILE,
    current_pointer,
    load_bundle_from_storage,
    prune_cache,
    version_of,
)
from shared.rag.errors import BundleError
from shared.rag.retriever import Retriever, TextEmbedder
from shared.settings import Settings

log = logging.getLogger(__name__)
Origin = Literal["local", "storage", "baked"]
FIRST_RETRY_S = 0.5
MAX_RETRY_S = 60.0


@dataclass(frozen=True)
class Located:
    """A local bundle folder, where it came from, its version, and whether it was verified."""

    path: Path
    origin: Origin
    version: str
    verified: bool


def _local_version(folder: Path) -> str:
    manifest = folder / MANIFEST_FILE
    return version_of(manifest.read_bytes()) if manifest.is_file() else "unknown"


def baked_dir(function_dir: Path | None) -> Path | None:
    """The bundle baked into the build folder, if there is one."""
    if function_dir is not None and (function_dir / "index" / MANIFEST_FILE).is_file():
        return function_dir / "index"
    return None


def locate_bundle(
    settings: Settings,
    client_factory: Callable[[Settings], Any],
    function_dir: Path | None = None,
    allow_baked: bool = True,
) -> Located:
    """The bundle to serve (see the module docstring); raises BundleError or
    DependencyUnavailable when there is none."""
    if settings.index_local_dir:
        folder = Path(settings.index_local_dir)
        return Located(folder, "local", _local_version(folder), verified=False)
    try:
        path = _from_storage(settings, client_factory)
        return Located(path, "storage", path.name, verified=True)
    except (BundleError, DependencyUnavailable) as exc:
        baked = baked_dir(function_dir) if allow_baked else None
        if baked is None:
            raise
        log.warning("published bundle not usable (%s); serving the baked copy", exc.message)
        return Located(baked, "baked", _local_version(baked), verified=False)


def _from_storage(settings: Settings, client_factory: Callable[[Settings], Any]) -> Path:
    try:
        client = client_factory(settings)
    except AppError:
        raise
    except Exception as exc:  # no credentials, no network: storage cannot be reached at all
        raise DependencyUnavailable(f"Cloud Storage is unavailable: {type(exc).__name__}") from exc
    return load_bundle_from_storage(
        client, settings.storage_bucket, settings.index_prefix, Path(settings.index_cache_dir)
    )


def open_located(located: Located, embedder: TextEmbedder) -> Retriever:
    """Open a located bundle (a download was verified already; other copies are checked)."""
    return Retriever.from_bundle_dir(located.path, embedder, verify=not located.verified)


class BundleLoader:
    """Holds the served bundle's provenance and keeps it current in a background thread.

    While no published bundle is served (none loaded, or the baked stand-in), the thread retries
    with exponential back-off; once one is served, it reads ``current`` every
    ``INDEX_REFRESH_SECONDS`` and, when that names another version, downloads, verifies and
    opens it, then hands the new retriever to the listeners (the chat swaps its knowledge in
    one assignment). Start it in the process that serves: a thread started before a fork stays
    in the parent.
    """

    def __init__(
        self,
        settings: Settings,
        client_factory: Callable[[Settings], Any],
        function_dir: Path | None = None,
    ) -> None:
        self._settings = settings
        self._client_factory = client_factory
        self._function_dir = function_dir
        self.located: Located | None = None
        self.error: str | None = None
        self._failure: AppError | None = None
        self._client: Any = None
        self.attempts = 0
        self._listeners: list[Callable[[Retriever], None]] = []
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def locate(self, allow_baked: bool = True) -> Located | None:
        """One attempt to locate the bundle; records the outcome."""
        self.attempts += 1
        try:
            return locate_bundle(self._settings, self._client_once, self._function_dir, allow_baked)
        except AppError as exc:
            self._failure = exc
            self.error = f"{type(exc).__name__}: {exc.message}"
            log.warning("knowledge base unavailable (attempt %d): %s", self.attempts, self.error)
            return None

    def open(self, located: Located | None, embedder: TextEmbedder) -> Retriever | None:
        """Open the located bundle, then start watching for a better or newer one."""
        retriever = None
        if located is not None:
            try:
                retriever = open_located(located, embedder)
                self.located = located
            except (AppError, OSError) as exc:
                self.error = f"{type(exc).__name__}: {exc}"
                log.warning("bundle %s cannot be opened: %s", located.path, self.error)
        if retriever is not None and not self._needs_retry():
            self.error = None
        self._watch_in_background(embedder)
        return retriever

    def _client_once(self, settings: Settings) -> Any:
        """One storage client for every attempt (it keeps the endpoint it was made for)."""
        if self._client is None:
            self._client = self._client_factory(settings)
        return self._client

    def on_ready(self, listener: Callable[[Retriever], None]) -> None:
        """Call ``listener`` with each retriever loaded later (a retry or a refresh)."""
        self._listeners.append(listener)

    def _needs_retry(self) -> bool:
        return self.located is None or self.located.origin == "baked"

    def _watch_in_background(self, embedder: TextEmbedder) -> None:
        if self._settings.index_local_dir or self._thread is not None:
            return
        if not self._needs_retry() and self._settings.index_refresh_seconds <= 0:
            return
        self._thread = threading.Thread(
            target=self._watch, args=(embedder,), name="bundle-watch", daemon=True
        )
        self._thread.start()

    def _watch(self, embedder: TextEmbedder) -> None:
        delay = FIRST_RETRY_S
        while True:
            retrying = self._needs_retry()
            wait = delay if retrying else self._settings.index_refresh_seconds
            if wait <= 0 or self._stop.wait(wait):
                return
            if retrying:
                served = self._retry_once(embedder)
                delay = FIRST_RETRY_S if served else min(delay * 2, MAX_RETRY_S)
            else:
                self._refresh_once(embedder)

    def _retry_once(self, embedder: TextEmbedder) -> bool:
        located = self.locate(allow_baked=False)
        return located is not None and self._serve(located, embedder)

    def _refresh_once(self, embedder: TextEmbedder) -> bool:
        """Read ``current``; when it names another version than the served one, serve that."""
        served = self.located.version if self.located else None
        try:
            pointer = current_pointer(
                self._client_once(self._settings),
                self._settings.storage_bucket,
                self._settings.index_prefix,
            )
        except Exception as exc:  # storage unreachable or a bad pointer: keep serving
            log.warning("bundle refresh failed (%s); still serving %s", type(exc).__name__, served)
            return False
        if pointer.version == served:
            return False
        located = self.locate(allow_baked=False)
        return located is not None and self._serve(located, embedder)

    def _serve(self, located: Located, embedder: TextEmbedder) -> bool:
        """Open ``located`` and hand it to the listeners; False (and recorded) on failure."""
        try:
            retriever = open_located(located, embedder)
            for listener in self._listeners:
                listener(retriever)
        except Exception as exc:  # a bad bundle or listener must not end the watch
            self.error = f"{type(exc).__name__}: {exc}"
            log.warning("bundle %s not served: %s", located.version, self.error)
            return False
        self.located, self.error = located, None
        log.info("bundle %s loaded from %s", located.version, located.origin)
        if located.origin == "storage":
            prune_cache(Path(self._settings.index_cache_dir), located.version)
        return True

    def stop(self) -> None:
        """End the watch (tests, shutdown)."""
        self._stop.set()

    def health(self) -> dict[str, Any]:
        """What ``/health`` reports; raises while no bundle is served."""
        if self.located is None:
            raise self._failure or BundleError("No bundle is loaded.")
        report: dict[str, Any] = {
            "bundle_version": self.located.version,
            "bundle_origin": self.located.origin,
        }
        if self.error is not None:
            report["retrying"] = self.error
        return report


def start_retrieval(
    settings: Settings,
    client_factory: Callable[[Settings], Any],
    make_embedder: Callable[[], Any],
    function_dir: Path | None = None,
) -> tuple[Any, BundleLoader, Retriever | None]:
    """Load the model and locate the bundle concurrently, then open it."""
    loader = BundleLoader(settings, client_factory, function_dir)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle") as pool:
        located = pool.submit(loader.locate)
        embedder = make_embedder()
        found = located.result()
    return embedder, loader, loader.open(found, embedder)


def open_retriever(
    settings: Settings,
    client_factory: Callable[[Settings], Any],
    embedder: TextEmbedder,
    function_dir: Path | None = None,
) -> Retriever:
    """Locate and open the bundle once (no retries); raises BundleError or
    DependencyUnavailable."""
    return open_located(locate_bundle(settings, client_factory, function_dir), embedder)
