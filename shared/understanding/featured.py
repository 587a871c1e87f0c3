"""A kind of product named with a clause describing it: "the grinder that weighs the coffee",
"the grinder with the weight", "the barista training in our café".

The reader finds the phrase and its parts; the answerer (:mod:`shared.rag.featured`) decides
which catalog member, if any, the clause describes. Pure: text and the kinds' words in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: An article, at most one word before the kind's word, the kind's word, a joining word and up
#: to five words (stopping at a conjunction or the next ask).
_FEATURED = (
    r"\b(?:the|a|an|your|ur|that)\s+((?:[a-z-]+\s+)?(?:{heads}))(?:e?s)?\s+"
    r"(?:that|which|with|in|who)\s+((?:(?!(?:and|or|but|plus|total|price|how|what|for)\b)"
    r"[a-z\u00c0-\u024f'-]+\s*){{1,5}})"
)


@dataclass(frozen=True)
class Featured:
    """One phrase: where it is in the text, the kind as named, and the describing clause."""

    start: int
    end: int
    named: str
    clause: str


def featured_phrases(text: str, kind_words: Iterable[str]) -> list[Featured]:
    """The "<kind> that/with/in <clause>" phrases of ``text``, for the kinds' ``kind_words``."""
    heads = sorted({re.escape(w) for w in kind_words}, key=len, reverse=True)
    if not heads:
        return []
    pattern = re.compile(_FEATURED.format(heads="|".join(heads)), re.I)
    found = []
    for match in pattern.finditer(text):
        phrase = match.group(0).rstrip()
        found.append(Featured(match.start(), match.start() + len(phrase), *match.group(1, 2)))
    return found
