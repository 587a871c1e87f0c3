""" "Do we get the barista training free with it?": an offer read with its condition.

The knowledge base states free offers with a condition on what is bought ("When you buy any
Lumen espresso machine, the two-day on-site barista training is included free."). Asked of an
item the condition does not name (the Pico, an Atlas grinder), the honest answer is no, with
the offered item's own price; asked of one it names, yes. The condition is read from the
catalog names in the offer's sentence: a family ("any Lumen" -> both Lumens) or entities. Pure:
the question, the catalog and the sentences in, the verdict's parts out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize

#: "is it free", "included?", and "does that come with training" (a thing had with another).
_FREE = re.compile(
    r"\b(?:free|included|include|includes|no charge|at no cost|no extra cost|complimentary"
    r"|(?:come|comes|coming)\s+with)\b",
    re.I,
)


@dataclass(frozen=True)
class Offer:
    """An offer sentence, what it offers and whom its condition names."""

    sentence: str
    offered: Entity
    members: list[Entity]


def asks_free(question: str) -> bool:
    """Whether the question asks if something comes free or included."""
    return bool(_FREE.search(question))


def offered_kinds(question: str, catalog: Catalog) -> list[str]:
    """The kinds the question asks to get free: a kind whose last word it uses ("training"),
    or a word of that word's stem ("to get the staff trained": the training)."""
    words = set(normalise(question).split())
    stems = set(tokenize(question))
    return [
        k
        for k in catalog.kinds()
        if (head := normalise(k).split()[-1]) in words or set(tokenize(head)) & stems
    ]


def find_offer(sentences: Iterable[str], catalog: Catalog, kinds: list[str]) -> Offer | None:
    """The first sentence that offers a member of ``kinds`` free under a condition naming
    other catalog items (a family or entities), else None."""
    families = catalog.families()
    for sentence in sentences:
        if not _FREE.search(sentence):
            continue
        named = catalog.mentioned(sentence)
        offered = [e for e in named if e.kind in kinds]
        if not offered:
            continue
        flat = f" {normalise(sentence)} "
        members = [
            member
            for family, group in families.items()
            if f" {normalise(family)} " in flat
            for member in group
        ]
        members = members or [e for e in named if e.kind not in kinds]
        if members:
            return Offer(sentence, offered[0], members)
    return None


def covered(offer: Offer, bought: list[Entity]) -> bool:
    """Whether every item bought of the kind the offer's condition names is one it names: a
    Lumen with an Atlas 75 is a Lumen bought (the grinder is no other espresso machine), a
    Pico is not; nothing of that kind bought, nothing covered."""
    names = {e.name for e in offer.members}
    kinds = {e.kind for e in offer.members}
    rivals = [e for e in bought if e.kind in kinds]
    return bool(rivals) and all(e.name in names for e in rivals)
