"""Answers that pick or sum what the visitor weighs: a member for a told situation, two kinds
weighed, a summary of the items discussed, what a service includes, the order a message states.

"we can't go a day without the grinder. which plan?" is the member whose own sentence fits the
story (:func:`shared.rag.which_member.member_for`); "a batch brewer or an espresso machine?"
gets no made-up preference (:mod:`shared.rag.kinds_weighed`); "summarise what it would all
cost" asks which alternative before totalling (:mod:`shared.rag.summary`); "what do i actually
get" is the list of what the service covers (:mod:`shared.rag.features`); "an order for 25 lb
of the harbor" is kept as the order for the next question (:mod:`shared.rag.quote`).
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.described import weighed_member
from shared.rag.entity_answers import EntityAnswers
from shared.rag.features import asks_contents, contents_of
from shared.rag.kinds_weighed import kinds_weighed, weighed_kinds
from shared.rag.matching import evidence_of
from shared.rag.order import Items, encode, named_items
from shared.rag.parts import Part, entity_source, source_of
from shared.rag.phrasing import cap, price_sentence, the
from shared.rag.question import split_parts, untagged
from shared.rag.quote import weighed
from shared.rag.resolve import kind_named
from shared.rag.rules import Ruled, total
from shared.rag.summary import asks_summary, undecided_kinds, which_to_sum
from shared.rag.told import asked_only, told_only
from shared.rag.types import Answer
from shared.rag.which_member import member_for

#: An ask for a pick among a kind's members ("which plan?", "what plan should we get").
_WHICH_ASK = re.compile(r"\b(?:which|what)\b")
#: Words of a bare pick ask besides its kind ("which plan would you go for then?").
_PICK_WORDS = frozenset(
    re.findall(
        r"\w+",
        "which what s is would should do does you we i recommend suggest get go with pick "
        "choose take need best for us then so ok and the a one",
    )
)


def _fold(word: str) -> str:
    """A word without a plural "s" ("plans" -> "plan")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def ruled_answer(ruled: Ruled, items: Items, order: list[str]) -> Answer:
    """A rule's answer about ``items``, sourced from the rule and the items' own sections."""
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


class PickAnswers(EntityAnswers):
    """Picks, sums and contents over the catalog (see the module docstring)."""

    def _picked(self, question: str) -> Answer | None:
        """A "which <kind>" ask after a told situation: the member whose own sentence fits
        it (:func:`shared.rag.which_member.member_for`), with its price."""
        parts = split_parts(question)
        asked, told = asked_only(parts), told_only(parts)
        kind = kind_named(self.catalog, asked)
        if kind is None or not told or not _WHICH_ASK.search(normalise(asked)):
            return None
        kind_words = {_fold(w) for w in kind.split()}
        if {w for w in normalise(asked).split() if _fold(w) not in kind_words} - _PICK_WORDS:
            return None  # "what's your smallest espresso machine" says what decides
        for mention in reversed(self.catalog.mentions(told)):  # "lumen 2 group" is no need
            told = told[: mention.start] + told[mention.end :]
        found = member_for(told, kind, self.catalog) if not self.catalog.mentioned(asked) else None
        if found is None:
            return None
        entity, sentence = found
        reason = re.sub(r"^It\b", cap(the(entity.name)), sentence)
        said = f"For what you describe, {the(entity.name)}: {reason} {price_sentence(entity)}"
        return ruled_answer(Ruled(said, [], [sentence]), [(entity, 1)], [])

    def _kinds_weighed(self, question: str) -> Answer | None:
        """Two kinds weighed against each other (:mod:`shared.rag.kinds_weighed`)."""
        kinds = kinds_weighed(self.catalog, asked_only(split_parts(question)))
        if not kinds:
            return None
        text, picks, quoted = weighed_kinds(self.catalog, kinds)
        ruled = Ruled(text, [], quoted)
        return ruled_answer(ruled, [(e, 1) for e in picks], [])

    def _undecided(self, question: str, context: list[str]) -> Answer | None:
        """A summary asked of the items discussed (see :mod:`shared.rag.summary`): a question
        back when they include alternatives not chosen between, else their total."""
        if not asks_summary(question) or self.catalog.mentioned(question):
            return None
        entities = [e for n in context if (e := self.catalog.get(n))]
        groups = undecided_kinds(entities)
        if groups:
            names = [e.name for members in groups for e in members]
            return Answer(text=which_to_sum(groups), sources=[], grounded=True, entities=names)
        items = [(e, 1) for e in entities]
        ruled = total("total", items)  # a summary of several items chosen is their total
        return None if ruled is None else ruled_answer(ruled, items, encode(items))

    def _contents(self, text: str, entities: list[Entity]) -> Part | None:
        """What the one item asked about includes, from its document's section saying so."""
        if len(entities) != 1 or self._sentences is None or not asks_contents(text):
            return None
        said = contents_of(self._sentences.sentences, entities[0])
        if not said:
            return None
        return Part(" ".join(said), True, entities, [entity_source(entities[0])], said)

    def stated_order(self, message: str, name: str | None = None) -> list[str]:
        """The order ``message`` states (encoded, see :mod:`shared.rag.order`): each item it
        names (or only ``name``) with its count, or for an item priced per a measure the
        amount of it ("25 lb of the harbor" -> "Harbor Cold Brew Blend=25")."""
        items = named_items(self.catalog, message)
        named = {e.name: n for e, n in items}
        weights = {e.name: amount for e, amount, _ in weighed(self.catalog, message, items)}
        if name is not None:
            entity = self.catalog.get(name)
            items = [(entity, named.get(name, 1))] if entity else []
        return encode([(e, weights.get(e.name, n)) for e, n in items])

    def weighed_order(self, message: str) -> list[str]:
        """The order of the items ``message`` states an amount of by their measure (spelling
        corrected first): "putting in an order for 25 lb of the harbor" -> the Harbor=25."""
        spelt = weighed_member(untagged(self._speller.correct(message)), self.catalog)
        lines = weighed(self.catalog, spelt, named_items(self.catalog, spelt))
        return encode([(entity, amount) for entity, amount, _ in lines])
