"""A small Okapi BM25 keyword ranking, for exact names such as "Atlas 64" that embeddings blur."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

import numpy as np
import numpy.typing as npt

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_STOPWORD_TEXT = """
a an and are as at be by can do does for from how i if in is it its me my of on or our so that
the their them there they this to us we what when where which who why will with you your
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def tokenize(text: str) -> list[str]:
    """Lower-case words and numbers, without stopwords, crudely stemmed."""
    words = _TOKEN.findall(text.lower())
    return [_fold(word) for word in words if word not in STOPWORDS]


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
    """Okapi BM25 over a fixed corpus, with postings kept as numpy arrays per term."""

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        tokenised = [tokenize(doc) for doc in documents]
        lengths = np.array([len(tokens) for tokens in tokenised], dtype=np.float32)
        self.size = len(documents)
        self._norm = k1 * (
            1 - b + b * lengths / max(float(lengths.mean()) if self.size else 0.0, 1.0)
        )
        self._k1 = k1
        self._postings = self._index(tokenised)

    def _index(
        self, tokenised: list[list[str]]
    ) -> dict[str, tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]]:
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for doc_id, tokens in enumerate(tokenised):
            for term, count in Counter(tokens).items():
                postings[term].append((doc_id, count))
        return {
            term: (
                np.array([d for d, _ in pairs], dtype=np.int64),
                np.array([c for _, c in pairs], dtype=np.float32),
            )
            for term, pairs in postings.items()
        }

    def _idf(self, doc_freq: int) -> float:
        return math.log(1 + (self.size - doc_freq + 0.5) / (doc_freq + 0.5))

    def scores(self, query: str) -> npt.NDArray[np.float32]:
        """The BM25 score of every document for ``query`` (zero where no term matches)."""
        totals = np.zeros(self.size, dtype=np.float32)
        for term in set(tokenize(query)):
            if term not in self._postings:
                continue
            ids, tf = self._postings[term]
            weight = tf * (self._k1 + 1) / (tf + self._norm[ids])
            totals[ids] += self._idf(len(ids)) * weight
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
