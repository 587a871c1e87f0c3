"""Dense search: exact inner product over L2-normalised vectors (cosine similarity).

The bundle's ``index.faiss`` is a FAISS ``IndexFlatIP``: a 45-byte header, then the vectors as
float32 rows. Up to :data:`ARRAY_LIMIT` vectors the file is read as a numpy array and searched
with one matrix-vector product (:class:`ArrayIndex`): as exact as FAISS's flat search and as
fast at that size, and a cold start does not import FAISS. Larger indexes are memory-mapped
and searched by FAISS (:class:`FaissIndex`), imported then.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from shared.rag.errors import BundleCorrupt

#: Above this many vectors the index is memory-mapped and searched by FAISS (numpy's search
#: was within 15% of FAISS's up to 20,000 vectors, one thread each; reading 20,000 rows into
#: memory takes a few milliseconds, mapping 100,000 saves a read of 150 MB).
ARRAY_LIMIT = 20_000
#: ``IndexFlatIP``'s header: fourcc, dimension (int32), count (int64), two unused int64, the
#: trained flag (one byte), the metric (int32, 0 = inner product), then the float count (uint64).
_HEADER = struct.Struct("<4siqqq?iQ")
_FLAT_IP = b"IxFI"


class DenseIndex:
    """Exact cosine search over stored vectors, optionally restricted to a set of ids (a
    :meth:`selector` made once for that set)."""

    @staticmethod
    def read(path: Path, dimension: int, count: int) -> DenseIndex:
        """Read an index file, checking it matches the manifest's dimension and count."""
        if count > ARRAY_LIMIT:
            return FaissIndex.mapped(path, dimension, count)
        return ArrayIndex(read_flat(path, dimension, count))

    @property
    def size(self) -> int:
        """How many vectors the index holds."""
        raise NotImplementedError

    def selector(self, ids: npt.NDArray[np.int64]) -> Any:
        """What :meth:`search` takes to search only ``ids`` (keep it while it is used)."""
        raise NotImplementedError

    def search(
        self, vector: npt.NDArray[np.float32], k: int, selector: Any | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` nearest ``(id, cosine)`` pairs to one query vector, best first."""
        raise NotImplementedError

    def similarity(self, vector: npt.NDArray[np.float32], doc_id: int) -> float:
        """Cosine similarity between a query vector and one stored vector."""
        raise NotImplementedError


def read_flat(path: Path, dimension: int, count: int) -> npt.NDArray[np.float32]:
    """The vectors of a FAISS ``IndexFlatIP`` file, as a ``(count, dimension)`` array."""
    try:
        with open(path, "rb") as file:
            header = file.read(_HEADER.size)
            fourcc, d, total, _, _, _, metric, floats = _HEADER.unpack(header)
            vectors = np.fromfile(file, dtype="<f4", count=floats)
    except (OSError, struct.error) as exc:
        raise BundleCorrupt(f"The index file {path.name} cannot be read.") from exc
    if fourcc != _FLAT_IP or metric != 0 or floats != d * total or vectors.size != floats:
        raise BundleCorrupt(f"The index file {path.name} is not a flat inner-product index.")
    _check_shape(d, total, dimension, count)
    return vectors.reshape(total, d)


def _check_shape(d: int, total: int, dimension: int, count: int) -> None:
    if d != dimension or total != count:
        raise BundleCorrupt(
            f"The index holds {total} vectors of dimension {d}, "
            f"the manifest says {count} of dimension {dimension}."
        )


class ArrayIndex(DenseIndex):
    """The vectors in memory, searched with numpy; a selector is the sorted array of ids."""

    def __init__(self, vectors: npt.NDArray[np.float32]) -> None:
        self._vectors = np.ascontiguousarray(vectors, dtype=np.float32)

    @property
    def size(self) -> int:
        return int(self._vectors.shape[0])

    def selector(self, ids: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        return np.sort(np.asarray(ids, dtype=np.int64))

    def search(
        self, vector: npt.NDArray[np.float32], k: int, selector: Any | None = None
    ) -> list[tuple[int, float]]:
        ids = selector
        rows = self._vectors if ids is None else self._vectors[ids]
        scores = rows @ np.asarray(vector, dtype=np.float32).reshape(-1)
        k = min(k, scores.shape[0])
        if k < 1:
            return []
        top = np.argpartition(-scores, k - 1)[:k] if k < scores.shape[0] else np.arange(k)
        best = top[np.lexsort((top, -scores[top]))]  # ties: the lower id first
        found = best if ids is None else ids[best]
        return [(int(i), float(s)) for i, s in zip(found, scores[best], strict=True)]

    def similarity(self, vector: npt.NDArray[np.float32], doc_id: int) -> float:
        return float(np.dot(self._vectors[doc_id], vector.reshape(-1)))


@cache
def _faiss() -> Any:
    import faiss

    faiss.omp_set_num_threads(1)  # one thread: single queries are many times faster
    return faiss


class FaissIndex(DenseIndex):
    """A FAISS index (memory-mapped when read from a file); a selector is FAISS's."""

    def __init__(self, index: Any) -> None:
        self._index = index

    @classmethod
    def mapped(cls, path: Path, dimension: int, count: int) -> FaissIndex:
        """The index file, memory-mapped, checked against the manifest's shape."""
        faiss = _faiss()
        try:
            # Memory-mapped: a 100k-vector index opens in a fraction of the time a full read
            # takes, and pages come in as searches touch them.
            index = faiss.read_index(str(path), getattr(faiss, "IO_FLAG_MMAP_IFC", 0))
        except RuntimeError as exc:
            raise BundleCorrupt(f"The index file {path.name} cannot be read.") from exc
        _check_shape(index.d, index.ntotal, dimension, count)
        return cls(index)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def selector(self, ids: npt.NDArray[np.int64]) -> Any:
        return _faiss().IDSelectorBatch(np.ascontiguousarray(ids, dtype=np.int64))

    def search(
        self, vector: npt.NDArray[np.float32], k: int, selector: Any | None = None
    ) -> list[tuple[int, float]]:
        params = None
        if selector is not None:
            params = _faiss().SearchParameters()
            params.sel = selector
        query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
        scores, ids = self._index.search(query, min(k, self.size), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def similarity(self, vector: npt.NDArray[np.float32], doc_id: int) -> float:
        stored = self._index.reconstruct(doc_id)
        return float(np.dot(stored, vector.reshape(-1)))
