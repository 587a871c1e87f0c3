"""Answers that compute: sums, credits, conditions and thresholds over the catalog and rules.

The arithmetic half of :class:`~shared.rag.answering.Answerer`: a quantity times a price with
the volume discount when met (:meth:`ComputedAnswers._sums`), a credit of a share toward a
purchase (:meth:`ComputedAnswers._credited`), a service included only with some purchases
(:meth:`ComputedAnswers._condition`), a fee stated as a share of a price
(:meth:`ComputedAnswers._fee`), the knowledge base's delivery terms, and a stated rate
against a quoted threshold (:func:`rate_checked`). Every figure made here is recorded as a
:class:`~shared.rag.types.Derivation`; the rules themselves are pure functions of
:mod:`shared.rag.rules`, :mod:`shared.rag.delivery`, :mod:`shared.rag.rates` and
:mod:`shared.rag.included`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.compare import siblings_named
from shared.rag.delivery import DeliveryTerms, delivery_terms
from shared.rag.features import asks_contents
from shared.rag.figures import confirmed
from shared.rag.gaps import PRICE_STEMS
from shared.rag.included import free_with, not_included, only_with_sibling
from shared.rag.matching import (
    counted_unit,
    entity_words,
    evidence_of,
    known_quantity,
    minimum_count,
    quantity_for,
    stated_counts,
)
from shared.rag.minimums import below_minimum
from shared.rag.order import Items
from shared.rag.parts import Part, chunk_source, entity_source, source_of
from shared.rag.passage_answers import PERCENT
from shared.rag.passages import sentences_of
from shared.rag.phrasing import cap, money, percent_of, the, times
from shared.rag.policy_answers import PolicyAnswers
from shared.rag.question import GENERIC, expanded, terms
from shared.rag.rates import CONVERSIONS, against, for_sites, rule_rate, stated_rate
from shared.rag.refunds import fee_applied, fee_named
from shared.rag.resolve import kind_named, resolve
from shared.rag.rules import (
    Ruled,
    below_floor,
    credit_on_order,
    credits,
    discount,
    lease,
    lease_after_credit,
    on_own_item,
    own_item_amount,
    percent_applied,
    stated_amount,
    total,
    unmet_floor,
)
from shared.rag.types import Answer, Chunk, Derivation, Source
from shared.rag.weighed import weights_in
from shared.understanding.asked import (
    PRICE_WORDS,
    asks_after_that,
    asks_difference,
    asks_each_option,
    asks_lease,
    asks_price,
    asks_remainder,
    asks_total,
    names_by_price_rank,
)
from shared.understanding.entities import money as money_read
from shared.understanding.per_site import asks_fitting, sites_asked

#: Weighing two options on cost: "is it cheaper to ...", "which works out cheaper", "cost less".
_CHEAPER = re.compile(
    r"\b(?:cheaper|cheapest|less expensive|more expensive|costs? less|costs? more|"
    r"better value|better deal|save more|saves? us more)\b"
)
#: A one-off price's cap on how many it serves ("a 2-day course with up to 6 members").
_UP_TO = re.compile(r"\bup to (\d+)\b")
#: The word between two options weighed.
_EITHER = re.compile(r"\bor\b")

#: The word a credit rule is found by when the amount it works on is carried from an earlier
#: answer ("so what would we pay for the lumen 3 group after that").
_CREDIT_TOPIC = "credit"


class ComputedAnswers(PolicyAnswers):
    """The arithmetic of an answer, over the loaded bundle's catalog, facts and sentences."""

    def _fee(self, text: str, entities: list[Entity]) -> Part | None:
        """The share of the one item under discussion that a fee stated as a percentage comes
        to ("how much would the restocking fee come to" after an Atlas 75), else None."""
        if len(entities) != 1 or self._sentences is None:
            return None
        sentences = self._sentences.sentences
        said = fee_named(text, [s.text for s in sentences])
        applied = fee_applied([said], entities[0]) if said else None
        if said is None or applied is None:
            return None
        where = next(s for s in sentences if s.text == said)
        sources = [source_of(where.source, where.title), entity_source(entities[0])]
        evidence = [said, *evidence_of(entities)]
        return Part(f"{said} {applied[0]}", True, entities, sources, evidence, applied[1])

    @cached_property
    def _delivery_terms(self) -> DeliveryTerms | None:
        """The knowledge base's delivery threshold, zone and fee, if it states them."""
        if self._sentences is None:
            return None
        return delivery_terms((s.text, s.source) for s in self._sentences.sentences)

    @cached_property
    def _purchase_rules(self) -> list[str]:
        """The knowledge base's sentences, where a service included with a purchase is read."""
        return [s for chunk in self._library.chunks for s in sentences_of(chunk.text)]

    def _summed_paid(self, question: str, asked: str, items: Items, follow: bool) -> Ruled | None:
        """Leasing or a total of the order, a service in it included free with another of its
        items (the on-site course beside a Lumen) left out of the sum and said so; the rule's
        sentence is quoted as the evidence."""
        free = free_with(self.catalog, self._purchase_rules, [e for e, _ in items])
        paid = [(e, n) for e, n in items if all(e is not f[0] for f in free)]
        ruled = lease(asked, paid, self._facts, follow) or total(question, paid)
        if ruled is None or not free:
            return ruled
        said = [
            f"{cap(the(service.name))} comes free with {the(with_.name)}."
            for service, with_, _ in free
        ]
        return replace(
            ruled,
            text=" ".join([ruled.text, *said]),
            evidence=[*ruled.evidence, *(f[2] for f in free)],
        )

    def _rank_priced(self, answer: Answer, question: str) -> None:
        """Names the price of the one item ``question`` picked by its price rank ("and the
        cheaper one, does it ...": the Essential plan ($49 per month) ...), so the reply shows
        why it is that one, or of a plan paid by the period whose contents are asked ("essential
        plan. what's in it": what it holds is what the fee buys); its price sentence is quoted
        as the evidence."""
        entity = self.catalog.get(answer.entities[0]) if len(answer.entities) == 1 else None
        if entity is None or entity.price is None:
            return
        if not (names_by_price_rank(question) or _plan_contents(question, entity)):
            return
        fact = next((f for f in entity.facts if entity.price.text in f), None)
        name = the(entity.name).lower()
        if fact is None or entity.price.text in answer.text or name not in answer.text.lower():
            return
        at = answer.text.lower().index(name) + len(name)
        answer.text = f"{answer.text[:at]} ({entity.price.text}){answer.text[at:]}"
        answer.evidence.append(fact)

    def _sibling_only(self, answer: Answer, question: str) -> None:
        """Adds to ``answer`` about one item that the thing asked of it comes with another
        member of its kind only (a loaner grinder: the Pro plan, not the Essential)."""
        entity = self.catalog.get(answer.entities[0]) if len(answer.entities) == 1 else None
        said = (
            only_with_sibling(self.catalog, question, entity)
            if entity and answer.grounded
            else None
        )
        if said is not None:
            answer.text = f"{answer.text} {said[0]}"
            answer.evidence.append(said[1])

    def _condition(self, answer: Answer, earlier: list[Entity]) -> None:
        """Adds to ``answer`` that a service it says is included with a purchase is not
        included with the item under discussion, and its price (a Pico is not a Lumen)."""
        entities = [e for n in answer.entities if (e := self.catalog.get(n)) is not None]
        for sentence in sentences_of(answer.text):
            said = not_included(self.catalog, sentence, [*entities, *earlier])
            if said is not None:
                answer.text = f"{answer.text} {said}"
                answer.evidence.append(said)  # its price is the catalog's, quoted
                return

    def _leased_left(
        self, question: str, asked: str, items: Items, credited: str | None
    ) -> Ruled | None:
        """Leasing asked of what is left after a credit an earlier answer worked out ("can we
        lease what's left?" after 15% of the $16,000 paid for the old machine): the credit
        found again by its rule, taken off the one priced item under discussion, and the
        remainder leased (:func:`lease_after_credit`); None unless the visitor names the
        remainder, so a plain "can we lease the 3 group?" is still the whole price."""
        if not credited or not asks_lease(asked) or not asks_remainder(question):
            return None
        priced = [e for e, n in items if e.price is not None and e.price.unit is None and n == 1]
        if len(priced) != 1 or len(items) != 1:
            return None
        # the rule is sought by its credit on the amount alone: the question's own words
        # ("lease") would find the leasing's rate, which credits nothing
        percent = self._percent(f"{_CREDIT_TOPIC} on {credited}", entity_words(priced))
        if percent is None or not credits(percent[0]) or not on_own_item(percent[0]):
            return None
        rule, chunk, rate = percent
        if not self._credit_toward(rule, priced[0]):  # "toward a new Lumen": not a Pico
            return None
        credit, worked = percent_of(rate, credited)
        ruled = lease_after_credit(asked, priced[0], credit, worked, self._facts)
        if ruled is None:
            return None
        evidence = [*ruled.evidence, chunk.text, f"your amount: {credited}"]
        return replace(ruled, evidence=evidence)

    def _credit_toward(self, rule: str, entity: Entity) -> bool:
        """Whether a credit ``rule`` goes toward ``entity``: a rule naming a family after its
        "toward" ("toward a new Lumen espresso machine") credits that family's members only."""
        toward = re.split(r"\btowards?\b", normalise(rule), maxsplit=1)
        words = set(toward[1].split()) if len(toward) == 2 else set()
        named = {f for f in self.catalog.families() if normalise(f) in words}
        return not named or entity.family in named

    def _credited(self, question: str, items: Items, credited: str | None = None) -> Ruled | None:
        """A credit of a share toward a purchase, when a retrieved rule credits one: of an
        amount the visitor states, toward the one priced item named ("our old machine cost 12k
        new ... toward a lumen 3 group": 15% of $12,000 is $1,800, and $13,400 - $1,800 =
        $11,600); without one, of the order itself when the rule takes its share of the
        purchase ("after the 30% tax credit" on 20 panels: $10,400 - $3,120 = $7,280).
        ``credited``: the amount the previous answer worked a credit on, for "so what would we
        pay for the lumen 3 group after that" (its rule is found again by its credit)."""
        priced = [e for e, _ in items if e.price is not None and e.price.unit is None]
        own = stated_amount(question)
        after = asks_after_that(question) or asks_remainder(question)  # "what's left to pay"
        carried = credited if credited and not own and after else None
        stated = own or carried
        if not priced or len(priced) != len(items) or not (stated or credits(question)):
            return None  # no credit spoken of: no search for one
        kinds = {w for e in priced for w in tokenize(e.kind)}
        # a carried amount's rule is found again by its credit on that amount (the search
        # reads it; "credit" alone finds the leasing's "approved credit")
        topic = f"{_CREDIT_TOPIC} on {carried}" if carried else ""
        percent = self._percent(question, entity_words(priced) | kinds, topic)
        if percent is None or not credits(percent[0]):
            return None
        rule, chunk, rate = percent
        if stated is not None and on_own_item(rule):  # never another seller's price
            stated = own_item_amount(question) if own else carried
        if stated is None:
            on_order = credit_on_order(rule, rate, items)
            return Ruled(on_order[0], on_order[1], [chunk.text], chunk.source) if on_order else None
        if len(items) != 1:
            return None
        floor = self._floor_unmet(chunk, question, 0.0, carried)
        if floor is not None:  # "lease a machine that cost 4k": under the rule's floor
            said = below_floor(floor, "your amount", stated)
            return Ruled(said, [], [chunk.text, f"your amount: {stated}"], chunk.source)
        said, derived = percent_applied(rule, rate, priced[0], question, carried)
        read = f"your amount: {stated}"  # "12k" read as "$12,000"
        return Ruled(said, derived, [chunk.text, read], chunk.source)

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
            # the minimum is per delivery, any mix: one line of several is not held to it
            alone = len(weights_in(text)) < 2
            least = below_minimum(*quantity, self._facts) if quantity and alone else None
            under: list[str] = []
            if least is not None and quantity is not None:  # "can i just order 10 lbs"
                under = [least, f"{quantity[0]} {quantity[1]} is below that minimum."]
                evidence.append(least)
                # its price asked ("how much is one bag of X"): the sum is said before the note
                quantity = quantity if asks_price(text) else None
                sentences.extend([] if quantity else under)
            if quantity is not None and entity.price is not None:
                phrase, sum_ = times(entity.price, *quantity)
                total = phrase.split(" for ")[0]
                each = f"{quantity[0]} x {entity.price.text}"
                said = f"For {' '.join(map(str, quantity))} ({each}), that comes to {total}."
                sentences.append(confirmed(said, entity.price.amount * quantity[0], text))
                derived.append(sum_)
                off = discount(text, *quantity, entity.price.amount * quantity[0], self._facts)
                if off is not None:
                    sentences.append(off.text)
                    derived.extend(off.derived)
                    evidence.extend(off.evidence)
                sentences.extend(under)
            kinds = {w for e in entities for w in tokenize(e.kind)}  # "espresso machine"
            percent = self._percent(text, entity_words(entities) | kinds)
            if percent is not None and entity.price is not None and entity.price.unit is None:
                sentence, chunk, rate = percent
                if self._floor_unmet(chunk, text, entity.price.amount):
                    return sentences, (derived, evidence, sources)  # no lease figure under it
                said, sums = percent_applied(sentence, rate, entity, text)
                sentences.append(said)
                derived.extend(sums)
                evidence.append(chunk.text)
                sources.append(chunk_source(chunk))
        return sentences, (derived, evidence, sources)

    def _cheaper(self, text: str) -> tuple[Ruled, list[Entity]] | None:
        """Two priced options weighed on cost ("is it cheaper to do the onsite training for my
        6 staff or all 6 through the online course"): each side's cost for the quantity the
        question counts (a price per staff member times the staff), and which is cheaper and
        by how much, derived; None unless both sides are priced for what is asked."""
        flat = normalise(text)
        if not _CHEAPER.search(flat):
            return None
        weighed = _EITHER.split(_CHEAPER.sub(" ", flat))  # "cheaper" picks no side itself
        sides = [resolve(self.catalog, side, []).entities for side in weighed]
        options = [side[0] for side in sides if len(side) == 1]
        if len(sides) != 2 or len(options) != 2 or options[0] == options[1]:
            return None
        costs = [self._cost(text, entity) for entity in options]
        if costs[0] is None or costs[1] is None:
            return None
        (low, low_text, low_said), (high, high_text, _) = sorted(
            [(c[0], c[1], options[n]) for n, c in enumerate(costs) if c is not None],
            key=lambda c: c[0],
        )
        derived = [d for c in costs if c is not None for d in c[2]]
        said = " ".join(c[3] for c in costs if c is not None)
        if low == high:
            return Ruled(f"{said} Both come to {low_text}.", derived, []), options
        gap = money(high - low)
        derived.append(Derivation(operands=[high_text, low_text], result=gap))
        verdict = f"{cap(the(low_said.name))} is cheaper, by {gap} ({high_text} - {low_text})."
        return Ruled(f"{said} {verdict}", derived, []), options

    def _members_counted(self, text: str) -> tuple[Ruled, list[Entity]] | None:
        """Each priced member of the kind a price question names, costed for the people it
        counts ("how much is barista training for my staff of 4": the on-site course is $850
        for up to 6 staff; the online course 4 x $120 = $480); a one-off price that does not
        cover the count is said with its cap. None unless no member is named and one member
        is priced per what the question counts and the others are one-off prices."""
        if self.catalog.mentioned(text) or not (asks_price(text) or asks_total(text)):
            return None
        kind = kind_named(self.catalog, text)
        members = self.catalog.of_kind(kind) if kind else []
        counted = [
            (e, q)
            for e in members
            if counted_unit(e) and (q := quantity_for(text, e, self.catalog)) is not None
        ]
        if len(members) < 2 or len(counted) != 1 or any(e.price is None for e in members):
            return None
        if any(e.price and e.price.unit for e in members if e is not counted[0][0]):
            return None  # the others are one-off prices: "per month" plans are the sites' own
        said: list[str] = []
        derived: list[Derivation] = []
        for entity in members:
            cost = self._cost(text, entity)
            room = _UP_TO.search(" ".join(entity.facts))
            if cost is not None:
                derived.extend(cost[2])
            held = f" (up to {room.group(1)} {counted[0][1][1]})" if room else ""
            flat = f"{cap(the(entity.name))} is {entity.price.text if entity.price else ''}{held}."
            said.append(cost[3] if cost is not None and not room else flat)
        return Ruled(" ".join(said), derived, []), members

    def _options(
        self, text: str, sites: int | None, context: list[str] | None = None
    ) -> tuple[Ruled, list[Entity]] | None:
        """Two priced options of one kind weighed on money: how much more one costs than the
        other ("we're on essential, how much more a month would pro be": $99 - $49 = $50), or
        each option's total for the visitor's sites ("multi-site for all 3 vs pro on each":
        3 x $79 = $237 and 3 x $99 = $297), derived; None unless both sides are named and
        priced in the same unit."""
        difference = asks_difference(text)
        if not difference and not (asks_total(text) and asks_each_option(text)):
            return None
        named = self.catalog.mentioned(text)
        options = [*named, *siblings_named(text, named, self.catalog, weighed=True)]
        if difference and len(options) < 2:  # "how much more is the bigger one?" of two discussed
            options = self._discussed_pair(text, options, context or [])
        if len(options) != 2 or options[0].kind != options[1].kind:
            return None
        first, second = options[0].price, options[1].price
        if first is None or second is None or _period(first.unit) != _period(second.unit):
            return None  # a one-off price is not weighed against a monthly one
        if difference:
            alike = first.unit == second.unit  # "per location" against a flat price: no gap
            return (_difference(options[0], options[1]), options) if alike else None
        costs = [self._for_sites(text, e, sites) for e in options]
        if None in costs:
            return None
        said = " ".join(c[0] for c in costs if c is not None)
        return Ruled(said, [d for c in costs if c is not None for d in c[1]], []), options

    def _discussed_pair(self, text: str, named: list[Entity], context: list[str]) -> list[Entity]:
        """The two options a difference weighs when the question names fewer: the one it names
        or points to ("the bigger one" of the Lumen discussed) and the items just discussed
        ("torn between the two Lumens" ... "how much more is the bigger one?"); [] unless that
        makes exactly two of one kind."""
        pointed = named or resolve(self.catalog, text, context).entities
        discussed = [e for n in context if (e := self.catalog.get(n)) is not None]
        pair = [*pointed, *(e for e in discussed if e not in pointed)]
        return pair if len(pair) == 2 and pair[0].kind == pair[1].kind else []

    def _for_sites(
        self, text: str, entity: Entity, sites: int | None
    ) -> tuple[str, list[Derivation]] | None:
        """One option's cost over the visitor's sites: a price per location times them, a
        price per site ("pro on each") too; the option's minimum said instead when the sites
        are fewer; None when no count of sites is known."""
        price = entity.price
        asked = sites_asked(text)
        count = asked or sites
        if price is None or not count or count < 2:
            return None
        floor = minimum_count(entity)
        if floor is not None and count < floor[0]:
            return floor[1], []
        if counted_unit(entity) is None and asked is None:
            return None  # a flat price is one site's unless the question says "each"
        period = _period(price.unit)
        total = money(price.amount * count)
        each = f"{count} x {price.text} = {total}{period}"
        said = f"{cap(the(entity.name))} for {count} sites: {each}."
        return said, [Derivation(operands=[price.text, str(count)], result=total)]

    def _cost(self, text: str, entity: Entity) -> tuple[float, str, list[Derivation], str] | None:
        """What ``entity`` costs for what ``text`` counts: a one-off price as it is (None when
        its own section caps it below the count: "up to 6 members"), a price per a counted
        unit times the count; with its derivations and the sentence saying so."""
        price = entity.price
        if price is None:
            return None
        if price.unit is None:
            room = _UP_TO.search(" ".join(entity.facts))
            counted = max(stated_counts(text).values(), default=0)
            if room is not None and counted > int(room.group(1)):
                return None  # "up to 6 members of your staff": one price does not cover 9
            said = f"{cap(the(entity.name))} is {price.text}."
            return price.amount, price.text, [], said
        quantity = quantity_for(text, entity, self.catalog)
        if quantity is None or counted_unit(entity) is None:
            return None
        phrase, sum_ = times(price, *quantity)
        total = phrase.split(" for ")[0]
        each = f"{quantity[0]} x {price.text}"
        said = f"{cap(the(entity.name))} for {quantity[0]} {quantity[1]} ({each}) comes to {total}."
        return price.amount * quantity[0], total, [sum_], said

    def _fitting(self, text: str, counts: Mapping[str, int]) -> Part | None:
        """The one member of a kind the question names a word of that is made for as many
        locations as the visitor has ("is there one maintenance thing that covers all three?"
        with 3 locations -> the Multi-site plan, 3 or more), with its sum; None unless the
        question asks what covers or suits them and exactly one member's minimum fits."""
        count = counts.get("location")
        flat = normalise(text)
        if count is None or not asks_fitting(flat) or self.catalog.mentioned(text):
            return None
        words = set(flat.split())
        fitting = [
            (entity, floor)
            for kind in self.catalog.kinds()
            if words & set(kind.split())
            for entity in self.catalog.of_kind(kind)
            if (floor := minimum_count(entity)) is not None and floor[0] <= count
        ]
        if len(fitting) != 1:
            return None
        entity, floor = fitting[0]
        sums, (derived, evidence, sources) = self._sums(text, [entity], counts)
        said = " ".join([floor[1], *sums])
        evidence = [floor[1], *evidence, *evidence_of([entity])]
        return Part(said, True, [entity], [entity_source(entity), *sources], evidence, derived)

    def _per_unit(
        self,
        text: str,
        entity: Entity,
        derived: list[Derivation],
        known: tuple[int, str] | None = None,
    ) -> list[str]:
        """Among several priced entities, the one priced per a unit the question counts (or
        ``known`` counts, when it counts none), counted: "For 6 staff members (6 x $120 per
        staff member), the Online barista course comes to $720." (its derivation appended to
        ``derived``)."""
        quantity = quantity_for(text, entity, self.catalog) or known
        if quantity is None or entity.price is None:
            return []
        phrase, sum_ = times(entity.price, *quantity)
        derived.append(sum_)
        each = f"{quantity[0]} x {entity.price.text}"
        total = phrase.split(" for ")[0]
        return [f"For {quantity[0]} {quantity[1]} ({each}), {the(entity.name)} comes to {total}."]

    def _floor_unmet(
        self, chunk: Chunk, text: str, price: float, carried: str | None = None
    ) -> str | None:
        """The floor sentence of a percentage rule's section (``chunk``) that the amount it
        would be worked on does not pass: the visitor's own figure when ``text`` states one
        (or the one ``carried`` from an earlier answer), else ``price``; None when the rule
        applies (:func:`unmet_floor`)."""
        stated = money_read.stated_amount(text)
        if stated is None and carried:
            stated = money_read.stated_amount(carried)
        return unmet_floor(sentences_of(chunk.text), price if stated is None else stated)

    def _percent(
        self, text: str, named: set[str], topic: str = ""
    ) -> tuple[str, Chunk, str] | None:
        """The first retrieved sentence stating a percentage that shares a topic word with
        ``text`` (``named`` items' words aside) or with ``topic``, the word of a rule sought
        beyond the question's own ("credit" for an amount carried from an earlier answer)."""
        query = f"{expanded(text)} {topic}".strip()
        wanted = {
            w for w in terms(query) - GENERIC - PRICE_WORDS - PRICE_STEMS - named if not w.isdigit()
        }
        if not wanted:  # no topic beyond the price: no sentence could match, so no search
            return None
        for hit in self._search(query, 4):
            for sentence in sentences_of(hit.chunk.text):
                match = PERCENT.search(sentence)
                if match and terms(sentence) & wanted:
                    return sentence, hit.chunk, match.group(1)
        return None


def _period(unit: str | None) -> str:
    """What a price is paid per, as a total says it: " a month" for a monthly price."""
    return " a month" if unit and "month" in unit.split() else ""


def _difference(first: Entity, second: Entity) -> Ruled:
    """How much more the dearer of two options costs, derived ("$99 - $49 = $50")."""
    high, low = sorted([first, second], key=lambda e: e.price.amount if e.price else 0)[::-1]
    assert high.price is not None
    assert low.price is not None
    gap = money(high.price.amount - low.price.amount)
    period = _period(high.price.unit)
    said = (
        f"{cap(the(high.name))} is {high.price.text} and {the(low.name)} {low.price.text}, so "
        f"{the(high.name)} is {money(high.price.amount)} - {money(low.price.amount)} = {gap} "
        f"more{period}."
    )
    if high.price.amount == low.price.amount:
        said = f"{cap(the(high.name))} and {the(low.name)} are both {high.price.text}."
    operands = [money(high.price.amount), money(low.price.amount)]
    derived = [Derivation(operands=operands, result=gap)]
    return Ruled(said, derived, [])


def rate_checked(answer: Answer, question: str, sites: int | None = None) -> None:
    """Adds to ``answer`` how a quantity per period the question states compares with a
    threshold the answer quotes ("60 kg a week" against "150 lb or more per month"); a
    quantity stated for each of the visitor's ``sites`` is compared as the whole order."""
    rate = stated_rate(question)
    if rate is None:
        return
    rate, whole, summed = for_sites(rate, question, sites)
    if whole:  # "each site does 25 lb a week" of 11: the rule reads the order of all of them
        answer.text = f"{answer.text} {whole}"
        answer.derived.extend(summed)
    for sentence in sentences_of(answer.text):
        threshold = rule_rate(sentence)
        if threshold is not None:
            said, derived = against(rate, threshold)
            answer.text = f"{answer.text} {said}"
            answer.derived.extend(derived)
            answer.evidence.append(CONVERSIONS)
            return


#: A price paid again each period ("per month", "per location per month"): a plan's fee.
_RECURRING = re.compile(r"\bper\s+(?:month|year|week)\b")


def _plan_contents(question: str, entity: Entity) -> bool:
    """Whether ``question`` asks what a plan paid by the period holds ("what's in it", "what
    do we get"), which its fee belongs to."""
    unit = entity.price.unit if entity.price else None
    return bool(unit and _RECURRING.search(unit)) and asks_contents(question)
