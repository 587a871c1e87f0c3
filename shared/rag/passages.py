"""Choosing the sentences of retrieved passages (or of an entity's section) that answer.

Sentences are scored by the topic words they share with the question; a price question
favours sentences with a price. Spec-list lines ("Price: $9,800") are left to the catalog's
phrasing, and a sentence opening with "It" gets its subject back.
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.rag.bm25 import tokenize
from shared.rag.types import ScoredChunk
from shared.understanding.asked import PRICE_WORDS
from shared.understanding.sentences import sentences

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_SPEC = re.compile(r"^[A-Z][A-Za-z /-]{0,24}:\s+[^.]{1,60}$")
_MARKUP = re.compile(r"(\*\*|__|`|\*|\[|\]\([^)]*\))")
MAX_SENTENCES = 2
RANK_BONUS = (0.3, 0.15, 0.05, 0.0)


def _list_items(paragraph: str) -> list[str]:
    """The items of a list paragraph, an item's wrapped lines joined to it ("- Workflow
    layout: ... not crossing" + "  paths at the rush.")."""
    items: list[str] = []
    for raw in paragraph.splitlines():
        line = _MARKUP.sub("", _LIST_ITEM.sub("", raw)).strip()
        if not line or line.startswith("#"):
            continue
        if items and not _LIST_ITEM.match(raw) and raw[:1].isspace():
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line)
    return items


def sentences_of(text: str) -> list[str]:
    """Prose sentences and list items of a chunk, markdown removed, spec lines dropped."""
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [_MARKUP.sub("", _LIST_ITEM.sub("", ln)).strip() for ln in paragraph.splitlines()]
        lines = [ln for ln in lines if ln and not ln.startswith("#")]
        if any(_LIST_ITEM.match(ln) for ln in paragraph.splitlines()):
            items = _list_items(paragraph)
            found.extend(
                ln if ln.endswith((".", "?", "!")) else ln + "."
                for ln in items
                if not _SPEC.match(ln)
            )
        else:
            found.extend(sentences(" ".join(lines), capitalised=True))
    return [s.strip() for s in found if len(s.strip()) > 2]


def score(sentence: str, wanted: set[str]) -> float:
    """Topic words shared with the question, plus a bonus for a price when one is asked."""
    words = set(tokenize(sentence))
    shared = len(wanted & words) + 0.5 * len(
        {w for w in wanted if len(w) > 5 for x in words if x != w and x[:5] == w[:5]}
    )
    if wanted & PRICE_WORDS and "$" in sentence:
        shared += 1.0
    return float(shared)


def choose_sentences(
    question: str, wanted: set[str], hits: list[ScoredChunk], preferred: set[str]
) -> tuple[list[str], ScoredChunk] | None:
    """The best passage's answering sentences (at most two, in reading order)."""
    best: tuple[float, int, list[tuple[float, int, str]]] | None = None
    for rank, hit in enumerate(hits[:4]):
        sentences = sentences_of(hit.chunk.text)
        scored = [
            (score(s, wanted | set(tokenize(hit.chunk.heading)) & wanted), i, s)
            for i, s in enumerate(sentences)
        ]
        if not scored:
            continue
        bonus = RANK_BONUS[rank] + (0.5 if hit.chunk.source in preferred else 0.0)
        heading = 0.5 * len(wanted & set(tokenize(hit.chunk.heading)))
        top = max(s for s, _, _ in scored) + bonus + heading
        if best is None or top > best[0]:
            best = (top, rank, scored)
    if best is None:
        return None
    scored = best[2]
    peak = max(s for s, _, _ in scored)
    if peak <= 0:
        chosen = scored[:1]
    else:
        chosen = sorted(
            sorted(scored, key=lambda t: (-t[0], t[1]))[:MAX_SENTENCES], key=lambda t: t[1]
        )
        chosen = [c for c in chosen if c[0] >= max(1.0, peak - 1)]
    hit = hits[best[1]]
    return [_finish(s) for _, _, s in chosen], hit


def _finish(sentence: str) -> str:
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def fact_sentence(entity: Entity, wanted: set[str]) -> str | None:
    """The sentence of the entity's own section sharing most topic words with the question."""
    own = set(tokenize(f"{entity.name} {entity.kind}"))
    topic = wanted - own
    if not topic:
        return None
    scored = [(score(s, topic), i, s) for i, s in enumerate(entity.facts) if not _SPEC.match(s)]
    scored = [t for t in scored if t[0] >= 1]
    if not scored:
        return None
    sentence = max(scored, key=lambda t: (t[0], -t[1]))[2]
    sentence = re.sub(r"^It\b", f"The {entity.name}", sentence)
    return _finish(sentence)
