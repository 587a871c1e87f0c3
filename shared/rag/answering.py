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
from shared.rag.asked import amount_asked
from shared.rag.bm25 import tokenize
from shared.rag.compare import compares, comparison, siblings_named
from shared.rag.computed import ComputedAnswers, rate_checked
from shared.rag.counting import counted, states_count
from shared.rag.gaps import PRICE_STEMS
from shared.rag.included import asks_included
from shared.rag.listed import named_list
from shared.rag.matching import (
    asked_labels,
    attribute_sentences,
    evidence_of,
    known_counts,
    stated_counts,
)
from shared.rag.meaning import FACT_MATCH
from shared.rag.members import described_members
from shared.rag.order import Items, ambiguous, decode, encode, named_items, order_for
from shared.rag.parts import (
    DONT_KNOW,
    Part,
    entity_source,
    gap,
    merge_parts,
    source_of,
)
from shared.rag.passage_answers import subject
from shared.rag.passages import fact_sentence
from shared.rag.phrasing import (
    listing_sentence,
    price_sentence,
    summary_sentence,
    the,
)
from shared.rag.places import Place, place_in
from shared.rag.question import (
    GENERIC,
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
from shared.rag.resolve import Resolved, kind_named, resolve, same_root
from shared.rag.rules import (
    LEASE,
    Ruled,
    lease,
    lease_kind,
    total,
)
from shared.rag.types import Answer, Derivation
from shared.understanding.asked import asks_price

if TYPE_CHECKING:
    pass

_WH = re.compile(r"^\W*(?:where|when|who|what|which|why|how)\b", re.I)
#: A place matters to a question about serving it ("do you ship to the UK", "do your techs come
#: out to arizona", "we're in austin"), not to "something in matte black".
_SERVES = re.compile(
    r"\b(?:ship\w*|deliver\w*|install\w*|servic\w*|cover\w*|operat\w*|sell\w*|send\w*|"
    r"work\w*|come|comes|travel\w*|repair\w*|fix\w*|based|located|live|visit\w*|"
    r"(?:we|i) (?:re|are|am|m))\b"
)
_PRONOUN_ASK = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|this|that|those|these|one|ones)\b|\d", re.I)
# A question about an entity that also asks a company topic (its name removed) this near it
# gets that topic's fact too; lower than FACT_MATCH since the entity already anchors it.
POLICY_MATCH = 0.5


class Answerer(ComputedAnswers):
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
        rate_checked(merged, question)
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
            named = [e for e, _ in items]
            ruled = self._compared(question, named + siblings_named(question, named, self.catalog))
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

    def _compared(self, question: str, entities: list[Entity]) -> Ruled | None:
        if self._sentences is None or not compares(question, entities):
            return None
        flat = normalise(question)
        for mention in reversed(self.catalog.mentions(question)):
            flat = flat[: mention.start] + flat[mention.end :]
        purpose = flat if terms(flat) - GENERIC else question  # "... for a busy cafe?"
        vector = self._library.embed([purpose])[0]
        text, quoted = comparison(entities, self._sentences, vector, question)
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
        serves = _SERVES.search(normalise(text))  # "something in matte black" is no place
        if place and unknown and serves and all(word in place.split() for word in unknown):
            return self._scope(text, unknown)
        resolved = resolve(self.catalog, text, context)
        if resolved.unknown_model:
            return self._unknown_model(resolved)
        missing = self._missing_attribute(text, resolved.entities)
        if missing is not None:  # "how much caffeine is in the foundry?"
            return missing
        offer = self._offer(text, resolved, context)
        if offer is not None:  # "do we get the training free with it?" after the Pico
            return offer
        if not resolved.entities or resolved.kind:
            described = described_members(text, self.catalog)
            if described:  # "whats your lightest roast?" -> the Sunrise's "light" roast
                return self._described(described)
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
            []
            if labels or not named_here
            else asked_labels(text, self.catalog.entities, True, entities)
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
                missing = [m for e in entities if (m := self.price_gap(text, e))]
                if missing:  # "a replacement cartridge for the clarity": not the system's price
                    return gap(" ".join([*missing, *sentences]), entities)
                sentences.extend(self._priced(text, e) for e in entities)
        elif not labels:
            if self._unknown_ask(text, entities):  # "how big is the bean hopper on the X?"
                return Part(DONT_KNOW, False)
            found = self._entity_passage(text, entities)
            if found is None:
                return self._policy_part(text, entities) or self._from_passages(text, entities)
            amount = amount_asked(text)
            noun = counted(text)
            stated = states_count(found[0], noun) if noun else bool(re.search(r"\d", found[0]))
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
        # "filter" names the "filtration" it shares a root with (see resolve.kind_named)
        return bool(
            {w for w in rest if not w.isdigit() and not any(same_root(n, w) for n in named)}
        )

    def _entity_passage(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        wanted = terms(expanded(text))
        for entity in entities[:1]:
            sentence = fact_sentence(entity, wanted)
            if sentence is not None:
                return sentence, sentence
        return None


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
