"""Sentence embeddings with FastEmbed on the offline all-MiniLM-L6-v2 ONNX model.

Construct one :class:`Embedder` at cold start: the ONNX session is created eagerly in
``__init__`` (loading it lazily inside a request made the process crash at shutdown).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
from fastembed import TextEmbedding

from shared.rag.model_files import DIMENSION, MODEL_NAME, model_dir

__all__ = ["DIMENSION", "MODEL_NAME", "Embedder", "model_dir"]

Vectors = npt.NDArray[np.float32]


def normalise(vectors: npt.NDArray[np.floating]) -> Vectors:
    """Scale each row to unit length (zero rows stay zero)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.ascontiguousarray(matrix / np.maximum(norms, 1e-12), dtype=np.float32)


def valid_text(text: str) -> str:
    """``text`` with anything the tokenizer refuses (lone surrogates) replaced by "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


class Embedder:
    """Turns texts into L2-normalised 384-dimensional float32 vectors, fully offline."""

    name = MODEL_NAME
    dimension = DIMENSION

    def __init__(self, model_dir: Path | None = None, threads: int = 1) -> None:
        folder = model_dir or _default_model_dir()
        self._model = TextEmbedding(MODEL_NAME, specific_model_path=str(folder), threads=threads)

    def embed(self, texts: list[str], batch_size: int = 32) -> Vectors:
        """Embed ``texts`` in order; returns an array of shape ``(len(texts), 384)``."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        rows = list(self._model.embed([valid_text(t) for t in texts], batch_size=batch_size))
        return normalise(np.vstack(rows))


def _default_model_dir() -> Path:
    return model_dir()
