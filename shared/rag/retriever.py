"""Hybrid retrieval: dense cosine search and BM25 keywords, fused by reciprocal rank.

A query whose best cosine similarity to any chunk is below :data:`RELEVANCE_THRESHOLD` gets no
results at all: the honest "nothing relevant" (see docs/decisions/rag-threshold.md for how the
threshold was calibrated).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from shared.catalog import CATALOG_FILE, Catalog, load_catalog
from shared.errors import ValidationFailed
from shared.rag.bm25 import BM25, tokenize
from shared.rag.bm25 import FILES as KEYWORD_FILES
from shared.rag.bundle import (
    CATEGORIES_FILE,
    CHUNKS_FILE,
    INDEX_FILE,
    read_manifest,
    verify_bundle,
)
from shared.rag.chunkstore import ChunkStore
from shared.rag.dense import DenseIndex
from shared.rag.errors import BundleCorrupt
from shared.rag.facts import FACTS_FILE, CompanyFacts
from shared.rag.question import GENERIC, expanded
from shared.rag.sentences import SENTENCES_FILE, SentenceIndex
from shared.rag.spelling import Speller, words_of
from shared.rag.types import Chunk, Manifest, ScoredChunk
from shared.understanding.intents import INTENTS_FILE, IntentModel, load_intents
from shared.understanding.slips import Slips
from shared.understanding.visitor_model import TYPES_FILE, TypeModel, load_types

RELEVANCE_THRESHOLD = 0.28
RRF_K = 60
DENSE_WEIGHT = 1.0
KEYWORD_WEIGHT = 0.5  # keywords rescue exact names; meaning leads (docs/decisions/rag-fusion.md)
MAX_QUERY_CHARS = 2000
MIN_CANDIDATES = 20
KEYWORD_AGREEMENT = 2

log = logging.getLogger(__name__)


class TextEmbedder(Protocol):
    """What the retriever needs from an embedding model."""

    name: str
    dimension: int

    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]: ...


def search_text(chunk: Chunk) -> str:
    """The text that is embedded and keyword-indexed: a contextual header, then the chunk."""
    return f"{chunk.category} | {chunk.title} | {chunk.heading}\n{chunk.text}"


def fuse(rankings: list[tuple[float, list[int]]], k: int = RRF_K) -> dict[int, float]:
    """Weighted reciprocal rank fusion: an id scores the sum of ``weight / (k + rank)``."""
    fused: dict[int, float] = {}
    for weight, ranking in rankings:
        for rank, doc_id in enumerate(ranking, start=1):
            fused[doc_id] = fused.get(doc_id, 0.0) + weight / (k + rank)
    return fused


def _intents(folder: Path) -> IntentModel | None:
    """The bundle's intent classifier; None (rules only, with a warning) when it was trained on
    features this code no longer computes: search still works, the bundle wants a rebuild."""
    try:
        return load_intents(folder / INTENTS_FILE)
    except ValueError as exc:
        log.warning("intent classifier not loaded: %s", exc)
        return None


class Retriever:
    """Searches one loaded bundle; thread-safe for concurrent ``search`` calls."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        index: DenseIndex,
        embedder: TextEmbedder,
        threshold: float = RELEVANCE_THRESHOLD,
        catalog: Catalog | None = None,
        keywords: BM25 | None = None,
        categories: list[str] | None = None,
        intents: IntentModel | None = None,
        sentences: SentenceIndex | None = None,
        facts: CompanyFacts | None = None,
        types: TypeModel | None = None,
    ) -> None:
        if index.size != len(chunks):
            raise BundleCorrupt("The index and the chunk metadata disagree in size.")
        self.chunks = chunks
        self.threshold = threshold
        self.catalog = catalog or Catalog()
        self.intents = intents  # the bundle's intent classifier, when it was built with one
        self.types = types  # and its visitor-type classifier
        self._index = index
        self._embedder = embedder
        self._bm25 = keywords or BM25.build([search_text(chunk) for chunk in chunks])
        if self._bm25.size != len(chunks):
            raise BundleCorrupt("The keyword index and the chunk metadata disagree in size.")
        self._members = _category_members(categories or [chunk.category for chunk in chunks])
        self._selectors = {name: index.selector(ids) for name, ids in self._members.items()}
        # Everything derived from the bundle hangs off this object, replaced with it as one.
        self.sentences = sentences
        self.facts = facts or CompanyFacts()
        self.speller = Speller(_words(self.catalog, sentences), _slips(self.catalog, sentences))

    @classmethod
    def from_bundle_dir(
        cls, path: Path | str, embedder: TextEmbedder, verify: bool = True
    ) -> Retriever:
        """Load a local bundle folder, first checking every file's sha256 unless ``verify`` is
        False (a bundle verified when it was downloaded or built)."""
        folder = Path(path)
        manifest = verify_bundle(folder) if verify else read_manifest(folder)
        if manifest.dimension != embedder.dimension or manifest.model != embedder.name:
            raise BundleCorrupt(f"The bundle was built with {manifest.model}, not {embedder.name}.")
        chunks = ChunkStore.read(folder / CHUNKS_FILE)
        if len(chunks) != manifest.chunk_count:
            raise BundleCorrupt(f"Expected {manifest.chunk_count} chunks, found {len(chunks)}.")
        index = DenseIndex.read(folder / INDEX_FILE, manifest.dimension, manifest.chunk_count)
        catalog = load_catalog(folder / CATALOG_FILE) if CATALOG_FILE in manifest.files else None
        keywords = BM25.open(folder) if KEYWORD_FILES[0] in manifest.files else None
        categories = _categories(folder, manifest)
        intents = _intents(folder) if INTENTS_FILE in manifest.files else None
        sentences = SentenceIndex.open(folder) if SENTENCES_FILE in manifest.files else None
        facts = CompanyFacts.open(folder) if FACTS_FILE in manifest.files else None
        types = load_types(folder / TYPES_FILE) if TYPES_FILE in manifest.files else None
        log.info("retriever ready: %d chunks", len(chunks))
        return cls(
            chunks,
            index,
            embedder,
            catalog=catalog,
            keywords=keywords,
            categories=categories,
            intents=intents,
            sentences=sentences,
            facts=facts,
            types=types,
        )

    @property
    def vocabulary(self) -> set[str]:
        """Every (stemmed) word of the knowledge base, from the keyword index."""
        return self._bm25.terms

    @property
    def categories(self) -> list[str]:
        """The categories present in the bundle."""
        return sorted(self._members)

    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]:
        """Embed texts with the retriever's model (shared with intent similarity)."""
        return self._embedder.embed(texts)

    def search(self, query: str, k: int = 4, category: str | None = None) -> list[ScoredChunk]:
        """The ``k`` best chunks for ``query``, or ``[]`` when nothing is relevant enough."""
        return self.search_with_vector(query, k, category)[0]

    def search_with_vector(
        self, query: str, k: int = 4, category: str | None = None
    ) -> tuple[list[ScoredChunk], npt.NDArray[np.float32] | None]:
        """:meth:`search`, and the query's vector (None for an empty query), which the answerer
        reuses to rank sentences by meaning without embedding the question again."""
        text = query.strip()[:MAX_QUERY_CHARS]
        if not text or k < 1 or not self.chunks:
            return [], None
        allowed, selector = self._restriction(category)
        text = expanded(text)
        vector = self.embed([text])[0]
        depth = max(k * 5, MIN_CANDIDATES)
        dense = self._index.search(vector, depth, selector)
        keyword = self._bm25.top(text, depth, allowed)
        weak = not dense or dense[0][1] < self.threshold
        if weak and not self._keywords_agree(text, keyword):
            return [], vector
        return self._ranked(vector, dense, keyword, k), vector

    def _keywords_agree(self, text: str, keyword: list[tuple[int, float]]) -> bool:
        """Whether the best keyword match holds two or more of the query's words: the model
        can miss a plain question ("is installation included if I buy the pico?") that
        names the documented words exactly."""
        if not keyword:
            return False
        shared = set(tokenize(text)) & set(tokenize(search_text(self.chunks[keyword[0][0]])))
        return len(shared - GENERIC) >= KEYWORD_AGREEMENT

    def _restriction(self, category: str | None) -> tuple[npt.NDArray[np.int64] | None, Any]:
        if category is None:
            return None, None
        if category not in self._members:
            raise ValidationFailed(f"Unknown category {category!r}; use one of {self.categories}.")
        return self._members[category], self._selectors[category]

    def _ranked(
        self,
        vector: npt.NDArray[np.float32],
        dense: list[tuple[int, float]],
        keyword: list[tuple[int, float]],
        k: int,
    ) -> list[ScoredChunk]:
        fused = fuse(
            [(DENSE_WEIGHT, [i for i, _ in dense]), (KEYWORD_WEIGHT, [i for i, _ in keyword])]
        )
        cosine = dict(dense)
        for doc_id in fused.keys() - cosine.keys():
            cosine[doc_id] = self._index.similarity(vector, doc_id)
        best = sorted(fused, key=lambda i: (-fused[i], -cosine[i], i))[:k]
        return [
            ScoredChunk(chunk=self.chunks[i], score=fused[i], dense_score=cosine[i]) for i in best
        ]


def _words(catalog: Catalog, sentences: SentenceIndex | None) -> list[str]:
    """The knowledge base's words for the speller: its sentences and headings, else (an older
    bundle) its catalog's names."""
    if sentences is None:
        return words_of(f"{e.name} {e.kind} {e.title}" for e in catalog.entities)
    return words_of(f"{s.heading} {s.text}" for s in sentences.sentences)


def _slips(catalog: Catalog, sentences: SentenceIndex | None) -> Slips:
    """The knowledge base's product words and the words it writes beside them."""
    said = sentences.sentences if sentences else []
    return Slips(
        ((e.name, e.kind) for e in catalog.entities),
        {s.heading for s in said},
        (f"{s.heading}. {s.text}" for s in said),
    )


def _categories(folder: Path, manifest: Manifest) -> list[str] | None:
    """Each chunk's category, from the bundle's ``chunk_categories.npy`` (codes into the
    manifest's category names), or None for an older bundle."""
    if CATEGORIES_FILE not in manifest.files:
        return None
    codes = np.load(folder / CATEGORIES_FILE, allow_pickle=False)
    return [manifest.categories[int(code)] for code in codes]


def _category_members(categories: list[str]) -> dict[str, npt.NDArray[np.int64]]:
    members: dict[str, list[int]] = {}
    for doc_id, category in enumerate(categories):
        members.setdefault(category, []).append(doc_id)
    return {name: np.array(ids, dtype=np.int64) for name, ids in members.items()}
