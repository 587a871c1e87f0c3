"""A company policy asked of an item: "can i return a grinder if i dont like it?" is answered
by the returns policy, not by the grinder's own sentences.

The question is read without the item's names, and also as each clause that asks ("we used the
grinder a week, *can we return it?*") with the item called "it": the nearest company topic
(:mod:`shared.rag.facts`) over those readings decides, so a long story around the ask does not
dilute it below the topic's threshold.
"""

from __future__ import annotations

import re
from functools import cached_property

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.chosen import ChosenAnswers
from shared.rag.facts import Fact, topic_words
from shared.rag.meaning import FACT_MATCH
from shared.rag.parts import Part, entity_source, is_ask
from shared.rag.question import GENERIC, terms
from shared.rag.refunds import fee_applied
from shared.understanding.asked import asks_price

# A question about an entity that also asks a company topic (its name removed) this near it
# gets that topic's fact too; lower than FACT_MATCH since the entity already anchors it.
POLICY_MATCH = 0.5


class PolicyAnswers(ChosenAnswers):
    """Company policies asked of a kind or an entity."""

    def _policy_part(self, text: str, entities: list[Entity]) -> Part | None:
        """A company policy asked of a kind or an entity ("can i return a grinder if i dont
        like it?" -> the returns policy), when the question with its item called "it", or one
        of its asking clauses, is as near to the policy's topic as a company question must be
        (``FACT_MATCH``: this answer replaces the entity's own sentences, so it needs more than
        the ``POLICY_MATCH`` of an addition)."""
        readings = [self._as_it(text), *(self._as_it(c) for c in asking_clauses(text))]
        policy = self._policy(text, "", FACT_MATCH, readings)
        if not policy:
            return None
        sources = [entity_source(e) for e in entities]
        return Part(" ".join(policy), True, entities, sources, policy)

    def _refund(self, text: str, entities: list[Entity]) -> Part | None:
        """A policy asked with its money of one priced item ("box never opened ... if i send
        it back how much do i get back?"): the policy, and the fee it takes worked out on the
        item's price (:mod:`shared.rag.refunds`); None when the question is no such policy or
        the policy takes no share of a price."""
        if len(entities) != 1 or not (asks_price(text) or _REFUND.search(normalise(text))):
            return None
        part = self._policy_part(text, entities)
        applied = fee_applied(part.evidence, entities[0]) if part else None
        if part is None or applied is None:
            return None
        part.text = f"{part.text} {applied[0]}"
        part.derived.extend(applied[1])
        return part

    def _policy(
        self, text: str, said: str, near: float = POLICY_MATCH, readings: list[str] | None = None
    ) -> list[str]:
        """The company fact a question about an entity also asks ("does the Multi-site plan
        come with a 24 hour emergency line?" -> the line's hours), unless already said; the
        question is read without its entities' names, or as the ``readings`` given (the
        nearest of them to a topic decides)."""
        if self._sentences is None:
            return []
        if readings is None:
            flat = normalise(text)
            for mention in reversed(self.catalog.mentions(text)):
                flat = flat[: mention.start] + flat[mention.end :]
            readings = [flat]
        vectors = self._library.embed(readings)
        topics = [self._facts.topic_of(v, r) for v, r in zip(vectors, readings, strict=True)]
        scored = [(t, r) for t, r in zip(topics, readings, strict=True) if t is not None]
        found = max(scored, key=lambda pair: pair[0][1], default=None)
        fact = self._facts.facts.get(found[0][0]) if found and found[0][1] >= near else None
        if fact is None or found is None or not _shares_a_word(found[1], fact):
            return []
        return [t for t in fact.sentences if t not in said]

    @cached_property
    def _kind_words(self) -> re.Pattern[str]:
        """An item named by a word of a catalog kind ("a grinder", "the espresso machines")."""
        words = sorted({w for kind in self.catalog.kinds() for w in kind.split()}, key=len)
        alternatives = "|".join(re.escape(w) for w in reversed(words))
        return re.compile(
            rf"\b(?:(?:a|an|the|our|your|my|this|that)\s+)?(?:{alternatives})(?:e?s)?\b"
        )

    def _as_it(self, text: str) -> str:
        """``text`` with the items it names called "it" ("can i return it if i dont like it")."""
        flat = normalise(text)
        for mention in reversed(self.catalog.mentions(text)):
            flat = f"{flat[: mention.start]}it{flat[mention.end :]}"
        return re.sub(r"\bit(?:\s+it\b)+", "it", self._kind_words.sub("it", flat))


def _shares_a_word(reading: str, fact: Fact) -> bool:
    """Whether a question read as asking a company topic shares a topic word with it (its
    sentences or its general questions): nearness of meaning alone took "a loaner grinder" for
    "loans"."""
    words = topic_words(fact.topic) | set(tokenize(" ".join(fact.sentences)))
    return bool((terms(reading) - GENERIC) & words)


#: Money asked back, in normalised text ("what do i get refunded", "money back").
_REFUND = re.compile(r"\b(?:refund\w*|get back|money back|restocking)\b")


def asking_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that ask, when it has more than one ("can we return it?" of "we
    used the grinder a week, can we return it?"; "can i return it" of "can i return it if i
    never used it": the condition after "if" is no part of the topic asked)."""
    clauses = [c.strip() for c in re.split(r"[,;:]|\b(?:and|if)\b", text) if c.strip()]
    return [c for c in clauses if is_ask(c)] if len(clauses) > 1 else []
