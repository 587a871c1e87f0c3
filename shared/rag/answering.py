"""Answers that address the question asked: parts, entities, facts, sentences, sums, sources.

The message is first spelt onto the knowledge base's words (:mod:`shared.rag.spelling`). For
each part (``split_parts``/``split_items``): the entities it is about (named, by kind, by
comparison, or earlier in the conversation) answered from the catalog, an entity the catalog
does not have ("We don't make a Lumen 4-Group; the largest is ..."), a company fact or policy
(:mod:`shared.rag.facts`), or else the retrieved sentences nearest to it in meaning. A part
gets the honest don't-know only when the calibrated signal of :mod:`shared.rag.abstain` says
the knowledge base is too far from it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.abstain import Signal
from shared.rag.bm25 import tokenize
from shared.rag.compare import compares, comparison
from shared.rag.facts import CompanyFacts
from shared.rag.matching import (
    article,
    asked_labels,
    at_price,
    attribute_sentences,
    coverage,
    entity_words,
    evidence_of,
    like_member,
    model_words,
    place_title,
    quantity_for,
    vocabulary_of,
)
from shared.rag.meaning import FACT_DIRECT, Choice, choose, matched_fact
from shared.rag.parts import DONT_KNOW, Part, chunk_source, entity_source, merge_parts, source_of
from shared.rag.passages import choose_sentences, fact_sentence, sentences_of
from shared.rag.phrasing import (
    cap,
    listing_sentence,
    percent_of,
    price_sentence,
    summary_sentence,
    the,
    times,
)
from shared.rag.question import (
    GENERIC,
    PRICE_WORDS,
    SYNONYMS,
    asks_price,
    expanded,
    product_object,
    refers_back,
    scope_place,
    shared_heads,
    split_items,
    split_parts,
    terms,
)
from shared.rag.resolve import Resolved, kind_named, resolve
from shared.rag.rules import Ruled, discount, lease, quantities_of, total
from shared.rag.sentences import SentenceIndex
from shared.rag.spelling import Speller
from shared.rag.types import Answer, Chunk, Derivation, ScoredChunk, Source

if TYPE_CHECKING:
    from shared.rag.retriever import Retriever

MIN_AGREEMENT = 0.5  # share of the question's topic words the chosen passage must contain
HIGH_COSINE = 0.62  # above this the passage answers even with few shared words
_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?%)\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?(?:[a-z]+\s+){0,2}(?:price|cost)"
)
_PRICE_STEMS = frozenset(tokenize(" ".join(PRICE_WORDS))) | {"tell"}
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|this|that|those|these|one|ones)\b|\d", re.I)
# A question about an entity that also asks a company topic (its name removed) this near it
# gets that topic's fact too; lower than FACT_MATCH since the entity already anchors it.
POLICY_MATCH = 0.5


class Answerer:
    """Answers questions from one loaded bundle: its search, catalog, sentences and facts."""

    def __init__(self, library: Retriever) -> None:
        self._library = library
        self.catalog: Catalog = library.catalog
        self._sentences: SentenceIndex | None = library.sentences
        self._facts: CompanyFacts = library.facts
        self._speller: Speller = library.speller
        self._vocabulary = vocabulary_of(library.vocabulary, library.catalog)
        self._prefixes = {w[:n] for w in self._vocabulary for n in range(3, len(w) + 1)}

    def _search(self, text: str, k: int) -> list[ScoredChunk]:
        return self._library.search(text, k)

    def answer(
        self, question: str, recent: list[str] | None = None, attribute: str | None = None
    ) -> Answer:
        """Answer every part of ``question``; ``recent`` names the entities last discussed and
        ``attribute`` the attribute last asked, which a follow-up that asks none keeps ("and
        the grinder?" after a warranty question)."""
        question = self._speller.correct(question)
        context = list(recent or [])
        ruled = self._ruled(question, context)
        if ruled is not None:
            return ruled
        parts: list[Part] = []
        heads = {kind.split()[-1] for kind in self.catalog.kinds()}
        for part in split_parts(question):
            items = split_items(shared_heads(part, heads))
            price = asks_price(part)
            for n, item in enumerate(items):
                text = item if n == 0 or not price else f"price of {item}"
                found = self._part(text, context, attribute)
                found.asked = item
                parts.append(found)
                if found.entities:
                    context = [e.name for e in found.entities]
        merged = merge_parts(parts)
        merged.attribute = next((p.attribute for p in parts if p.attribute), None)
        return merged

    def _ruled(self, question: str, recent: list[str]) -> Answer | None:
        """Leasing or a total over the whole message (it may name several items)."""
        items = quantities_of(self.catalog, question)
        if not items and refers_back(question):
            items = [(e, 1) for n in recent if (e := self.catalog.get(n)) is not None]
        ruled = lease(question, items, self._facts) or total(question, items)
        if ruled is None:
            ruled = self._compared(question, [e for e, _ in items])
        if ruled is None:
            return None
        entities = [e for e, _ in items]
        sources = [entity_source(e) for e in entities]
        if ruled.source:
            sources.insert(0, source_of(ruled.source, ruled.source))
        return Answer(
            text=ruled.text,
            sources=list({s.source: s for s in sources}.values()),
            grounded=True,
            entities=[e.name for e in entities],
            evidence=[*ruled.evidence, *evidence_of(entities)],
            derived=ruled.derived,
        )

    def _compared(self, question: str, entities: list[Entity]) -> Ruled | None:
        if self._sentences is None or not compares(question, entities):
            return None
        vector = self._library.embed([question])[0]
        text, quoted = comparison(entities, self._sentences, vector)
        return Ruled(text, [], quoted)

    def known(self, word: str) -> bool:
        """Whether the knowledge base uses this (stemmed) word or one sharing its stem."""
        if word in self._vocabulary or word in self._prefixes:
            return True
        return any(word[:n] in self._vocabulary for n in range(3, len(word)))

    def unknown_terms(self, text: str) -> list[str]:
        """Topic words of ``text`` that are English words the knowledge base never uses
        (synonyms forgiven); a typo or a name is not one."""
        result = []
        for word in normalise(text).split():
            if not self._speller.known(word):
                continue
            stem = tokenize(word)
            if not stem or stem[0] in GENERIC or word in GENERIC or stem[0].isdigit():
                continue
            if len(word) <= 3 and word not in {"uk", "usa", "eu", "ceo", "cfo", "cto"}:
                continue
            synonyms = tokenize(SYNONYMS.get(word, ""))
            if self.known(stem[0]) or any(s in self._vocabulary for s in synonyms):
                continue
            result.append(word)
        return result

    def _part(self, text: str, context: list[str], attribute: str | None = None) -> Part:
        place = scope_place(text)
        unknown = self.unknown_terms(text)
        if place and unknown and all(word in place.split() for word in unknown):
            return self._scope(text, unknown)
        resolved = resolve(self.catalog, text, context)
        if resolved.unknown_model:
            return self._unknown_model(resolved)
        pairing = self._pairing(text, resolved)
        if pairing is not None:
            return pairing
        if resolved.entities:
            return self._about_entities(text, resolved, attribute)
        missing = self._missing_product(text)
        if missing is not None:
            return missing
        return self._from_passages(text)

    def _pairing(self, text: str, resolved: Resolved) -> Part | None:
        """ "which grinder goes best with a lumen 2 group?": the member of the kind asked for
        whose own section names the entity named."""
        kind = kind_named(self.catalog, text)
        named = resolved.entities
        if not kind or not named or resolved.kind or any(e.kind == kind for e in named):
            return None
        found = [
            (member, fact)
            for member in self.catalog.of_kind(kind)
            for fact in member.facts
            if any(self.catalog.get(m.entity) in named for m in self.catalog.mentions(fact))
        ]
        if len({m.name for m, _ in found}) != 1:
            return None
        member, fact = found[0]
        text_out = f"{_subject(fact, [member])} {price_sentence(member)}"
        shown = [member, *named]
        return Part(text_out, True, [member], [entity_source(member)], evidence_of(shown))

    def _unknown_model(self, resolved: Resolved) -> Part:
        members = sorted(resolved.family, key=lambda e: e.price.amount if e.price else 0.0)
        asked = resolved.unknown_model or ""
        number = float(re.findall(r"\d+(?:\.\d+)?", asked)[0])
        numbers = [float(re.findall(r"\d+(?:\.\d+)?", e.name)[0]) for e in members]
        largest, smallest = (
            members[numbers.index(max(numbers))],
            members[numbers.index(min(numbers))],
        )
        if number > max(numbers):
            tail = f"the largest is {the(largest.name)}" + at_price(largest)
        elif number < min(numbers):
            tail = f"the smallest is {the(smallest.name)}" + at_price(smallest)
        else:
            tail = "we have " + " and ".join(the(e.name) + at_price(e) for e in members)
        asked = like_member(asked, members)
        text = f"We don't make {article(asked)} {asked}; {tail}."
        other = self._same_model_elsewhere(asked, members)
        if other is not None:
            need = model_words(asked)
            text += f" If it's the {need} you need, there is {the(other.name)}{at_price(other)}."
        shown = [*members, *([other] if other else [])]
        return Part(text, True, shown, [entity_source(e) for e in shown], evidence_of(shown))

    def _same_model_elsewhere(self, asked: str, members: list[Entity]) -> Entity | None:
        words = normalise(asked).split()[1:]
        if len(words) < 2:
            return None
        other = self.catalog.get(" ".join(words))
        return other if other is not None and other not in members else None

    def _about_entities(self, text: str, resolved: Resolved, attribute: str | None = None) -> Part:
        entities = resolved.entities
        labels = asked_labels(text, entities) or _kept(text, entities, attribute)
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence = evidence_of(entities)
        sources = [entity_source(e) for e in entities]
        unnamed = not resolved.kind and not self.catalog.mentioned(text)
        unnamed = unnamed and not _POINTS_BACK.search(text)
        if unnamed and not labels and not asks_price(text) and self._other_topic(text, entities):
            return self._from_passages(text)  # "and who is your head of marketing?"
        if labels:
            sentences.extend(attribute_sentences(entities, labels))
        if resolved.kind and not labels and self._other_topic(text, entities):
            return self._from_passages(text, entities)
        if resolved.kind and not labels:
            sentences.append(listing_sentence(resolved.kind, entities))
        elif asks_price(text) or (not labels and not self._other_topic(text, entities)):
            if not labels:
                one = len(entities) == 1 and not asks_price(text)
                sentences.extend(
                    summary_sentence(e) if one else price_sentence(e) for e in entities
                )
            elif asks_price(text):
                sentences.extend(price_sentence(e) for e in entities)
        elif not labels:
            found = self._entity_passage(text, entities)
            if found is None:
                return self._from_passages(text, entities)
            sentences.append(found[0])
            evidence.append(found[1])
            policy = self._policy(text, found[0])
            sentences.extend(policy)
            evidence.extend(policy)
        sums, more = self._sums(text, entities)
        sentences.extend(sums)
        derived.extend(more[0])
        evidence.extend(more[1])
        sources.extend(more[2])
        part = Part(" ".join(dict.fromkeys(sentences)), True, entities, sources, evidence, derived)
        part.attribute = labels[0] if labels else None
        return part

    def _policy(self, text: str, said: str) -> list[str]:
        """The company fact a question about an entity also asks ("does the Multi-site plan
        come with a 24 hour emergency line?" -> the line's hours), unless already said."""
        if self._sentences is None:
            return []
        flat = normalise(text)
        for mention in reversed(self.catalog.mentions(text)):
            flat = flat[: mention.start] + flat[mention.end :]
        found = self._facts.topic_of(self._library.embed([flat])[0])
        fact = self._facts.facts.get(found[0]) if found and found[1] >= POLICY_MATCH else None
        if fact is None:
            return []
        return [t for t in fact.sentences if t not in said]

    def _other_topic(self, text: str, entities: list[Entity]) -> bool:
        """Whether ``text`` asks something beyond naming the entities ("is installation
        included with the pico?")."""
        named = {w for e in entities for w in tokenize(f"{e.name} {e.kind} {' '.join(e.aliases)}")}
        rest = terms(text) - named - GENERIC - _PRICE_STEMS
        return bool({w for w in rest if not w.isdigit()})

    def _entity_passage(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        wanted = terms(expanded(text))
        for entity in entities[:1]:
            sentence = fact_sentence(entity, wanted)
            if sentence is not None:
                return sentence, sentence
        return None

    def _sums(
        self, text: str, entities: list[Entity]
    ) -> tuple[list[str], tuple[list[Derivation], list[str], list[Source]]]:
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence: list[str] = []
        sources: list[Source] = []
        priced = [e for e in entities if e.price is not None]
        if len(priced) == 1:
            entity = priced[0]
            quantity = quantity_for(text, entity, self.catalog)
            if quantity is not None and entity.price is not None:
                phrase, sum_ = times(entity.price, *quantity)
                total = phrase.split(" for ")[0]
                sentences.append(f"For {quantity[0]} {quantity[1]}, that comes to {total}.")
                derived.append(sum_)
                off = discount(text, *quantity, entity.price.amount * quantity[0], self._facts)
                if off is not None:
                    sentences.append(off.text)
                    derived.extend(off.derived)
                    evidence.extend(off.evidence)
            percent = self._percent(text, entity_words(entities))
            if percent is not None and entity.price is not None and entity.price.unit is None:
                sentence, chunk, rate = percent
                value, sum_ = percent_of(rate, entity.price)
                month = " a month" if "month" in sentence.lower() else ""
                sentences.append(
                    f"{sentence} For {the(entity.name)} at {entity.price.text}, "
                    f"that is roughly {value}{month}."
                )
                derived.append(sum_)
                evidence.append(chunk.text)
                sources.append(chunk_source(chunk))
        return sentences, (derived, evidence, sources)

    def _percent(self, text: str, named: set[str]) -> tuple[str, Chunk, str] | None:
        wanted = {
            w for w in terms(expanded(text)) - GENERIC - PRICE_WORDS - named if not w.isdigit()
        }
        if not wanted:  # no topic beyond the price: no sentence could match, so no search
            return None
        for hit in self._search(expanded(text), 4):
            for sentence in sentences_of(hit.chunk.text):
                match = _PERCENT.search(sentence)
                if match and terms(sentence) & wanted:
                    return sentence, hit.chunk, match.group(1)
        return None

    def _missing_product(self, text: str) -> Part | None:
        obj = product_object(text)
        if obj is None:
            return None
        head = tokenize(obj)[-1:] if tokenize(obj) else []
        if not head or head[0] in self._vocabulary or head[0] in GENERIC:
            return None
        if any(not self.unknown_terms(word) for word in obj.split() if word in SYNONYMS):
            return None
        if any(head[0] in tokenize(f"{e.name} {e.kind}") for e in self.catalog.entities):
            return None
        related = [
            e
            for e in self.catalog.entities
            if set(tokenize(obj)) - set(head) & set(tokenize(f"{e.name} {e.kind}"))
        ][:2]
        sentence = f"We don't carry {article(obj)} {obj}."
        if related:
            sentence += (
                " What we do have: " + "; ".join(the(e.name) + at_price(e) for e in related) + "."
            )
        return Part(
            sentence, True, related, [entity_source(e) for e in related], evidence_of(related)
        )

    def _scope(self, text: str, unknown: list[str]) -> Part:
        place = scope_place(text)
        if place is None or not all(word in place.split() for word in unknown):
            return Part(DONT_KNOW, False)
        rest = " ".join(w for w in normalise(text).split() if w not in place.split())
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
        hits, vector = self._library.search_with_vector(expanded(text), 6 if entities else 4)
        if not hits and entities:
            hits = self._search(f"{text} {entities[0].kind}", 6)
        if self._sentences is None or vector is None:
            return self._by_words(text, hits, entities, strict, exact)
        fact = (None, 0.0) if entities else matched_fact(self._facts, vector)
        if fact[1] < FACT_DIRECT and self.unknown_terms(text):
            fact = (None, 0.0)  # "head of marketing": the topic is near, the ask is not
        choice = choose(self._sentences, vector, hits, fact, entities)
        if choice is None:
            return Part(DONT_KNOW, False)
        if strict and not entities and self._signal(text, choice).abstains():
            return Part(DONT_KNOW, False)
        return self._sentence_part(text, choice, entities)

    def _signal(self, text: str, choice: Choice) -> Signal:
        return Signal(choice.similarity, self.unknown_share(text))

    def signal(self, question: str) -> Signal | None:
        """The abstain signal of a whole question (for calibration), None without a sentence
        index or any candidate sentence."""
        text = self._speller.correct(question)
        hits, vector = self._library.search_with_vector(expanded(text), 4)
        if self._sentences is None or vector is None:
            return None
        choice = choose(self._sentences, vector, hits, matched_fact(self._facts, vector))
        return Signal(0.0, 1.0) if choice is None else self._signal(text, choice)

    def unknown_share(self, text: str) -> float:
        """The share of the topic words of ``text`` that are English words the knowledge base
        never uses."""
        topic = {w for w in normalise(text).split() if tokenize(w) and w not in GENERIC}
        topic = {w for w in topic if tokenize(w)[0] not in GENERIC and not w.isdigit()}
        if not topic:
            return 0.0
        return len(set(self.unknown_terms(" ".join(topic))) & topic) / len(topic)

    def _sentence_part(self, text: str, choice: Choice, entities: list[Entity] | None) -> Part:
        top = choice.sentences[0]
        texts = choice.fact.sentences if choice.fact else [s.text for s in choice.sentences]
        named = [
            e for e in self.catalog.entities if e.source == top.source and e.heading == top.heading
        ]
        texts = [_subject(t, named) for t in texts]
        if named and not entities and not any(named[0].name in t for t in texts):
            texts.insert(0, f"That's {the(named[0].name)}.")
        source = Source(title=top.title, category=top.category, source=top.source)
        evidence = [s.text for s in choice.sentences] + (
            choice.fact.sentences if choice.fact else []
        )
        part = Part(" ".join(texts), True, named or list(entities or []), [source], evidence)
        self._percent_on_question(text, " ".join(texts), part)
        return part

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
        amount = re.search(r"\$\d[\d,]*(?:\.\d+)?", text)
        match = _PERCENT.search(said)
        if amount and match:
            value, sum_ = percent_of(match.group(1), amount.group(0))
            part.text += f" On {amount.group(0)}, {match.group(1)} is {value}."
            part.derived.append(sum_)


def _subject(sentence: str, named: list[Entity]) -> str:
    """A sentence opening with "It" gets its entity back ("It pairs ..." -> "The Atlas 75 ...")."""
    if named and re.match(r"^It\b", sentence):
        return re.sub(r"^It\b", cap(the(named[0].name)), sentence)
    return sentence


def _kept(text: str, entities: list[Entity], attribute: str | None) -> list[str]:
    """The attribute asked before, for a follow-up that asks none and no price ("and the
    grinder?"), when the entities have it."""
    if attribute is None or asks_price(text) or not refers_back(text):
        return []
    return [attribute] if any(attribute in e.attributes for e in entities) else []
