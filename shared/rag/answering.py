"""Answers that address the question asked: parts, entities, sentences, sums, sources.

For each part of a message (``split_parts``/``split_items``): the entities it is about (named,
by kind, by comparison, or earlier in the conversation), an entity the catalog does not have
("We don't make a Lumen 4-Group; the largest is ..."), or else the retrieved sentences that
share the most words with it. A part whose topic words the knowledge base does not contain,
or whose best passage shares too few of them, gets the honest don't-know.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
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
from shared.rag.parts import DONT_KNOW, Part, chunk_source, entity_source, merge_parts
from shared.rag.passages import choose_sentences, fact_sentence, sentences_of
from shared.rag.phrasing import (
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
    scope_place,
    shared_heads,
    split_items,
    split_parts,
    terms,
)
from shared.rag.resolve import Resolved, resolve
from shared.rag.types import Answer, Chunk, Derivation, ScoredChunk, Source

MIN_AGREEMENT = 0.5  # share of the question's topic words the chosen passage must contain
HIGH_COSINE = 0.62  # above this the passage answers even with few shared words
_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?%)\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?(?:[a-z]+\s+){0,2}(?:price|cost)"
)
_PRICE_STEMS = frozenset(tokenize(" ".join(PRICE_WORDS))) | {"tell"}
Search = Callable[[str, int], list[ScoredChunk]]


class Answerer:
    """Answers questions from one knowledge base: its search, its chunks and its catalog."""

    def __init__(self, search: Search, vocabulary: set[str], catalog: Catalog) -> None:
        self._search = search
        self.catalog = catalog
        self._vocabulary = vocabulary_of(vocabulary, catalog)
        self._prefixes = {w[:n] for w in self._vocabulary for n in range(3, len(w) + 1)}

    def answer(self, question: str, recent: list[str] | None = None) -> Answer:
        """Answer every part of ``question``; ``recent`` names the entities last discussed."""
        context = list(recent or [])
        parts: list[Part] = []
        heads = {kind.split()[-1] for kind in self.catalog.kinds()}
        for part in split_parts(question):
            items = split_items(shared_heads(part, heads))
            price = asks_price(part)
            for n, item in enumerate(items):
                text = item if n == 0 or not price else f"price of {item}"
                found = self._part(text, context)
                parts.append(found)
                if found.entities:
                    context = [e.name for e in found.entities]
        return merge_parts(parts)

    def known(self, word: str) -> bool:
        """Whether the knowledge base uses this (stemmed) word or one sharing its stem."""
        if word in self._vocabulary or word in self._prefixes:
            return True
        return any(word[:n] in self._vocabulary for n in range(3, len(word)))

    def unknown_terms(self, text: str) -> list[str]:
        """Topic words of ``text`` the knowledge base never uses (synonyms forgiven)."""
        result = []
        for word in normalise(text).split():
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

    def _part(self, text: str, context: list[str]) -> Part:
        resolved = resolve(self.catalog, text, context)
        if resolved.unknown_model:
            return self._unknown_model(resolved)
        if resolved.entities:
            return self._about_entities(text, resolved)
        missing = self._missing_product(text)
        if missing is not None:
            return missing
        unknown = self.unknown_terms(text)
        topic = terms(text) - GENERIC
        if unknown and 3 * len(unknown) > len(topic):
            return self._scope(text, unknown)
        return self._from_passages(text, strict=not unknown, exact=bool(unknown))

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

    def _about_entities(self, text: str, resolved: Resolved) -> Part:
        entities = resolved.entities
        labels = asked_labels(text, entities)
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence = evidence_of(entities)
        sources = [entity_source(e) for e in entities]
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
        sums, more = self._sums(text, entities)
        sentences.extend(sums)
        derived.extend(more[0])
        evidence.extend(more[1])
        sources.extend(more[2])
        return Part(" ".join(dict.fromkeys(sentences)), True, entities, sources, evidence, derived)

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
        found.text = f"I can't find {place_title(place)} in our information. {found.text}"
        return found

    def _from_passages(
        self,
        text: str,
        entities: list[Entity] | None = None,
        strict: bool = True,
        exact: bool = False,
    ) -> Part:
        hits = self._search(expanded(text), 6 if entities else 4)
        if not hits and entities:
            hits = self._search(f"{text} {entities[0].kind}", 6)
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
        if exact:  # a word of the question is unknown: everything else must be there
            known_topic = {w for w in topic if self.known(w)}
            if coverage(known_topic, hit.chunk, self._vocabulary) < 1.0 or hit.dense_score < 0.45:
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
        self._percent_on_question(text, hit, part)
        return part

    def _percent_on_question(self, text: str, hit: ScoredChunk, part: Part) -> None:
        amount = re.search(r"\$\d[\d,]*(?:\.\d+)?", text)
        match = _PERCENT.search(part.text)
        if amount and match:
            value, sum_ = percent_of(match.group(1), amount.group(0))
            part.text += f" On {amount.group(0)}, {match.group(1)} is {value}."
            part.derived.append(sum_)
