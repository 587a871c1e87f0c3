"""Which member of a kind has a thing its own sentences name ("which plan comes with a loaner
grinder?" -> the Pro plan, whose section says "a loaner grinder").

A "which <kind>" question whose remaining topic words all occur in the sentences of some of the
kind's members, not all of them, is answered by those members and those sentences; the
question's words matched by stem, so "loaner" never leans towards "loans" as its meaning did.
Pure: the question, the kind and the catalog in.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.question import GENERIC, terms

_WHICH = re.compile(r"\b(?:which|what)\b")
#: Words that ask for inclusion, not name what is included.
_LINKING = frozenset(
    tokenize("include includes included come comes with offer offers has have get")
)


def members_with(question: str, kind: str, catalog: Catalog) -> list[tuple[Entity, str]]:
    """The (member, sentence) pairs of ``kind`` whose own sentence holds every topic word of a
    "which" ``question``; [] when it asks no "which", names no topic, or every member has it."""
    if not _WHICH.search(normalise(question)):
        return []
    members = catalog.of_kind(kind)
    topic = terms(question) - GENERIC - _LINKING - set(tokenize(kind))
    topic = {w for w in topic if not w.isdigit()}
    if not topic:
        return []
    found = [
        (entity, sentence)
        for entity in members
        for sentence in entity.facts
        if topic <= set(tokenize(sentence))
    ]
    holders = {entity.name for entity, _ in found}
    return found if found and len(holders) < len(members) else []
