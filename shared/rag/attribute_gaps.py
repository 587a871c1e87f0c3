"""Right subject, missing attribute: the honest gap instead of a neighbouring fact.

"how much caffeine is in a double shot of foundry?", "what colors does the lumen come in?",
"is there parking at the showroom?": the subject is one the knowledge base knows well, so its
sentences are near in meaning, but the attribute asked
(:func:`~shared.understanding.asked.asked_heads`) is not in them. Two cases give the gap:

- the attribute is an English word the knowledge base never uses (judged by stem and close
  inflection, or inside a longer word: "caffeine" is used by "decaffeinated");
- a two-word attribute ("grind setting") the knowledge base never writes as a pair, naming no
  attribute of the subject: its words are used apart, never for this;
- the question is about catalog entities and the word appears only in *other* entities' own
  sections ("caffeine" of the Foundry when only the Night Shift Decaf is decaffeinated, the
  "cable" of a battery when only the charger has one); a word of a general section (the
  volume discount, the warranty policy) is never a gap for an entity, since the policy may
  apply to it.

The gap says what is missing in the visitor's word ("I don't have information on caffeine for
the Foundry Espresso."); the reply then offers to pass the question on.
"""

from __future__ import annotations

import itertools
from functools import cached_property

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.echo import NO_ECHO, clean_echo
from shared.rag.facts import topic_words
from shared.rag.features import made_to_order
from shared.rag.matching import article
from shared.rag.meaning import FACT_MATCH
from shared.rag.parts import Part, gap
from shared.rag.passage_answers import PassageAnswerer
from shared.rag.phrasing import the
from shared.rag.question import GENERIC, SYNONYMS
from shared.rag.sentences import section_key
from shared.rag.value_words import attributes_named
from shared.understanding.asked import (
    action_words,
    amount_asked,
    asked_actions,
    asked_attributes,
    asked_heads,
    asks_action_price,
    asks_stock,
    is_measured,
    is_quality,
    noun_asked_of,
    priced_things,
    priced_words,
    states_measure,
    typed_in_capitals,
)


class AttributeGaps(PassageAnswerer):
    """The gap for an asked attribute the subject's sources do not hold (module docstring)."""

    @cached_property
    def _name_words(self) -> frozenset[str]:
        """The words of the catalog's names ("black" of a "Halo 450 Black")."""
        return frozenset(w for e in self.catalog.entities for w in normalise(e.name).split())

    def _missing_attribute(self, text: str, entities: list[Entity]) -> Part | None:
        """The honest gap when the attribute ``text`` asks is missing for its subject (see the
        module docstring), else None. A company topic's own words are forgiven when the
        question is that near to the topic ("what address is the showroom at?")."""
        if entities and asks_stock(text) and not self._made_to_order(entities):
            # what is in stock today is live data the knowledge base never holds
            names = " and ".join(the(e.name) for e in entities)
            return gap(f"I don't have live stock levels for {names}.", entities)
        heads = asked_heads(text) + attributes_named(
            text, self._name_words
        )  # "does it come in white?"
        missing = [h for h in heads if self._head_unused(h) or self._pair_unused(h, entities)]
        nouns = [*heads, *noun_asked_of(text)]
        missing += [h for h in nouns if h not in missing and self._acronym_unused(h, text)]
        # a thing priced beside the item ("a replacement gasket for the lumen", "a cancellation
        # fee if we drop the plan"): covered only when the knowledge base uses all its words
        missing += [h for h in priced_things(text) if h not in missing and self._thing_unused(h)]
        if entities:
            missing += [h for h in heads if h not in missing and self._elsewhere_only(h, entities)]
            missing += [m for m in [amount_asked(text)] if m and _unmeasured(m, entities)]
            missing += [a for a in asked_actions(text) if self._act_unstated(a, entities)]
        if not missing or self._sentences is None:
            return None
        vector = self._library.embed([text])[0]
        fact, similarity = self._facts.topic_of(vector) or ("", 0.0)
        forgiven = topic_words(fact) if similarity >= FACT_MATCH else frozenset()
        missing = [h for h in missing if tokenize(h)[:1] and tokenize(h)[0] not in forgiven]
        if not missing:
            return None
        names = " and ".join(the(e.name) for e in entities)
        word = missing[0].upper() if typed_in_capitals(missing[0], text) else missing[0]
        return gap(missing_sentence(text, word, names), entities)

    def _made_to_order(self, entities: list[Entity]) -> bool:
        """Whether a sentence says one of ``entities`` is made or built to order: then whether
        it is in stock is answered (its lead time), not a gap."""
        if self._sentences is None:
            return False
        names = [e.name.lower() for e in entities]
        return any(
            made_to_order(s.text) and any(n in s.text.lower() for n in names)
            for s in self._sentences.sentences
        )

    def _acronym_unused(self, head: str, text: str) -> bool:
        """Whether ``head`` is an acronym typed in capitals ("the APR on your lease", "your GST
        number") that the knowledge base never uses as a word of its own: its letters opening
        a longer word ("apr" of "approved") are no use of it, so a near figure (a monthly
        payment rate) is not its answer."""
        stem = tokenize(head)
        if not 2 <= len(head) <= 5 or len(stem) != 1:
            return False
        if not typed_in_capitals(head, text) or self._synonym_used(head, self._vocabulary):
            return False  # "MOQ" is the minimum order the knowledge base states
        return stem[0] not in self._vocabulary

    def _thing_unused(self, thing: str) -> bool:
        """Whether a priced thing's own word is one the knowledge base never uses, so its
        price cannot be in it: the noun ("gasket" of "replacement group head gasket"), what a
        fee is for ("cancellation"), or the actions ("disconnect and reinstall")."""
        judged = priced_words(thing)
        return any(self._unused(w) for w in judged if w not in self._name_words)

    def _head_unused(self, head: str) -> bool:
        """Whether an asked head is missing: a two-word head by its modifier ("pump
        pressure": no pump is described; "roast level" is the roast), a one-word head by
        itself."""
        *modifier, noun = head.split()
        return self._unused(modifier[0]) if modifier else self._unused(noun)

    def _unused(self, word: str, forgiven: frozenset[str] = frozenset()) -> bool:
        """Whether ``word`` is an English word the knowledge base never uses, judged by its
        stem, a close inflection or a longer word holding it ("caffeine" is not the KB's
        "café", which the looser :meth:`unknown_terms` prefix test would accept, but it is in
        "decaffeinated")."""
        if self.unknown_terms(word, forgiven):
            return True
        stem = tokenize(word)
        if not stem or not self._speller.known(word) or len(word) <= 3 or word in GENERIC:
            return False
        if stem[0] in forgiven or stem[0] in GENERIC or self._synonym_used(word, self._vocabulary):
            return False
        return not used_in(stem[0], self._vocabulary)

    def _elsewhere_only(self, word: str, entities: list[Entity]) -> bool:
        """Whether ``word`` is used only in other catalog entities' own sections: not in the
        asked ``entities``' name, attributes or section, nor in any general section."""
        stem = tokenize(word)
        if not stem or stem[0] in GENERIC or len(word) <= 3:
            return False
        own = {w for e in entities for w in tokenize(_entity_text(e))}
        for words in (own, self._general_words):
            if used_in(stem[0], words) or self._synonym_used(word, words):
                return False
        return used_in(stem[0], self._entity_words)

    def _act_unstated(self, action: str, entities: list[Entity]) -> bool:
        """Whether no sentence holds the act (:func:`asked_actions`: "pause", "suspend") with
        a word of the ``entities``' names or kind: "You can pause a subscription" says nothing
        of pausing a maintenance plan."""
        if self._sentences is None:
            return False
        acts = {tokenize(w)[0] for w in action_words(action)}
        subject = {w for e in entities for w in tokenize(f"{e.name} {e.kind}")} - GENERIC
        for s in self._sentences.sentences:
            stems = set(tokenize(s.text))
            if stems & acts and stems & subject:
                return False
        return True

    def _pair_unused(self, head: str, entities: list[Entity]) -> bool:
        """Whether a two-word head asked of catalog ``entities`` ("grind setting" of a blend) is
        a pair the knowledge base never writes together, naming no attribute of them by either
        word: its words are used apart ("grinders", "set the recipe"), but not for this."""
        pair = tuple(tokenize(head))
        if not entities or len(pair) != 2 or pair in self._pairs:
            return False
        labels = {w for e in entities for k in e.attributes for w in tokenize(k)}
        return not any(used_in(w, labels) for w in pair)

    @cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        """Every pair of adjacent stems in the knowledge base's sentences and headings."""
        if self._sentences is None:
            return frozenset()
        found: set[tuple[str, str]] = set()
        for s in self._sentences.sentences:
            for text in (s.heading, s.text):
                stems = tokenize(text)
                found.update(itertools.pairwise(stems))
        return frozenset(found)

    @staticmethod
    def _synonym_used(word: str, words: set[str] | frozenset[str]) -> bool:
        return any(s in words for s in tokenize(SYNONYMS.get(word, "")))

    @cached_property
    def _entity_words(self) -> frozenset[str]:
        """The stems of every catalog entity's own text."""
        return frozenset(w for e in self.catalog.entities for w in tokenize(_entity_text(e)))

    @cached_property
    def _general_words(self) -> frozenset[str]:
        """The stems of the sentences and headings outside every entity's own section."""
        if self._sentences is None:
            return frozenset()
        owned = {section_key(e.source, e.heading) for e in self.catalog.entities}
        return frozenset(
            w
            for s in self._sentences.sentences
            if section_key(s.source, s.heading) not in owned
            for w in tokenize(f"{s.title} {s.heading} {s.text}")
        )


def _entity_text(entity: Entity) -> str:
    attributes = " ".join(f"{k} {v}" for k, v in entity.attributes.items())
    aliases = " ".join(entity.aliases)
    return f"{entity.name} {entity.kind} {aliases} {attributes} {entity.heading} " + " ".join(
        entity.facts
    )


def _unmeasured(amount: str, entities: list[Entity]) -> bool:
    """Whether a measured amount ("weight", "size") is stated in its units by none of the
    ``entities``' own text: "what does the pico weigh" has no number in kg or lb to answer."""
    return is_measured(amount) and not any(
        states_measure(_entity_text(e), amount) for e in entities
    )


def used_in(stem: str, words: set[str] | frozenset[str]) -> bool:
    """Whether a word with this stem is among ``words``: the stem itself, a close inflection
    ("deliveri"/"deliv": one begins the other, at most three letters apart) or a longer word
    holding a stem of five letters or more ("caffein" in "decaffein")."""
    if stem in words:
        return True
    for known in words:
        short, long_ = sorted((stem, known), key=len)
        if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
            return True
        if len(stem) >= 5 and stem in known:
            return True
    return False


def missing_sentence(question: str, word: str, names: str) -> str:
    """The honest gap for an asked attribute the knowledge base never mentions: "I don't have
    information on caffeine for the Foundry Espresso." / "... on whether the Pico 1-Group is
    noisy." (``names``: the subject's entity names, "" when none is named). A word that is no
    clean noun phrase of the question (:func:`~shared.rag.echo.clean_echo`) is not echoed."""
    if not clean_echo(word, question):  # "round the clock" read as "clock"
        return NO_ECHO
    if asks_action_price(word):  # "what do you charge to disconnect and reinstall it"
        return f"I don't have information on what it costs to {word}" + (
            f" {names}." if names else "."
        )
    if len(word.split()) > 1 and word in priced_things(question):  # "a cancellation fee"
        return f"I don't have information on {article(word)} {word}" + (
            f" for {names}." if names else "."
        )
    if word in asked_actions(question):  # "can i pause my plan": the act, done to the item
        return f"I don't have information on {word} {names or 'it'}."
    # "what does the pico weigh", "does it need plumbing": the attribute of the item
    if names and (word == amount_asked(question) or word in asked_attributes(question)):
        return f"I don't have information on the {word} of {names}."
    if is_quality(question, word):
        return f"I don't have information on whether {names or 'it'} is {word}."
    return f"I don't have information on {word}" + (f" for {names}." if names else ".")
