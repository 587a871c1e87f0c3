"""Local (extractive) grounded answers: the most relevant sentences of the retrieved chunks.

The responder never writes a fact of its own: every sentence of an answer is a sentence of a
retrieved chunk, with markdown stripped and list items given their subject ("Price: $1,350"
under "Atlas 64" becomes "Atlas 64 price: $1,350."). With no chunks it says plainly that it
does not know and offers the sales team.
"""

from __future__ import annotations

import re

from shared.rag.bm25 import tokenize
from shared.rag.types import Answer, ScoredChunk, Source

DONT_KNOW = (
    "I'm sorry, I don't know that one: I couldn't find it in Copperline's information, and I'd "
    "rather not guess. Would you like me to pass your question to our sales team?"
)
MAX_SENTENCES = 3
MAX_CHARS = 480
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9$(])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LABEL = re.compile(r"^([A-Z][A-Za-z ]{1,30}):\s+(.+)$")
_MARKUP = re.compile(r"(\*\*|__|`|\*|\[|\]\([^)]*\))")


def clean(line: str) -> str:
    """Strip markdown list markers and emphasis from one line."""
    return _MARKUP.sub("", _LIST_ITEM.sub("", line)).strip()


def with_subject(sentence: str, heading: str) -> str:
    """Give a bare ``Label: value`` item its subject, and end every sentence with a stop."""
    match = _LABEL.match(sentence)
    if match:
        sentence = f"{heading} {match.group(1).lower()}: {match.group(2)}"
    return sentence if sentence.endswith((".", "!", "?", ":")) else sentence + "."


def sentences_of(hit: ScoredChunk) -> list[str]:
    """The chunk's text as standalone sentences."""
    result: list[str] = []
    for paragraph in re.split(r"\n\s*\n", hit.chunk.text):
        lines = [clean(line) for line in paragraph.splitlines() if clean(line)]
        if any(_LIST_ITEM.match(line) for line in paragraph.splitlines()):
            result.extend(with_subject(line, hit.chunk.heading) for line in lines)
        else:
            joined = " ".join(lines)
            result.extend(with_subject(s, hit.chunk.heading) for s in _SENTENCE_END.split(joined))
    return [sentence for sentence in result if len(sentence) > 2]


PRICE_WORDS = frozenset(tokenize("price prices cost costs much expensive pay fee charge"))


def relevance(sentence: str, query_terms: set[str]) -> float:
    """How many query words the sentence shares; a price question favours sentences with "$"."""
    score = float(len(query_terms & set(tokenize(sentence))))
    if query_terms & PRICE_WORDS and "$" in sentence:
        score += 1.5
    return score


def _choose(hit: ScoredChunk, question: str) -> list[str]:
    """The whole chunk when it is short, else its most relevant sentences in reading order."""
    sentences = list(dict.fromkeys(sentences_of(hit)))
    if sum(len(s) + 1 for s in sentences) <= MAX_CHARS:
        return sentences
    query_terms = set(tokenize(question))
    scores = [relevance(sentence, query_terms) for sentence in sentences]
    best = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:MAX_SENTENCES]
    return _fit([sentences[i] for i in sorted(best)])


def _fit(sentences: list[str]) -> list[str]:
    kept: list[str] = []
    for sentence in sentences:
        if kept and sum(len(s) + 1 for s in [*kept, sentence]) > MAX_CHARS:
            break
        kept.append(sentence)
    return kept


def answer(question: str, chunks: list[ScoredChunk]) -> Answer:
    """Answer ``question`` from ``chunks`` only; ``grounded=False`` when there is nothing to use.

    The best-ranked chunk answers; the retriever's ranking already weighs meaning and keywords.
    """
    texts = _choose(chunks[0], question) if chunks else []
    if not texts:
        return Answer(text=DONT_KNOW, sources=[], grounded=False)
    top = chunks[0].chunk
    source = Source(title=top.title, category=top.category, source=top.source)
    return Answer(text=" ".join(texts), sources=[source], grounded=True)
