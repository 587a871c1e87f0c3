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
from dataclasses import dataclass, field

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise, numbers_in
from shared.rag.bm25 import tokenize
from shared.rag.passages import choose_sentences, fact_sentence, sentences_of
from shared.rag.phrasing import (
    attribute_sentence,
    listing_sentence,
    percent_of,
    price_sentence,
    shared_attribute_sentence,
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
    quantities,
    scope_place,
    shared_heads,
    split_items,
    split_parts,
    synonyms_of,
    terms,
)
from shared.rag.resolve import Resolved, resolve
from shared.rag.types import Answer, Chunk, Derivation, ScoredChunk, Source

DONT_KNOW = (
    "I'm sorry, I don't know that one: I couldn't find it in our information, and I'd rather "
    "not guess. Would you like me to pass your question to our sales team?"
)
MIN_AGREEMENT = 0.5  # share of the question's topic words the chosen passage must contain
HIGH_COSINE = 0.62  # above this the passage answers even with few shared words
_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?%)\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?(?:[a-z]+\s+){0,2}(?:price|cost)"
)
_PRICE_STEMS = frozenset(tokenize(" ".join(PRICE_WORDS))) | {"tell"}
Search = Callable[[str, int], list[ScoredChunk]]


@dataclass
class Part:
    """The answer to one part of a message."""

    text: str
    known: bool
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    derived: list[Derivation] = field(default_factory=list)


def source_of(source: str, title: str) -> Source:
    return Source(title=title, category=source.split("/")[0], source=source)


def entity_source(entity: Entity) -> Source:
    return source_of(entity.source, entity.title)


def chunk_source(chunk: Chunk) -> Source:
    return Source(title=chunk.title, category=chunk.category, source=chunk.source)


class Answerer:
    """Answers questions from one knowledge base: its search, its chunks and its catalog."""

    def __init__(self, search: Search, vocabulary: set[str], catalog: Catalog) -> None:
        self._search = search
        self.catalog = catalog
        self._vocabulary = _vocabulary(vocabulary, catalog)
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
        return _merge(parts)

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
            tail = f"the largest is {the(largest.name)}" + _at(largest)
        elif number < min(numbers):
            tail = f"the smallest is {the(smallest.name)}" + _at(smallest)
        else:
            tail = "we have " + " and ".join(the(e.name) + _at(e) for e in members)
        asked = _like_member(asked, members)
        text = f"We don't make {_article(asked)} {asked}; {tail}."
        other = self._same_model_elsewhere(asked, members)
        if other is not None:
            need = _model_words(asked)
            text += f" If it's the {need} you need, there is {the(other.name)}{_at(other)}."
        shown = [*members, *([other] if other else [])]
        return Part(text, True, shown, [entity_source(e) for e in shown], _evidence(shown))

    def _same_model_elsewhere(self, asked: str, members: list[Entity]) -> Entity | None:
        words = normalise(asked).split()[1:]
        if len(words) < 2:
            return None
        other = self.catalog.get(" ".join(words))
        return other if other is not None and other not in members else None

    def _about_entities(self, text: str, resolved: Resolved) -> Part:
        entities = resolved.entities
        labels = _asked_labels(text, entities)
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence = _evidence(entities)
        sources = [entity_source(e) for e in entities]
        if labels:
            sentences.extend(_attribute_sentences(entities, labels))
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
            quantity = _quantity_for(text, entity, self.catalog)
            if quantity is not None and entity.price is not None:
                phrase, sum_ = times(entity.price, *quantity)
                total = phrase.split(" for ")[0]
                sentences.append(f"For {quantity[0]} {quantity[1]}, that comes to {total}.")
                derived.append(sum_)
            percent = self._percent(text, _entity_words(entities))
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
        sentence = f"We don't carry {_article(obj)} {obj}."
        if related:
            sentence += (
                " What we do have: " + "; ".join(the(e.name) + _at(e) for e in related) + "."
            )
        return Part(
            sentence, True, related, [entity_source(e) for e in related], _evidence(related)
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
        found.text = f"I can't find {_title(place)} in our information. {found.text}"
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
        covered = _coverage(topic, hit.chunk, self._vocabulary)
        if strict and covered < MIN_AGREEMENT and hit.dense_score < HIGH_COSINE:
            return Part(DONT_KNOW, False)
        if exact:  # a word of the question is unknown: everything else must be there
            known_topic = {w for w in topic if self.known(w)}
            if _coverage(known_topic, hit.chunk, self._vocabulary) < 1.0 or hit.dense_score < 0.45:
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


def _like_member(asked: str, members: list[Entity]) -> str:
    """The asked model written like its family's names ("lumen 4 group" -> "Lumen 4-Group")."""
    number = re.findall(r"\d+(?:\.\d+)?", asked)[0]
    return re.sub(r"\d+(?:\.\d+)?", number, members[0].name, count=1)


def _title(place: str) -> str:
    """ "uk or australia" -> "UK or Australia" (short words are abbreviations)."""
    words = [w.upper() if len(w) <= 3 and w != "or" else w.title() for w in place.split()]
    return " ".join(w.lower() if w in {"Or", "And"} else w for w in words)


def _article(phrase: str) -> str:
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return "any"
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def _at(entity: Entity) -> str:
    return f" at {entity.price.text}" if entity.price else ""


def _model_words(asked: str) -> str:
    return " ".join(normalise(asked).split()[1:])


def _evidence(entities: list[Entity]) -> list[str]:
    return [text for e in entities for text in [*e.attributes.values(), *e.facts, e.name]]


def _coverage(topic: set[str], chunk: Chunk, vocabulary: set[str]) -> float:
    if not topic:
        return 1.0
    have = set(tokenize(f"{chunk.title} {chunk.heading} {chunk.text}"))
    covered = 0
    for word in topic:
        synonyms = set(tokenize(synonyms_of(word)))
        if (
            word in have
            or synonyms & have
            or any(h.startswith(word[:5]) for h in have if len(word) > 5)
        ):
            covered += 1
    return covered / len(topic)


def _entity_words(entities: list[Entity]) -> set[str]:
    return {w for e in entities for w in tokenize(" ".join([e.name, *e.aliases]))}


def _asked_labels(text: str, entities: list[Entity]) -> list[str]:
    wanted = terms(expanded(text)) - GENERIC - {"price", "cost", "much"} - _entity_words(entities)
    labels: list[str] = []
    for label in dict.fromkeys(k for e in entities for k in e.attributes):
        if label == "price":
            continue
        words = tokenize(label)
        if any(_same_stem(w, q) for w in words for q in wanted):
            labels.append(label)
    return labels


def _same_stem(a: str, b: str) -> bool:
    return (
        a == b
        or (min(len(a), len(b)) >= 5 and a[:5] == b[:5])
        or (
            min(len(a), len(b)) >= 3
            and (a.startswith(b) or b.startswith(a))
            and abs(len(a) - len(b)) <= 2
        )
    )


def _attribute_sentences(entities: list[Entity], labels: list[str]) -> list[str]:
    having = [e for e in entities if all(k in e.attributes for k in labels)]
    if len(having) > 1 and len(labels) == 1 and len({e.attributes[labels[0]] for e in having}) == 1:
        return [shared_attribute_sentence(having, labels[0])]
    return [
        attribute_sentence(e, [k for k in labels if k in e.attributes])
        for e in entities
        if any(k in e.attributes for k in labels)
    ]


def _quantity_for(text: str, entity: Entity, catalog: Catalog) -> tuple[int, str] | None:
    spans = [(m.start, m.end) for m in catalog.mentions(text)]
    unit_words = set(tokenize(entity.price.unit or "")) if entity.price else set()
    own = set(tokenize(f"{entity.name} {entity.kind}")) | unit_words
    for value, word, start in quantities(text):
        if any(a <= start < b for a, b in spans) or value < 2:
            continue
        stem = tokenize(word)
        if stem and stem[0] in own:
            named = stem[0] in set(tokenize(entity.name)) - unit_words
            return value, "of them" if named else word
    return None


def _vocabulary(terms: set[str], catalog: Catalog) -> set[str]:
    words = set(terms)
    for entity in catalog.entities:
        words.update(tokenize(" ".join([entity.name, entity.kind, *entity.aliases])))
    return words


def _repeats(part: Part, before: Part) -> bool:
    """A part about the same entities saying no number the previous part did not say."""
    same = bool(part.entities) and {e.name for e in part.entities} <= {
        e.name for e in before.entities
    }
    numbers = numbers_in(part.text)
    return same and bool(numbers) and numbers <= numbers_in(before.text)


def _merge(parts: list[Part]) -> Answer:
    known: list[Part] = []
    for part in (p for p in parts if p.known):
        if known and _repeats(part, known[-1]):
            continue
        known.append(part)
    if not known:
        return Answer(text=DONT_KNOW, sources=[], grounded=False)
    texts = list(dict.fromkeys(p.text for p in known))
    if any(not p.known for p in parts):
        texts.append("The rest I couldn't find in our information; our sales team can answer it.")
    sources = list({s.source: s for p in known for s in p.sources}.values())
    entities = list(dict.fromkeys(e.name for p in known for e in p.entities))
    return Answer(
        text=" ".join(texts),
        sources=sources,
        grounded=True,
        entities=entities,
        evidence=[e for p in known for e in p.evidence],
        derived=[d for p in known for d in p.derived],
    )
