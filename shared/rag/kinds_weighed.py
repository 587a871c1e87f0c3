"""Two kinds weighed against each other ("is a batch brewer or an espresso machine the better
call for us?"): the knowledge base recommends members within a kind, never one kind over
another, so the reply says so plainly, gives each side's usual pick with what it is for, and
leaves the choice to the sales team; it never answers with one side's introduction ("A café
lives or dies by its espresso machine"). Pure: the question and the catalog in.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.matching import article
from shared.rag.phrasing import cap, price_sentence, the
from shared.rag.resolve import kind_named

_SIDES = re.compile(r"\s+(?:or|vs|versus)\s+")
_CHOICE = re.compile(r"\b(?:which|better|best|rather|should|recommend\w*|suit\w*|go with)\b")
_RECOMMENDS = re.compile(r"\brecommend", re.I)


def kinds_weighed(catalog: Catalog, text: str) -> list[str]:
    """The kinds a question weighs against each other, one per side of its "or"/"vs" (at
    least two, all different); [] when it names an item, asks no choice, or weighs no kinds."""
    flat = normalise(text)
    if not _CHOICE.search(flat) or catalog.mentioned(text):
        return []
    kinds = [kind_named(catalog, side) for side in _SIDES.split(flat)]
    found = [k for k in dict.fromkeys(kinds) if k is not None]
    return found if len(found) >= 2 and len(found) == len(kinds) else []


def usual_pick(catalog: Catalog, kind: str) -> tuple[Entity, str]:
    """The member of ``kind`` the knowledge base recommends (else its first), with the
    sentence saying what it is or does."""
    members = catalog.of_kind(kind)
    for entity in members:
        said = [f for f in entity.facts if _RECOMMENDS.search(f)]
        if said:
            return entity, said[0]
    return members[0], members[0].facts[0] if members[0].facts else ""


def _own(sentence: str, entity: Entity) -> str:
    return re.sub(r"^It\b", cap(the(entity.name)), sentence)


def weighed_kinds(catalog: Catalog, kinds: list[str]) -> tuple[str, list[Entity], list[str]]:
    """The reply to two kinds weighed: no comparison in the knowledge base, said; each kind's
    usual pick, its price and its sentence; the sales team to choose with. Returns the text,
    the picks and the sentences quoted."""
    picks = [usual_pick(catalog, kind) for kind in kinds]
    lines = [
        f"For {kind}s, {the(entity.name)}: {_own(said, entity)} {price_sentence(entity)}"
        for kind, (entity, said) in zip(kinds, picks, strict=True)
    ]
    sides = " or ".join(f"{article(k)} {k}" for k in kinds)
    text = (
        f"Our information doesn't say whether {sides} suits you better, so I won't guess. "
        f"{' '.join(lines)} Our sales team can help you choose."
    )
    return text, [e for e, _ in picks], [s for _, s in picks]
