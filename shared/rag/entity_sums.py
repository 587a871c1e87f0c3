"""Sums an answer about priced entities adds: a quantity times a price (with the volume
discount when its threshold is met), a price per unit counted for the visitor's units, and a
percentage rule of the knowledge base applied to the entity's price. Every figure is derived
(:class:`shared.rag.types.Derivation`) from the catalog's prices and the question's numbers."""

from __future__ import annotations

from collections.abc import Mapping

from shared.catalog.model import Entity
from shared.rag.bm25 import tokenize
from shared.rag.gaps import PRICE_STEMS
from shared.rag.matching import (
    counted_unit,
    entity_words,
    known_quantity,
    minimum_count,
    quantity_for,
)
from shared.rag.parts import chunk_source
from shared.rag.passage_answers import PERCENT
from shared.rag.passages import sentences_of
from shared.rag.phrasing import percent_of, the, times
from shared.rag.policy_answers import PolicyAnswers
from shared.rag.question import GENERIC, expanded, terms
from shared.rag.rules import discount
from shared.rag.types import Chunk, Derivation, Source
from shared.understanding.asked import PRICE_WORDS


class EntitySums(PolicyAnswers):
    """The derived figures an answer about entities carries."""

    def _sums(
        self, text: str, entities: list[Entity], counts: Mapping[str, int]
    ) -> tuple[list[str], tuple[list[Derivation], list[str], list[Source]]]:
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence: list[str] = []
        sources: list[Source] = []
        priced = [e for e in entities if e.price is not None]
        per_unit = [e for e in priced if counted_unit(e) and quantity_for(text, e, self.catalog)]
        if len(priced) > 1 and len(per_unit) == 1:  # "training for our 6 baristas"
            sentences.extend(self._per_unit(text, per_unit[0], derived))
        if len(priced) == 1:
            entity = priced[0]
            quantity = quantity_for(text, entity, self.catalog) or known_quantity(entity, counts)
            floor = minimum_count(entity)
            if quantity is not None and floor is not None and quantity[0] < floor[0]:
                sentences.append(floor[1])  # "made for ... 3 or more locations": no sum for 2
                evidence.append(floor[1])
                quantity = None
            if quantity is not None and entity.price is not None:
                phrase, sum_ = times(entity.price, *quantity)
                total = phrase.split(" for ")[0]
                each = f"{quantity[0]} x {entity.price.text}"
                sentences.append(
                    f"For {' '.join(map(str, quantity))} ({each}), that comes to {total}."
                )
                derived.append(sum_)
                off = discount(text, *quantity, entity.price.amount * quantity[0], self._facts)
                if off is not None:
                    sentences.append(off.text)
                    derived.extend(off.derived)
                    evidence.extend(off.evidence)
            kinds = {w for e in entities for w in tokenize(e.kind)}  # "espresso machine"
            percent = self._percent(text, entity_words(entities) | kinds)
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

    def _per_unit(self, text: str, entity: Entity, derived: list[Derivation]) -> list[str]:
        """Among several priced entities, the one priced per a unit the question counts,
        counted: "For 6 staff members (6 x $120 per staff member), the Online barista course
        comes to $720." (its derivation appended to ``derived``)."""
        quantity = quantity_for(text, entity, self.catalog)
        if quantity is None or entity.price is None:
            return []
        phrase, sum_ = times(entity.price, *quantity)
        derived.append(sum_)
        each = f"{quantity[0]} x {entity.price.text}"
        total = phrase.split(" for ")[0]
        return [f"For {quantity[0]} {quantity[1]} ({each}), {the(entity.name)} comes to {total}."]

    def _percent(self, text: str, named: set[str]) -> tuple[str, Chunk, str] | None:
        wanted = {
            w
            for w in terms(expanded(text)) - GENERIC - PRICE_WORDS - PRICE_STEMS - named
            if not w.isdigit()
        }
        if not wanted:  # no topic beyond the price: no sentence could match, so no search
            return None
        for hit in self._search(expanded(text), 4):
            for sentence in sentences_of(hit.chunk.text):
                match = PERCENT.search(sentence)
                if match and terms(sentence) & wanted:
                    return sentence, hit.chunk, match.group(1)
        return None
