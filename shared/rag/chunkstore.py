"""The bundle's chunks, read lazily: ``chunks.jsonl`` is indexed by line, a chunk parsed when used.

Parsing 100k chunks up front would cost most of a second at every cold start; a search needs
only the few it returns.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

import numpy as np
from pydantic import ValidationError

from shared.rag.errors import BundleCorrupt
from shared.rag.types import Chunk


class ChunkStore(Sequence[Chunk]):
    """A read-only sequence of the chunks of one ``chunks.jsonl``."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data
        raw = np.frombuffer(data, dtype=np.uint8) if len(data) else np.zeros(0, dtype=np.uint8)
        ends = np.flatnonzero(raw == 10)
        if len(data) and raw[-1] != 10:
            ends = np.append(ends, len(data))
        self._ends = ends
        self._starts = np.concatenate([[0], ends[:-1] + 1]) if len(ends) else ends
        self._cache: dict[int, Chunk] = {}

    @classmethod
    def read(cls, path: Path) -> ChunkStore:
        """Index the lines of a chunk file (memory-mapped)."""
        with Path(path).open("rb") as handle:
            if Path(path).stat().st_size == 0:
                return cls(b"")
            return cls(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> Chunk: ...
    @overload
    def __getitem__(self, index: slice) -> list[Chunk]: ...

    def __getitem__(self, index: int | slice) -> Chunk | list[Chunk]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        cached = self._cache.get(index)
        if cached is None:
            line = self._data[int(self._starts[index]) : int(self._ends[index])]
            try:
                cached = Chunk.model_validate_json(line)
            except ValidationError as exc:
                raise BundleCorrupt(f"Chunk {index} of the bundle is invalid.") from exc
            self._cache[index] = cached
        return cached

    def __iter__(self) -> Iterator[Chunk]:
        return (self[i] for i in range(len(self)))
