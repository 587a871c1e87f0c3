"""What an ask is about beyond naming an item: a feature, its topic words, what it includes.

A feature of an item just discussed is named by a phrase of its own sentence.

"so the loaner grinder, is that while ours is getting fixed?" after the maintenance plans asks
about the Pro plan's "loaner grinder while yours is in the workshop", not about grinders:
the phrase's head word names a kind, but the two words together are the plan's own. "what do
i actually get" with the launch consulting asks its contents: the section of its document
that says what it covers, not its price. Pure: text, entities and sentences in.
"""

from __future__ import annotations

import itertools
import re

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.phrasing import cap, the
from shared.rag.question import GENERIC
from shared.rag.sentences import Sentence


def _phrases(text: str) -> list[str]:
    """The question's pairs of adjacent content words ("loaner grinder")."""
    words = normalise(text).split()
    content = [bool(tokenize(w)) and w not in GENERIC and len(w) > 3 for w in words]
    pairs = zip(itertools.pairwise(words), itertools.pairwise(content), strict=True)
    return [f" {a} {b} " for (a, b), (ca, cb) in pairs if ca and cb]


def recent_feature(text: str, entities: list[Entity]) -> tuple[Entity, str] | None:
    """The first of ``entities`` (those just discussed) with a sentence using a two-word
    phrase of ``text``, and that sentence; None when no sentence of theirs uses one."""
    phrases = _phrases(text)
    for entity in entities if phrases else []:
        for sentence in entity.facts:
            flat = f" {normalise(sentence)} "
            if any(p in flat for p in phrases):
                return entity, sentence
    return None


def asked_beyond(text: str, entities: list[Entity]) -> frozenset[str]:
    """The stems ``text`` asks beyond naming ``entities`` ("installation" of "is installation
    included with the pico?"); empty without entities (the question is then all topic) or
    with more than :data:`FOCUSED` of them (a story, not one thing asked of the item)."""
    if not entities:
        return frozenset()
    named = {w for e in entities for w in tokenize(f"{e.name} {e.kind} {' '.join(e.aliases)}")}
    topic = frozenset(w for w in tokenize(text) if w not in named and w not in GENERIC)
    return topic if len(topic) <= FOCUSED else frozenset()


FOCUSED = 3  # topic words of one thing asked of an item ("installation included")


#: "what's included", "what do i actually get", "what does it cover", "what comes with it".
_CONTENTS = re.compile(
    r"\bwhat(?:s| s| is| are)? (?:actually |really |exactly )?(?:included|covered|in it)\b"
    r"|\bwhat(?:s| s| is| are) (?:actually |really |exactly )?in (?:the|your|that|this)\b"
    r"|\bwhat (?:do|does|would|will|did) (?:[a-z0-9-]+ ){1,6}?(?:actually |really )?"
    r"(?:get|include|cover|come with)\b"
    r"|\bwhat comes with\b"
    # the auxiliary dropped in a terse ask ("price and what you get?", "what we'd get")
    r"|\bwhat (?:you|we|i)(?: d| ll| would| will)? (?:actually |really )?get\b"
    # a service's contents asked as what its people do ("what do you help with if we hire
    # you", "what would your consultant actually do for us")
    r"|\bwhat (?:do|does|would|will|can) (?:you|they|your [a-z]+(?: [a-z]+)?)(?: guys)? "
    r"(?:actually |really )?"
    r"(?:help(?: (?:us|me))? with|do for (?:us|me))\b"
)
#: A sentence saying an item is made for each order ("The Lumen 3-Group is built to order").
_TO_ORDER = re.compile(r"\b(?:made|built) to order\b", re.I)


def made_to_order(sentence: str) -> bool:
    """Whether a knowledge-base sentence says its item is made or built to order."""
    return _TO_ORDER.search(sentence) is not None


#: A heading that says what something holds ("What the consulting covers", "What's included").
_CONTENTS_HEADING = re.compile(r"\b(?:cover|covers|include|includes|included|you get)\b", re.I)


#: A list item that names what it is ("Menu design: a drinks menu ...").
_ITEM = re.compile(r"^[A-Z][\w' -]{1,30}: ")


def asks_contents(text: str) -> bool:
    """Whether ``text`` asks what something includes or gives ("what do i actually get")."""
    return _CONTENTS.search(normalise(text)) is not None


def contents_of(sentences: list[Sentence], entity: Entity) -> list[str]:
    """The sentences of the section of ``entity``'s document that says what it includes or
    covers (its heading says so: "What the consulting covers"); [] when it has none."""
    said = [
        s.text
        for s in sentences
        if s.source == entity.source and _CONTENTS_HEADING.search(s.heading)
    ]
    items = [s for s in said if _ITEM.match(s)]  # the list, not the document's introduction
    return items or said or _own_contents(entity)


#: An item's own sentence saying what it holds ("It includes one preventive maintenance visit
#: per year and 20% off parts.", "comes with a loaner grinder").
_HOLDS = re.compile(r"\b(?:includes?|including|comes? with|covers|gives you|you get)\b", re.I)


def _own_contents(entity: Entity) -> list[str]:
    """The sentences of ``entity``'s own section that say what it includes, its name for a
    leading "It" ("The Essential plan includes one preventive ..."); [] when none does."""
    said = [s for s in entity.facts if _HOLDS.search(s)]
    return [f"{cap(the(entity.name))}{s[2:]}" if s.startswith("It ") else s for s in said]
