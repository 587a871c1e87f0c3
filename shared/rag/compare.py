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

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise, numbers_in
from shared.rag.bm25 import tokenize
from shared.rag.matching import asked_labels, attribute_sentences
from shared.rag.phrasing import attribute_sentence, cap, price_sentence, the
from shared.rag.question import comparison as size_direction
from shared.rag.question import terms
from shared.rag.resolve import beside
from shared.rag.sentences import SentenceIndex, section_key
from shared.understanding.asked import asks_price

_WEIGHS = re.compile(
    r"\b(?:vs|versus|which|compare|compared|difference|different|differ|better|best|suits?"
    r"|than|extra|besides|between)\b"
    # "what does X give me that Y doesn't?"
    r"|\bthat\b.*\b(?:doesn t|doesnt|don t|dont|does not|do not|lacks)\b"
)
#: "does the atlas 64 grind by weight like the bigger one does?", "as fast as the 75": a
#: quality weighed against a sibling (an attribute the catalog lists is answered as such).
_LIKE = re.compile(r"\b(?:like|as) the (?:(?:[a-z]+ )?(?:one|ones|model)|\d+)\b")
#: A sibling named by its size alone: "the bigger one", "the smaller model".
_SIZED_ONE = re.compile(r"\bthe (?:[a-z]+ )(?:one|model)\b")
_COMPARES = re.compile(r"\b(?:or|for)\b")
_ADVICE = re.compile(r"\b(?:recommend\w*|best for|suits?|made for|built for|ideal)\b", re.I)


def compares(text: str, entities: list[Entity]) -> bool:
    """Whether ``text`` weighs two or more entities of one kind against each other."""
    kinds = {e.kind for e in entities}
    flat = normalise(text)
    weighed = _WEIGHS.search(flat) or (_COMPARES.search(flat) and not asks_price(text))
    weighed = weighed or (_LIKE.search(flat) and not asked_labels(text, entities))
    return len(entities) >= 2 and len(kinds) == 1 and bool(weighed)


#: A difference asked outright ("what's the difference between your grinders", "how do the
#: two plans differ", "compare your espresso machines"), with no side named.
_DIFFERENCE = re.compile(r"\b(?:difference|differences|differ|differs|compare|vs|versus)\b")
#: The stems of asking for a comparison: no part of the visitor's situation.
COMPARING = frozenset(
    tokenize("difference differences differ compare compared versus between two three both your")
)


def members_compared(text: str, kind: str | None, catalog: Catalog) -> list[Entity]:
    """Every member of the ``kind`` a message names, when it asks their difference and the kind
    has two or three of them ("whats the difference between the two grinders you sell"): the
    sides of the comparison; else none (a kind of many members is listed, not weighed)."""
    if kind is None or not _DIFFERENCE.search(normalise(text)):
        return []
    members = catalog.of_kind(kind)
    return members if 2 <= len(members) <= 3 else []


def attribute_compared(text: str, entities: list[Entity]) -> tuple[str, str] | None:
    """An attribute the catalog lists, weighed against a sibling ("does the atlas 64 weigh the
    dose like the 75?"): that attribute of each side, and its label; None for any other
    question."""
    if len(entities) < 2 or not _LIKE.search(normalise(text)):
        return None
    labels = asked_labels(text, entities)
    return (" ".join(attribute_sentences(entities, labels)), labels[0]) if labels else None


def siblings_named(
    text: str, named: list[Entity], catalog: Catalog, weighed: bool = False
) -> list[Entity]:
    """The other members of a named entity's kind that a comparison names by what sets them
    apart ("the atlas 75 and 64", "essential vs pro maintenance", "the online course vs the
    on-site one"): a word or model number of the member's name that no other member of the
    kind has, standing alone in ``text``; or the next one up or down by size ("like the bigger
    one does"). Only for a text that compares (:data:`_WEIGHS`, :data:`_LIKE`), or that the
    caller knows ``weighed`` two options ("how much more would pro be", said on essential)."""
    flat = normalise(text)
    if not named or not (weighed or _WEIGHS.search(flat) or _LIKE.search(flat)):
        return []
    words = set(flat.split())
    found: list[Entity] = []
    for kind in dict.fromkeys(e.kind for e in named):
        members = catalog.of_kind(kind)
        for member in members:
            if member in named or member in found:
                continue
            others = {w for e in members if e is not member for w in normalise(e.name).split()}
            own = set(normalise(member.name).split()) - others
            if any((w.isdigit() or len(w) > 2) and w in words for w in own):
                found.append(member)
    direction = size_direction(flat) if _SIZED_ONE.search(flat) else None
    other = beside(catalog, named[0], direction) if direction and not found else None
    return [other] if other is not None and other not in named else found


def differing(entities: list[Entity], text: str) -> dict[str, list[str]]:
    """Per entity name, the attribute labels all the ``entities`` have and on which they
    differ ("burrs", "dosing" for the two Atlas grinders); never the price, which each side
    states first."""
    labels = [k for k in entities[0].attributes if all(k in e.attributes for e in entities)]
    kept = [
        k
        for k in labels
        if k != "price" and len({normalise(e.attributes[k]) for e in entities}) > 1
    ]
    return {e.name: kept for e in entities} if kept else {}


def _side(
    entity: Entity,
    labels: list[str],
    index: SentenceIndex,
    ids: list[int],
    vector: npt.NDArray[np.float32],
) -> tuple[str, list[str]]:
    """One side of a comparison and the sentences it quotes: its price (unless stated by a
    sentence quoted; "apart from price" too, since a comparison names each side whole), the
    differing attributes ``labels``, and its section's
    sentence nearest to the question (not one restating those attributes), with a second
    nearly as near when no attribute sets the sides apart (plans: "made for café groups" and
    "includes quarterly preventive visits ...")."""
    shown = [attribute_sentence(entity, labels)] if labels else []
    quoted: list[str] = []
    texts = [index.sentences[n].text for n in ids]
    if ids:
        scores = np.asarray(index.similarities(vector, ids))
        order = [int(k) for k in np.argsort(-scores)]
        stated = numbers_in(texts[order[0]]) - numbers_in(entity.name)
        if not (shown and stated and stated <= numbers_in(shown[0])):
            quoted.append(texts[order[0]])  # not "three group heads, a 17-litre boiler" again
        if len(ids) > 1 and scores[order[0]] - scores[order[1]] <= SECOND_SIDE and not shown:
            quoted.append(texts[order[1]])
    price = numbers_in(entity.price.text) if entity.price else set()
    priced = any(price and price <= numbers_in(t) for t in quoted)
    head = [] if priced else [price_sentence(entity)]
    line = " ".join([*head, *shown, *(_own(t, entity) for t in quoted)])
    return line, quoted


def _own(sentence: str, entity: Entity) -> str:
    return re.sub(r"^It\b", cap(the(entity.name)), sentence)


#: A sentence this short that states only the price restates it ("The Pro plan costs $99 per
#: month."); a longer one says more ("It costs $79 per location per month and includes ...").
PRICE_ONLY_WORDS = 12
SECOND_SIDE = 0.06  # a side with no differing attribute: a second sentence this near joins


def _about(entity: Entity, index: SentenceIndex, ids: list[int]) -> list[int]:
    """The sentences of ``entity``'s section that say something of it: from the first that
    names it (a document's introduction, filed under its first section, is left out), and not
    one that only restates its price ("The Pro plan costs $99 per month.", see
    :data:`PRICE_ONLY_WORDS`)."""
    names = [normalise(entity.name), *entity.aliases]
    flat = [f" {normalise(index.sentences[n].text)} " for n in ids]
    first = next((k for k, f in enumerate(flat) if any(f" {a} " in f for a in names)), 0)
    price = numbers_in(entity.price.text) if entity.price else set()
    kept = [
        n
        for n, f in zip(ids[first:], flat[first:], strict=True)
        if not (price and numbers_in(f) == price and len(f.split()) < PRICE_ONLY_WORDS)
    ]
    return kept or ids


def _nearest(
    advice: list[tuple[str, int, Entity]],
    index: SentenceIndex,
    vector: npt.NDArray[np.float32],
    situation: frozenset[str],
) -> tuple[str, Entity]:
    """The advice sentence sharing most terms with the visitor's ``situation`` ("a small
    kiosk" and "made for coffee carts, small kiosks"), ties settled by meaning."""
    scores = index.similarities(vector, [n for _, n, _ in advice])
    shared = [len(situation & terms(t)) for t, _, _ in advice]
    best = max(range(len(advice)), key=lambda k: (shared[k], scores[k]))
    return advice[best][0], advice[best][2]


def comparison(
    entities: list[Entity],
    index: SentenceIndex,
    vector: npt.NDArray[np.float32],
    text: str = "",
    situation: frozenset[str] = frozenset(),
) -> tuple[str, list[str]]:
    """The comparison's text and the sentences it quotes: per side its price (even when the
    question sets prices aside: the visitor may not know them), the attributes on which the
    sides differ, and the sentence of its section nearest to the question; then the knowledge
    base's advice. ``situation``: the terms of the visitor's situation the question states
    ("small", "kiosk"), so the advice is the one sharing most of them, then nearest to it in
    meaning, named as the pick ("For what you describe: the Pico ..."); else the sentence that
    recommends one ("the machine we recommend to most new cafés")."""
    said: list[str] = []
    lines: list[str] = []
    advice: list[tuple[str, int, Entity]] = []
    differ = differing(entities, text)
    for entity in entities:
        ids = _about(entity, index, index.in_sections([section_key(entity.source, entity.heading)]))
        labels = differ.get(entity.name, [])
        line, quoted = _side(entity, labels, index, ids, vector)
        said.extend(quoted)
        lines.append(line)
        advice.extend((index.sentences[n].text, n, entity) for n in ids)
    advice = [a for a in advice if _ADVICE.search(a[0])]
    if situation and len({e.name for _, _, e in advice}) > 1:
        best, entity = _nearest(advice, index, vector, situation)
        pick = f"For what you describe: {_own(best, entity)}"
        if best in said:  # its reason is quoted above: name the pick, not the sentence again
            pick = f"For what you describe, {the(entity.name)} is the one to look at."
        return " ".join([*lines, pick]), [*said, best]
    fresh = [(_own(t, e), t) for t, _, e in advice if t not in said]
    recommended = [a for a in fresh if re.search(r"recommend", a[1], re.I)][:1] or fresh[:1]
    text = " ".join([*lines, *(a for a, _ in recommended)])
    return text, [*said, *(t for _, t in recommended)]
