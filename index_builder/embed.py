"""Stage 3: embed each chunk with its contextual header (category, title, heading)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from shared.rag.retriever import TextEmbedder, search_text
from shared.rag.types import Chunk


def embed_chunks(chunks: list[Chunk], embedder: TextEmbedder) -> npt.NDArray[np.float32]:
    """One L2-normalised vector per chunk, in chunk order."""
    return embedder.embed([search_text(chunk) for chunk in chunks])
