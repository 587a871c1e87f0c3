"""Answers from the knowledge base's sentences: company facts, meaning-ranked sentences, abstain.

The part of the answerer that does not need the catalog's structure: a question part is
answered with the company fact its topic matches (:mod:`shared.rag.facts`) or the retrieved
sentences nearest to it in meaning (:mod:`shared.rag.meaning`), or with the honest don't-know
when the calibrated signal of :mod:`shared.rag.abstain` says the knowledge base is too far from
it. :class:`~shared.rag.answering.Answerer` adds the catalog (entities, rules, comparisons).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.abstain import THRESHOLD, Signal
from shared.rag.bm25 import tokenize
from shared.rag.conditions import said_no
from shared.rag.counting import counted, says_count, states_count
from shared.rag.durations import states_span
from shared.rag.facts import CompanyFacts, Fact, topic_words
from shared.rag.features import asked_beyond
from shared.rag.headings import labelled, named_sections, statements
from shared.rag.matching import coverage, place_title, same_stem, vocabulary_of
from shared.rag.meaning import (
    ENTITY_BONUS,
    FACT_DIRECT,
    Choice,
    Vector,
    choose,
    choose_shaped,
    choose_span,
    framed_text,
    matched_fact,
    other_facts,
    topic_held,
)
from shared.rag.other_item import another_items_fact, holds_topic, other_items_sentences
from shared.rag.parts import DONT_KNOW, Part, chunk_source, entity_source, source_of, unjoined
from shared.rag.passages import choose_sentences, sentences_of
from shared.rag.persons import asks_who, names_party, names_person
from shared.rag.phrasing import cap, percent_of, the
from shared.rag.private_contact import REFUSAL, asks_private_contact, person_names
from shared.rag.question import (
    GENERIC,
    SYNONYMS,
    coordinated,
    expanded,
    scope_place,
    synonyms_of,
    terms,
    two_word_phrases,
)
from shared.rag.rules import (
    below_floor,
    on_own_item,
    own_item_amount,
    stated_amount,
    unmet_floor,
)
from shared.rag.sentences import SentenceIndex, section_key
from shared.rag.spelling import Speller
from shared.rag.types import ScoredChunk, Source
from shared.rag.when import answer_shape, asks_visit_place, asks_year, states_place
from shared.understanding.asked import asks_price
from shared.understanding.lexicon import FUNCTION_WORDS

if TYPE_CHECKING:
    from shared.rag.retriever import Retriever

#: Short English words a dictionary lacks but a visitor's ask hinges on ("who is your CEO?").
ABBREVIATIONS = frozenset({"uk", "usa", "eu", "ceo", "cfo", "cto", "coo", "hr", "pr"})
MIN_AGREEMENT = 0.5  # share of the question's topic words the chosen passage must contain
PERSON_MARGIN = 0.05  # a sentence naming no person this much nearer answers a "who" instead
SHAPED_MAX = 24  # sentences of a rare shape (a year, days) embedded with their context per ask
HIGH_COSINE = 0.62  # above this the passage answers even with few shared words
ROOT_LENGTH = 8  # a stem this long shares its root with a word that differs in its last two letters
PERCENT = re.compile(
    r"(\d+(?:\.\d+)?%)\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?(?:[a-z]+\s+){0,2}(?:price|cost)"
)


class PassageAnswerer:
    """Answers a question part from one loaded bundle's facts and sentences."""

    def __init__(self, library: Retriever) -> None:
        self._library = library
        self.catalog: Catalog = library.catalog
        self._sentences: SentenceIndex | None = library.sentences
        self._facts: CompanyFacts = library.facts
        self._speller: Speller = library.speller
        headings = [f"{c.title} {c.heading}" for c in library.chunks]  # "Sustainability"
        self._vocabulary = vocabulary_of(library.vocabulary, library.catalog, headings)
        self._prefixes = {w[:n] for w in self._vocabulary for n in range(3, len(w) + 1)}
        self._framed: dict[int, Vector] = {}  # a sentence's vector in context, by its number

    def _search(self, text: str, k: int) -> list[ScoredChunk]:
        return self._library.search(text, k)

    def spelt(self, text: str) -> str:
        """``text`` with its typos spelt onto the knowledge base's words."""
        return self._speller.correct(text)

    def known(self, word: str) -> bool:
        """Whether the knowledge base uses this (stemmed) word or one sharing its stem."""
        if word in self._vocabulary or word in self._prefixes:
            return True
        if len(word) >= ROOT_LENGTH and word[:-2] in self._prefixes:
            return True  # "sustainabl" and "sustainability": one root, other endings
        return any(word[:n] in self._vocabulary for n in range(3, len(word)))

    def unknown_terms(self, text: str, forgiven: frozenset[str] = frozenset()) -> list[str]:
        """Topic words of ``text`` that are English words the knowledge base never uses
        (synonyms and the ``forgiven`` stems, a matched company topic's own words, excepted);
        a typo or a name is not one."""
        result = []
        for word in normalise(text).split():
            if not (self._speller.known(word) or word in ABBREVIATIONS):
                continue
            if word in FUNCTION_WORDS:  # "whatever", "anyway": never a topic
                continue
            stem = tokenize(word)
            if not stem or stem[0] in GENERIC or word in GENERIC or stem[0].isdigit():
                continue
            if stem[0] in forgiven:
                continue
            if len(word) <= 3 and word not in ABBREVIATIONS:
                continue
            synonyms = tokenize(SYNONYMS.get(word, ""))
            if self.known(stem[0]) or any(s in self._vocabulary for s in synonyms):
                continue
            result.append(word)
        return result

    def _scope(self, text: str, unknown: list[str]) -> Part:
        place = scope_place(text)
        if place is None or not all(word in place.split() for word in unknown):
            return Part(DONT_KNOW, False)
        # "who services it in arizona" asks who covers the area, not a person by name
        dropped = {*place.split(), "who", "whom", "whose"}
        rest = " ".join(w for w in normalise(text).split() if w not in dropped)
        found = self._from_passages(
            f"{rest} areas region regions counties states we cover serve", None, strict=False
        )
        if not found.known:
            return found
        rest_of_section = self._section_rest(found)
        found.text = f"Our information doesn't mention {place_title(place)} by name. " + " ".join(
            [found.text, *rest_of_section]
        )
        found.evidence.extend(rest_of_section)
        return found

    def _section_rest(self, part: Part) -> list[str]:
        """The sentences of the section ``part`` quotes that it does not quote yet (the
        "everywhere else" that completes a list of areas)."""
        if self._sentences is None or not part.evidence:
            return []
        index = self._sentences
        first = next((s for s in index.sentences if s.text == part.evidence[0]), None)
        if first is None:
            return []
        ids = index.in_sections([f"{first.source}#{first.heading}"])
        return [index.sentences[n].text for n in ids if index.sentences[n].text not in part.text]

    def _from_passages(
        self,
        text: str,
        entities: list[Entity] | None = None,
        strict: bool = True,
        exact: bool = False,
    ) -> Part:
        """The sentences answering ``text``; the don't-know when ``strict`` and the calibrated
        signal says the knowledge base is too far from it."""
        noun = counted(text)
        if noun is not None and self._sentences is not None:
            found = self._count(text, noun, entities)
            if found is not None:
                return found
        if asks_private_contact(text) and self._names_our_person(text):  # "luis's cell"
            return self._with_contact(Part(REFUSAL, True, evidence=[REFUSAL]))
        who = asks_who(text)
        if who == "person" and self._sentences is not None and not asks_year(text):
            found = self._person(text, entities)
            if found is not None:
                return found
        found = self._nearest(text, entities, strict, exact)
        return self._with_contact(found) if who == "contact" and not entities else found

    def _nearest(self, text: str, entities: list[Entity] | None, strict: bool, exact: bool) -> Part:
        """The sentences nearest in meaning to ``text`` (see :meth:`_from_passages`)."""
        text = unjoined(text)  # "and can I come by on a saturday?"
        noun = counted(text)
        hits, vector = self._library.search_with_vector(expanded(text), 6 if entities else 4)
        if not hits and entities:
            hits = self._search(f"{text} {entities[0].kind}", 6)
        if self._sentences is None or vector is None:
            return self._by_words(text, hits, entities, strict, exact)
        fact, forgiven = ((None, 0.0), frozenset()) if entities else self._fact(text, vector)
        named = [] if fact[0] else named_sections(self._sentences, text)
        # "the minimum for a custom blend", the blends resolved: a section of no item that
        # the question names ("Custom house blends") is what it asks, not the blends' lines
        named = [ids for ids in named if not self._owned(ids)] if entities else named
        if named:  # "tell me about your trade-in program": the heading names the topic
            return self._named(named, vector)
        phrases = two_word_phrases(text)  # "fair trade" over "direct trade"
        label = [] if entities else labelled(self._sentences, phrases)
        if label:  # "is ur coffee fair trade?" -> "Fair Trade: our blends are ... certified."
            said = [self._sentences.sentences[n] for n in label[:1]]
            return self._sentence_part(text, Choice(said, 1.0), entities)
        shape = answer_shape(text)  # a span, a year, days: only a sentence stating one answers
        rare = shape is not None and shape is not states_span
        if rare and shape is not None:  # a year, days: every sentence stating one, in context
            lasting = self._shaped(text, vector, shape, fact[1])
            lasting = self._with_topic(lasting, text) if shape is states_place else lasting
        else:
            lasting = choose_span(self._sentences, vector, hits, fact) if shape else None
        # "installation" of "... with the pico?" (an item named, not a kind: "the machine")
        itemed = bool(self.catalog.mentioned(text)) or self.catalog.family_named(text)  # "a lumen"
        topic = asked_beyond(text, entities or []) if itemed else frozenset()
        focused = len(topic) > 1 and bool(entities) and not self._own_topic(topic, entities or [])
        focused = focused and topic_held(self._sentences, hits, topic)
        if focused and lasting is None:
            # a thing asked beyond the item ("is installation included with the lumen") that
            # its own sentences never say: the item's name weighs on the question's meaning as
            # much as the thing asked, so sentences are weighed without the name (a lone word,
            # "just beans then, the ethiopian one", leaves the name in)
            vector = self._library.embed([self._without_names(text)])[0]
        priced = asks_price(text) or bool(_PER_UNIT.search(text))  # "riverbend by the pound?"
        choice = lasting or choose(self._sentences, vector, hits, fact, entities, topic, priced)
        if choice is not None and entities and not asks_which(text):
            choice = self._own_or_general(text, choice, entities, priced)
        if choice is None:
            return Part(DONT_KNOW, False)
        if asks_visit_place(text):  # "can i come try the machines somewhere?": and where
            choice = self._with_place(choice)
        signal = self._signal(text, choice, forgiven)
        # a sentence of the rare shape asked is evidence beside the words: only the score counts
        refused = signal.score() < THRESHOLD if rare else signal.abstains()
        if strict and not entities and refused:
            return Part(DONT_KNOW, False)
        if entities and _about_another(text, choice, entities, self.catalog):
            return Part(DONT_KNOW, False)  # "does the pico handle iced lattes": a blend's line
        if entities and another_items_value(choice, entities, self.catalog):
            return Part(DONT_KNOW, False)  # the Harbor asked, the Foundry's "Price: $11.50"
        which = asks_which(text) or "which" in normalise(text).split()
        if not entities and which and unasked_value(text, choice):
            return Part(DONT_KNOW, False)  # "which one and how much per lb?": whose price?
        # (a sentence of the rare shape asked, days for "on a sunday", answers in its own way)
        if strict and not rare and self._beside_the_ask(text, choice, entities or []):
            return Part(DONT_KNOW, False)  # "does the pico need plumbing in": its description
        part = self._sentence_part(text, choice, entities)
        if noun is not None and not re.search(r"\d", part.text) and not says_count(part.text):
            return Part(DONT_KNOW, False)  # "how many people work there?" -> no count said
        return self._with_other_facts(text, part)

    def _own_or_general(
        self, text: str, choice: Choice, entities: list[Entity], priced: bool
    ) -> Choice | None:
        """``choice``, unless it is another item's fact (:func:`another_items_fact`: "do you
        install the lumen 2 group" -> the Lumen 3-Group's lead time) or says none of what is
        asked beyond the names ("do you install the pico" -> what the Pico is made for); then
        the sentences nearest to what is asked without the names, none of them about another
        item (for the second, only when they say what is asked: "Installation by ...")."""
        assert self._sentences is not None
        topic = asked_beyond(text, entities)
        other = another_items_fact(choice.sentences, topic, entities, self.catalog)
        if not other and (not topic or holds_topic(choice.sentences, topic)):
            return choice
        rest = self._without_names(text)
        hits, vector = self._library.search_with_vector(expanded(rest), 6)
        if vector is None:
            return None if other else choice
        skip = other_items_sentences(self._sentences, entities, self.catalog)
        found = choose(self._sentences, vector, hits, (None, 0.0), entities, topic, priced, skip)
        if other or (found is not None and holds_topic(found.sentences, topic)):
            return found
        return choice

    def _beside_the_ask(self, text: str, choice: Choice, entities: list[Entity]) -> bool:
        """Whether a yes/no question asks by a word the knowledge base never uses ("plumbed",
        "coarse", "pod") and the sentences found say none of its words beside the catalog's
        names and kinds: they describe the item, not what is asked ("does the pico need to be
        plumbed in?" -> what the Pico is made for; "do you sell a pod machine?" -> the
        trade-in of an espresso machine)."""
        if not _YES_NO.match(normalise(text)):  # "we paid 10k ..., what credit": a figure
            return False
        named = {w for e in self.catalog.entities for w in tokenize(" ".join([e.name, e.kind]))}
        named |= {w for e in entities for w in tokenize(" ".join(e.aliases))}
        asked = {w for w in terms(text) - GENERIC - named if not w.isdigit()}
        asked = {w for w in asked if not any(same_stem(w, n) for n in named)}
        if not self._strange(text, asked) or not asked:
            return False
        said = {w for s in choice.sentences for w in tokenize(s.text)}
        meant = asked | set(tokenize(" ".join(synonyms_of(w) for w in normalise(text).split())))
        return not any(same_stem(w, s) for w in meant for s in said)

    def _strange(self, text: str, asked: set[str]) -> set[str]:
        """The asked words of ``text`` the knowledge base never writes: its unknown terms, a
        short one ("pod") and one it knows only through a synonym ("borrow" for its
        "loaner", which the sentences found must then say)."""
        found = set(self.unknown_terms(text))
        for word in normalise(text).split():
            stem = tokenize(word)[:1]
            if not stem or stem[0] not in asked or self.known(stem[0]):
                continue
            short = len(word) == 3 and word not in FUNCTION_WORDS and self._speller.known(word)
            if short or word in SYNONYMS:
                found.add(word)
        return found

    def _owned(self, ids: list[int]) -> bool:
        """Whether the section of sentence ``ids`` is a catalog item's own."""
        assert self._sentences is not None
        first = self._sentences.sentences[ids[0]]
        return any(
            e.source == first.source and e.heading == first.heading for e in self.catalog.entities
        )

    @staticmethod
    def _own_topic(topic: frozenset[str], entities: list[Entity]) -> bool:
        """Whether the entities' own sentences say a word of what is asked beyond them (the
        Lumen 3-Group's "before it ships"): their name then leads to the answer."""
        own = {w for e in entities for f in e.facts for w in tokenize(f)}
        return any(same_stem(q, w) for q in topic for w in own)

    def _without_names(self, text: str) -> str:
        """``text`` without the catalog items and families it names."""
        flat = normalise(text)
        for mention in reversed(self.catalog.mentions(flat)):
            flat = flat[: mention.start] + flat[mention.end :]
        families = {normalise(f) for f in self.catalog.families()}
        return " ".join(w for w in flat.split() if w not in families)

    def _with_other_facts(self, text: str, part: Part) -> Part:
        """``part`` with the other company facts the question's coordinated pieces ask
        (:func:`~shared.rag.meaning.other_facts`) when it gives one of them."""
        pieces = coordinated(text)
        if not pieces:
            return part
        extra = other_facts(self._facts, list(self._library.embed(pieces)), part.text)
        if extra:
            part.text = " ".join([part.text, *extra])
            part.evidence.extend(extra)
        return part

    def _shaped(
        self, text: str, vector: Vector, shape: Callable[[str], bool], topic: float
    ) -> Choice | None:
        """For a question asking a year or days: :func:`~shared.rag.meaning.choose_shaped`
        over the bundle's sentences with that shape, each also embedded under its title and
        heading (once per bundle, then remembered: the model gives a text the same vector alone
        or in a batch), with the question as written (``vector``, of the question with its
        synonyms, is unused)."""
        if self._sentences is None:
            return None
        index = self._sentences
        ids = [n for n, s in enumerate(index.sentences) if shape(s.text)]
        if len(ids) > SHAPED_MAX:  # places are many: the nearest in meaning, embedded in context
            near = index.similarities(vector, ids)
            ids = sorted(
                k for _, k in sorted(zip(near, ids, strict=True), reverse=True)[:SHAPED_MAX]
            )
        if not ids:
            return None
        # the question as written: its synonyms ("open" -> "hours") lean to the wrong section
        asked = self._library.embed([text])[0]
        framed = np.stack([self._framed_vector(n) for n in ids])
        return choose_shaped(index, asked, ids, framed, terms(text) - GENERIC, topic)

    def _with_topic(self, choice: Choice | None, text: str) -> Choice | None:
        """A place answer with the other sentences of its section that hold a topic word of
        the question ("where is your showroom": its address, then "visit the showroom ...")."""
        if choice is None or self._sentences is None:
            return choice
        index = self._sentences
        top = choice.sentences[0]
        wanted = {w for w in terms(text) - GENERIC}
        more = [
            index.sentences[n]
            for n in index.in_sections([section_key(top.source, top.heading)])
            if index.sentences[n] != top and wanted & set(tokenize(index.sentences[n].text))
        ]
        return Choice([top, *more[:1]], choice.similarity, choice.fact)

    def _with_place(self, choice: Choice) -> Choice:
        """``choice`` led by the sentence of its section stating a place when none of its
        sentences does ("visits are by appointment" under the showroom's address)."""
        if self._sentences is None or any(states_place(s.text) for s in choice.sentences):
            return choice
        index, top = self._sentences, choice.sentences[0]
        sections = index.in_sections([section_key(top.source, top.heading)])
        placed = [index.sentences[n] for n in sections if states_place(index.sentences[n].text)]
        return Choice([*placed[:1], *choice.sentences], choice.similarity, choice.fact)

    def _framed_vector(self, n: int) -> Vector:
        """The vector of sentence ``n`` under its title and heading, embedded on first use."""
        if n not in self._framed:
            assert self._sentences is not None
            text = framed_text(self._sentences.sentences[n])
            self._framed[n] = self._library.embed([text])[0]
        return self._framed[n]

    def _named(self, sections: list[list[int]], vector: Vector) -> Part:
        """The statements of the named section nearest in meaning to the question."""
        assert self._sentences is not None
        index = self._sentences
        best = max(sections, key=lambda ids: max(index.similarities(vector, ids)))
        similarity = index.similarities(vector, best)
        chosen = [index.sentences[n] for n in statements(index, best, similarity)]
        choice = Choice(chosen, max(similarity))
        return self._sentence_part("", choice, None)

    def _person(self, text: str, entities: list[Entity] | None) -> Part | None:
        """ "who looks after X": among the sections with a sentence naming a person, the one
        sharing a topic word with the question and nearest in meaning; answered with its
        sentences that name a person or share such a word ("who founded copperline": "founded
        by two people ... Dana Whitfield is ..."). The don't-know when the ask is in words we
        never use ("who is your head of marketing?"); None when no sentence names a person or
        no such section shares a word ("who designed your website?"): the calibrated answer
        decides."""
        assert self._sentences is not None
        index = self._sentences
        named = [n for n, s in enumerate(index.sentences) if names_person(s.text)]
        if not named:
            return None
        asked = {w for w in terms(text) - GENERIC if not w.isdigit()}
        sections = {
            section_key(index.sentences[n].source, index.sentences[n].heading) for n in named
        }
        chosen: list[int] = []
        for key in sorted(sections):
            ids = index.in_sections([key])
            shared = [n for n in ids if asked & terms(index.sentences[n].text)]
            if shared:
                chosen.append(max(ids, key=lambda n: n in named))
        if self.unknown_terms(text):
            return Part(DONT_KNOW, False)
        if not chosen:  # no person's section shares a word: the calibrated answer decides
            return None
        hits, vector = self._library.search_with_vector(expanded(text), 4)
        if vector is None:
            return None
        scores = index.similarities(vector, chosen)
        best = chosen[max(range(len(chosen)), key=lambda k: scores[k])]
        if self._nearer_without_person(vector, hits, max(scores)):
            return None  # "who services the machine?": the technicians' sentence is nearer
        top = index.sentences[best]
        ids = index.in_sections([section_key(top.source, top.heading)])
        said = [
            index.sentences[n] for n in ids if n in named or asked & terms(index.sentences[n].text)
        ]
        return self._sentence_part(text, Choice(said, float(max(scores))), entities)

    def _nearer_without_person(
        self, vector: Vector, hits: list[ScoredChunk], person: float
    ) -> bool:
        """Whether the retrieved sentences nearest the question name a party of the company
        by its role, no person, and are nearer than the best person's sentence by more than
        :data:`PERSON_MARGIN` ("who services the machine?": "our own technicians cover ...")."""
        assert self._sentences is not None
        index = self._sentences
        choice = choose(index, vector, hits)
        if choice is None or any(names_person(s.text) for s in choice.sentences):
            return False
        if not any(names_party(s.text) for s in choice.sentences):
            return False
        ids = [n for n, s in enumerate(index.sentences) if s in choice.sentences]
        return max(index.similarities(vector, ids)) > person + PERSON_MARGIN

    def _names_our_person(self, text: str) -> bool:
        """Whether ``text`` names a person the knowledge base names ("luis arroyo"), not a
        role it never fills ("the ceo")."""
        if self._sentences is None:
            return False
        words = normalise(text).split()
        asked = {*words, *(w[:-1] for w in words if w.endswith("s"))}  # "danas" is "dana's"
        people = (s.text for s in self._sentences.sentences if names_person(s.text))
        return any(asked & person_names(t) for t in people)

    def _with_contact(self, part: Part) -> Part:
        """ "who do I call to book a survey?": the answer and the company's contact details."""
        fact = self._facts.facts.get("sales contact")
        if fact is None:
            return part
        more = [t for t in fact.sentences if t not in part.text]
        if not part.known:
            return Part(" ".join(fact.sentences), True, evidence=list(fact.sentences))
        part.text = " ".join([part.text, *more])
        part.evidence.extend(more)
        return part

    def _count(self, text: str, noun: str, entities: list[Entity] | None) -> Part | None:
        """ "how many X": the sentence nearest in meaning among those that count X (an
        entity's own section first). When no sentence counts X: the don't-know if the knowledge
        base uses the word X ("how many employees" where it only says "employee-owned"), else
        None (the caller then answers only with a sentence stating some count: "how many beans"
        is not the knowledge base's word); the don't-know also when the sentence is too far
        from the question."""
        assert self._sentences is not None
        index = self._sentences
        asked = _from_visitor(text)
        ids = [n for n, s in enumerate(index.sentences) if states_count(s.text, noun, asked)]
        if not ids:  # a word the knowledge base uses but never counts: no count to give
            return Part(DONT_KNOW, False) if self.known(noun) else None
        vector = self._library.embed([text])[0]
        own = {section_key(e.source, e.heading) for e in entities or []}
        scores = [
            cosine + (ENTITY_BONUS if section_key(s.source, s.heading) in own else 0.0)
            for cosine, s in zip(
                index.similarities(vector, ids), (index.sentences[n] for n in ids), strict=True
            )
        ]
        best = max(range(len(ids)), key=lambda k: scores[k])
        choice = Choice([index.sentences[ids[best]]], scores[best])
        if not entities and self._signal(text, choice).abstains():
            return Part(DONT_KNOW, False)
        return self._sentence_part(text, choice, entities)

    def _fact(self, text: str, vector: Vector) -> tuple[tuple[Fact | None, float], frozenset[str]]:
        """The company fact ``text`` asks (with its similarity) and the topic's own words,
        which are no sign of an unanswerable question; none when another word is unknown."""
        named = self._facts.as_company(text)  # "how long has copperline been around"
        vector = self._library.embed([named])[0] if named != text else vector
        fact = matched_fact(self._facts, vector, text)
        forgiven = topic_words(fact[0].topic) if fact[0] is not None else frozenset()
        if fact[1] < FACT_DIRECT and self.unknown_terms(text, forgiven):
            return (None, 0.0), frozenset()  # "head of marketing": the topic is near, not the ask
        return fact, forgiven

    def _signal(self, text: str, choice: Choice, forgiven: frozenset[str] = frozenset()) -> Signal:
        said = " ".join(s.text for s in choice.sentences)
        familiar = " ".join(
            w for w in normalise(text).split() if len(w) > 2 and self._speller.known(w)
        )
        unknown = self.unknown_share(text, forgiven)
        return Signal(choice.similarity, unknown, word_coverage(familiar, said))

    def signal(self, question: str) -> Signal | None:
        """The abstain signal of a whole question (for calibration), None without a sentence
        index or any candidate sentence."""
        text = self._speller.correct(question)
        hits, vector = self._library.search_with_vector(expanded(text), 4)
        if self._sentences is None or vector is None:
            return None
        fact, forgiven = self._fact(text, vector)
        choice = choose(self._sentences, vector, hits, fact)
        return Signal(0.0, 1.0) if choice is None else self._signal(text, choice, forgiven)

    def unknown_share(self, text: str, forgiven: frozenset[str] = frozenset()) -> float:
        """The share of the topic words of ``text`` that are English words the knowledge base
        never uses (``forgiven`` stems excepted)."""
        topic = {w for w in normalise(text).split() if tokenize(w) and w not in GENERIC}
        topic = {w for w in topic if tokenize(w)[0] not in GENERIC and not w.isdigit()}
        if not topic:
            return 0.0
        return len(set(self.unknown_terms(" ".join(topic), forgiven)) & topic) / len(topic)

    def _sentence_part(self, text: str, choice: Choice, entities: list[Entity] | None) -> Part:
        top = choice.sentences[0]
        texts = choice.fact.sentences if choice.fact else [s.text for s in choice.sentences]
        named = [
            e for e in self.catalog.entities if e.source == top.source and e.heading == top.heading
        ]
        texts = [subject(t, named) for t in texts]
        unnamed = not any(named[0].name in t for t in texts) if named else False
        labelled_only = any(LABEL_LINE.match(t) for t in texts)  # "Price: $11.50 per lb."
        if (
            unnamed
            and self._unnamed_by(text, entities, named)
            and (asks_which(text) or labelled_only)
        ):
            texts.insert(0, f"That's {the(named[0].name)}.")
        elif unnamed and labelled_only and len(texts) == 1:  # "Price: $15.90 per lb." of one asked
            texts = [f"For {the(named[0].name)}, {texts[0][0].lower()}{texts[0][1:]}"]
        source = Source(title=top.title, category=top.category, source=top.source)
        evidence = [s.text for s in choice.sentences] + (
            choice.fact.sentences if choice.fact else []
        )
        part = Part(" ".join(texts), True, named or list(entities or []), [source], evidence)
        self._percent_on_question(text, " ".join(texts), part)
        return part

    def _unnamed_by(self, text: str, entities: list[Entity] | None, named: list[Entity]) -> bool:
        """Whether ``text`` leaves the item answered unnamed: no item, or only the one the answer
        quotes, asked by its kind ("plain coffee, what do you have?" read as the batch
        brewer), never by its name, alias or family."""
        if not entities:
            return True
        if [e.name for e in entities] != [e.name for e in named[:1]]:
            return False
        family = named[0].family
        said = normalise(text)
        return not self.catalog.mentions(text) and not (family and family.lower() in said)

    def _by_words(
        self,
        text: str,
        hits: list[ScoredChunk],
        entities: list[Entity] | None,
        strict: bool,
        exact: bool,
    ) -> Part:
        """The older choice by shared words, for a bundle without sentence vectors."""
        if not hits:
            return Part(DONT_KNOW, False)
        wanted = terms(expanded(text)) - GENERIC
        preferred = {e.source for e in entities or []}
        chosen = choose_sentences(text, wanted, hits, preferred)
        if chosen is None:
            return Part(DONT_KNOW, False)
        sentences, hit = chosen
        topic = terms(text) - GENERIC
        covered = coverage(topic, hit.chunk, self._vocabulary)
        if strict and covered < MIN_AGREEMENT and hit.dense_score < HIGH_COSINE:
            return Part(DONT_KNOW, False)
        named = [
            e
            for e in self.catalog.entities
            if e.source == hit.chunk.source and e.heading == hit.chunk.heading
        ]
        part = Part(
            " ".join(sentences),
            True,
            named or list(entities or []),
            [chunk_source(hit.chunk)],
            [hit.chunk.text],
        )
        self._percent_on_question(text, part.text, part)
        return part

    def _percent_on_question(self, text: str, said: str, part: Part) -> None:
        """A percentage of a price applied to the amount the visitor names ("my old machine
        cost 6000"): the reply becomes the percentage's sentence (of the answer, else of its
        sections) and the visitor's own figure, "On $6,000, 15% is $900." (a worked example
        of the knowledge base's, with its own amounts, would only blur it)."""
        amount = stated_amount(text)
        if amount is None:
            return
        rule = next((t for t in sentences_of(said) if PERCENT.search(t)), None)
        in_part = rule is not None
        if rule is None:
            rule = next((t for t in self._sections_of(part) if PERCENT.search(t)), None)
            if rule is None:
                return
        if on_own_item(rule):  # a share of the visitor's machine, never another seller's price
            amount = own_item_amount(text)
            if amount is None:
                return
        if not in_part:
            part.evidence.append(rule)
        match = PERCENT.search(rule)
        assert match is not None
        floor = unmet_floor(self._sections_of(part) or [rule], _amount(amount))
        if floor is not None:  # "3% of the equipment price" of orders over $5,000 only
            part.text = below_floor(floor, "your amount", amount)
            part.evidence.extend([floor, f"your amount: {amount}"])
            return
        value, sum_ = percent_of(match.group(1), amount)
        part.text = f"{rule} On {amount}, {match.group(1)} is {value}."
        part.derived.append(sum_)
        part.evidence.append(f"your amount: {amount}")  # "9k" read as "$9,000"

    def attribute_said(self, attribute: str, entities: list[Entity]) -> Part | None:
        """The sentence saying ``attribute`` ("lead time") of ``entities`` that have no entry
        for it: among the sentences holding the attribute's words (in their text or heading),
        those naming one of the entities, else those naming no other item ("Equipment that is
        in stock ships within 5 business days."), the nearest in meaning to the attribute asked
        of them; None when no sentence says it (another item's value is never given)."""
        if self._sentences is None:
            return None
        index = self._sentences
        kinds = {e.kind for e in entities}
        if not any(attribute in m.attributes for k in kinds for m in self.catalog.of_kind(k)):
            return None  # no item of their kind has it: "boiler" asked of a grinder
        label = set(tokenize(attribute)) - GENERIC
        others = set(tokenize(synonyms_of(attribute))) - GENERIC
        ours = {e.name for e in entities}
        own: list[int] = []
        general: list[int] = []
        for n, sentence in enumerate(index.sentences):
            held = set(tokenize(f"{sentence.text} {sentence.heading}"))
            whole = all(any(same_stem(w, h) for h in held) for w in label)
            if not (label and whole) and not any(same_stem(w, h) for w in others for h in held):
                continue
            named = {m.entity for m in self.catalog.mentions(sentence.text)}
            if named & ours:
                own.append(n)
            elif not named:
                general.append(n)
        ids = own or general
        if not ids:
            return None
        names = " and ".join(the(e.name) for e in entities)
        vector = self._library.embed([f"the {attribute} of {names}"])[0]
        near = index.similarities(vector, ids)
        best = index.sentences[ids[max(range(len(ids)), key=lambda k: near[k])]]
        sources = [source_of(best.source, best.title), *(entity_source(e) for e in entities)]
        return Part(best.text, True, entities, sources, [best.text])

    def unsold(self, word: str, thing: str) -> Part | None:
        """Goods asked for that are not new ("refurbished", "machines"), when no sentence of
        the knowledge base both uses the word and speaks of selling or a price: the honest
        don't-know, with what it does say of them ("traded-in machines are refurbished in our
        workshop" is no offer to sell one); None when a sentence offers them."""
        if self._sentences is None:
            return None
        stems = set(tokenize(word))
        said = [s.text for s in self._sentences.sentences if stems <= set(tokenize(s.text))]
        if any(_SELLS.search(t) for t in said):
            return None
        asked = f"I don't know whether we sell {word} {thing}"
        if not said:
            return Part(f"{asked}: our information doesn't mention them.", False)
        return Part(
            f"{asked}: our information only says that {said[0][:1].lower()}{said[0][1:]}",
            False,
            evidence=said[:1],
        )

    def unmet_rule(self, question: str, part: Part) -> str | None:
        """A yes/no question whose case a condition of the documents ``part`` quotes excludes
        ("my old machine is broken, can i still trade it in?" against "Trade in a working
        espresso machine ..."): "No, not if it is broken: ..." with that condition, though the
        sentence nearest in meaning was another of the document's; None when none excludes it."""
        if self._sentences is None or not part.known:
            return None
        # the documents quoted, and those the question retrieves ("... qualify for trade-in?"
        # answered from the grinders' page: the trade-in page holds the condition)
        quoted = {s.source for s in part.sources}
        quoted |= {hit.chunk.source for hit in self._search(question, 3)}
        for sentence in self._sentences.sentences:
            if sentence.source in quoted and sentence.text not in part.text:
                no = said_no(question, sentence.text)
                if no is not None:
                    part.evidence.append(sentence.text)
                    return no
        return None

    def _sections_of(self, part: Part) -> list[str]:
        """The sentences of every section ``part`` quotes from, in reading order."""
        if self._sentences is None:
            return []
        index = self._sentences
        keys = [
            section_key(s.source, s.heading)
            for s in index.sentences
            if s.text in part.evidence and s.source in {x.source for x in part.sources}
        ]
        return [index.sentences[n].text for n in index.in_sections(list(dict.fromkeys(keys)))]


#: A sentence offering goods: selling them, or their price.
_SELLS = re.compile(r"\$|\b(?:sell|sells|sold|for sale|available|price|priced|buy|order)\b", re.I)


def _amount(stated: str) -> float:
    """A stated amount ("$6,000") as a number."""
    return float(stated.strip("$").replace(",", ""))


#: A question asking for one thing rather than yes or no: "which blend ...", "what do you
#: have for cold brew", "anything for cold brew?", "recommend a grinder".
_WHICH = re.compile(
    r"\b(?:which|what|whats|recommend\w*|suggest\w*|something|anything)\b|"
    r"^\W*(?:any|got|need|looking for)\b"
)


#: A catalog line that names nothing on its own ("Price: $11.50 per lb."): the answer says
#: whose it is whatever the question.
#: A price asked by its unit alone ("and riverbend by the pound?", "what is it per lb").
_PER_UNIT = re.compile(r"\b(?:per|by the|a)\s+(?:pound|lb|lbs|bag|kilo|kg)\b", re.I)
LABEL_LINE = re.compile(r"^[A-Z][\w ]{1,24}: ")


def asks_which(text: str) -> bool:
    """Whether ``text`` asks for one thing ("what do you have for cold brew?"), so an answer
    quoting an entity's section says which it is ("That's the Harbor Cold Brew Blend."); a
    yes/no question ("do you print roast dates on the bags?") is answered without it."""
    return bool(_WHICH.search(normalise(text)))


#: A yes/no question: an auxiliary first ("can the atlas 64 grind coarse enough", "does it need").
_YES_NO = re.compile(r"^(?:and |so |also |ok )?(?:can|could|does|do|did|is|are|will|would|must)\b")


def _about_another(text: str, choice: Choice, entities: list[Entity], catalog: Catalog) -> bool:
    """Whether a yes/no question about ``entities`` would be answered only by sentences of
    an item of another kind that name none of them ("does the pico handle iced lattes?" ->
    the Foundry Espresso's "built for ... lattes"): that answers another item. A sibling's
    sentence ("does the foundry work for cold brew?" -> the Harbor blend) is an alternative."""
    if asks_which(text):
        return False
    asked = {e.name for e in entities}
    kinds = {e.kind for e in entities}
    owners = [
        e
        for s in choice.sentences
        for e in catalog.entities
        if e.source == s.source and e.heading == s.heading
    ]
    said = " ".join(s.text for s in choice.sentences)
    named = {m.entity for m in catalog.mentions(said)}
    other = bool(owners) and not {e.kind for e in owners} & kinds  # a sibling is an alternative
    return other and not {e.name for e in owners} & asked and not named & asked


#: "Price: $11.50 per lb.": a bullet of a section's attribute list, its label first.
_ATTRIBUTE_LINE = re.compile(r"^([A-Za-z][A-Za-z -]{0,30}):\s")


def another_items_value(choice: Choice, entities: list[Entity], catalog: Catalog) -> bool:
    """Whether ``choice`` says an attribute line ("Price: $11.50 per lb.") of an item other
    than the ``entities`` asked: the line names no item, so said as the answer it would pass
    another item's value off as theirs (the Foundry's price for the Harbor blend)."""
    asked = {e.name for e in entities}
    for sentence in choice.sentences:
        line = _ATTRIBUTE_LINE.match(sentence.text)
        owners = [
            e
            for e in catalog.entities
            if (e.source, e.heading) == (sentence.source, sentence.heading)
        ]
        label = line.group(1).strip().lower() if line else ""
        if any(o.name not in asked and label in o.attributes for o in owners):
            return True
    return False


#: Words of a value that say its unit, not which item holds it ("per lb", "a month").
_UNIT_WORDS = frozenset({"per", "lb", "lbs", "kg", "month", "year", "each", "a", "an", "the"})


def unasked_value(text: str, choice: Choice) -> bool:
    """Whether ``choice`` is attribute lines alone ("Price: $12.75 per lb.") none of whose
    values the question, naming no item, says: a value picked for its label ("how much per
    lb?") belongs to whichever item it was found under, a guess ("which coffee has jasmine
    notes?" says the value, so it is the item asked for; "how efficient is the 450?" names
    the owner by a word of its heading)."""
    lines = [_ATTRIBUTE_LINE.match(s.text) for s in choice.sentences]
    if not lines or not all(lines):
        return False
    asked = set(normalise(text).split())
    for sentence in choice.sentences:
        if set(normalise(sentence.text.split(":", 1)[1]).split()) - _UNIT_WORDS & asked:
            return False
        if set(normalise(sentence.heading).split()) & asked:
            return False  # "how efficient is the 450?": its owner named by a word of its own
    return True


def subject(sentence: str, named: list[Entity]) -> str:
    """A sentence opening with "It" gets its entity back ("It pairs ..." -> "The Atlas 75 ...")."""
    if named and re.match(r"^It\b", sentence):
        return re.sub(r"^It\b", cap(the(named[0].name)), sentence)
    return sentence


def word_coverage(question: str, said: str) -> float:
    """The share of the question's topic words (stems, or a shared 5-letter start) that the
    answering text holds; the caller leaves out names ("la marzocco"), which no knowledge base
    can be expected to hold."""
    topic = {w for w in terms(question) - GENERIC if not w.isdigit()}
    if not topic:
        return 0.0
    have = set(tokenize(said))
    held = {w for w in topic if _held(w, have)}
    return len(held) / len(topic)


def _held(word: str, have: set[str]) -> bool:
    """Whether ``have`` holds the stem ``word``, a shared 5-letter start, or one of the word's
    documented equivalents ("extra" is held by "included")."""
    if word in have or any(h[:5] == word[:5] for h in have if len(word) >= 5):
        return True
    return bool(set(tokenize(synonyms_of(word))) & have)


def _from_visitor(question: str) -> str:
    """The question as the knowledge base would say it: the visitor's "you"/"your" is the
    company's "our", the visitor's "we"/"our"/"my" is "your" (so :func:`states_count` compares
    sides in the knowledge base's own terms)."""
    swap = {"you": "our", "your": "our", "we": "your", "our": "your", "my": "your", "i": "your"}
    # by word, whatever follows it: the "you" of "how many cafés use you?" is swapped too
    return re.sub(r"[a-z]+", lambda m: swap.get(m.group(0), m.group(0)), question.lower())
