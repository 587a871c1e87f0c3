"""Cold start of retrieval for the chat function: the model, then the bundle, once.

``INDEX_LOCAL_DIR`` wins, then a bundle baked into the function's build folder (``index/``);
otherwise the bundle named by ``gs://STORAGE_BUCKET/INDEX_PREFIX/current`` is fetched into
``INDEX_CACHE_DIR``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from shared.rag.bundle import load_bundle_from_storage
from shared.rag.embedding import Embedder
from shared.rag.retriever import Retriever
from shared.settings import Settings


def bundle_dir(
    settings: Settings,
    client_factory: Callable[[Settings], Any],
    function_dir: Path | None = None,
) -> Path:
    """The local folder of the bundle to serve (downloaded and verified when from storage)."""
    if settings.index_local_dir:
        return Path(settings.index_local_dir)
    if function_dir is not None and (function_dir / "index" / "manifest.json").is_file():
        return function_dir / "index"
    client = client_factory(settings)
    return load_bundle_from_storage(
        client, settings.storage_bucket, settings.index_prefix, Path(settings.index_cache_dir)
    )


def open_retriever(
    settings: Settings,
    client_factory: Callable[[Settings], Any],
    embedder: Embedder | None = None,
    function_dir: Path | None = None,
) -> Retriever:
    """Load the model (eagerly) and the bundle; raises a BundleError or DependencyUnavailable."""
    model = embedder or Embedder(threads=1)
    return Retriever.from_bundle_dir(bundle_dir(settings, client_factory, function_dir), model)
