"""Comparisons: both sides of "the 2 group or the 3 group?", and the knowledge base's advice.

For two or more named entities of one kind in a message that compares them ("X or Y", "X vs
Y", "which ... X ... Y", "difference between"), each side gets its price and the sentence of
its own section nearest in meaning to the question; a sentence of those sections that
recommends one ("we recommend", "best for", "suits") is added when not already said. Pure:
the sentence index and the question's vector in, sentences out.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from shared.catalog.model import Entity
from shared.catalog.words import normalise, numbers_in
from shared.rag.phrasing import cap, price_sentence, the
from shared.rag.sentences import SentenceIndex, section_key
from shared.understanding.asked import asks_price

_WEIGHS = re.compile(
    r"\b(?:vs|versus|which|compare|compared|difference|different|differ|better|best|suits?)\b"
)
_COMPARES = re.compile(r"\b(?:or|for)\b")
_ADVICE = re.compile(r"\b(?:recommend\w*|best for|suits?|made for|built for|ideal)\b", re.I)


def compares(text: str, entities: list[Entity]) -> bool:
    """Whether ``text`` weighs two or more entities of one kind against each other."""
    kinds = {e.kind for e in entities}
    flat = normalise(text)
    weighed = _WEIGHS.search(flat) or (_COMPARES.search(flat) and not asks_price(text))
    return len(entities) >= 2 and len(kinds) == 1 and bool(weighed)


def _own(sentence: str, entity: Entity) -> str:
    return re.sub(r"^It\b", cap(the(entity.name)), sentence)


def _about(entity: Entity, index: SentenceIndex, ids: list[int]) -> list[int]:
    """The sentences of ``entity``'s section that say something of it: from the first that
    names it (a document's introduction, filed under its first section, is left out), and not
    one that only restates its price ("The Pro plan costs $99 per month.")."""
    names = [normalise(entity.name), *entity.aliases]
    flat = [f" {normalise(index.sentences[n].text)} " for n in ids]
    first = next((k for k, f in enumerate(flat) if any(f" {a} " in f for a in names)), 0)
    price = numbers_in(entity.price.text) if entity.price else set()
    kept = [
        n
        for n, f in zip(ids[first:], flat[first:], strict=True)
        if not (price and numbers_in(f) == price)
    ]
    return kept or ids


def comparison(
    entities: list[Entity], index: SentenceIndex, vector: npt.NDArray[np.float32]
) -> tuple[str, list[str]]:
    """The comparison's text and the sentences it quotes."""
    said: list[str] = []
    lines: list[str] = []
    advice: list[str] = []
    for entity in entities:
        line = price_sentence(entity)
        ids = _about(entity, index, index.in_sections([section_key(entity.source, entity.heading)]))
        texts = [index.sentences[n].text for n in ids]
        if ids:
            scores = index.similarities(vector, ids)
            best = texts[int(np.argmax(scores))]
            said.append(best)
            line += " " + _own(best, entity)
        lines.append(line)
        advice.extend(_own(t, entity) for t in texts if _ADVICE.search(t) and t not in said)
    recommended = [a for a in advice if re.search(r"recommend", a, re.I)][:1] or advice[:1]
    text = " ".join([*lines, *recommended])
    return text, [*said, *recommended]
