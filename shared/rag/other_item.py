"""Sentences about another catalog item than the one asked, told apart from the asked one's.

"do you install the lumen 2 group?" is nearest in meaning to "The Lumen 3-Group is built to
order: allow a three-week lead time before it ships.": a sibling of the same kind, its name
close to the asked one's. Said as the answer it gives another item's fact as the asked one's.
A sibling's sentence holding what is asked beyond the names ("does the foundry work for cold
brew?" -> the Harbor blend "made for cold brew") offers an alternative and may answer; one
holding none of it never does, and the question is then answered from the asked item's own
sentences or the general ones ("Every espresso machine we sell ... is installed by ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.matching import same_stem
from shared.rag.question import synonyms_of
from shared.rag.sentences import Sentence, SentenceIndex

#: Words that may stand before a sentence's subject ("The Lumen 3-Group is ...").
_LEADING = frozenset({"the", "our", "a", "an", "each", "every"})


def other_subject(sentence: Sentence, entities: list[Entity], catalog: Catalog) -> Entity | None:
    """The catalog item of a kind asked, other than the ``entities`` asked, that ``sentence`` is
    about (its section is that item's own, or the sentence opens with its name), when the
    sentence names none of the asked items; None otherwise."""
    asked = {e.name for e in entities}
    kinds = {e.kind for e in entities}
    named = catalog.mentions(sentence.text)
    if {m.entity for m in named} & asked:
        return None
    for owner in catalog.entities:
        if (owner.source, owner.heading) == (sentence.source, sentence.heading):
            return owner if owner.name not in asked and owner.kind in kinds else None
    flat = f" {normalise(sentence.text)} "
    first = named[0] if named else None
    if first is None or set(flat[: first.start].split()) - _LEADING:
        return None
    opener = catalog.get(first.entity)
    return opener if opener is not None and opener.kind in kinds else None


def another_items_fact(
    sentences: Sequence[Sentence], topic: frozenset[str], entities: list[Entity], catalog: Catalog
) -> bool:
    """Whether every one of ``sentences`` is about another item of a kind asked and none holds
    a ``topic`` stem (what the question asks beyond the names): another item's fact, not an
    alternative offering what was asked."""
    if not sentences or not entities:
        return False
    if any(other_subject(s, entities, catalog) is None for s in sentences):
        return False
    return not holds_topic(sentences, topic)


def other_items_sentences(
    index: SentenceIndex, entities: list[Entity], catalog: Catalog
) -> frozenset[int]:
    """The ids of the sentences about another item of a kind asked (:func:`other_subject`)."""
    return frozenset(
        n for n, s in enumerate(index.sentences) if other_subject(s, entities, catalog) is not None
    )


def holds_topic(sentences: Sequence[Sentence], topic: frozenset[str]) -> bool:
    """Whether one of ``sentences`` holds a ``topic`` stem or one of its documented synonyms."""
    said = [w for s in sentences for w in tokenize(s.text)]
    meant = set(topic) | {w for q in topic for w in tokenize(synonyms_of(q))}
    return any(same_stem(w, q) for w in said for q in meant)
