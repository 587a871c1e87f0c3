"""Choosing the answering sentences by meaning: the question's vector against sentence vectors.

Candidates are the sentences of the retrieved sections and of the company fact whose topic the
question matches; each scores its cosine similarity to the question, plus a small bonus for
the retrieval rank and for the section of an entity the question is about. The best sentence
answers, joined by a second of its section when that one is nearly as near. Pure: vectors in,
sentences out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from shared.catalog.model import Entity
from shared.rag.bm25 import tokenize
from shared.rag.durations import states_span
from shared.rag.facts import CompanyFacts, Fact
from shared.rag.matching import same_stem
from shared.rag.sentences import Sentence, SentenceIndex, section_key
from shared.rag.types import ScoredChunk

FACT_MATCH = 0.55  # a question this near a company topic's questions brings that fact's section
FACT_DIRECT = 0.8  # this near, the fact itself is the answer
SECOND_SENTENCE = 0.06  # a second sentence of the same section this close to the best joins it
FAQ_SENTENCES = 3  # a question-headed section this short is answered whole
RANK_BONUS = (0.03, 0.02, 0.01, 0.0)
ENTITY_BONUS = 0.03  # a sentence of the section of an entity the question is about
TOPIC_BONUS = 0.06  # a sentence holding a word the question asks beyond its entities
SHAPED_COVERAGE = 0.1  # weight of the question's topic words a sentence of the asked shape holds
FACT_BONUS = 0.03  # a sentence of the company fact the question's topic matches
FACT_STRONG = 0.65  # from this nearness to its topic, the fact's bonus grows ...
FACT_RAMP = 2.0  # ... this much per unit of nearness (+0.3 at FACT_DIRECT)
Vector = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Choice:
    """The answering sentences (reading order), the fact they belong to, and the similarity
    of the question to the nearest candidate sentence or to the matched fact's topic."""

    sentences: list[Sentence]
    similarity: float
    fact: Fact | None = None


def matched_fact(facts: CompanyFacts, vector: Vector, text: str = "") -> tuple[Fact | None, float]:
    """The company fact whose topic the question (``text``, embedded as ``vector``) asks about
    (when near enough and the knowledge base states it), with the question's similarity to
    that topic."""
    found = facts.topic_of(vector, text)
    if found is None or found[1] < FACT_MATCH:
        return None, 0.0
    fact = facts.facts.get(found[0])
    if fact is None:
        return None, 0.0
    # asked by its own words ("can we return it and is there a fee"), the story around the
    # ask (a grinder bought, never unboxed) cannot make another sentence the answer
    direct = FACT_DIRECT if facts.asked_by_words(found[0], text) else 0.0
    return fact, max(found[1], direct)


def other_facts(facts: CompanyFacts, vectors: list[Vector], said: str) -> list[str]:
    """The sentences of the other company facts the pieces of a question ask, when the answer
    ``said`` already gives one piece's fact ("phone # and hours for sales?": the contact
    beside the hours); a piece must be as near its topic as a company question must be
    (``FACT_MATCH``). Nothing when no piece's fact was said: the answer is not a fact's."""
    asked = [fact for fact, _ in (matched_fact(facts, v) for v in vectors) if fact is not None]
    if not any(t in said for fact in asked for t in fact.sentences):
        return []
    extra: list[str] = []
    for fact in asked:
        extra.extend(t for t in fact.sentences if t not in said and t not in extra)
    return extra


def fact_bonus(topic_score: float) -> float:
    """The bonus of a sentence of the matched company fact: ``FACT_BONUS`` up to
    ``FACT_STRONG``, then growing with the question's nearness to the topic (a ramp to
    ``FACT_DIRECT``, where the fact is the answer outright), so a clear topic ("can we try
    your coffees before we commit": samples, 0.77) is not outscored by a sentence that only
    shares its wording."""
    return FACT_BONUS + FACT_RAMP * max(0.0, topic_score - FACT_STRONG)


def _candidates(
    index: SentenceIndex,
    hits: list[ScoredChunk],
    fact: Fact | None,
    topic_score: float = 0.0,
    topic: frozenset[str] = frozenset(),
) -> dict[int, float]:
    bonus: dict[int, float] = {}
    for rank, hit in enumerate(hits[:4]):
        for n in index.in_sections([section_key(hit.chunk.source, hit.chunk.heading)]):
            bonus.setdefault(n, RANK_BONUS[rank])
    for hit in hits[4:]:  # retrieved lower (the item's name pulled its own sections up), but
        # a sentence of it holds everything asked beyond the item ("installation included")
        for n in index.in_sections([section_key(hit.chunk.source, hit.chunk.heading)]):
            if len(topic) > 1 and _held(index.sentences[n].text, topic) == 1.0:
                bonus.setdefault(n, RANK_BONUS[-1])
    if fact is not None:
        for n, sentence in enumerate(index.sentences):
            if sentence.source == fact.source and sentence.text in fact.sentences:
                bonus[n] = max(bonus.get(n, 0.0), fact_bonus(topic_score))
    return bonus


#: An item's price stated alone, as the catalog's line ("Price: $11.50 per lb.").
_PRICE_LINE = re.compile(r"^Price:\s")


#: A sentence that leans on the one before it ("Together with direct trade ..., this is how we
#: try to leave a lighter footprint.", "This means ..."): quoted alone it says too little.
_POINTS_BACK = re.compile(
    r"^(?:this|these|together with|both|that way)\b|\bthis is (?:how|why)\b", re.I
)


def _holds(sentence: str, topic: frozenset[str]) -> bool:
    """Whether ``sentence`` holds one of the ``topic`` stems (or a word of the same stem)."""
    return any(same_stem(w, q) for w in tokenize(sentence) for q in topic)


def _held(sentence: str, topic: frozenset[str]) -> float:
    """The share of the ``topic`` stems ``sentence`` holds: "is installation included" is
    about the installation sentence more than about another thing "included"."""
    if not topic:
        return 0.0
    stems = tokenize(sentence)
    return sum(any(same_stem(w, q) for w in stems) for q in topic) / len(topic)


def topic_held(index: SentenceIndex, hits: list[ScoredChunk], topic: frozenset[str]) -> bool:
    """Whether a sentence of the retrieved sections holds two of three or more of the ``topic``
    stems and at least two (the installation sentence for "is installation included with the
    lumen ... for canada"; "just beans then" has none)."""
    keys = [section_key(h.chunk.source, h.chunk.heading) for h in hits]
    needed = max(2, math.ceil(len(topic) * 2 / 3))
    return any(
        _held(index.sentences[n].text, topic) * len(topic) >= needed
        for n in index.in_sections(keys)
    )


def choose(
    index: SentenceIndex,
    vector: Vector,
    hits: list[ScoredChunk],
    fact: tuple[Fact | None, float] = (None, 0.0),
    entities: list[Entity] | None = None,
    topic: frozenset[str] = frozenset(),
    priced: bool = True,
    skip: frozenset[int] = frozenset(),
) -> Choice | None:
    """The best sentence for the question (and a close second of its section), or None; a
    sentence holding a ``topic`` word (what the question asks beyond naming its entities:
    "installation" of "is installation included with the pico?") outranks the entities' own
    section. An item's bare price line ("Price: $11.50 per lb.") is a candidate only for a
    question that asks a price (``priced``): "... mostly espresso. is there a discount?" is
    no price of the espresso. Sentences ``skip`` are no candidates."""
    matched, topic_score = fact
    if matched is not None and topic_score >= FACT_DIRECT:
        return Choice(_fact_sentences(index, matched), topic_score, matched)
    bonus = _candidates(index, hits, matched, topic_score, topic)
    if not priced:
        bonus = {n: b for n, b in bonus.items() if not _PRICE_LINE.match(index.sentences[n].text)}
    bonus = {n: b for n, b in bonus.items() if n not in skip}
    if not bonus:
        return None
    ids = list(bonus)
    own = {section_key(e.source, e.heading) for e in entities or []}
    cosine = dict(zip(ids, index.similarities(vector, ids), strict=True))
    score = {
        n: cosine[n]
        + bonus[n]
        + (
            ENTITY_BONUS
            if section_key(index.sentences[n].source, index.sentences[n].heading) in own
            else 0.0
        )
        + (TOPIC_BONUS if topic and _holds(index.sentences[n].text, topic) else 0.0)
        for n in ids
    }
    for n in ids:
        if introduces(index.sentences[n].text):
            score[n] = _borrowed(index, n, score)
    best = max(ids, key=lambda n: (score[n], -n))
    top = index.sentences[best]
    same = [
        n
        for n in ids
        if n != best
        and index.sentences[n].source == top.source
        and index.sentences[n].heading == top.heading
        and score[n] >= score[best] - SECOND_SENTENCE
    ]
    section = index.in_sections([_key(top)])
    if top.heading.endswith("?") and len(section) <= FAQ_SENTENCES:  # a FAQ's answer is whole
        return Choice(
            [index.sentences[n] for n in section],
            max(max(cosine.values()), topic_score),
            matched if matched is not None and matched.source == top.source else None,
        )
    if len(top.text.split()) < 4 or introduces(top.text):  # "No.", "Thinking of X?": + next
        same = [n for n in index.in_sections([_key(top)]) if n > best][:1] or same
    elif _POINTS_BACK.search(top.text):  # "Together with ..., this is how we ...": + the one before
        same = [n for n in index.in_sections([_key(top)]) if n < best][-1:] or same
    chosen = sorted([best, *sorted(same, key=lambda n: -score[n])[:1]])
    chosen += [n for n in [_other_side(index, chosen[-1])] if n is not None]
    in_fact = matched is not None and top.source == matched.source and top.text in matched.sentences
    return Choice(
        [index.sentences[n] for n in chosen],
        max(max(cosine.values()), topic_score),
        matched if in_fact else None,
    )


#: Words that only affirm or deny: a sentence of nothing else says nothing of its own.
_REPLY_WORDS = frozenset(
    tokenize("yes yeah yep no nope sure absolutely certainly definitely indeed of course correct")
)


#: A rule's condition: a threshold or a scope ("free on orders over $250 within the
#: continental United States", "only if", "unless").
_CONDITION = re.compile(
    r"\b(?:over|above|under|below|more than|less than|at least|within|only|if|unless)\b", re.I
)
#: A sentence stating what happens on the other side of the condition before it ("Smaller
#: orders, and orders shipped outside the continental US, pay a flat delivery fee of $18.",
#: "Otherwise ...", "Everywhere else ...").
_OTHER_SIDE = re.compile(
    r"^(?:smaller|larger|bigger|other|otherwise|outside|everywhere else|elsewhere|anything else|"
    r"below|under|beyond)\b|\b(?:otherwise|everywhere else|elsewhere|outside (?:the|of|our))\b",
    re.I,
)


def _other_side(index: SentenceIndex, n: int) -> int | None:
    """The sentence after ``n`` in its section when ``n`` states a condition and it states the
    other side ("free on orders over $250 ..." then "Smaller orders ... pay $18"): a rule is
    quoted with its conditions and exceptions, so "is shipping free?" hears both."""
    after = n + 1
    sentences = index.sentences
    if after >= len(sentences) or _key(sentences[after]) != _key(sentences[n]):
        return None
    if _CONDITION.search(sentences[n].text) and _OTHER_SIDE.search(sentences[after].text):
        return after
    return None


def is_bare(text: str) -> bool:
    """Whether a sentence has no content words of its own ("Yes.", "Yes, we do.", "No.")."""
    return not set(tokenize(text)) - _REPLY_WORDS


def introduces(text: str) -> bool:
    """Whether a sentence only leads into the next: a bare reply ("Yes.") or the page's own
    question in the visitor's voice ("Opening a café and not sure which coffee suits your
    menu?"), which shares the visitor's words without answering them."""
    return is_bare(text) or text.rstrip().endswith("?")


def _borrowed(index: SentenceIndex, n: int, score: dict[int, float]) -> float:
    """The score of a bare or leading sentence (:func:`introduces`): that of the sentence
    after it in its section (whose content it introduces: it then wins with it, never alone),
    else below any real one."""
    after = n + 1
    sentences = index.sentences
    if after in score and _key(sentences[after]) == _key(sentences[n]):
        return score[after]
    return -1.0


def choose_span(
    index: SentenceIndex,
    vector: Vector,
    hits: list[ScoredChunk],
    fact: tuple[Fact | None, float] = (None, 0.0),
    shaped: Callable[[str], bool] = states_span,
    rare: bool = False,
) -> Choice | None:
    """For a question that asks a time (how long it lasts, which year, which days): the
    candidate sentence nearest in meaning among those with the shape asked (``shaped``, by
    default a span of time, :mod:`shared.rag.durations`; see :mod:`shared.rag.when`), or None
    when none has it; its similarity is, as in :func:`choose`, that of the nearest candidate
    or company topic. A ``rare`` shape (a year, days) is looked for in every sentence of the
    bundle, not only the retrieved sections: few sentences have it, one matrix product."""
    matched, topic_score = fact
    ids = list(range(len(index.sentences))) if rare else list(_candidates(index, hits, matched))
    spans = [k for k, n in enumerate(ids) if shaped(index.sentences[n].text)]
    if not spans:
        return None
    cosine = index.similarities(vector, ids)
    best = max(spans, key=lambda k: cosine[k])
    return Choice([index.sentences[ids[best]]], max(float(max(cosine)), topic_score))


def framed_text(sentence: Sentence) -> str:
    """A sentence under its document's title and heading, for a vector of it in context."""
    return f"{sentence.title}: {sentence.heading}. {sentence.text}"


def choose_shaped(
    index: SentenceIndex,
    vector: Vector,
    ids: list[int],
    framed: Vector,
    wanted: set[str],
    topic: float = 0.0,
) -> Choice:
    """Among the sentences ``ids`` that have the shape asked (a year, days), the nearest to the
    question read alone or in context (``framed``: their vectors under title and heading; "Who
    we are: We were founded in 2011" for "who started copperline and when", which alone is
    nearer to "B Corp since 2019"), plus :data:`SHAPED_COVERAGE` for the share of the
    question's topic stems ``wanted`` it holds ("showroom")."""
    alone = index.similarities(vector, ids)
    in_context = framed @ vector.reshape(-1)
    scores = [
        max(float(a), float(b)) + SHAPED_COVERAGE * _share(wanted, index.sentences[n].text)
        for n, a, b in zip(ids, alone, in_context, strict=True)
    ]
    best = max(range(len(ids)), key=lambda k: scores[k])
    return Choice([index.sentences[ids[best]]], max(float(max(alone)), topic))


def _share(wanted: set[str], text: str) -> float:
    return len(wanted & set(tokenize(text))) / len(wanted) if wanted else 0.0


def _key(sentence: Sentence) -> str:
    return section_key(sentence.source, sentence.heading)


def _fact_sentences(index: SentenceIndex, fact: Fact) -> list[Sentence]:
    return [s for s in index.sentences if s.source == fact.source and s.text in fact.sentences]
