"""A topic named by its heading: "tell me about your trade-in program" asks the section (or
document) whose heading or title holds every topic word of the question. A company fact the
question matches comes first (its topic's questions are the better evidence).

Such a question says little beyond the name, so its vector is far from every sentence and the
calibrated abstain would refuse it; the name itself is the evidence. Pure: the sentence index
and the question's words in, sentence ids out.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.question import GENERIC, terms
from shared.rag.sentences import SentenceIndex
from shared.understanding.asked import PRICE_WORDS

_PRICE_STEMS = frozenset(tokenize(" ".join(PRICE_WORDS)))
SECTION_SENTENCES = 3  # a named section is answered with at most this many sentences


def named_sections(index: SentenceIndex, text: str) -> list[list[int]]:
    """The sections (sentence ids, reading order) whose heading, or whose document's title,
    holds every topic word of ``text``; none when the text has no topic word."""
    topic = {w for w in terms(text) - GENERIC - _PRICE_STEMS if not w.isdigit()}
    found = _holding(index, topic)
    limited = topic - _LIMIT_STEMS  # "minimum order for a custom blend": the custom blend's
    if not found and len(limited) >= 2 and limited != topic:
        found = _holding(index, limited)
    return found


#: The words asking a limit of a thing ("the minimum order for X", "how much do we have to buy
#: for X"): the ask, not the topic the heading names.
_LIMIT_STEMS = frozenset(tokenize("minimum minimums maximum least order orders buy purchase"))


def _holding(index: SentenceIndex, topic: set[str]) -> list[list[int]]:
    """The sections whose heading, or whose document's title, holds every word of ``topic``."""
    if not topic:
        return []
    found = []
    for ids in index.section_ids():
        first = index.sentences[ids[0]]
        if topic <= set(tokenize(first.heading)) or topic <= set(tokenize(first.title)):
            found.append(ids)
    return found


def statements(index: SentenceIndex, ids: list[int], similarity: list[float]) -> list[int]:
    """The sentences of a section nearest in meaning to the question (``similarity`` of each
    of ``ids``), at most three, in reading order; its rhetorical questions left out."""
    said = [(s, n) for s, n in zip(similarity, ids, strict=True)]
    said = [(s, n) for s, n in said if not index.sentences[n].text.endswith("?")]
    return sorted(n for _, n in sorted(said, reverse=True)[:SECTION_SENTENCES])


#: A labelled bullet: "Fair Trade: our blends are Fair Trade certified."
_LABEL = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*)+):\s")


def labelled(index: SentenceIndex, phrases: frozenset[str]) -> list[int]:
    """The sentences whose label of two or more capitalised words ("Fair Trade:", "USDA
    Organic:") is one of the question's two-word ``phrases``: the item it asks about."""
    found = []
    for n, sentence in enumerate(index.sentences):
        match = _LABEL.match(sentence.text)
        if match and normalise(match.group(1)) in phrases:
            found.append(n)
    return found
