"""Autocorrect slips against the knowledge base's product words.

A phone's autocorrect turns a product word into a real English word ("decaf blend" -> "decal
blend", "sample kit" -> "simple kit") or splits it ("Riverbend" -> "river bend"). The speller
keeps English words as typed (``shared.rag.spelling``), so these reach retrieval as another
thing ("decal blend" retrieved the Harbor Cold Brew Blend's price). The context says what was
meant:

* a typed word one letter from a product word K (same first letter, 5+ letters), no product
  word itself, is read as K when its neighbour fits K and not the word typed: the knowledge
  base writes K beside that neighbour ("sample kit") or the neighbour is the kind of the item
  K names ("decaf blend": the Night Shift Decaf is a coffee blend), while it never writes the
  typed pair ("simple to repair" stays);
* two words the knowledge base writes as one word of a catalog name are joined ("river bend"
  -> "riverbend").

Product words are the catalog's names and the knowledge base's headings. A real different item
is never turned into another: a word that is itself a product word is left as typed. Pure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

_WORD = re.compile(r"[a-zé]+")
_SHORTEST = 5  # letters: "decal" / "decaf"; shorter words are too near too many others
# neighbours that say nothing of the word beside them ("a decal" is no "a decaf")
_EMPTY = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "for",
        "nor",
        "of",
        "on",
        "in",
        "at",
        "to",
        "by",
        "with",
        "from",
        "our",
        "your",
        "my",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "it",
        "we",
        "you",
        "they",
        "i",
        "me",
        "us",
        "them",
        "as",
        "so",
    ]
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class Slips:
    """The product words of one knowledge base and the words written beside them."""

    def __init__(
        self, names: Iterable[tuple[str, str]], headings: Iterable[str], texts: Iterable[str]
    ) -> None:
        """``names``: (catalog name, kind) per item; ``headings`` and ``texts``: the knowledge
        base's section headings and sentences."""
        self._pairs: set[tuple[str, str]] = set()
        for text in texts:
            self._pairs.update(itertools.pairwise(_words(text)))
        self._kinds: dict[str, set[str]] = {}
        for name, kind in names:
            head = (_words(kind) or [""])[-1]
            for word in _words(name):
                self._kinds.setdefault(word, set()).update({head, head + "s"})
        self._joined = {w for w in self._kinds if len(w) >= _SHORTEST * 2 - 1}
        headed = {w for h in headings for w in _words(h) if len(w) >= _SHORTEST}
        self._product = sorted(w for w in {*self._kinds, *headed} if len(w) >= _SHORTEST)

    def mend(self, text: str) -> str:
        """``text`` with its autocorrect slips read as the product words meant (see the
        module docstring); every other word as typed."""
        return self._resplit(self._rejoin(text))

    def _rejoin(self, text: str) -> str:
        def joined(m: re.Match[str]) -> str:
            first, second = m.group(1).lower(), m.group(2).lower()
            one = first + second
            return one if one in self._joined and (first, second) not in self._pairs else m[0]

        return re.sub(r"\b([a-z]{3,})\s+([a-z]{3,})\b", joined, text, flags=re.I)

    def _resplit(self, text: str) -> str:
        tokens = re.split(r"(\W+)", text)
        words = [(i, t.lower()) for i, t in enumerate(tokens) if _WORD.fullmatch(t.lower())]
        for n, (i, word) in enumerate(words):
            before = words[n - 1][1] if n else ""
            after = words[n + 1][1] if n + 1 < len(words) else ""
            meant = self._meant(word, before, after)
            if meant:
                tokens[i] = meant
        return "".join(tokens)

    def _meant(self, word: str, before: str, after: str) -> str | None:
        """The product word ``word`` slipped from, given its neighbours, or None."""
        if len(word) < _SHORTEST or word in self._kinds or word in self._product:
            return None
        if (word, after) in self._pairs or (before, word) in self._pairs:
            return None  # the knowledge base writes the pair as typed
        near = [
            k
            for k in self._product
            if k[0] == word[0] and abs(len(k) - len(word)) <= 1
            if Levenshtein.distance(word, k, score_cutoff=1) <= 1
        ]
        fits = [k for k in near if self._fits(k, before, after)]
        return fits[0] if len(fits) == 1 else None

    def _fits(self, product: str, before: str, after: str) -> bool:
        after = "" if after in _EMPTY else after
        before = "" if before in _EMPTY else before
        beside = (product, after) in self._pairs or (before, product) in self._pairs
        return beside or after in self._kinds.get(product, set())
