"""Dense search: the numpy search over the bundle's vectors against FAISS's own search."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from shared.rag.bundle import INDEX_FILE, read_manifest
from shared.rag.dense import ArrayIndex, DenseIndex, FaissIndex, read_flat
from shared.rag.embedding import Embedder
from shared.rag.errors import BundleCorrupt

QUESTIONS = [
    "Do you sell decaf?",
    "what maintenance plans do you have for three cafés?",
    "How much is the Lumen 2-group espresso machine?",
    "opening hours of the sales team",
    "do you ship to Canada",
]


@pytest.fixture(scope="module")
def both(rag_bundle: Path) -> tuple[DenseIndex, FaissIndex]:
    """The demo bundle's index as the chat reads it, and as FAISS reads it."""
    manifest = read_manifest(rag_bundle)
    path = rag_bundle / INDEX_FILE
    ours = DenseIndex.read(path, manifest.dimension, manifest.chunk_count)
    return ours, FaissIndex.mapped(path, manifest.dimension, manifest.chunk_count)


def test_small_index_is_searched_without_faiss(both: tuple[DenseIndex, FaissIndex]) -> None:
    """An index of the demo's size is read as an array (FAISS is not needed to search it)."""
    assert isinstance(both[0], ArrayIndex)
    assert both[0].size == both[1].size > 0


def test_array_search_matches_faiss(
    both: tuple[DenseIndex, FaissIndex], embedder: Embedder
) -> None:
    """For real questions the numpy search returns FAISS's ids in FAISS's order with the same
    cosines (to float rounding), over the whole index and restricted to a set of ids."""
    ours, reference = both
    subset = np.arange(0, ours.size, 3, dtype=np.int64)
    for vector in embedder.embed(QUESTIONS):
        for k in (1, 5, 20, ours.size + 5):
            mine, theirs = ours.search(vector, k), reference.search(vector, k)
            assert [i for i, _ in mine] == [i for i, _ in theirs]
            assert np.allclose([s for _, s in mine], [s for _, s in theirs], atol=1e-5)
            kept = ours.search(vector, k, ours.selector(subset))
            expected = reference.search(vector, k, reference.selector(subset))
            assert [i for i, _ in kept] == [i for i, _ in expected]
        doc = int(subset[-1])
        assert ours.similarity(vector, doc) == pytest.approx(reference.similarity(vector, doc))


def test_vectors_read_are_faiss_vectors(rag_bundle: Path) -> None:
    """The rows read from the file are exactly the vectors FAISS stored."""
    manifest = read_manifest(rag_bundle)
    stored = faiss.read_index(str(rag_bundle / INDEX_FILE))
    rows = read_flat(rag_bundle / INDEX_FILE, manifest.dimension, manifest.chunk_count)
    assert np.array_equal(rows, stored.reconstruct_n(0, stored.ntotal))


def test_wrong_shape_or_format_is_refused(rag_bundle: Path, tmp_path: Path) -> None:
    """A file of another shape than the manifest's, a truncated file and a file that is not a
    flat inner-product index are refused as a corrupt bundle."""
    manifest = read_manifest(rag_bundle)
    path = rag_bundle / INDEX_FILE
    with pytest.raises(BundleCorrupt):
        read_flat(path, manifest.dimension, manifest.chunk_count + 1)
    truncated = tmp_path / "truncated.faiss"
    truncated.write_bytes(path.read_bytes()[:-8])
    with pytest.raises(BundleCorrupt):
        read_flat(truncated, manifest.dimension, manifest.chunk_count)
    l2 = tmp_path / "l2.faiss"
    index = faiss.IndexFlatL2(manifest.dimension)
    index.add(np.zeros((manifest.chunk_count, manifest.dimension), dtype=np.float32))
    faiss.write_index(index, str(l2))
    with pytest.raises(BundleCorrupt):
        read_flat(l2, manifest.dimension, manifest.chunk_count)
    (tmp_path / "short.faiss").write_bytes(b"IxFI")
    with pytest.raises(BundleCorrupt):
        read_flat(tmp_path / "short.faiss", manifest.dimension, manifest.chunk_count)
