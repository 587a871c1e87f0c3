"""Which member of a kind has a thing its own sentences name ("which plan comes with a loaner
grinder?" -> the Pro plan, whose section says "a loaner grinder").

A "which <kind>" question whose remaining topic words all occur in the sentences of some of the
kind's members, not all of them, is answered by those members and those sentences; the
question's words matched by stem, so "loaner" never leans towards "loans" as its meaning did.
"which plan?" after a story ("we can't go a day without the grinder") is answered by the member
whose own sentence shares the most words with the story. After items of one kind, a phrase some
of them name ("do we lose the loaner grinder if we switch?") is about them, though it holds
another kind's word (:func:`phrase_holders`). Pure: the question, the kind and the catalog in.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.question import GENERIC, terms, two_word_phrases

_WHICH = re.compile(r"\b(?:which|what)\b")
#: "which one", "which of them", "which of those plans": a choice among the items discussed.
_WHICH_ONE = re.compile(r"\bwhich (?:one|ones|of (?:them|those|these|the \w+))\b")
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


def phrase_holders(
    question: str, kind: str, catalog: Catalog
) -> tuple[str, list[tuple[Entity, str]]] | None:
    """A two-word phrase of ``question`` that holds another kind's word ("loaner grinder")
    and that some members of ``kind``, not all, say in their own sentences (the Pro plan's "a
    loaner grinder"), with those (member, sentence) pairs; None when there is none. The
    phrase names a thing that comes with the member, not the other kind's items."""
    members = catalog.of_kind(kind)
    others = {w for k in catalog.kinds() if k != kind for w in tokenize(k)}
    named = {normalise(k) for k in catalog.kinds()}
    for phrase in sorted(two_word_phrases(question)):
        if not set(tokenize(phrase)) & others or phrase in named:  # "barista training": a kind
            continue
        found = [(m, s) for m in members for s in m.facts if phrase in normalise(s)]
        if found and len({m.name for m, _ in found}) < len(members):
            return phrase, found
    return None


def among_discussed(
    question: str, discussed: list[Entity], catalog: Catalog
) -> tuple[list[tuple[Entity, str]], str | None] | None:
    """After items of one kind, a question naming none: for "which one ...", the members that
    have what is asked (:func:`members_with` over their kind), though the question names another
    kind ("a loaner grinder" is what a plan comes with, not a grinder asked about); for a phrase
    some members of the kind say (:func:`phrase_holders`: "do we lose the loaner grinder if we
    switch?" after the Multi-site plan), those members and the phrase. None otherwise."""
    kinds = {e.kind for e in discussed}
    if len(kinds) != 1 or catalog.mentioned(question):
        return None
    kind = kinds.pop()
    if len(discussed) >= 2 and _WHICH_ONE.search(normalise(question)):
        having = members_with(question, kind, catalog)
        return (having, None) if having else None
    held = phrase_holders(question, kind, catalog)
    return (held[1], held[0]) if held else None


def member_for(situation: str, kind: str, catalog: Catalog) -> tuple[Entity, str] | None:
    """The member of ``kind`` one of whose own sentences shares the most words with the
    ``situation`` the visitor told ("can't go a day without the grinder" and the Pro plan's
    "a loaner grinder while yours is in the workshop"), with that sentence; None when no
    member's sentence shares a word or two members tie."""
    words = terms(situation) - GENERIC - set(tokenize(kind))
    scored: list[tuple[int, Entity, str]] = []
    for entity in catalog.of_kind(kind):
        own = set(tokenize(f"{entity.name} {' '.join(entity.aliases)}"))
        for sentence in entity.facts:
            shared = len((words - own) & set(tokenize(sentence)))
            scored.append((shared, entity, sentence))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] == 0:
        return None
    best = scored[0]
    rivals = [s for s in scored[1:] if s[0] == best[0] and s[1] is not best[1]]
    return None if rivals else (best[1], best[2])
