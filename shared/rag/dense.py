"""Dense search: a FAISS inner-product index over L2-normalised vectors (cosine similarity)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from shared.rag.errors import BundleCorrupt

faiss.omp_set_num_threads(1)  # one thread: single queries are many times faster
_MMAP_FLAG = getattr(faiss, "IO_FLAG_MMAP_IFC", 0)


class DenseIndex:
    """Exact cosine search, optionally restricted to a set of ids."""

    def __init__(self, index: Any) -> None:
        self._index = index

    @classmethod
    def read(cls, path: Path, dimension: int, count: int) -> DenseIndex:
        """Read an index file, checking it matches the manifest's dimension and count."""
        try:
            # Memory-mapped: a 100k-vector index opens in a fraction of the time a full read
            # takes, and pages come in as searches touch them.
            index = faiss.read_index(str(path), _MMAP_FLAG)
        except RuntimeError as exc:
            raise BundleCorrupt(f"The index file {path.name} cannot be read.") from exc
        if index.d != dimension or index.ntotal != count:
            raise BundleCorrupt(
                f"The index holds {index.ntotal} vectors of dimension {index.d}, "
                f"the manifest says {count} of dimension {dimension}."
            )
        return cls(index)

    @property
    def size(self) -> int:
        """How many vectors the index holds."""
        return int(self._index.ntotal)

    def search(
        self, vector: npt.NDArray[np.float32], k: int, selector: Any | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` nearest ``(id, cosine)`` pairs to one query vector, best first."""
        params = None
        if selector is not None:
            params = faiss.SearchParameters()
            params.sel = selector
        query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
        scores, ids = self._index.search(query, min(k, self.size), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def similarity(self, vector: npt.NDArray[np.float32], doc_id: int) -> float:
        """Cosine similarity between a query vector and one stored vector."""
        stored = self._index.reconstruct(doc_id)
        return float(np.dot(stored, vector.reshape(-1)))


def selector_for(ids: npt.NDArray[np.int64]) -> Any:
    """A FAISS id selector for a fixed set of ids (keep a reference while it is used)."""
    return faiss.IDSelectorBatch(np.ascontiguousarray(ids, dtype=np.int64))
