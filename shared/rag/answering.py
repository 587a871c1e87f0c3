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
from collections.abc import Callable, Mapping
from functools import cached_property

import numpy as np
import numpy.typing as npt

from shared.catalog.model import Entity
from shared.catalog.words import normalise, numbers_in
from shared.rag.advice import advised, fitted
from shared.rag.asked_object import asked_verb, objects_checked
from shared.rag.bags import BagSize, bag_reply, bag_size, by_weight, minimum_in_bags, with_bags
from shared.rag.bm25 import tokenize
from shared.rag.brew_suited import suited
from shared.rag.candidates import guessed, ranked_picks, singles_out, which_one
from shared.rag.compare import (
    COMPARING,
    attribute_compared,
    compares,
    comparison,
    members_compared,
    siblings_named,
)
from shared.rag.computed import rate_checked
from shared.rag.conditions import said_no
from shared.rag.delivery import asks_delivery
from shared.rag.described import (
    counted_kind,
    described_member,
    epithet_member,
    family_numbered,
    last_word_member,
    numbered_member,
    weighed_member,
)
from shared.rag.eligibility import eligibility
from shared.rag.entity_answers import POINTS_BACK, says_name
from shared.rag.extra_cost import as_included
from shared.rag.facts import ASKED_BY, Fact
from shared.rag.featured import (
    featured_member,
    helped_member,
    modified_member,
    purposed_member,
    thing_member,
)
from shared.rag.features import asks_contents, recent_feature
from shared.rag.included import INCLUDED, asks_included
from shared.rag.listed import named_list
from shared.rag.matching import (
    asked_labels,
    asks_notice,
    asks_speed,
    counted_unit,
    evidence_of,
    known_counts,
    known_quantity,
    minimum_count,
    quantity_for,
    same_stem,
    stated_counts,
    states_notice,
    states_when,
)
from shared.rag.members import described_members
from shared.rag.message_parts import alternatives, anchored, folded
from shared.rag.minimums import stated_minimum
from shared.rag.offering import price_overview, range_answer
from shared.rag.order import (
    Items,
    ambiguous,
    as_ranked_kind,
    decode,
    encode,
    named_items,
    order_for,
    ranked_member,
    with_added,
)
from shared.rag.parts import (
    DONT_KNOW,
    Part,
    asks_rate,
    asks_whole_or_rate,
    entity_source,
    gaps_answered,
    merge_parts,
    says_price,
    source_of,
)
from shared.rag.periods import one_time_unpriced, with_year
from shared.rag.phrasing import cap, money, price_sentence, the
from shared.rag.picks import PickAnswers, ruled_answer
from shared.rag.place_answers import (
    here_named,
    outside_fee,
    placed,
    travel_named,
    unstated_outside,
    unused_place_words,
)
from shared.rag.pointed import pointed_member
from shared.rag.question import (
    GENERIC,
    as_custom,
    as_repairer,
    as_traded,
    as_warranted,
    context_then_ask,
    one_as_kind,
    one_of_alternative,
    rank_on_kind,
    refers_back,
    scope_place,
    shared_heads,
    split_items,
    split_parts,
    terms,
    thing_alone,
    untagged,
)
from shared.rag.question import (
    comparison as ranked_by,
)
from shared.rag.quote import delivered, with_delivery
from shared.rag.resolve import (
    THING_NOUNS,
    families_in_plural,
    kind_named,
    resolve,
    sibling_named,
)
from shared.rag.rest_of_topic import rest_of_section
from shared.rag.rules import (
    LEASE,
    Ruled,
    asks_discount,
    asks_monthly,
    bundles,
    credits,
    discount_gap,
    lease_kind,
    paid_amount,
    rate_named,
    stated_amount,
    together,
    total,
)
from shared.rag.situation_facts import situation_fact
from shared.rag.subject import on_subject
from shared.rag.told import asked_only, asks, told_apart, told_before, without_story
from shared.rag.types import Answer, Derivation
from shared.rag.under_price import under_price
from shared.rag.unmentioned import (
    choice_unknown,
    unmentioned_choice,
    unmentioned_name,
    with_unmentioned,
)
from shared.rag.value_words import attributes_named
from shared.rag.weighed import order_sum, weighed_sum, weights_in
from shared.rag.when import about_discussed, answer_shape, states_days
from shared.rag.which_member import among_discussed, members_with
from shared.understanding.advice import asks_advice, asks_fit
from shared.understanding.asked import (
    PRICE_WORDS,
    asked_bag_size,
    asked_secondhand,
    asks_cash_buyback,
    asks_eligibility,
    asks_lease,
    asks_minimum_bags,
    asks_other,
    asks_price,
    asks_reached,
    asks_remainder,
    asks_rental,
    asks_to_order,
    asks_total,
    asks_who_buys,
    purchase_condition,
)
from shared.understanding.bare_figures import with_unit
from shared.understanding.brew_methods import brew_method_asked
from shared.understanding.carried import label_of, opening_topic, with_object
from shared.understanding.compounds import as_singular_phrasal
from shared.understanding.courtesies import without_courtesies
from shared.understanding.deals import unknown_certifications, unknown_qualifiers
from shared.understanding.dictated import dictated_ask
from shared.understanding.entities.money import price_ceiling
from shared.understanding.entities.places import Place, place_in
from shared.understanding.foreign import foreign_named
from shared.understanding.item_only import names_only_an_item
from shared.understanding.learner_questions import as_native
from shared.understanding.lexicon import NUMBER_WORDS, alternation, number_value
from shared.understanding.per_site import sites_asked
from shared.understanding.planned_visits import visit_asked
from shared.understanding.pointing import alternative_numbered
from shared.understanding.price_policies import price_policy
from shared.understanding.questions import as_asked, as_compared, as_positive, asked_after_emoji
from shared.understanding.quoted import as_ours
from shared.understanding.reference import as_least, asks_the_rest
from shared.understanding.restricted_asks import without_restricted_alternative
from shared.understanding.revisions import adds
from shared.understanding.sentences import sentences
from shared.understanding.similes import without_similes
from shared.understanding.statement_asks import as_inverted
from shared.understanding.suspicion import without_suspicion
from shared.understanding.text import lines
from shared.understanding.topic_wise import as_topic
from shared.understanding.unbought import without_unbought

MEMBER_FLOOR = 0.6  # a need's clause this near a member's own sentence may name the member
MEMBER_MARGIN = 0.06  # ... when no other member's sentence comes this close to it

#: A place matters to a question about serving it ("do you ship to the UK", "do your techs come
#: out to arizona", "we're in austin"), not to "something in matte black".
_SERVES = re.compile(
    r"\b(?:ship\w*|deliver\w*|install\w*|servic\w*|cover\w*|operat\w*|sell\w*|send\w*|"
    r"work\w*|come|comes|travel\w*|repair\w*|fix\w*|based|located|live|visit\w*|"
    r"(?:we|i) (?:re|are|am|m))\b"
)


#: What a rule's answer already says: the cost, a total, a monthly payment, leasing.
_MONEY_ASK = re.compile(
    r"\b(?:monthly|a month|per month|payments?|bill|spend|come to|cost\w*|discount\w*|deal)\b"
)


def money_asked(part: str) -> bool:
    """Whether a part asks about money, which a rule's sum or lease already answers."""
    flat = normalise(part)
    return asks_price(part) or asks_total(part) or asks_lease(part) or bool(_MONEY_ASK.search(flat))


#: A singular reference with nothing after it ("can i lease that one?"): one of what was said.
_SMALL_COUNT = 12

#: The words of an ask for what something holds ("what do i get", "what's included").
_CONTENTS_WORDS = frozenset(terms("get include included includes cover covers come comes with"))


def _restates(sentence: str, ruled: Answer) -> bool:
    """Whether ``sentence`` is already in the rule's answer, or restates its figures (the
    trade-in's "we credit 15% ..." in another document's words)."""
    figures = numbers_in(sentence)
    # a small count alone is no figure of the rule ("3 or more locations" beside "3 x the
    # brewer"): a price, a percentage or a weight is
    telling = {f for f in figures if not (f.isdigit() and int(f) <= _SMALL_COUNT)}
    return sentence in ruled.text or bool(telling and figures <= numbers_in(ruled.text))


def _unpriced(anchor: str) -> str:
    """An anchor part without its price words ("whats the café launch consulting cost" -> "the
    café launch consulting"): the subject a following part asks something else of."""
    return " ".join(w for w in anchor.split() if normalise(w) not in _PRICE_ASK_WORDS)


_PRICE_ASK_WORDS = PRICE_WORDS | {"whats", "what", "how", "much", "s"}


def per_site(items: Items, previous: Items, question: str, sites: int | None) -> Items:
    """One item asked for at each site ("a lumen 2 in each", "leasing all three") as that many:
    the count the question gives, else the visitor's ``sites``; with no item named, the one
    discussed (``previous``). Unchanged otherwise (several items, a count already said, no count
    known)."""
    asked = sites_asked(question)
    items = items or (previous if asked is not None else [])
    if asked is None or len(items) != 1 or items[0][1] != 1:
        return items
    count = asked or sites or 0
    return [(items[0][0], count)] if count >= 2 else items


def _worked_on(question: str, answer: Answer, credited: str | None) -> str | None:
    """The visitor's amount a credit in ``answer`` was worked on ("we paid $12,000 ..." when
    15% of $12,000 is derived; or the amount ``credited`` before, worked on again), else None."""
    amount = paid_amount(question) or stated_amount(question) or credited
    worked = amount is not None and any(amount in d.operands for d in answer.derived)
    return amount if worked and credits(" ".join([*answer.evidence, answer.text])) else None


def _unsaid(words: set[str], said: frozenset[str]) -> set[str]:
    """The ``words`` no word of ``said`` shares a stem with ("delivery" is said by a section
    saying "deliveries")."""
    return {w for w in words if not any(same_stem(w, s) for s in said)}


def _summed_before(item: str, parts: list[Part]) -> bool:
    """Whether ``item`` asks a sum an earlier part of the message has already worked out."""
    asked = asks_total(item) or asks_price(item)
    return asked and any(p.known and p.derived for p in parts)


def summed_parts(answer: Answer, parts: list[Part]) -> None:
    """Adds to ``answer`` the total of the items its parts priced one each (an item named by
    what it does is found by its part, not by the order's names); nothing when a part is
    about several items (a family named: which member is meant is not known)."""
    about = [p.entities for p in parts if p.known and p.entities]
    if not about or any(len(entities) != 1 for entities in about):
        return
    entities = list({e[0].name: e[0] for e in about}.values())
    summed = together(entities)
    priced = all(money(e.price.amount) in answer.text for e in entities if e.price)
    if summed is not None and priced:  # each price said, so the sum reads as its lines
        answer.text = f"{answer.text} {summed.text}"
        answer.derived.extend(summed.derived)


#: The order minimum asked in so many words ("is there a minimum", "what's the min order").
_MINIMUM_ASKED = re.compile(
    r"\b(?:is\s+there|are\s+there|what'?s|whats|what\s+is|any)\s+(?:a\s+|the\s+|your\s+|ur\s+)?"
    r"min(?:imum)?s?\b",
    re.I,
)

#: The items discussed counted by the ask that sums them: "the three", "all 3", "both".
_ITEMS_COUNTED = re.compile(
    r"\b(?:(?:the|all|those|these)\s+(\d+|"
    + alternation(w for w, v in NUMBER_WORDS.items() if v >= 2)
    + r")|(both))\b"
)

#: The word joined to an item by "plus", "and" or "with": "lumen 2 group plus consulting".
_JOINED = re.compile(r"\b(?:plus|and|with)\s+(?:the\s+|your\s+)?([a-z]+)\b")
#: A price asked per weight: of a coffee, never of a plan counted by sites.
_PER_WEIGHT = re.compile(r"\b(?:per|a|the|by the) (?:pound|lb|lbs|kilo|kg|bag)\b")

MAX_ITEMS_ASKED = 3  # an attribute alone is asked of at most this many items named before it


class Answerer(PickAnswers):
    """Answers questions from one loaded bundle: catalog first, then facts and sentences."""

    def answer(
        self,
        question: str,
        recent: list[str] | None = None,
        attribute: str | None = None,
        details: Mapping[str, object] | None = None,
        order: list[str] | None = None,
        subject: str | None = None,
        credited: str | None = None,
    ) -> Answer:
        """Answer every part of ``question``; ``recent`` names the entities last discussed and
        ``attribute`` the attribute last asked, which a follow-up that asks none keeps ("and
        the grinder?" after a warranty question). ``details`` are what the visitor has told
        the chat (its collected fields): a question pointing back with nothing discussed yet
        is about the entities they named ("Interested in the multi-site plan" ... "what would
        that cost?"), and a price per location is counted for their ``locations``. ``order`` is the
        order under discussion (``Answer.order`` of the previous answer): "lease all of it"
        and "add the atlas 64" lean on it; the answer carries the order after this turn.
        ``subject`` is the section heading of a latest answer that named no item (see
        :mod:`shared.rag.subject`): "how much coffee is in it?" after the sample kit.
        ``credited`` is the visitor's amount the previous answer worked a credit on
        (``Answer.credited``): "so what would we pay for the lumen 3 group after that"."""
        question = asked_after_emoji(question)  # "... for my class 📚 r u a b corp": asked apart
        question = without_courtesies(question)  # "Dear Sir, ...? Kind regards", "... danke"
        question = without_similes(question, self._speller.in_knowledge)  # "hard as a rock"
        question = without_suspicion(question)  # "the fine print on X", "or just marketing?"
        question = without_unbought(question)  # "X cost if we don't buy a machine": X's own
        question = without_restricted_alternative(question)  # "anyone, or only some?"
        place = place_in(question)  # before spelling: "vancouver bc" is no "because"
        # "... do we still have to pay for training?" is read before "still" is dropped
        spelt = as_included(self._speller.correct(question))
        question = self._topic_kept(spelt, untagged(spelt))  # "for a house blend: ..."
        question = as_native(question)  # "and there is a fee?": "and is there a fee?"
        question = as_topic(question)  # "what do u do sustainability wise": "for sustainability"
        question = as_positive(question)  # "you probably don't do X, right?": "do you do X?"
        question = as_inverted(question)  # "training is that extra": "is training extra?"
        question = foreign_named(question, self.catalog, self._speller.known)  # "2 group Astoria"
        question = as_asked(question)  # "return an unused grinder": "can we return ...?"
        question = as_compared(question)  # "grateful for a comparison of A and B": compare
        question = visit_asked(question)  # "we might visit, maybe on a saturday": that day?
        question = as_least(question)  # "how many sites needed": the minimum sites
        question = as_custom(question)  # "a blend with our name on it": a custom blend
        question = as_traded(question)  # "if we hand it over": a trade-in
        question = as_repairer(question)  # "if it breaks, do you have someone in Texas"
        question = as_warranted(question)  # "is the X covered? it's 8 months old": warranty
        question = as_ours(question, self._one_item)  # "we pay 10.35 a lb for X. what are yours?"
        question = one_as_kind(question, self._kind_heads)  # "... gives me one to borrow"
        question = rank_on_kind(question, self._kind_heads)  # "grinder too. cheaper?"
        question = one_of_alternative(question, self._family_words)  # "the small X or the big one"
        question = here_named(question, place)  # "... take to get here" from calgary
        question = travel_named(question, place)  # "how fast does coffee get to chicago"
        question = described_member(question, self.catalog)  # "the ethiopian one"
        question = last_word_member(question, self.catalog)  # "the espresso most cafés pour"
        question = as_ranked_kind(question)  # "the cheapest of your coffees"
        question = ranked_member(question, self.catalog)  # "your smallest coffee machine"
        question = featured_member(question, self.catalog)  # "the grinder that weighs it"
        question = modified_member(question, self.catalog)  # "the group maintenance plan"
        # "anything to protect the machine", "anything to stop that eating the machine"
        question = purposed_member(question, self.catalog, self._nearest_member)
        question = thing_member(question, self.catalog, THING_NOUNS)  # "the batch machine"
        question = helped_member(question, self.catalog, self._documents)  # "help w/ layout"
        if weights_in(question):  # "120 lb of your house espresso": the sums need its name
            question = epithet_member(question, self.catalog)  # (retrieval finds the words)
        question = numbered_member(question, self.catalog)  # "2 grinders, the 64s"
        question = family_numbered(question, self.catalog)  # "and the Lumen 2?"
        question = alternative_numbered(question, self._item_names)  # "Atlas 64 or 75"
        question = pointed_member(question, recent or [], self.catalog)  # "and the 75?"
        question = weighed_member(question, self.catalog)  # "20 lb decaf"
        question = counted_kind(question, self.catalog)  # "three brewers"
        question = rate_named(question, self._rule_sentences)  # "the 10% off": the discount
        named_alone = names_only_an_item(question) and self._names_subject(question)
        if attribute == INCLUDED and subject and named_alone:
            # "is install included" then "for the pico i mean": the same ask of the item
            question = f"{subject}: is it included {question}"
        anchored_question = on_subject(
            question,
            subject,
            self._subject_named(subject),
            self._heading_states_days,
            place.name if place else None,
        )
        if anchored_question != question:  # "it" is the section just quoted, not an item
            question, recent, order = anchored_question, [], []
        question = with_unit(question, self._price_unit(recent or []))  # "240 a month" -> lb
        bagged = by_weight(question, self._bag_size)  # "25 bags of foundry" -> "125 lb"
        context = list(recent or [])
        if context and self._antecedent_here(question, context):
            context = []  # "if we buy the machine from you, who installs it?" after consulting
        if not context and details and refers_back(question):
            context = self._named_in(details)
        told = self._topic_told(details or {}) if not context and not subject else None
        if told is not None and not order and refers_back(question):
            # "we want our own house blend with our name on it", then "how long does that
            # take start to finish?": the wish told is what "that" is
            question = f"{told}: {question}"
        ranked = ranked_picks(question, context, self.catalog)  # "the bigger one": of which?
        found = self._answer(
            bagged.text if bagged else question,
            place,
            context,
            ranked,
            attribute,
            details,
            order,
            credited,
        )
        found = with_bags(found, bagged) if bagged else found
        if guessed(question, recent or [], found, self.catalog, ranked):
            return which_one(recent or [])  # "how many groups does it have?" after two machines
        found = one_time_unpriced(found, question)  # "a one-off repair visit": no plan's fee
        found.credited = _worked_on(question, found, credited)
        if found.grounded and not found.entities and found.attribute is None:
            # "whats the warranty on", answered in general: the one attribute asked, kept for
            # the item named next ("the grinder i mean")
            labels = asked_labels(question, list(self.catalog.entities))
            found.attribute = labels[0] if len(labels) == 1 else None
        if found.grounded and found.attribute is None and asks_included(question):
            found.attribute = INCLUDED  # "is install included": the next item named is asked it
        if found.grounded:
            self._rank_priced(found, question)  # "and the cheaper one, does it ...": its price
        name = unmentioned_name(question, self._speller.known, self._naming_words)
        return with_unmentioned(found, name)  # "can i pay with paypal?"

    @cached_property
    def _documents(self) -> dict[str, str]:
        """The knowledge base's documents by source: their chunks' headings and text."""
        documents: dict[str, list[str]] = {}
        for chunk in self._library.chunks:
            documents.setdefault(chunk.source, []).append(f"{chunk.heading} {chunk.text}")
        return {source: " ".join(texts) for source, texts in documents.items()}

    def _names_own_subject(self, item: str) -> bool:
        """Whether ``item`` names a subject of its own, a section's or an item's ("... plus the
        on site course for the rest, total?" asks the course beside the sum before it)."""
        return self._names_subject(item) or bool(resolve(self.catalog, item, []).entities)

    def _names_one(self, part: str, found: Part) -> str | None:
        """The one item ``part`` itself names (not by the items discussed before it), when the
        answer ``found`` is about it alone; else None (a part answered by nothing may resolve
        to an item by a loose word: "which of your coffees would suit an urn")."""
        if not found.known or len(found.entities) != 1:
            return None
        own = [e.name for e in resolve(self.catalog, part, []).entities]
        return own[0] if own == [found.entities[0].name] else None

    def _price_unit(self, recent: list[str]) -> str | None:
        """The price unit of the one item last discussed ("per lb"), else None."""
        found = self.catalog.get(recent[0]) if len(recent) == 1 else None
        return found.price.unit if found is not None and found.price is not None else None

    def _answer(
        self,
        question: str,
        place: Place | None,
        context: list[str],
        ranked: list[Entity],
        attribute: str | None,
        details: Mapping[str, object] | None,
        order: list[str] | None,
        credited: str | None = None,
    ) -> Answer:
        """:meth:`answer` of the spelt question, about the items discussed (``context``: the
        recent ones, else those the visitor's details name when it points back), of which
        ``ranked`` are those a rank word picks."""
        if singles_out(question, context, self.catalog):
            return which_one(context)  # "can i lease that one?" after three machines: ask
        if len(ranked) > 1:  # "the bigger one" after two grinders and two machines: ask
            return which_one([e.name for e in ranked])
        undecided = self._undecided(question, context)
        if undecided is not None:  # "summarise what it would all cost" after "X or Y?"
            return undecided
        counts = {**known_counts(details or {}), **stated_counts(question, self._thing_words)}
        limited = under_price(self.catalog, question)
        if limited is not None:  # "is there anything under 5 grand for espresso"
            within, below = limited
            rest = " ".join(p for p in split_parts(question) if price_ceiling(p) is None)
            under = ruled_answer(within, [(e, 1) for e in below], [])
            return self._with_other_asks(under, rest, attribute, counts)
        offered = range_answer(self.catalog, self._library.chunks, question)
        if offered is not None:  # "what DO you do apart from coffee beans"
            return offered
        glance = None if context or order else price_overview(self.catalog, question)
        if glance is not None:  # "pricing?" first: the prices at a glance, then which one
            return glance
        brewed = self._brew_suited(question)
        if brewed is not None:  # "which of your coffees would suit a big urn?": drip's coffee
            suited_answer = merge_parts([brewed])
            rest = "\n".join(  # a line of a list is an ask of its own: "1) brewer + price"
                line
                for part in split_parts(question)
                for line in part.splitlines()
                if brew_method_asked(line) is None
            )
            if not any(asks(part) for part in split_parts(rest)):
                return suited_answer
            # the message's other asks answered as their own question ("... what batch brewer
            # do you carry + price"; "... can we get deliveries weekly?"), after the coffee
            other = self._answer(rest, place, context, ranked, attribute, details, order)
            return _beside(suited_answer, other) if other.grounded else suited_answer
        advice = advised(self.catalog, question, details)
        if advice is not None:  # "cheapest espresso setup that can cope with that?"
            said, picks = advice
            suggested = ruled_answer(said, [(e, 1) for e in picks], [])
            # its other asks still answered: "... and can your tech install it?"
            rest = " ".join(p for p in split_parts(question) if not asks_advice(p))
            return self._with_other_asks(suggested, rest, attribute, counts)
        fit = fitted(self.catalog, question, details)
        if fit is not None:  # "is the lumen 2 group a good fit?" for the 120 a day they told
            said, picks = fit
            suggested = ruled_answer(said, [(e, 1) for e in picks[:1]], [])
            suggested.entities = [e.name for e in picks]
            rest = " ".join(p for p in split_parts(question) if not asks_fit(p))
            return self._with_other_asks(suggested, rest, attribute, counts)
        counted = self._counted_recent(question, context, counts)
        if counted is not None:  # "so total for 9 people how much?" after the online course
            return self._with_other_asks(counted, question, attribute, counts)  # "... capped?"
        summed = self._summed_part(question, context)
        if summed is not None:  # "lead time on the 3-group? total for the three?"
            return self._with_other_asks(summed, question, attribute, counts)
        # the order so far; with none, the one item last discussed ("add an atlas 75")
        alone = [(e, 1) for n in context[:1] if len(context) == 1 and (e := self.catalog.get(n))]
        previous = (
            decode(self.catalog, order or []) or alone or self._summed_back(question, context)
        )
        sites = counts.get("location")  # "a lumen 2 in each" of the visitor's 5 gyms
        ruled = self._ruled(
            question, previous, attribute, place or place_in(question), sites, credited, context
        )
        if ruled is not None:
            return self._with_other_asks(ruled, question, attribute, counts)
        offer = self._offer_asked(question, context)
        if offer is not None:  # "if i buy the lumen, how much more for the training?"
            return merge_parts([offer])
        picked = self._picked(question) or self._kinds_weighed(question)
        if picked is not None:  # "... which plan?", "a batch brewer or an espresso machine?"
            return picked
        parts: list[Part] = []
        heads = {kind.split()[-1] for kind in self.catalog.kinds()}
        prices = asks_price(question)
        split, stories = self._story_apart(split_parts(question))
        read = anchored(folded(split))
        asking = told_apart(
            read,
            self.unknown_terms,
            self._names_subject,
            self._mentions,
            self._items_in,
            stories,
        )
        before = told_before(read, self.unknown_terms, stories)
        resolved_parts: set[str] = set()  # the parts whose answer found their one item
        topic_named = self._names_topic(question)  # "a house blend: A and B": B's subject too
        for part, anchor in asking:
            choice = unmentioned_choice(
                part, self._speller.known, self._speller.in_knowledge, self._naming_words
            )
            if choice:  # "what roaster do you roast on, a Probat or a Loring?": not ours to say
                parts.append(Part(choice_unknown(choice), False))
                continue
            items = alternatives(part, split_items(shared_heads(part, heads)), self.catalog)
            price = asks_price(part)
            listed = named_list(part, self.catalog) if prices else []
            if listed:  # "just need prices. lumen 2 group, atlas 75, batch brewer"
                items, price = listed, True
            # "it" carries the last entities; with none it means the part before
            # (a count alone points back only when the anchor names no item: "multisite.
            # monthly for 3?" counts the Multi-site plan the visitor put first)
            anchor = anchor if not (context and self._points_back(part, anchor)) else ""
            # "what's your cheapest plan and what do i get?": the part before found its one
            # item, which is now the context; its words would resolve the kind again
            anchor = "" if any(anchor.endswith(p) for p in resolved_parts) else anchor
            for n, item in enumerate(items):
                if _summed_before(item, parts) and not self._names_own_subject(item):
                    continue  # "... for 3 cafés. what's the monthly total?": the sum is said
                asked = n == 0 and asks_price(item)
                text = item if asked or not price else f"price of {item}"
                # the anchor gives the subject, not its ask: "X cost and what do i get"
                subject = anchor if asks_price(item) else _unpriced(anchor)
                text = f"{subject} {text}" if subject else text
                # "for a house blend: ... and how long does it take to develop?"
                found_names = list(dict.fromkeys(e.name for p in parts for e in p.entities))
                text = with_object(text, question, found_names, topic_named)
                told = before.get(part, "")
                # "X plus Y cost, and the warranty"
                text = self._of_items_named(text, [e.name for p in parts for e in p.entities])
                fee = self._told_fee(text, f"{' '.join(p for p, _ in asking)} {told}")
                # "how long before X ships? and the Y?": the part before's attribute is kept
                kept = next((p.attribute for p in reversed(parts) if p.attribute), attribute)
                found = fee or self._part(text, context, kept, counts)
                # a count remarked, not told ("2, well 3 with the kiosk. Two running right
                # now. can we get the multi-site plan?"), is the message's too
                sites_told = told or (question if asks_eligibility(question) else "")
                if sites_told and not fee and not asks_eligibility(text):
                    # "we have only two hotel properties. can we get the multi-site plan?":
                    # the count told before makes the ask one of the item's condition
                    owners = found.entities or self.catalog.mentioned(text)
                    found = eligibility(f"{sites_told} {text}", list(owners)) or found
                if found.known and told and stated_amount(told) and not stated_amount(text):
                    # "our old machine cost $11,000 new. what credit would we get?"
                    self._percent_on_question(f"{told} {text}", found.text, found)
                elif found.known and (paid_amount(text) or len(asking) == 1):
                    # the amount inside the ask ("if i trade it in, it was 6000 new, what do i
                    # get") or in the one ask's statement ("we paid $12,000 ... trade in worth")
                    self._paid_credit(text if paid_amount(text) else question, found)
                if not found.known and not anchor and before.get(part):
                    # the ask alone finds nothing: its statement may say what it is about
                    # ("we get a weekly coffee delivery. can i skip next week")
                    second = self._part(f"{before[part]} {text}", context, attribute, counts)
                    found = second if second.known else found
                labelled = re.split(r":\s+", text)
                if not found.known and len(labelled) > 1 and labelled[-1].strip(" ?.!"):
                    # "vendor onboarding form: year founded": the words before the colon
                    # label the ask (a form, an order); the ask after it alone may be answered
                    after = self._part(labelled[-1], context, attribute, counts)
                    found = after if after.known else found
                remainder = self._rest_of(parts[-1], item) if not found.known and parts else None
                if remainder is not None and not remainder.text:
                    continue  # "... what's the catch?" after the whole section was said
                found = remainder or found  # "... what's the catch?": the rest of that section
                if anchor and found.known and asks_price(item):
                    # "is the consulting thing worth it what does it cover and how much": the
                    # part before's words find its item again, described; the price is asked
                    owners = found.entities or (parts[-1].entities if parts else [])
                    found = self._price_of(found, owners, item, counts)
                if (
                    found.known
                    and not anchor
                    and asks_price(item)
                    and asks_rate(item)
                    and not says_price(found.text, item)
                    # "one price or hourly?": the item's own price, with no unit, is the one
                    and not (found.entities and asks_whole_or_rate(item))
                ):
                    found = Part(DONT_KNOW, False)  # a rate asked, sentences with no rate
                if found.known and asks_notice(item) and not states_notice(found.text):
                    found = Part(DONT_KNOW, False)  # "how far in advance ...": no lead time said
                if found.known and asks_speed(item) and not states_when(found.text):
                    found = Part(DONT_KNOW, False)  # "how fast do ur techs get to ...": no time
                if found.known and discount_gap(item, found.entities, self._facts):
                    found = Part(DONT_KNOW, False)  # "... a year up front, any discount?"
                shape = answer_shape(item) if not found.known else None
                if shape and any(p.known and shape(p.text) for p in parts):
                    continue  # "... and when did you become one": the year is said already
                # the label the ask names ("take the caffeine out": the decaf process) before
                # one the answer happens to say ("a medium roast decaffeinated by ...")
                asked_label = asked_labels(item, found.entities) if found.known else []
                found.attribute = (
                    found.attribute
                    or (asked_label[0] if len(asked_label) == 1 else None)
                    or self._label_said(found)
                )
                found.asked = item
                no = said_no(text, found.text) if found.known else None
                no = no or self.unmet_rule(question, found)  # "can i trade it in? its dead"
                found.text = no or found.text  # "opened a bag ... can we send it back?"
                parts.append(found)
                if found.entities and any(says_name(found.text, e) for e in found.entities):
                    # a sentence naming none of them (the custom blend's minimum, filed under
                    # the blends) leaves "it" in the next part to mean this part's subject
                    context = [e.name for e in found.entities]
                    if len(found.entities) == 1:
                        resolved_parts.add(part)
                elif not found.known and len(named := self.catalog.mentions(part)) == 1:
                    # "we'd like the Sunrise on sundays." found nothing to say: the item it
                    # names is still what "which one, price per lb?" after it asks about
                    context = [named[0].entity]
                elif context and (one := self._names_one(part, found)) is not None:
                    # "would you do in-person training too? what does that cost": answered by
                    # its section's sentences, the one item the part names is what "that" is,
                    # not the item discussed before (with none, the part itself is: its anchor)
                    context = [one]
        merged = merge_parts(parts)
        merged.attribute = next((p.attribute for p in parts if p.attribute), None)
        if asks_total(question) and not merged.derived:  # "X and the grinder that ... total?"
            summed_parts(merged, parts)
        if asks_included(question):  # "do we get the training free with it?"
            self._condition(merged, [e for e, _ in previous])
            self._sibling_only(merged, question)  # "... does that include a loaner grinder?"
        rate_checked(merged, question, counts.get("location"))
        if place is not None and merged.grounded:  # "... we're in columbus ohio"
            self._placed(merged, question, place)
        # "how much is that plan for a whole year" (not "... a yearly checkup" told before)
        with_year(merged, " ".join(p for p, _ in asking) or question)
        if prices and merged.grounded and not merged.entities and "$" not in merged.text:
            self._priced_source(merged)  # "do u help w opening a cafe? ... cost?"
        if len(merged.entities) == 1:  # one item discussed is an order of it; a listing is not
            merged.order = self.stated_order(question, merged.entities[0])
        return merged

    def _ruled(
        self,
        question: str,
        previous: Items,
        attribute: str | None = None,
        place: Place | None = None,
        sites: int | None = None,
        credited: str | None = None,
        context: list[str] | None = None,
    ) -> Answer | None:
        """Leasing, a delivered total (to ``place``) or a total over the whole message (it may
        name several items), or over the order under discussion (``previous``) when the
        message adds to it or points back; one item asked for at each of the visitor's
        ``sites`` (or "all three") counts that many."""
        items = per_site(order_for(self.catalog, question, previous), previous, question, sites)
        sited = self._sited(question, items, sites, context or [])
        if sited is not None:  # "monthly total for 2 shops on Pro": 2 x $99 a month
            found = ruled_answer(sited[0], [(sited[1], 1)], [])
            with_year(found, question)  # "pro for 2 shops, cost per year?": that x 12
            return found
        follow = attribute == LEASE  # "whats the monthly then" after a leasing answer
        # "pair it with the smaller grinder", "what if I add the smaller grinder? would that
        # qualify?" after a leasing answer
        added = self._added_in_short(question, previous, follow and asks_reached(question))
        items = added or items
        items = self._joined_back(question, previous, items)  # "Lumen 2-Group + consulting"
        items = self._counted_back(question, items)  # "if we lease two of them"
        items = [] if items and ambiguous(self.catalog, question) else items  # "plus grinders"
        if not items and previous and not self.catalog.mentioned(question):
            # "roughly per month?" after a leasing answer, "total pls" after two items: the
            # order so far, named by no word of the question
            back = (
                (follow and asks_monthly(question))
                or (len(previous) > 1 and asks_total(question))
                # "can we lease the rest?" after a credit worked on the item discussed
                or bool(credited and asks_lease(question) and asks_remainder(question))
            )
            items = list(previous) if back else items
        terms = self._delivery_terms
        ruled = delivered(self.catalog, question, items, self._facts, terms, place)
        summed = weighed_sum(self.catalog, question, self._facts)  # "60 lb X + 40 lb Y"
        # "what's that come to per month?" after the visitor stated what they order by weight
        summed = summed or order_sum(self.catalog, question, previous, self._facts)
        ruled = ruled or with_delivery(summed, question, terms, place)  # "... to Denver"
        asked = asked_only(split_parts(question))  # "we got the lease for a kiosk." asks none
        options = None if ruled else self._options(question, sites, context)
        if options is not None:  # "we're on essential, how much more would pro be?"
            return ruled_answer(options[0], [(e, 1) for e in options[1]], [])
        ruled = ruled or bundles(question, self._bundled(question), self._facts)
        ruled = ruled or self._leased_left(question, asked, items, credited)  # "lease the rest"
        ruled = ruled or self._summed_paid(question, asked, items, follow)
        ruled = ruled or self._credited(question, items, credited)
        cheaper = None if ruled else self._cheaper(question)
        if cheaper is not None:  # "onsite for my 6 staff or all 6 through the online course"
            return ruled_answer(cheaper[0], [(e, 1) for e in cheaper[1]], [])
        counted = None if ruled or cheaper or items else self._members_counted(question)
        if counted is not None:  # "how much is barista training for my staff of 4"
            return ruled_answer(counted[0], [(e, 1) for e in counted[1]], [])
        kind = None if items else kind_named(self.catalog, question)
        order = encode(items)
        if ruled is None and kind is not None:  # "do you finance espresso machines?"
            items = [(e, 1) for e in self.catalog.of_kind(kind)]
            ruled = lease_kind(asked, kind, [e for e, _ in items], self._facts)
            items, order = (items, []) if ruled is not None else ([], [])
        if ruled is None:
            # no side named: the members of the kind whose difference is asked ("your grinders")
            named = [e for e, _ in items] or members_compared(question, kind, self.catalog)
            # "we're buying the lumen 2 for sure. atlas 64 or 75 for a small place?": the
            # sides are those the asking part weighs, not the item the story settled
            named, weighed = self._asked_sides(question, named)
            ruled = self._compared(weighed, named + siblings_named(weighed, named, self.catalog))
            items = [(e, n) for e, n in items if e in named] if weighed != question else items
            order = []  # a comparison weighs alternatives: no order
        return None if ruled is None else ruled_answer(ruled, items, order)

    def _sited(
        self, question: str, items: Items, sites: int | None, context: list[str]
    ) -> tuple[Ruled, Entity] | None:
        """A flat price paid per month counted by the places the question gives
        ("for 2 shops", "all 4") said as that many sites ("The Pro plan for 2 sites: 2 x $99
        per month = $198 a month"), never as that many months; None for other items. A member
        the question names in short among those discussed is the one counted ("2 shops on
        Pro" after the Multi-site and Essential plans)."""
        if sites_asked(question) is None:
            return None
        short = (
            None if named_items(self.catalog, question) else self._named_short(question, context)
        )
        items = per_site([(short, 1)], [], question, sites) if short else items
        if len(items) != 1 or items[0][1] < 2:
            return None
        entity = items[0][0]
        asked = resolve(self.catalog, question, context).entities
        if asked and entity not in asked:  # "the pro for all three shops" after another
            return None
        if _PER_WEIGHT.search(normalise(question)):  # "decaf for all three shops, per pound?"
            return None
        # a price per location is counted (and carried over a year) by its own unit's sums
        if entity.price is None or entity.price.unit is None or counted_unit(entity) is not None:
            return None
        said = self._for_sites(question, entity, items[0][1])
        return None if said is None else (Ruled(said[0], said[1], []), entity)

    def _added_in_short(self, question: str, previous: Items, reached: bool = False) -> Items:
        """The order so far with the one item a total adds by its rank or kind alone ("I'd
        pair it with the smaller grinder. What's the total for both?" after the Pico: the Pico
        and the Atlas 64); none unless a total is asked, or a threshold judged just before is
        asked again (``reached``: "would that qualify?"), and the message adds."""
        if not (previous and adds(question) and (asks_total(question) or reached)):
            return []
        if named_items(self.catalog, question):
            return []  # named in full: the order rules add it
        found = resolve(self.catalog, question, []).entities
        held = {e.name for e, _ in previous}
        return [*previous, (found[0], 1)] if len(found) == 1 and found[0].name not in held else []

    def _joined_back(self, question: str, previous: Items, items: Items) -> Items:
        """The items named with an item of the order so far joined to them by a word of its
        own name ("Lumen 2-Group + consulting, total?" after the launch consulting: both);
        ``items`` unchanged unless a total is asked."""
        if not (items and previous and asks_total(question)):
            return items
        joined = set(
            tokenize(" ".join(_JOINED.findall(normalise(question.replace("+", " plus ")))))
        )
        held = {e.name for e, _ in items}
        back = [(e, n) for e, n in previous if e.name not in held and joined & self._own_words(e)]
        return [*items, *back] if back else items

    def _own_words(self, entity: Entity) -> set[str]:
        """The words of ``entity``'s name no other item's name holds ("consult" of the Café
        Launch Consulting), generic words aside."""
        others = {w for e in self.catalog.entities if e is not entity for w in tokenize(e.name)}
        return set(tokenize(entity.name)) - others - GENERIC

    def _named_short(self, question: str, context: list[str]) -> Entity | None:
        """The one member a question names only in short ("on Pro"), read as :func:`resolve`
        does or by a name word among the siblings of the items discussed."""
        found = resolve(self.catalog, question, context).entities
        if len(found) == 1:
            return found[0]
        return sibling_named(self.catalog, question, context)

    def _points_back(self, part: str, anchor: str) -> bool:
        """Whether ``part`` leans on the items discussed rather than on the ``anchor`` put
        before it: a pronoun, or a figure when the anchor names no item."""
        if POINTS_BACK.search(re.sub(r"\d", " ", part)):
            return True
        return bool(re.search(r"\d", part)) and not self.catalog.mentioned(anchor)

    def _counted_recent(
        self, question: str, context: list[str], counts: Mapping[str, int]
    ) -> Answer | None:
        """A price asked for a count of what an item discussed is priced per, naming no item
        ("so total for 9 people how much?" after the online course at $120 per staff member:
        9 x $120 = $1,080), or a total asked with no count of the visitor's that ``counts``
        holds ("per month total?" after the plans, from 4 cafés: the Multi-site plan's 4 x
        $79); None unless exactly one item discussed is priced per that unit and the count
        meets its minimum. In a message of several asks, the one part that names no item is
        read ("so 4 x 79, what's that per month? and is Foundry in the 10%?")."""
        if not self.catalog.mentioned(question):
            return self._counted_part(question, context, counts)
        parts = [p for p in split_parts(question) if not self.catalog.mentioned(p)]
        found = [a for p in parts if (a := self._counted_part(p, context, counts)) is not None]
        return found[0] if len(found) == 1 else None

    def _counted_part(
        self, question: str, context: list[str], counts: Mapping[str, int]
    ) -> Answer | None:
        """:meth:`_counted_recent` of one ask naming no item."""
        if not (asks_price(question) or asks_total(question)):
            return None
        if asks_other(question) or asks_lease(question):  # "delivery for 3 locations?"
            return None
        recent = [e for n in context if (e := self.catalog.get(n)) is not None]
        counted = [
            (e, q)
            for e in recent
            if counted_unit(e) and (q := quantity_for(question, e, self.catalog)) is not None
        ]
        if not counted and asks_total(question):  # the total of the count they told before
            counted = [(e, q) for e in recent if (q := known_quantity(e, counts)) is not None]
        if len(counted) != 1:
            return None
        entity, quantity = counted[0]
        floor = minimum_count(entity)
        if floor is not None and quantity[0] < floor[0]:
            return None  # "made for 3 or more locations": the entity's own answer says so
        derived: list[Derivation] = []
        said = self._per_unit(question, entity, derived, quantity)
        ruled = Ruled(" ".join(said), derived, [])
        return ruled_answer(ruled, [(entity, 1)], []) if said else None

    def _bundled(self, question: str) -> list[Items]:
        """The items of each line that names several, when two lines or more do: bundles laid
        out as a list ("A) Pico + Atlas 64" / "B) Pico + Atlas 75 + Clarity"); a list of one
        item a line is one order."""
        groups = [named_items(self.catalog, line) for line in lines(question)]
        bundles = [group for group in groups if len(group) >= 2]  # one a line: one order
        return bundles if len(bundles) >= 2 else []

    def _summed_back(self, question: str, context: list[str]) -> Items:
        """The items last discussed, one of each, when a total is asked naming none ("total
        pls" after "pico and the cheaper grinder"); none otherwise."""
        if len(context) < 2 or not asks_total(question) or self.catalog.mentioned(question):
            return []
        return [(e, 1) for n in context if (e := self.catalog.get(n)) is not None]

    def _summed_part(self, question: str, context: list[str]) -> Answer | None:
        """The total of the items last discussed asked in one part of a message whose other
        parts name an item ("lead time on the 3-group? total for the three?" after the
        3-Group, the Atlas 75 and the Clarity); None for a message of one ask (the order
        rules read it whole) or when the part counts other than the items discussed."""
        parts = split_parts(question)
        if len(parts) < 2 or not self.catalog.mentioned(question):
            return None
        back = [p for p in parts if self._summed_back(p, context)]
        if len(back) != 1:
            return None
        items = self._summed_back(back[0], context)
        said = _ITEMS_COUNTED.search(normalise(back[0]))
        number = None if said is None else 2 if said.group(2) else number_value(said.group(1))
        if said is not None and number != len(items):
            return None  # "total for the two?" after three items: which two?
        ruled = total(back[0], items)
        return None if ruled is None else ruled_answer(ruled, items, encode(items))

    def _counted_back(self, question: str, items: Items) -> Items:
        """The one item discussed counted by a question that names no item ("how much every
        month if we lease two of them" after the Lumen 2-Group: 2 of it); unchanged else."""
        if len(items) != 1 or items[0][1] != 1 or self.catalog.mentioned(question):
            return items
        counted = quantity_for(question, items[0][0], self.catalog)
        return [(items[0][0], counted[0])] if counted and counted[1] == "of them" else items

    def _told_fee(self, text: str, message: str) -> Part | None:
        """A fee asked, naming no item, of the one item the rest of the ``message`` names ("we
        want to return an unused atlas 75. what's the restocking fee in dollars": 10% of
        $2,450 is $245)."""
        told_items = self.catalog.mentioned(message)
        if len(told_items) != 1 or self.catalog.mentioned(text):
            return None
        return self._fee(text, told_items)

    def _paid_credit(self, text: str, found: Part) -> None:
        """A share credited of the amount the visitor paid (:func:`paid_amount`): the
        percentage of the sentences found or their sections, else the credit rule nearest the
        question (the sentence found may be about the trade-in, not its rate)."""
        if paid_amount(text) is None:
            return
        before = found.text
        self._percent_on_question(text, found.text, found)
        percent = None if found.text != before else self._percent(text, set())
        if percent is not None and credits(percent[0]):
            found.evidence.append(percent[0])
            self._percent_on_question(text, percent[0], found)

    def _rest_of(self, said: Part, item: str) -> Part | None:
        """The rest of the section ``said`` quoted when ``item`` asks only its conditions."""
        if self._sentences is None or not said.known or not asks_the_rest(item):
            return None
        return rest_of_section(self._sentences, said)

    @cached_property
    def _rule_sentences(self) -> list[str]:
        """The knowledge base's texts, where a rate names its rule (:func:`rate_named`)."""
        return [chunk.text for chunk in self._library.chunks]

    def _antecedent_here(self, question: str, context: list[str]) -> bool:
        """Whether the message's purchase names a thing of a kind none of the items discussed
        is ("the machine" of "if we buy the machine from you, who installs it?" after the
        launch consulting): what "it" then is is that thing, not the item before."""
        bought = purchase_condition(question)
        words = normalise(bought).split()[:3] if bought else []
        named = {w.removesuffix("s") for w in words} & self._kind_heads
        discussed = [e for n in context if (e := self.catalog.get(n)) is not None]
        heads = {normalise(e.kind).split()[-1] for e in discussed}
        return bool(named) and not named & heads

    @cached_property
    def _item_names(self) -> list[str]:
        """The catalog's item names ("Atlas 64", "Lumen 2-Group")."""
        return [e.name for e in self.catalog.entities]

    @cached_property
    def _kind_heads(self) -> set[str]:
        """The head noun of each of the catalog's kinds ("grinder", "machine", "plan")."""
        return {normalise(kind).split()[-1] for kind in self.catalog.kinds()}

    def _nearest_member(self, clause: str) -> Entity | None:
        """The catalog member owning the sentence nearest in meaning to ``clause``, when it is
        at least :data:`MEMBER_FLOOR` near and nearer by :data:`MEMBER_MARGIN` than any other
        member's nearest sentence; None otherwise (two members alike: no guess)."""
        owners, vectors = self._member_sentences
        if not owners:
            return None
        scores = vectors @ self._library.embed([clause])[0]
        best: dict[str, float] = {}
        for name, score in zip(owners, scores.tolist(), strict=True):
            best[name] = max(best.get(name, -1.0), score)
        ranked = [*sorted(best.values(), reverse=True), 0.0]
        top = max(best, key=lambda name: best[name])
        clear = ranked[0] >= MEMBER_FLOOR and ranked[0] - ranked[1] >= MEMBER_MARGIN
        return self.catalog.get(top) if clear else None

    @cached_property
    def _member_sentences(self) -> tuple[list[str], npt.NDArray[np.float32]]:
        """Each catalog member's own sentences embedded alone (the bundle's sentence vectors
        carry their heading, which pulls every sentence toward the item's name), with the
        member each belongs to; embedded once, on the first need asked."""
        said = [(e.name, fact) for e in self.catalog.entities for fact in e.facts]
        if not said:
            return [], np.zeros((0, 0), dtype=np.float32)
        return [name for name, _ in said], self._library.embed([fact for _, fact in said])

    @cached_property
    def _family_words(self) -> set[str]:
        """The kinds' head nouns and the family names two or more members share ("atlas")."""
        first = [normalise(e.name).split()[0] for e in self.catalog.entities]
        return self._kind_heads | {w for w in first if first.count(w) > 1}

    @cached_property
    def _thing_words(self) -> frozenset[str]:
        """Stems of the words of the catalog's kinds ("machine", "grinder", "plan"): a count of
        them is no count of the visitor's premises."""
        return frozenset(tokenize(" ".join(self.catalog.kinds())))

    @cached_property
    def _bag_size(self) -> BagSize | None:
        """The weight of one bag, when the knowledge base states it."""
        if self._sentences is None:
            return None
        return bag_size(s.text for s in self._sentences.sentences)

    def _minimum_bags(self, text: str) -> Part | None:
        """The order minimum counted in the knowledge base's bags, when that is asked."""
        size = self._bag_size
        least = stated_minimum(self._facts, size.unit) if size and asks_minimum_bags(text) else None
        counted = minimum_in_bags(size, least[0], least[2]) if size and least else None
        if size is None or least is None or counted is None:
            return None
        said, derived = counted
        source = source_of(least[1].source, least[1].title)
        return Part(said, True, [], [source], [least[2], size.sentence], [derived])

    def _short_of_minimum(self, text: str) -> Part | None:
        """An order of one weight asked leave for with no item named ("can we just get 10 lb
        at a time?") that falls short of the stated minimum: the minimum, and that it is short
        (an item named is summed with the same note, :meth:`_sums`). The minimum asked beside
        the amount ("is there a minimum like if i get 10 lb total") is answered so whatever
        items were being discussed, and with the minimum alone when the amount meets it."""
        weights = weights_in(text)
        minimum = _MINIMUM_ASKED.search(text) is not None
        if len(weights) != 1 or self.catalog.mentioned(text):
            return None
        if not (asks_to_order(text) or minimum):
            return None
        if asks_discount(text):  # "15 lb a week, is that enough for the discount": its threshold
            return None
        if asks_who_buys(text):  # "can i buy a single bag for home": whom we sell to first
            return None
        amount, unit = weights[0][:2]
        least = stated_minimum(self._facts, unit)
        if least is None or (amount >= least[0] and not minimum):
            return None
        below = f" {amount} {unit} is below that minimum." if amount < least[0] else ""
        said = f"{least[2]}{below}"
        return Part(said, True, [], [source_of(least[1].source, least[1].title)], [least[2]])

    def _contents_searched(self, text: str) -> Part | None:
        """What a service includes, asked of it by no name of its own ("what do you help with
        if we hire you for the launch"): the one item whose document the nearest passage is
        from, when that document says what it includes; a bare "what's included?" names
        nothing to search for, and a price asked after it is the price's part."""
        if not asks_contents(text) or not terms(text) - GENERIC - _CONTENTS_WORDS:
            return None
        if asks_price(text):  # "<what do you help with> what does it cost?": its price asked
            return None
        hits = self._search(text, 1)
        owners = [e for h in hits[:1] for e in self.catalog.entities if e.source == h.chunk.source]
        return self._contents(text, owners) if len(owners) == 1 else None

    def _among_discussed(self, text: str, discussed: list[Entity]) -> Part | None:
        """The members :func:`among_discussed` finds ("which one comes with a loaner grinder"
        after the plans), and for a phrase they say, the discussed items that do not say it."""
        found = among_discussed(text, discussed, self.catalog)
        if found is None:
            return None
        having, phrase = found
        part = self._having(having, priced=True)
        holders = {e.name for e, _ in having}
        lacking = [e for e in discussed if e.name not in holders] if phrase else []
        part.text += "".join(
            f" Our information on {the(e.name)} doesn't mention a {phrase}." for e in lacking
        )
        return part

    def _timed(self, text: str, discussed: list[Entity]) -> Part | None:
        """The sentence of the time asked that names an item discussed (:func:`about_discussed`)."""
        if self._sentences is None:
            return None
        names = {e.name for e in discussed}
        said = about_discussed(text, self._sentences.sentences, names, self.catalog)
        if said is None:
            return None
        sources = [source_of(said.source, said.title)]
        return Part(said.text, True, discussed, sources, [said.text])

    def _brew_suited(self, question: str) -> Part | None:
        """The coffees whose own sentences say they suit the brew method a "which coffee"
        question asks by its device (:func:`brew_method_asked`); None when it asks none or
        no coffee says so."""
        method = brew_method_asked(question)
        decaf = "decaf" in question.lower()
        found = suited(self.catalog, method, decaf) if method is not None else []
        return self._having(found) if found else None

    def _having(self, having: list[tuple[Entity, str]], priced: bool = False) -> Part:
        """The members that have what was asked, each with its sentence saying so (and its
        price when ``priced``: the question asks it too, or the pick is among items), unless
        its sentence says it."""
        entities = list({e.name: e for e, _ in having}.values())
        said = [f"{cap(the(e.name))}{s[2:]}" if s.startswith("It ") else s for e, s in having]
        quoted = " ".join(said)
        said += [
            price_sentence(e)
            for e in entities
            if priced and e.price is not None and money(e.price.amount) not in quoted
        ]
        sources = [entity_source(e) for e in entities]
        evidence = [*(s for _, s in having), *evidence_of(entities)]
        return Part(" ".join(said), True, entities, sources, evidence)

    def _buyers(self, buyers: Fact, named: list[Entity]) -> Part:
        """Whom we sell to, about the item the visitor named, if any, said by name so it stays
        the conversation's subject ("... is it organic?" next asks it of the item)."""
        said = " ".join(buyers.sentences)
        said = f"On {the(named[0].name)}: {said[:1].lower()}{said[1:]}" if len(named) == 1 else said
        source = source_of(buyers.source, buyers.title)
        return Part(said, True, named, [source], list(buyers.sentences))

    def _priced_source(self, answer: Answer) -> None:
        """A price asked of what a passage describes: the one priced entity of the documents
        the answer quotes (the launch consulting's page), with its price."""
        quoted = {s.source for s in answer.sources}
        found = [e for e in self.catalog.entities if e.source in quoted and e.price is not None]
        if len(found) != 1:
            return
        entity = found[0]
        answer.text = f"{answer.text} {price_sentence(entity)}"
        answer.entities = [entity.name]
        answer.evidence.extend(evidence_of([entity]))

    def _label_said(self, part: Part) -> str | None:
        """The attribute a sentence answer about one item states (its label's words in the
        answer: "allow a three-week lead time" -> "lead time"), so a follow-up keeps it."""
        if len(part.entities) != 1 or not part.known:
            return None
        entity = part.entities[0]
        # the item's own name says no attribute ("Lumen 3-Group" holds no "groups" asked)
        named = set(tokenize(f"{entity.name} {entity.kind} {' '.join(entity.aliases)}"))
        said = set(tokenize(part.text)) - named
        labels = [
            label
            for label in entity.attributes
            if label != "price" and tokenize(label) and set(tokenize(label)) <= said
        ]
        return labels[0] if len(labels) == 1 else None  # a description states them all

    def _never_written(self, word: str) -> bool:
        """Whether the knowledge base never writes ``word`` (its stem exactly: an acronym like
        "sca" is not "scale", whose prefix it is)."""
        stems = tokenize(word)
        return bool(stems) and not any(stem in self._vocabulary for stem in stems)

    def _used(self, word: str) -> bool:
        """Whether the knowledge base uses ``word`` (a stop word counts as used)."""
        stems = tokenize(word)
        return not stems or any(self.known(stem) for stem in stems)

    def _placed(self, answer: Answer, question: str, place: Place) -> None:
        """Put the place the visitor named in the zone the answer's rule names (or, for a
        delivery question, the flat fee outside the free-delivery zone) before the answer."""
        flat = normalise(question)
        terms = self._delivery_terms
        line = outside_fee(terms, place) if terms and asks_delivery(flat) else None
        if line is not None and terms is not None:
            answer.evidence.extend(terms.sentences)
            answer.text = gaps_answered(answer.text, asks_delivery)  # the line answers them
        elif _SERVES.search(flat) or asks_delivery(flat):
            line = placed(answer.text, place)
            unstated = unstated_outside(answer.text, place) if line else None
            if unstated and unstated not in answer.text:  # installation asked from Vancouver
                answer.text = f"{answer.text} {unstated}"
        if line and line not in answer.text:
            answer.text = f"{line} {answer.text}"

    def _with_other_asks(
        self, ruled: Answer, question: str, attribute: str | None, counts: Mapping[str, int]
    ) -> Answer:
        """``ruled`` (a sum, a lease) with the message's other parts that ask something no
        rule answers ("... come to all in? and whats the warranty on those two"), each about
        the rule's items; a part the knowledge base cannot answer, or answers with a sum of its
        own (the rule's sum again, item by item), is left to the rule."""
        for part, anchor in anchored(split_parts(question)):
            if not asks(part) or money_asked(part) or credits(part):  # the rule's own ask
                continue
            # a bare ask ("... the delivery fee and how long") is asked of the part before it
            text = f"{self._without_items(_unpriced(anchor))} {part}" if anchor else part
            text = self._of_items_named(text, ruled.entities)  # "..., and what's the warranty"
            text = with_object(text, question, ruled.entities, False)  # "... how long to ship?"
            if attribute and self._rules_own_ask(text, ruled, counts):
                continue  # "does the trade-in work for our old machine?": the credit worked
            found = self._part(text, ruled.entities, attribute, counts)
            said = " ".join(s for s in sentences(found.text) if not _restates(s, ruled))
            if found.known and not found.derived and said:  # "which one and why": said already
                ruled.text = f"{ruled.text} {said}"
                ruled.evidence.extend(found.evidence)
                ruled.derived.extend(found.derived)
                ruled.sources.extend(s for s in found.sources if s not in ruled.sources)
        return ruled

    def _rules_own_ask(self, part: str, ruled: Answer, counts: Mapping[str, int]) -> bool:
        """Whether ``part``, read without the attribute carried from the turn before, is
        answered by ``ruled`` alone (every sentence of its answer restates the rule): it is the
        rule's own ask, and the carried attribute ("lead time" after the 3-group's wait) is no
        ask of it."""
        own = self._part(part, ruled.entities, None, counts)
        said = sentences(own.text) if own.known else []
        return bool(said) and all(_restates(s, ruled) for s in said)

    def _topic_kept(self, spelt: str, question: str) -> str:
        """``question`` (``spelt`` without its opening purpose) led again by "X:" when the
        opening "for a/an/the X:" names a subject of the knowledge base ("for a house blend:"),
        not the visitor's own ("for the new campus dining hall:")."""
        topic = opening_topic(spelt)
        if topic is None or question.startswith(topic) or not self._names_label(topic):
            return question
        return f"{topic}: {question}"

    def _names_topic(self, question: str) -> bool:
        """Whether the label before a colon opening ``question`` names an item, a kind or a
        section of the knowledge base ("a house blend: ...")."""
        label = label_of(question)
        return label is not None and self._names_label(label)

    def _names_label(self, label: str) -> bool:
        """Whether ``label`` names an item, a kind or a section heading's word."""
        return self._names_subject(label) or bool(terms(label) & self._heading_words)

    def _heading_states_days(self, heading: str) -> bool:
        """Whether the section under ``heading`` states days ("visits are by appointment,
        Monday to Friday")."""
        index = self._sentences
        return index is not None and any(
            s.heading == heading and states_days(s.text) for s in index.sentences
        )

    def _one_item(self, phrase: str) -> bool:
        """Whether ``phrase`` ("your house espresso", "your decaf") names one catalog item."""
        said = described_member(epithet_member(phrase, self.catalog), self.catalog)
        return len(resolve(self.catalog, said, []).entities) == 1

    def _of_items_named(self, text: str, names: list[str]) -> str:
        """``text`` asked of the items the message's parts before it found (``names``), when it asks
        nothing but one of their attributes ("what would the batchpro plus the filter system
        cost, and what's the warranty": the warranty of those two, not the machines' at
        large); unchanged when it names a subject of its own or asks anything else."""
        named = [e for n in dict.fromkeys(names) if (e := self.catalog.get(n)) is not None]
        if not named or self._names_subject(text) or len(named) > MAX_ITEMS_ASKED:
            return text
        if POINTS_BACK.search(text):  # "... and where's it from": its pronoun says of what
            return text
        labels = asked_labels(text, named)
        rest = terms(text) - GENERIC - terms(" ".join(labels))
        if not labels or rest:
            return text
        return f"{text} of {' and '.join(f'the {e.name}' for e in named)}"

    def _story_apart(self, parts: list[str]) -> tuple[list[str], frozenset[str]]:
        """The parts with a statement before a comma set apart from the question after it
        ("we're opening a cafe in spring, can we try the coffees first") when the statement
        names no item, kind or amount: the visitor's story, not what is asked. One that does
        ("we're buying a pico, is the training included?") stays with its question. A question
        dictated on after a statement with no mark between ("... 6 a week of the 5lb bags is
        that enough for ur discount", :func:`dictated_ask`) is set apart as well, unless the
        question takes its item from the statement (:meth:`_lends_item`): the statements so set
        apart are returned too, the visitor's story (:func:`told_apart`), never asked
        themselves."""
        out: list[str] = []
        stories: set[str] = set()
        for part in parts:
            split = context_then_ask(part)
            told = split[0] if split else ""
            about = self._names_subject(told) or re.search(r"\d", told) is not None
            if split and not about:
                out.extend(split)
                continue
            dictated = dictated_ask(part)
            lends = dictated is not None and self._lends_item(*dictated)
            if dictated is None or lends:
                out.append(part)
                continue
            out.extend(dictated)
            stories.add(dictated[0])
        return out, frozenset(stories)

    def _price_of(
        self, found: Part, owners: list[Entity], item: str, counts: Mapping[str, int]
    ) -> Part:
        """``found`` when it states a price for ``item``'s ask; else the price of the one
        entity it (or the part before, ``owners``) is about, when that entity has a price of
        its own (a bare "how much" anchored on the part before it, whose words describe the
        entity again)."""
        entity = owners[0] if len(owners) == 1 else None
        if says_price(found.text, item) or entity is None or entity.price is None:
            return found
        priced = self._part(f"how much is {the(entity.name)}", [], None, counts)
        return priced if priced.known and says_price(priced.text, item) else found

    def _lends_item(self, told: str, ask: str) -> bool:
        """Whether a question dictated on after ``told`` takes its item from it: the statement
        names a catalog item and the question none ("we just bought a pico is the training
        included"), or states a figure a sum asked of nothing named works on ("so like 240 a
        month with the discount whats that come to"); a kind is only the visitor's own ("i run
        a coffee cart"), and a question naming its item ("... whats the pico run") needs
        nothing of the statement."""
        if self.catalog.mentioned(ask):
            return False
        summed = re.search(r"\d", told) is not None and (asks_price(ask) or asks_total(ask))
        return summed or bool(self.catalog.mentioned(told))

    def _without_items(self, text: str) -> str:
        """``text`` without the catalog items it names and their amounts ("20 lb of the sunrise
        to vancouver bc - delivery" -> "to vancouver bc - delivery"): the topic an ask after a
        rule's sum asks about, the items being the rule's already."""
        flat = normalise(text)
        for mention in reversed(self.catalog.mentions(flat)):
            flat = flat[: mention.start] + flat[mention.end :]
        return re.sub(r"\b\d+(?:\.\d+)?\s*(?:[a-z]+\s+)?(?:of\s+)?(?:the\s+)?", " ", flat)

    def _asked_sides(self, question: str, named: list[Entity]) -> tuple[list[Entity], str]:
        """The items a message weighs and the words that weigh them: when the items it names
        are of several kinds, those two or more of one kind that one asking part compares
        ("Atlas 64 or Atlas 75 for a small place?" beside "we're buying the Lumen 2-Group"),
        with that part; else ``named`` and the whole ``question``."""
        if len({e.kind for e in named}) < 2:
            return named, question
        for part in split_parts(question):
            said = {m.entity for m in self.catalog.mentions(part)}
            here = [e for e in named if e.name in said]
            if asks(part) and compares(part, here):
                return here, part
        return named, question

    def _compared(self, question: str, entities: list[Entity]) -> Ruled | None:
        alike = attribute_compared(question, entities)
        if alike:  # "does the atlas 64 weigh the dose like the 75?": the dosing of each
            return Ruled(alike[0], [], [], attribute=alike[1])
        if self._sentences is None or not compares(question, entities):
            return None
        flat = normalise(question)
        for mention in reversed(self.catalog.mentions(question)):
            flat = flat[: mention.start] + flat[mention.end :]
        # "... for a busy cafe?", "a small kiosk": not the sides' kind nor the asking itself
        sides = terms(" ".join(e.kind for e in entities))
        situation = frozenset(terms(flat) - GENERIC - sides - COMPARING)
        vector = self._library.embed([flat if situation else question])[0]
        text, quoted = comparison(entities, self._sentences, vector, question, situation)
        return Ruled(text, [], quoted)

    def added_order(
        self, message: str, named: list[str], order: list[str], recent: list[str]
    ) -> list[str]:
        """The order a statement adding the ``named`` items makes ("plus the big grinder"
        after "so lumen 2 group"): the order so far, else the items last discussed, with the
        named ones added; none when it adds nothing or there is nothing before."""
        spelt = untagged(self._speller.correct(message))
        counts = {e.name: n for e, n in named_items(self.catalog, spelt)}  # "and 2 lumens too"
        before = decode(self.catalog, order) or [
            (e, 1) for n in recent if (e := self.catalog.get(n)) is not None
        ]
        have = {e.name for e, _ in before}
        new = [
            (e, counts.get(n, 1))
            for n in named
            if n not in have and (e := self.catalog.get(n)) is not None
        ]
        added = with_added(new, spelt, before)
        return encode(added) if added else []

    def named(self, message: str) -> list[str]:
        """The catalog entities ``message`` names (spelling corrected first: "the lumen
        3grp"), in the order named: a statement's item is the subject of the next question."""
        spelt = weighed_member(untagged(self._speller.correct(message)), self.catalog)
        named = [e.name for e, _ in named_items(self.catalog, spelt)]
        # "torn between the two Lumens": the family's members are the subject
        # (also as typed: the speller reads "the Lumen machines" as "the Lumen machine")
        family = families_in_plural(self.catalog, spelt) or families_in_plural(
            self.catalog, message
        )
        return named or [e.name for e in family]

    def _mentions(self, part: str) -> bool:
        """Whether a part names a catalog item ("lumen 2 group, atlas 75, batch brewer.")."""
        return bool(self.catalog.mentioned(part))

    def _items_in(self, part: str) -> str:
        """The names of the catalog items a part names ("the three-group machine" -> "Lumen
        3-Group")."""
        return " ".join(e.name for e in self.catalog.mentioned(part))

    def strays_from(self, question: str, subject: str) -> bool:
        """Whether :meth:`answer` reads ``question`` against the section ``subject`` heads
        (it points back and names nothing of its own: see :func:`on_subject`) while it asks
        words that section never says ("do your techs come out here or is it some partner"
        after the delivery times; not "is it free?" after the free sample kit)."""
        spelt = self._speller.correct(question)
        read = on_subject(spelt, subject, self._subject_named(subject), self._heading_states_days)
        return read != spelt and bool(_unsaid(terms(spelt) - GENERIC, self._section_words(subject)))

    def names_all(self, question: str, entities: list[str]) -> bool:
        """Whether ``question`` names each of ``entities`` (by name or alias)."""
        named = {e.name for e in self.catalog.mentioned(self._speller.correct(question))}
        return set(entities) <= named

    def _subject_named(self, subject: str | None) -> Callable[[str], bool]:
        """Whether a question names a subject of its own beside ``subject`` (the section last
        quoted): an item or kind, or a word heading another section that ``subject``'s own
        section never says ("would your technicians install it up here, or is that only in
        the lower 48" after the delivery fees asks the technicians' section)."""
        if subject is None:
            return self._names_subject
        said = self._section_words(subject)
        heads = self._heading_words

        def named(part: str) -> bool:
            own = _unsaid(terms(part) - GENERIC, said) & heads
            return self._names_subject(part) or bool(own)

        return named

    def _section_words(self, heading: str) -> frozenset[str]:
        """The words (stemmed) of the sections headed ``heading``, heading included."""
        found = [f"{c.heading} {c.text}" for c in self._library.chunks if c.heading == heading]
        return frozenset(terms(" ".join([heading, *found])))

    @cached_property
    def _heading_words(self) -> frozenset[str]:
        """The words (stemmed) naming the sections no catalog item owns: a word of a heading
        its section's text says again ("technicians", "discount", "subscription"), not a
        verb of its question ("Can I set up ...") nor a stem of three letters or fewer
        ("free", "fee", "time": attributes a fragment asks of the section it leans on)."""
        owned = {(e.source, e.heading) for e in self.catalog.entities}
        return frozenset(
            w
            for c in self._library.chunks
            if (c.source, c.heading) not in owned
            for w in set(terms(c.heading)) & set(terms(c.text))
            if len(w) > 3
        )

    def _names_subject(self, part: str) -> bool:
        """Whether a part names its own subject: a catalog entity or kind ("the pico", "the
        smallest espresso machine"), so a statement before it is no anchor of it."""
        return bool(self.catalog.mentioned(part)) or kind_named(self.catalog, part) is not None

    def _topic_told(self, details: Mapping[str, object]) -> str | None:
        """The company topic a detail the visitor told names by the topic's own words (a
        custom blend: "our own house blend with our name on it"), or None."""
        for value in details.values():
            said = as_custom(value) if isinstance(value, str) else ""
            for topic in ASKED_BY:
                if said and topic in self._facts.facts and self._facts.asked_by_words(topic, said):
                    return topic
        return None

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
        # "we're in columbus ohio": a place the gazetteer knows is no unknown topic
        text = as_included(unused_place_words(text, self._used))  # "do i pay extra for X"
        text = as_singular_phrasal(text)  # "you do trade-ins?": the trade-in
        text = without_story(text, self.unknown_terms)  # "... when we close for holidays"
        owners = self.catalog.mentioned(text) or [e for n in context if (e := self.catalog.get(n))]
        eligible = eligibility(text, list(owners))
        if eligible is not None:  # "we have 2 cafes, do we qualify?" after the Multi-site plan
            return eligible
        # bags sent back are a return, no order held to the minimum ("two bags arrived
        # unopened, could we send those bags back?")
        returning = self._facts.asked_by_words("returns", text)
        fewest = None if returning else self._minimum_bags(text)
        if fewest is not None:  # "how many bags is the minimum order?"
            return fewest
        short = None if returning else self._short_of_minimum(text)
        if short is not None:  # "can we just get 10 lb at a time?"
            return short
        bag = asked_bag_size(text) if self._bag_size is not None else None
        if bag is not None and self._bag_size is not None:  # "foundry in 1 lb bags?"
            said = bag_reply(self._bag_size, bag)
            items = list(self.catalog.mentioned(text))
            return Part(said, True, items, [*map(entity_source, items)], [self._bag_size.sentence])
        if unknown_qualifiers(text, self.unknown_terms):  # "any nonprofit pricing?"
            return Part(DONT_KNOW, False)
        if unknown_certifications(text, self._never_written):  # "is the course SCA certified"
            return Part(DONT_KNOW, False)
        if asks_cash_buyback(text) and not self._used("cash"):  # "buy our old one for cash?"
            return Part(DONT_KNOW, False)  # a trade-in credit is not the money asked
        secondhand = asked_secondhand(text)
        unsold = self.unsold(*secondhand) if secondhand else None
        if unsold is not None:  # "do you sell refurbished machines?"
            return unsold
        if asked_verb(text) in self.unknown_terms(text):  # "do you rent out a machine?"
            return Part(DONT_KNOW, False)
        if price_policy(text) in self.unknown_terms(text):  # "do you price-match the X?"
            return Part(DONT_KNOW, False)  # a policy the KB never states: not X's price
        heads = frozenset(w for kind in self.catalog.kinds() for w in kind.split())
        if asks_rental(text, heads) and not any(map(self._used, ("rent", "rental"))):
            return Part(DONT_KNOW, False)  # "can we hire a machine for a weekend wedding"
        buyers = self._facts.facts.get("customers") if asks_who_buys(text) else None
        if buyers is not None:  # "can he buy from you guys", "a bag of foundry for home"
            return self._buyers(buyers, list(self.catalog.mentioned(text)))
        place = scope_place(text)
        place = None if place and self.catalog.mentioned(place) else place  # "to swap the X"
        unknown = self.unknown_terms(text)
        # "something in matte black" / "come in a black one" is no place
        serves = _SERVES.search(normalise(text)) and not attributes_named(text, self._name_words)
        if place and unknown and serves and all(word in place.split() for word in unknown):
            return self._scope(text, unknown)
        recent = [e for n in context if (e := self.catalog.get(n))]
        named = self.catalog.mentioned(text) or asks_price(text)  # a price is the item's own
        # "the biggest one, how many group heads ...": a member placed by rank, not a feature
        feature = None if named or ranked_by(text) else recent_feature(text, recent)
        if feature is not None:  # "the loaner grinder, is that while ours is fixed?"
            picks = re.search(r"\bwhich\b", normalise(text)) is not None  # "which one has X"
            return self._having([feature], priced=picks)
        resolved = resolve(self.catalog, text, context)
        if resolved.unknown_model:
            return self._unknown_model(resolved)
        discussed = recent
        fee = self._fee(text, resolved.entities or discussed)
        if fee is not None:  # "how much would the restocking fee come to" on the item discussed
            return fee
        fitting = self._fitting(text, counts or {})
        if fitting is not None:  # "is there one maintenance thing that covers all three?"
            return fitting
        # "the biggest one, how many group heads does it have": a member placed by rank is
        # what is asked about, not picked by the feature its question names
        ranked = ranked_by(text) is not None and len(resolved.entities) == 1
        among = None if ranked else self._among_discussed(text, discussed)
        if among is not None:  # "which one comes with a loaner grinder" after the three plans
            return among
        # "what do i get?" right after the one item found: a bare contents ask is about it
        bare = len(recent) == 1 and not terms(text) - GENERIC - _CONTENTS_WORDS
        contents = self._contents(text, resolved.entities or (recent if bare else []))
        if contents is not None:  # "what do i actually get" with the launch consulting
            return contents
        contents = None if resolved.entities or bare else self._contents_searched(text)
        if contents is not None:  # "what do you help with if we hire you for the launch"
            return contents
        missing = self._missing_attribute(text, resolved.entities)
        if missing is not None:  # "how much caffeine is in the foundry?"
            return missing
        offer = self._offer(text, resolved, context)
        if offer is not None:  # "do we get the training free with it?" after the Pico
            return offer
        having = members_with(text, resolved.kind, self.catalog) if resolved.kind else []
        if having:  # "which plan comes with a loaner grinder?" -> the Pro plan's sentence
            return self._having(having, priced=True)  # a pick: with its price
        if not resolved.entities or resolved.kind:
            described = described_members(text, self.catalog)
            if described:  # "whats your lightest roast?" -> the Sunrise's "light" roast
                return self._described(described)
        pairing = self._pairing(text, resolved, context)
        if pairing is not None:
            return pairing
        if resolved.entities:
            return self._about_entities(text, resolved, attribute, counts or {})
        timed = self._timed(text, discussed)
        if timed is not None:  # "is anyone even there on a weekend?" on the Pro plan
            return timed
        missing = self._missing_product(text)
        if missing is not None:
            return missing
        situation = situation_fact(text, self._facts)
        if situation is not None:  # "does a bag and a half a week get us a bulk price?"
            quoted, fact = situation
            return Part(" ".join(quoted), True, [], [source_of(fact.source, fact.title)], quoted)
        found = objects_checked(text, self._from_passages(text))
        thing = thing_alone(text) if not found.known else None
        # "gift cards" typed alone, no passage about it: a thing the range lacks, said so
        return (self._missing_product(text, thing) if thing else None) or found


def _beside(first: Answer, second: Answer) -> Answer:
    """One reply of two grounded answers to different asks of a message, ``first`` first.

    Not :func:`shared.rag.parts.merge_parts`, on purpose: that one builds an answer from the
    :class:`Part` objects of one ask (dropping a part that repeats another, saying each
    sentence once, wording the gaps and the "I couldn't find" line). Here both sides are
    finished answers, each already merged from its own parts, and only their texts, sources,
    entities, evidence and derived figures are put one after the other: nothing is re-read,
    deduplicated or re-grounded (``first`` keeps its other fields)."""
    return first.model_copy(
        update={
            "text": f"{first.text} {second.text}",
            "sources": [*first.sources, *(s for s in second.sources if s not in first.sources)],
            "entities": list(dict.fromkeys([*first.entities, *second.entities])),
            "evidence": [*first.evidence, *second.evidence],
            "derived": [*first.derived, *second.derived],
        }
    )
