"""A small Okapi BM25 keyword ranking, for exact names such as "Atlas 64" that embeddings blur.

The index is saved with the bundle (built once by ``index_builder``) and opened memory-mapped,
so a retriever over 100k chunks opens without re-tokenising anything:

- ``keyword_terms.json``: the terms in row order and the BM25 parameters,
- ``keyword_offsets.npy``: where each term's postings start (int64, one more than terms),
- ``keyword_postings.npy``: document ids (row 0) and term counts (row 1), int32,
- ``keyword_norm.npy``: each document's length normalisation ``k1 * (1 - b + b * len/avg)``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import numpy.typing as npt

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_STOPWORD_TEXT = """
a an and are as at be by can do does for from how i if in is it its me my of on or our so that
the their them there they this to us we what when where which who why will with you your
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
TERMS_FILE = "keyword_terms.json"
OFFSETS_FILE = "keyword_offsets.npy"
POSTINGS_FILE = "keyword_postings.npy"
NORM_FILE = "keyword_norm.npy"
FILES = (TERMS_FILE, OFFSETS_FILE, POSTINGS_FILE, NORM_FILE)


def tokenize(text: str) -> list[str]:
    """Lower-case words and numbers, without stopwords, crudely stemmed (a new list each call;
    the tokens are remembered: an answer tokenizes the same headings, names and question
    many times over)."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    words = _TOKEN.findall(text.lower())
    return tuple(_fold(word) for word in words if word not in STOPWORDS)


def _fold(word: str) -> str:
    """A crude stemmer: "leasing", "leased", "leases" and "lease" all become "leas"."""
    if len(word) <= 3 or not word.isalpha() or word.endswith("ss"):
        return word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


class BM25:
    """Okapi BM25 over a fixed corpus, postings in compressed-row arrays (one row per term)."""

    def __init__(
        self,
        terms: list[str],
        offsets: npt.NDArray[np.int64],
        postings: npt.NDArray[np.int32],
        norm: npt.NDArray[np.float32],
        k1: float = 1.2,
    ) -> None:
        self._row = {term: n for n, term in enumerate(terms)}
        self._offsets = offsets
        self._postings = postings
        self._norm = norm
        self._k1 = k1
        self.size = int(norm.shape[0])

    @classmethod
    def build(cls, documents: list[str], k1: float = 1.2, b: float = 0.75) -> BM25:
        """Tokenise and index ``documents`` (what the builder saves)."""
        tokenised = [tokenize(doc) for doc in documents]
        lengths = np.array([len(tokens) for tokens in tokenised], dtype=np.float32)
        average = max(float(lengths.mean()) if len(documents) else 0.0, 1.0)
        norm = (k1 * (1 - b + b * lengths / average)).astype(np.float32)
        rows: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for doc_id, tokens in enumerate(tokenised):
            for term, count in Counter(tokens).items():
                rows[term].append((doc_id, count))
        terms = sorted(rows)
        sizes = np.array([len(rows[t]) for t in terms], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        flat = [pair for t in terms for pair in rows[t]]
        postings = np.array(flat, dtype=np.int32).reshape(-1, 2).T.copy()
        return cls(terms, offsets, postings, norm, k1)

    def save(self, folder: Path) -> list[str]:
        """Write the index files into ``folder``; returns their names."""
        terms = sorted(self._row, key=self._row.__getitem__)
        meta = {"format": 1, "k1": self._k1, "terms": terms}
        (folder / TERMS_FILE).write_text(json.dumps(meta, separators=(",", ":")), encoding="utf-8")
        np.save(folder / OFFSETS_FILE, self._offsets, allow_pickle=False)
        np.save(folder / POSTINGS_FILE, self._postings, allow_pickle=False)
        np.save(folder / NORM_FILE, self._norm, allow_pickle=False)
        return list(FILES)

    @classmethod
    def open(cls, folder: Path) -> BM25:
        """Open a saved index, memory-mapping its arrays."""
        meta = json.loads((folder / TERMS_FILE).read_text(encoding="utf-8"))
        arrays = [np.load(folder / name, mmap_mode="r", allow_pickle=False) for name in FILES[1:]]
        return cls(meta["terms"], arrays[0], arrays[1], arrays[2], float(meta["k1"]))

    @property
    def terms(self) -> set[str]:
        """Every indexed term (the corpus vocabulary, stemmed)."""
        return set(self._row)

    def _idf(self, doc_freq: int) -> float:
        return math.log(1 + (self.size - doc_freq + 0.5) / (doc_freq + 0.5))

    def scores(self, query: str) -> npt.NDArray[np.float32]:
        """The BM25 score of every document for ``query`` (zero where no term matches)."""
        totals = np.zeros(self.size, dtype=np.float32)
        for term in set(tokenize(query)):
            row = self._row.get(term)
            if row is None:
                continue
            start, end = int(self._offsets[row]), int(self._offsets[row + 1])
            ids = np.asarray(self._postings[0, start:end])
            tf = np.asarray(self._postings[1, start:end], dtype=np.float32)
            weight = tf * (self._k1 + 1) / (tf + self._norm[ids])
            totals[ids] += self._idf(end - start) * weight
        return totals

    def top(
        self, query: str, k: int, allowed: npt.NDArray[np.int64] | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` best ``(doc id, score)`` pairs with a positive score, best first."""
        scores = self.scores(query)
        if allowed is not None:
            mask = np.zeros(self.size, dtype=bool)
            mask[allowed] = True
            scores = np.where(mask, scores, 0.0)
        candidates = np.flatnonzero(scores > 0)
        order = candidates[np.argsort(-scores[candidates], kind="stable")][:k]
        return [(int(i), float(scores[i])) for i in order]
