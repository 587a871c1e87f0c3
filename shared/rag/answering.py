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
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.compare import compares, comparison
from shared.rag.counting import counted
from shared.rag.delivery import DeliveryTerms, delivery_terms
from shared.rag.gaps import PRICE_STEMS, CatalogGaps
from shared.rag.included import asks_included, not_included
from shared.rag.listed import named_list
from shared.rag.matching import (
    asked_labels,
    attribute_sentences,
    counted_unit,
    entity_words,
    evidence_of,
    known_counts,
    known_quantity,
    minimum_count,
    quantity_for,
    stated_counts,
)
from shared.rag.meaning import FACT_MATCH
from shared.rag.order import Items, ambiguous, decode, encode, named_items, order_for
from shared.rag.parts import (
    DONT_KNOW,
    Part,
    chunk_source,
    entity_source,
    merge_parts,
    source_of,
)
from shared.rag.passage_answers import PERCENT, subject
from shared.rag.passages import fact_sentence, sentences_of
from shared.rag.phrasing import (
    listing_sentence,
    price_sentence,
    summary_sentence,
    the,
    times,
)
from shared.rag.places import Place, place_in
from shared.rag.question import (
    GENERIC,
    PRICE_WORDS,
    asks_price,
    expanded,
    refers_back,
    scope_place,
    shared_heads,
    split_items,
    split_parts,
    terms,
    untagged,
)
from shared.rag.quote import delivered
from shared.rag.rates import CONVERSIONS, against, rule_rate, stated_rate
from shared.rag.resolve import Resolved, kind_named, resolve
from shared.rag.rules import (
    LEASE,
    Ruled,
    credit_on_order,
    credits,
    discount,
    lease,
    lease_kind,
    percent_applied,
    stated_amount,
    total,
)
from shared.rag.types import Answer, Chunk, Derivation, Source

if TYPE_CHECKING:
    pass

_WH = re.compile(r"^\W*(?:where|when|who|what|which|why|how)\b", re.I)
_PRONOUN_ASK = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|this|that|those|these|one|ones)\b|\d", re.I)
# A question about an entity that also asks a company topic (its name removed) this near it
# gets that topic's fact too; lower than FACT_MATCH since the entity already anchors it.
POLICY_MATCH = 0.5


class Answerer(CatalogGaps):
    """Answers questions from one loaded bundle: catalog first, then facts and sentences."""

    def answer(
        self,
        question: str,
        recent: list[str] | None = None,
        attribute: str | None = None,
        details: Mapping[str, object] | None = None,
        order: list[str] | None = None,
    ) -> Answer:
        """Answer every part of ``question``; ``recent`` names the entities last discussed and
        ``attribute`` the attribute last asked, which a follow-up that asks none keeps ("and
        the grinder?" after a warranty question). ``details`` are what the visitor has told
        the chat (its collected fields): a question pointing back with nothing discussed yet
        is about the entities they named ("Interested in the multi-site plan" ... "what would
        that cost?"), and a price per location is counted for their ``locations``. ``order`` is the
        order under discussion (``Answer.order`` of the previous answer): "lease all of it"
        and "add the atlas 64" lean on it; the answer carries the order after this turn."""
        place = place_in(question)  # before spelling: "vancouver bc" is no "because"
        question = untagged(self._speller.correct(question))
        context = list(recent or [])
        if not context and details and refers_back(question):
            context = self._named_in(details)
        counts = {**known_counts(details or {}), **stated_counts(question)}
        # the order so far; with none, the one item last discussed ("add an atlas 75")
        alone = [(e, 1) for n in context[:1] if len(context) == 1 and (e := self.catalog.get(n))]
        previous = decode(self.catalog, order or []) or alone
        ruled = self._ruled(question, previous, attribute, place or place_in(question))
        if ruled is not None:
            return ruled
        parts: list[Part] = []
        heads = {kind.split()[-1] for kind in self.catalog.kinds()}
        prices = asks_price(question)
        for part, anchor in _anchored(_folded(split_parts(question))):
            items = alternatives(part, split_items(shared_heads(part, heads)), self.catalog)
            price = asks_price(part)
            listed = named_list(part, self.catalog) if prices else []
            if listed:  # "just need prices. lumen 2 group, atlas 75, batch brewer"
                items, price = listed, True
            # "it" carries the last entities; with none it means the part before
            anchor = anchor if not (context and _POINTS_BACK.search(part)) else ""
            for n, item in enumerate(items):
                asked = n == 0 and asks_price(item)
                text = item if asked or not price else f"price of {item}"
                text = f"{anchor} {text}" if anchor else text
                found = self._part(text, context, attribute, counts)
                found.asked = item
                parts.append(found)
                if found.entities:
                    context = [e.name for e in found.entities]
        merged = merge_parts(parts)
        merged.attribute = next((p.attribute for p in parts if p.attribute), None)
        if asks_included(question):  # "do we get the training free with it?"
            self._condition(merged, [e for e, _ in previous])
        _rate_checked(merged, question)
        if len(merged.entities) == 1:  # one item discussed is an order of it; a listing is not
            named = {e.name: n for e, n in named_items(self.catalog, question)}
            entity = self.catalog.get(merged.entities[0])
            merged.order = encode([(entity, named.get(entity.name, 1))]) if entity else []
        return merged

    def _ruled(
        self,
        question: str,
        previous: Items,
        attribute: str | None = None,
        place: Place | None = None,
    ) -> Answer | None:
        """Leasing, a delivered total (to ``place``) or a total over the whole message (it may
        name several items), or over the order under discussion (``previous``) when the
        message adds to it or points back."""
        items = order_for(self.catalog, question, previous)
        items = [] if items and ambiguous(self.catalog, question) else items  # "plus grinders"
        follow = attribute == LEASE  # "whats the monthly then" after a leasing answer
        terms = self._delivery_terms
        ruled = delivered(self.catalog, question, items, self._facts, terms, place)
        ruled = ruled or lease(question, items, self._facts, follow) or total(question, items)
        ruled = ruled or self._credited(question, items)
        kind = None if items else kind_named(self.catalog, question)
        order = encode(items)
        if ruled is None and kind is not None:  # "do you finance espresso machines?"
            items = [(e, 1) for e in self.catalog.of_kind(kind)]
            ruled = lease_kind(question, kind, [e for e, _ in items], self._facts)
            items, order = (items, []) if ruled is not None else ([], [])
        if ruled is None:
            ruled = self._compared(question, [e for e, _ in items])
            order = []  # a comparison weighs alternatives: no order
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
            attribute=ruled.attribute,
            order=order,
        )

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

    def _credited(self, question: str, items: Items) -> Ruled | None:
        """A credit of a share toward a purchase, when a retrieved rule credits one: of an
        amount the visitor states, toward the one priced item named ("our old machine cost 12k
        new ... toward a lumen 3 group": 15% of $12,000 is $1,800, and $13,400 - $1,800 =
        $11,600); without one, of the order itself when the rule takes its share of the
        purchase ("after the 30% tax credit" on 20 panels: $10,400 - $3,120 = $7,280)."""
        priced = [e for e, _ in items if e.price is not None and e.price.unit is None]
        stated = stated_amount(question)
        if not priced or len(priced) != len(items) or not (stated or credits(question)):
            return None  # no credit spoken of: no search for one
        kinds = {w for e in priced for w in tokenize(e.kind)}
        percent = self._percent(question, entity_words(priced) | kinds)
        if percent is None or not credits(percent[0]):
            return None
        rule, chunk, rate = percent
        if stated is None:
            on_order = credit_on_order(rule, rate, items)
            return Ruled(on_order[0], on_order[1], [chunk.text], chunk.source) if on_order else None
        if len(items) != 1:
            return None
        said, derived = percent_applied(rule, rate, priced[0], question)
        read = f"your amount: {stated}"  # "12k" read as "$12,000"
        return Ruled(said, derived, [chunk.text, read], chunk.source)

    def _compared(self, question: str, entities: list[Entity]) -> Ruled | None:
        if self._sentences is None or not compares(question, entities):
            return None
        flat = normalise(question)
        for mention in reversed(self.catalog.mentions(question)):
            flat = flat[: mention.start] + flat[mention.end :]
        purpose = flat if terms(flat) - GENERIC else question  # "... for a busy cafe?"
        vector = self._library.embed([purpose])[0]
        text, quoted = comparison(entities, self._sentences, vector)
        return Ruled(text, [], quoted)

    def _named_in(self, details: Mapping[str, object]) -> list[str]:
        """The catalog entities named in the visitor's details, in the order given."""
        said = " ".join(str(v) for v in details.values() if isinstance(v, str))
        return [e.name for e in self.catalog.mentioned(said)]

    def _part(
        self,
        text: str,
        context: list[str],
        attribute: str | None = None,
        counts: Mapping[str, int] | None = None,
    ) -> Part:
        place = scope_place(text)
        place = None if place and self.catalog.mentioned(place) else place  # "to swap the X"
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
            return self._about_entities(text, resolved, attribute, counts or {})
        missing = self._missing_product(text)
        if missing is not None:
            return missing
        return self._from_passages(text)

    @cached_property
    def _delivery_terms(self) -> DeliveryTerms | None:
        """The knowledge base's delivery threshold, zone and fee, if it states them."""
        if self._sentences is None:
            return None
        return delivery_terms((s.text, s.source) for s in self._sentences.sentences)

    @cached_property
    def _naming_words(self) -> frozenset[str]:
        """The words of the catalog's kinds, names and aliases ("grinder", "water filter")."""
        names = [*self.catalog.kinds()]
        for entity in self.catalog.entities:
            names.extend([entity.name, *entity.aliases])
        return frozenset(terms(" ".join(names)))

    def _asks_own(self, text: str) -> bool:
        """Whether a follow-up asks something of its own besides the items it names: two content
        words beyond the catalog's naming words ("and is installation included?" does; "and the
        atlas 64?" and "and the clarity water filter" do not)."""
        flat = normalise(text)
        for mention in reversed(self.catalog.mentions(text)):
            flat = flat[: mention.start] + flat[mention.end :]
        if self._by_pronoun(text):  # "and is it organic?": the word asks, it names nothing
            return bool(terms(flat) - GENERIC - PRICE_STEMS)
        # one stray word is a way of naming the item ("and the clarity water filter")
        return len(terms(flat) - GENERIC - self._naming_words) >= 2

    def _by_pronoun(self, text: str) -> bool:
        """Whether a follow-up points back with a pronoun and names no entity ("is it
        organic?", "what's included in it?"): its words ask, even one that is part of a name."""
        return bool(_PRONOUN_ASK.search(text)) and not self.catalog.mentions(text)

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
        text_out = f"{subject(fact, [member])} {price_sentence(member)}"
        shown = [member, *named]
        return Part(text_out, True, [member], [entity_source(member)], evidence_of(shown))

    def _about_entities(
        self,
        text: str,
        resolved: Resolved,
        attribute: str | None = None,
        counts: Mapping[str, int] | None = None,
    ) -> Part:
        entities = resolved.entities
        if resolved.kind and counted(text) is not None:  # "how many blends do you roast?"
            said = listing_sentence(resolved.kind, entities)
            return Part(said, True, entities, [entity_source(e) for e in entities])
        kept = _kept(text, entities, attribute) if not self._asks_own(text) else []
        labels = asked_labels(text, entities) or kept
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence = evidence_of(entities)
        sources = [entity_source(e) for e in entities]
        unnamed = not resolved.kind and not self.catalog.mentioned(text)
        unnamed = unnamed and not _POINTS_BACK.search(text)
        if unnamed and not labels and not asks_price(text) and self._other_topic(text, entities):
            return self._from_passages(text)  # "and who is your head of marketing?"
        # only of an entity named here: "is it still under warranty?" after the Essential plan
        # may mean the machine, so the policy or the passages answer it instead
        named_here = bool(self.catalog.mentioned(text)) or bool(resolved.kind)
        lacking = (
            [] if labels or not named_here else asked_labels(text, self.catalog.entities, True)
        )
        if lacking and not asks_price(text):  # "the voltage on the atlas 75": no entry for it
            return self._lacking(lacking[0], entities)
        if labels:
            sentences.extend(attribute_sentences(entities, labels))
        if resolved.kind and not labels and self._other_topic(text, entities):
            return self._policy_part(text, entities) or self._from_passages(text, entities)
        if resolved.kind and not labels:
            sentences.append(listing_sentence(resolved.kind, entities))
        elif asks_price(text) or (not labels and not self._other_topic(text, entities)):
            if not labels:
                if asks_price(text) and self._unknown_ask(text, entities):
                    return Part(DONT_KNOW, False)  # "how much is the drip tray on the X?"
                one = len(entities) == 1 and not asks_price(text)
                sentences.extend(
                    summary_sentence(e) if one else price_sentence(e) for e in entities
                )
            elif asks_price(text):
                sentences.extend(self._priced(text, e) for e in entities)
        elif not labels:
            if self._unknown_ask(text, entities):  # "how big is the bean hopper on the X?"
                return Part(DONT_KNOW, False)
            found = self._entity_passage(text, entities)
            if found is None:
                return self._policy_part(text, entities) or self._from_passages(text, entities)
            sentences.append(found[0])
            evidence.append(found[1])
            policy = self._policy(text, found[0])
            sentences.extend(policy)
            evidence.extend(policy)
        sums, more = self._sums(text, entities, counts or {})
        sentences.extend(sums)
        derived.extend(more[0])
        evidence.extend(more[1])
        sources.extend(more[2])
        part = Part(" ".join(dict.fromkeys(sentences)), True, entities, sources, evidence, derived)
        # a price asked is remembered like an attribute: "and the atlas 64" asks its price too
        part.attribute = labels[0] if labels else ("price" if asks_price(text) else None)
        return part

    def _policy_part(self, text: str, entities: list[Entity]) -> Part | None:
        """A company policy asked of a kind or an entity ("can i return a grinder if i dont
        like it?" -> the returns policy), when the question without its names is as near to
        the policy's topic as a company question must be (``FACT_MATCH``: this answer replaces
        the entity's own sentences, so it needs more than the ``POLICY_MATCH`` of an addition)."""
        policy = self._policy(text, "", FACT_MATCH)
        if not policy:
            return None
        sources = [entity_source(e) for e in entities]
        return Part(" ".join(policy), True, entities, sources, policy)

    def _policy(self, text: str, said: str, near: float = POLICY_MATCH) -> list[str]:
        """The company fact a question about an entity also asks ("does the Multi-site plan
        come with a 24 hour emergency line?" -> the line's hours), unless already said."""
        if self._sentences is None:
            return []
        flat = normalise(text)
        for mention in reversed(self.catalog.mentions(text)):
            flat = flat[: mention.start] + flat[mention.end :]
        found = self._facts.topic_of(self._library.embed([flat])[0])
        fact = self._facts.facts.get(found[0]) if found and found[1] >= near else None
        if fact is None:
            return []
        return [t for t in fact.sentences if t not in said]

    def _other_topic(self, text: str, entities: list[Entity]) -> bool:
        """Whether ``text`` asks something beyond naming the entities ("is installation
        included with the pico?")."""
        named = {w for e in entities for w in tokenize(f"{e.name} {e.kind} {' '.join(e.aliases)}")}
        named = set() if self._by_pronoun(text) else named
        rest = terms(text) - named - GENERIC - PRICE_STEMS
        return bool({w for w in rest if not w.isdigit()})

    def _entity_passage(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        wanted = terms(expanded(text))
        for entity in entities[:1]:
            sentence = fact_sentence(entity, wanted)
            if sentence is not None:
                return sentence, sentence
        return None

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
                said, sums = percent_applied(sentence, rate, entity, text)
                sentences.append(said)
                derived.extend(sums)
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


def _rate_checked(answer: Answer, question: str) -> None:
    """Adds to ``answer`` how a quantity per period the question states compares with a
    threshold the answer quotes ("60 kg a week" against "150 lb or more per month")."""
    rate = stated_rate(question)
    if rate is None:
        return
    for sentence in sentences_of(answer.text):
        threshold = rule_rate(sentence)
        if threshold is not None:
            said, derived = against(rate, threshold)
            answer.text = f"{answer.text} {said}"
            answer.derived.extend(derived)
            answer.evidence.append(CONVERSIONS)
            return


def alternatives(part: str, items: list[str], catalog: Catalog) -> list[str]:
    """The items without an "or" alternative that names nothing of the catalog: in
    "Installation included, or a separate line item?" the second is the other answer to the
    same question (answering the first answers it), not a second thing asked."""
    out: list[str] = []
    for item in items:
        alternative = re.search(rf"\bor\s+{re.escape(item)}", part, re.I)
        named = catalog.mentions(item) or kind_named(catalog, item) is not None
        if not (out and alternative and not named):
            out.append(item)
    return out


def _kept(text: str, entities: list[Entity], attribute: str | None) -> list[str]:
    """The attribute asked before, for a follow-up that asks none and no price ("and the
    grinder?"), when the entities have it."""
    if attribute is None or asks_price(text) or not refers_back(text):
        return []
    return [attribute] if any(attribute in e.attributes for e in entities) else []


def _folded(parts: list[str]) -> list[str]:
    """The parts with one that asks nothing of its own ("can i buy from you?", "hi!": no topic
    word and no question word such as "where are you" has) joined to its neighbour, so it is
    answered in that part's context, not reported unanswered."""
    out: list[str] = []
    pending = ""
    for part in parts:
        if not terms(part) - GENERIC and not _WH.match(part):
            if out:
                out[-1] = f"{out[-1]} {part}"
            else:
                pending = f"{pending} {part}".strip()
            continue
        out.append(f"{pending} {part}".strip())
        pending = ""
    return out or ([pending] if pending else [])


#: Words that ask about something without naming it ("what exactly is included", "what are the
#: conditions", "what is the difference", "what is the cost"): a part asking only these is
#: about the subject of the message's part before it.
RELATIONAL = frozenset(
    tokenize("include included difference differ conditions requirements terms options details")
) | frozenset(tokenize("cost price work works mean covered cover free available possible"))


def _anchored(parts: list[str]) -> list[tuple[str, str]]:
    """Each part with the (at most two) earlier parts of the message, which name its subject,
    when it names none itself ("I have read that you offer launch consulting. What exactly is
    included?"); else with "". The caller drops the anchor of a part pointing back ("what
    does it include?") while entities are being discussed: they carry the subject."""
    out: list[tuple[str, str]] = []
    for n, part in enumerate(parts):
        own = terms(part) - GENERIC - PRICE_STEMS - RELATIONAL
        out.append((part, "" if own else " ".join(parts[max(0, n - 2) : n])))
    return out
