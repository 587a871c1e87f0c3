"""Answers about the catalog entities a part names: the asked attribute from the catalog,
the entity's price or summary, its nearest own sentence (with a company policy it also asks),
a pairing between kinds, and the sums of :mod:`shared.rag.computed`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property

from shared.catalog.extract import SAME_ASK
from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.asked_value import value_not_offered, with_asked_value
from shared.rag.bm25 import tokenize
from shared.rag.computed import ComputedAnswers
from shared.rag.counting import capacity_asked, counted, over_capacity, states_count
from shared.rag.gaps import PRICE_STEMS
from shared.rag.matching import (
    asked_labels,
    asks_time,
    attribute_sentences,
    evidence_of,
    states_time,
)
from shared.rag.order import names_by_rank
from shared.rag.parts import DONT_KNOW, Part, entity_source, gap
from shared.rag.passage_answers import LABEL_LINE, subject
from shared.rag.passages import fact_sentence
from shared.rag.phrasing import cap, listing_sentence, price_sentence, summary_sentence, the
from shared.rag.policy_answers import asking_clauses
from shared.rag.question import GENERIC, expanded, refers_back, terms
from shared.rag.resolve import THING_NOUNS, Resolved, kind_named, same_root
from shared.rag.types import Derivation
from shared.rag.when import answer_shape
from shared.understanding.asked import (
    amount_asked,
    asks_price,
    purchase_condition,
    states_measure,
    without_purchase_words,
)

_PRONOUN_ASK = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
POINTS_BACK = re.compile(r"\b(?:it|its|they|them|this|that|those|these|one|ones)\b|\d", re.I)


class EntityAnswers(ComputedAnswers):
    """Parts about named, kind-listed or earlier-discussed catalog entities."""

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

    def _pairing(
        self, text: str, resolved: Resolved, context: list[str] | None = None
    ) -> Part | None:
        """ "which grinder goes best with a lumen 2 group?": the member of the kind asked for
        whose own section names the entity named, or the entity of ``context`` that a pronoun
        points back at ("and which grinder would u pair w it" after the Lumen 2-Group)."""
        kind = kind_named(self.catalog, text)
        named = resolved.entities
        earlier = [e for n in context or [] if (e := self.catalog.get(n)) and e.kind != kind]
        if resolved.kind == kind and earlier and _PRONOUN_ASK.search(text):
            named = earlier
        elif resolved.kind:
            return None
        if not kind or not named or any(e.kind == kind for e in named):
            return None
        found = [
            (member, fact)
            for member in self.catalog.of_kind(kind)
            for fact in member.facts
            if any(self.catalog.get(m.entity) in named for m in self.catalog.mentions(fact))
        ]
        # or the named item's own sentence naming a member of the kind ("which of your coffees
        # would you put through it" of the brewer: "Our Riverbend Organic blend was practically
        # made for it.")
        found = found or [
            (member, fact)
            for entity in named
            for fact in entity.facts
            for m in self.catalog.mentions(fact)
            if (member := self.catalog.get(m.entity)) is not None and member.kind == kind
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
        room = over_capacity(text, entities[0].facts) if len(entities) == 1 else None
        if room is not None:  # "on-site training for 8 people": the course takes up to 6
            return _with_price(_capacity(room, entities[0]), text)
        most = capacity_asked(text, entities[0].facts) if len(entities) == 1 else None
        if most is not None:  # "for how many people is it?": up to 6 members of your staff
            part = Part(most, True, entities[:1], [entity_source(entities[0])], [most])
            return _with_price(part, text)
        kept = kept_attribute(text, entities, attribute) if not self._asks_own(text) else []
        carried = self._carried(text, entities, attribute) if not kept else None
        if carried is not None:  # "and the 2 group?" after a lead time the 2-Group has no entry of
            return carried
        labels = asked_labels(text, entities) or kept
        part_priced = self._part_priced(text, entities, labels, attribute)
        if part_priced is not None:  # "and a replacement cartridge on its own?" after a price
            return part_priced
        sentences: list[str] = []
        derived: list[Derivation] = []
        evidence = evidence_of(entities)
        sources = [entity_source(e) for e in entities]
        unnamed = not resolved.kind and not self.catalog.mentioned(text)
        # "your smallest coffee machine" names its member by rank on a kind
        unnamed = unnamed and not POINTS_BACK.search(text) and not names_by_rank(text, self.catalog)
        if unnamed and not labels and not asks_price(text) and self._other_topic(text, entities):
            # "and who is your head of marketing?"; a family named ("with the lumen") keeps
            # its members as the subject the sentences are about
            family = self.catalog.family_named(text)
            return self._from_passages(text, entities if family else None)
        # only of an entity named here: "is it still under warranty?" after the Essential plan
        # may mean the machine, so the policy or the passages answer it instead
        named_here = bool(self.catalog.mentioned(text)) or bool(resolved.kind)
        lacking = (
            []
            if labels or not named_here
            else asked_labels(text, self.catalog.entities, True, entities)
        )
        if lacking and not asks_price(text):  # "the voltage on the atlas 75": no entry for it
            own = _own_fact(text, entities, lacking[0])
            return own or self._lacking(lacking[0], entities)
        unoffered = (
            value_not_offered(text, entities[0], labels[0], self.catalog)
            if labels and len(entities) == 1
            else None
        )
        if unoffered is not None:  # "a 240 volt version of the pico": the catalog lists none
            said = " ".join(attribute_sentences(entities, labels[:1]))
            return gap(
                f"I don't have information on a {unoffered} {_version(entities[0])}. {said}",
                entities,
            )
        if labels:
            sentences.extend(attribute_sentences(entities, labels))
            others = [
                o for e in entities for o in with_asked_value(text, e, labels[0], self.catalog)
            ]
            sentences.extend(attribute_sentences(others, labels[:1]))  # "a normal 110 plug"
            evidence.extend(evidence_of(others))
        if resolved.kind and not labels and self._other_topic(text, entities):
            return self._policy_part(text, entities) or self._from_passages(text, entities)
        refund = self._refund(text, entities) if not labels else None
        if refund is not None:  # "if i send it back how much do i get back?"
            return refund
        if resolved.kind and not labels:
            sentences.append(listing_sentence(resolved.kind, entities))
        elif asks_price(text) or (not labels and not self._other_topic(text, entities)):
            if not labels:
                if asks_price(text) and self._unknown_ask(text, entities):
                    return Part(DONT_KNOW, False)  # "how much is the drip tray on the X?"
                other = [m for e in entities if (m := self.other_priced(text, e))]
                if asks_price(text) and other:  # "what does a third repair visit cost"
                    return gap(" ".join(other), entities)
                one = len(entities) == 1 and not asks_price(text)
                sentences.extend(
                    summary_sentence(e) if one else price_sentence(e) for e in entities
                )
            elif asks_price(text):
                missing = [m for e in entities if (m := self.price_gap(text, e))]
                if missing:  # "a replacement cartridge for the clarity": not the system's price
                    return gap(" ".join([*missing, *sentences]), entities)
                sentences.extend(self._priced(text, e) for e in entities)
        elif not labels:
            if self._unknown_ask(text, entities):  # "how big is the bean hopper on the X?"
                return Part(DONT_KNOW, False)
            found = self._entity_passage(text, entities)
            if found is not None and asks_time(text) and not states_time(found[0]):
                found = None  # "how many days after the roast date ...": not its description
            if found is None and not self._sums(text, entities, counts or {})[0]:
                part = self._spanned_policy(text, entities) or self._from_passages(text, entities)
                measure = amount_asked(text) or ""
                if not states_measure(part.text, measure):  # "how heavy is it?": no weight
                    names = " and ".join(the(e.name) for e in entities)
                    said = measure.removeprefix("number of ")  # "mg of caffeine"
                    link = "in" if " of " in said else "of"
                    return gap(f"I don't have information on the {said} {link} {names}.", entities)
                return part
            # no passage, but a sum or a rule on the amount ("can i just order 10 lbs of X")
            found = found or (price_sentence(entities[0]), entities[0].name)
            amount = amount_asked(text)
            noun = counted(text)
            stated = (
                states_count(found[0], noun, text) if noun else bool(re.search(r"\d", found[0]))
            )
            if amount and not stated:  # "how much does the X weigh?", "how many shots ..."
                names = " and ".join(the(e.name) for e in entities)
                return gap(f"I don't have information on the {amount} of {names}.", entities)
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
        said = " ".join(dict.fromkeys(sentences))
        unmeasured = _unmeasured(text, said, entities, labels)
        if unmeasured is not None:  # "the boiler size in liters" of a heat-exchanger boiler
            return unmeasured
        if len(entities) == 1 and not named_here and not says_name(said, entities[0]):
            said = _named(said, entities[0])  # "does the bigger one weigh ...?"
        part = Part(said, True, entities, sources, evidence, derived)
        # a price asked is remembered like an attribute: "and the atlas 64" asks its price too
        part.attribute = labels[0] if labels else ("price" if asks_price(text) else None)
        return part

    def _part_priced(
        self, text: str, entities: list[Entity], labels: list[str], attribute: str | None
    ) -> Part | None:
        """The honest gap for a price asked of a part of the one item ("how much is a
        replacement cartridge?", or "and the cartridge on its own?" right after its price):
        the part's word is only a word of one of the item's attributes ("cartridge" of
        "cartridge life"), so that attribute is not what is asked and the item's own price is
        not the part's; None when no price is asked or the attribute is asked whole ("and the
        warranty?")."""
        # a bare follow-up after a price ("and X on its own?"): no question word of its own
        carried = attribute == "price" and refers_back(text) and not _OWN_QUESTION.search(text)
        if len(entities) != 1 or not labels or not (asks_price(text) or carried):
            return None
        entity = entities[0]
        if entity.price is None or asked_labels(text, entities, True):
            return None
        # a word of the item's own name is the item ("Night Shift decaf: ... $/lb?"), no part
        asked = terms(text) - set(
            tokenize(f"{entity.name} {entity.kind} {' '.join(entity.aliases)}")
        )
        word = next((w for w in labels[0].split() if set(tokenize(w)) <= asked), "")
        # "how much power can it put out": the amount of the attribute, no price of a part
        if not word or re.search(rf"\bhow (?:much|many) (?:\w+ )?{re.escape(word)}", text, re.I):
            return None
        # a part is a thing named ("a replacement cartridge", "the burrs"), not a verb of the
        # item ("a quote ... and how fast it ships": the lead time's word, no part)
        if not re.search(rf"\b{_PART_DETERMINER}\s+(?:\w+\s+)?{re.escape(word)}", text, re.I):
            return None
        said = (
            f"I don't have a separate price for the {word}; "
            f"the {entity.price.text} is the price of {the(entity.name)} itself."
        )
        return gap(said, entities)

    def _spanned_policy(self, text: str, entities: list[Entity]) -> Part | None:
        """The policy asked of the entities (:meth:`_policy_part`), unless the question asks a
        time its sentences do not state ("how many days after roasting": a span)."""
        policy = self._policy_part(text, entities)
        shape = answer_shape(text)
        return policy if policy is None or shape is None or shape(policy.text) else None

    def _carried(self, text: str, entities: list[Entity], attribute: str | None) -> Part | None:
        """A follow-up that asks nothing of its own ("and the 2 group?") about entities without
        an entry for the attribute asked before ("lead time"): the sentences saying that
        attribute of them ("Machines that are in stock ship within 5 business days ..."), when
        one holds the attribute's words or its value's shape; None otherwise (the entity is then
        described, not given another item's value)."""
        if attribute is None or attribute == "price" or self._asks_own(text):
            return None
        if asks_price(text) or not refers_back(text) or self.catalog.mentions(attribute):
            return None
        part = self.attribute_said(attribute, entities)
        if part is not None:
            part.attribute = attribute
        return part

    def _other_topic(self, text: str, entities: list[Entity]) -> bool:
        """Whether ``text`` asks something beyond naming the entities ("is installation
        included with the pico?")."""
        named = {w for e in entities for w in tokenize(f"{e.name} {e.kind} {' '.join(e.aliases)}")}
        named = set() if self._by_pronoun(text) else named
        # a price asked after a story: "scale keeps killing our boiler, what's the price of
        # the X?" (a story that says who asks, "we've got 9 staff, can they all come?", stays)
        asked = " ".join(asking_clauses(text))
        text = asked if asked and asks_price(asked) else text
        rest = terms(text) - named - GENERIC - PRICE_STEMS - _EVERY_MEMBER - _THINGS
        # "filter" names the "filtration" it shares a root with (see resolve.kind_named)
        return bool(
            {w for w in rest if not w.isdigit() and not any(same_root(n, w) for n in named)}
        )

    def _entity_passage(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        # under a purchase stated ("if we buy a lumen, is installation also included"), the
        # purchase is not what is asked, nor does an everyday word ("also": "Buying any Lumen
        # ... also gets your team ...") say what is
        wanted = terms(expanded(without_purchase_words(text)))
        topic = wanted - GENERIC
        named = {w for e in entities for w in tokenize(f"{e.name} {e.kind}")}
        # nor does "get" when the ask has a topic of its own: "if we trade it in toward a
        # Lumen, what do we get?" asks the trade-in, not the training "Buying any Lumen ...
        # gets" your team
        wanted = topic if purchase_condition(text) or topic - named else wanted
        for entity in entities[:1]:
            sentence = fact_sentence(entity, wanted)
            if sentence is not None:
                return sentence, sentence
        return None


#: Words asking for every member at once ("both grinder prices side by side"): no other topic.
_EVERY_MEMBER = frozenset(tokenize("both each side"))
#: "your filtration system", "the brewer unit": the thing named, no topic beyond it.
_THINGS = frozenset(tokenize(" ".join(THING_NOUNS)))


def says_name(said: str, entity: Entity) -> bool:
    """Whether an answer names ``entity``: its name, or its name's first word ("Sunrise is a
    single-origin coffee ...")."""
    first = entity.name.split()[0].lower()
    return entity.name.lower() in said.lower() or first in said.lower().split()


def _named(said: str, entity: Entity) -> str:
    """An answer about an item the question did not name, saying which it is: "That's the
    Foundry Espresso. Price: ..." before a catalog line, else "On the Atlas 75: ..."."""
    if LABEL_LINE.match(said):
        return f"That's {the(entity.name)}. {said}"
    return f"On {the(entity.name)}: {said}"


def _capacity(room: tuple[str, int, int], entity: Entity) -> Part:
    """The sentence giving the most people ``entity`` is for, and whether the visitor's
    count fits it ("8 is more than the 6 it takes.")."""
    fact, count, most = room
    fits = (
        f"{count} fits within that."
        if count <= most
        else (
            f"{count} is more than the {most} it takes; our sales team can tell you what they can"
            " do for a larger group."
        )
    )
    evidence = [fact, f"your count: {count}"]
    return Part(f"{fact} {fits}", True, [entity], [entity_source(entity)], evidence)


def _with_price(part: Part, text: str) -> Part:
    """``part`` (how many the entity is for) led by the entity's price when ``text`` asks it
    too ("on-site training for 6 staff, price?")."""
    entity = part.entities[0]
    if asks_price(text) and entity.price is not None:
        part.text = f"{price_sentence(entity)} {part.text}"
        part.evidence.extend(evidence_of([entity]))
    return part


def kept_attribute(text: str, entities: list[Entity], attribute: str | None) -> list[str]:
    """The attribute asked before, for a follow-up that asks none and no price ("and the
    grinder?"), when the entities have it."""
    if attribute is None or asks_price(text) or not refers_back(text):
        return []
    labels = (attribute, *SAME_ASK.get(attribute, ()))  # a lead time after "ships within"
    return next(([k] for k in labels if any(k in e.attributes for e in entities)), [])


#: A question word of a follow-up's own ("and how long does X last"): not the price carried.
#: Words before a part named as a thing ("a replacement cartridge", "the burrs", "spare
#: gaskets"); a verb of the item ("it ships") has none of them before it.
_PART_DETERMINER = r"(?:a|an|the|one|replacement|spare|extra|new|its|their)"
_OWN_QUESTION = re.compile(
    r"\b(?:how|what|whats|which|when|where|who|why|is|are|does|do|can|will)\b", re.I
)


def _version(entity: Entity) -> str:
    """ "version of the Pico 1-Group": the item a value not listed would be a version of."""
    return f"version of {the(entity.name)}"


_FIGURE = re.compile(r"\d")


def _own_fact(text: str, entities: list[Entity], label: str) -> Part | None:
    """The one entity's own sentence saying what is asked in the question's other words,
    though no attribute is listed for it ("how fast do repairs happen" on the Pro plan:
    "priority repairs within 48 hours"); None when several sentences tie or none does."""
    if len(entities) != 1:
        return None
    entity = entities[0]
    named = terms(f"{entity.name} {entity.kind} {' '.join(entity.aliases)} {label}")
    wanted = terms(text) - named - GENERIC - PRICE_STEMS
    # a figure said, as the attribute would give one: "48 hours", not "a heat exchanger"
    # never its price (no price was asked): "costs $99 per month" says nothing of a contract
    figures = [f for f in entity.facts if ":" not in f and "$" not in f and _FIGURE.search(f)]
    scored = [(len(terms(f) & wanted), f) for f in figures]
    best = max((n for n, _ in scored), default=0)
    found = [f for n, f in scored if n == best]
    if best == 0 or len(found) != 1:
        return None
    said = re.sub(r"^It\b", cap(the(entity.name)), found[0])  # "It includes ..." of the plan
    part = Part(said, True, entities, [entity_source(entity)], [found[0]])
    part.attribute = label
    return part


def _unmeasured(text: str, said: str, entities: list[Entity], labels: list[str]) -> Part | None:
    """The gap when the question asks a measure in its unit ("how much does the pico weigh",
    "the boiler size in liters") and the sentences found state none: an attribute near it
    ("the boiler is heat exchanger") or the item's description answers another question."""
    measure = amount_asked(text)
    if measure is None or asks_price(text) or states_measure(said, measure):
        return None
    names = " and ".join(the(e.name) for e in entities)
    of = f"{names}'s {labels[0]}" if labels and len(entities) == 1 else names
    return gap(f"I don't have information on the {measure} of {of}.", entities)
