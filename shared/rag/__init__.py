"""Retrieval-augmented answers: the offline model, the search bundle, hybrid search, answers.

Names are re-exported lazily, so ``from shared.rag import Answer`` does not load FAISS or the
ONNX runtime; only the chat function (and the index builder) pay for those imports.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shared.rag.answering import Answerer
    from shared.rag.bundle import load_bundle_from_storage
    from shared.rag.embedding import Embedder, model_dir
    from shared.rag.errors import BundleCorrupt, BundleError, BundleNotFound
    from shared.rag.retriever import Retriever
    from shared.rag.types import Answer, Chunk, ScoredChunk, Source

_EXPORTS = {
    "Answerer": "shared.rag.answering",
    "Answer": "shared.rag.types",
    "Chunk": "shared.rag.types",
    "ScoredChunk": "shared.rag.types",
    "Source": "shared.rag.types",
    "BundleError": "shared.rag.errors",
    "BundleNotFound": "shared.rag.errors",
    "BundleCorrupt": "shared.rag.errors",
    "Embedder": "shared.rag.embedding",
    "model_dir": "shared.rag.embedding",
    "Retriever": "shared.rag.retriever",
    "load_bundle_from_storage": "shared.rag.bundle",
}
__all__ = [
    "Answer",
    "Answerer",
    "BundleCorrupt",
    "BundleError",
    "BundleNotFound",
    "Chunk",
    "Embedder",
    "Retriever",
    "ScoredChunk",
    "Source",
    "load_bundle_from_storage",
    "model_dir",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'shared.rag' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
