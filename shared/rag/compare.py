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
from shared.catalog.words import normalise
from shared.rag.phrasing import cap, price_sentence, the
from shared.rag.question import asks_price
from shared.rag.sentences import SentenceIndex, section_key

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


def comparison(
    entities: list[Entity], index: SentenceIndex, vector: npt.NDArray[np.float32]
) -> tuple[str, list[str]]:
    """The comparison's text and the sentences it quotes."""
    said: list[str] = []
    lines: list[str] = []
    advice: list[str] = []
    for entity in entities:
        ids = index.in_sections([section_key(entity.source, entity.heading)])
        texts = [index.sentences[n].text for n in ids]
        line = price_sentence(entity)
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
