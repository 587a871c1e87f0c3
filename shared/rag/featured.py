"""A catalog member named by what it does or has: "the grinder that weighs the coffee", "the
grinder with the weight", "the barista training in our café".

A kind's word followed by a describing clause ("that ...", "which ...", "with ...", "in ...")
names the one member of that kind whose own text (name, attribute labels and values, its
section's sentences) holds a word of the clause that no sibling's text holds: "weighs" is in
the Atlas 75's "it weighs the coffee as it grinds" and "grind-by-weight", in no other grinder's;
"café" is in the on-site course's "Our trainer comes to your café", not in the online course's.
A word before the kind names a member the same way ("the group maintenance plan": "café groups"
is in the Multi-site plan's text alone).
The knowledge base's own feature words decide, never a list of phrasings. With no such member,
or several, the text is unchanged: a wrong member costs more than a vague answer. Pure.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping

from shared.catalog.model import Catalog, Entity, Mention
from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.bm25 import tokenize
from shared.rag.matching import same_stem
from shared.rag.question import GENERIC, comparison, expanded
from shared.understanding.featured import (
    featured_phrases,
    helped_clause,
    modified_phrases,
    purpose_phrases,
)


def featured_member(text: str, catalog: Catalog) -> str:
    """``text`` with "the <kind> that/with/in <clause>" replaced by the one member the clause
    describes (module docstring); unchanged when the clause names a member itself or none or
    several members hold its words."""
    kind_words = {w for k in catalog.kinds() for w in k.split()}
    for phrase in featured_phrases(text, kind_words):
        said = text[phrase.start : phrase.end]
        if _named_before(phrase.named, catalog):
            continue  # "the online training": the member named by its own word
        members = _of_kind(catalog, phrase.named)
        item = _one_item(catalog, phrase.clause, members)
        if item is not None:  # "the coffee for the batch brewer": a pairing
            found = _paired(catalog, item, members)
        else:
            # the clause runs on to the end of its sentence: "the grinder for the lumen 2 group"
            # names the machine after the clause's words stop at the "2"
            rest = text[phrase.start :]
            tail = rest[: min((n for n in map(rest.find, "?.!,;") if n >= 0), default=len(rest))]
            if catalog.mentions(said) or catalog.mentions(tail):
                continue  # "the grinder with the lumen 2 group and the pico": no one pairing
            found = _described(phrase.clause, members)
        if found is not None:
            return f"{text[: phrase.start]}the {found.name}{text[phrase.end :]}"
    return text


#: Words before a kind that place it in time or among others, never a feature of one member
#: ("the new grinder", "that other plan", "our current machine").
_PLACING = frozenset(
    ("new", "old", "other", "same", "current", "next", "last", "first", "whole", "right")
) | frozenset(("usual", "existing", "one", "only", "main", "each", "every", "second"))


def modified_member(text: str, catalog: Catalog) -> str:
    """``text`` with "the <word> <kind>" replaced by the one member of the kind whose own text
    holds the word and no sibling's does ("the group maintenance plan" -> the Multi-site plan:
    "made for café groups"); unchanged when the word names a member or a kind, places or
    ranks ("the new grinder", "the smaller grinder"), or fits none or several members."""
    kind_words = {w for k in catalog.kinds() for w in k.split()}
    for phrase in modified_phrases(text, catalog.kinds()):
        word = phrase.clause
        if (
            _placing(word)
            or word in kind_words
            or catalog.mentions(text[phrase.start : phrase.end])
        ):
            continue
        found = _described(word, _of_kind(catalog, phrase.named))
        if found is not None:
            return f"{text[: phrase.start]}the {found.name}{text[phrase.end :]}"
    return text


def _placing(word: str) -> bool:
    return (
        word in _PLACING or word in NUMBER_WORDS or word in GENERIC or comparison(word) is not None
    )


def purposed_member(
    text: str, catalog: Catalog, nearest: Callable[[str], Entity | None] | None = None
) -> str:
    """``text`` with "anything/something to <clause>" replaced by the one catalog member the
    clause describes ("do you sell anything to protect the machine?": the Clarity water
    filtration, the one item whose text says it "protects your machine"); unchanged when the
    clause names an item, or when no one member or several hold its words. ``nearest`` (the
    answerer's embedding) names the member whose own sentence is clearly the nearest in
    meaning to the clause ("anything to stop that eating the espresso machine": the Clarity's
    "the quiet killer of espresso machines"), which a shared word alone ("stops") cannot."""
    for phrase in purpose_phrases(text):
        if catalog.mentions(phrase.clause):
            continue  # "anything to go with the lumen": a pairing, not a need
        found = nearest(phrase.clause) if nearest is not None else None
        found = found or _most_described(phrase.clause, list(catalog.entities))
        if found is not None:
            return f"{text[: phrase.start]}the {found.name}{text[phrase.end :]}"
    return text


def helped_member(text: str, catalog: Catalog, documents: Mapping[str, str]) -> str:
    """``text`` with "do you help with <clause>" asked of the one member whose own text, or
    else whose own document (``documents`` by source; one no other member shares), holds the
    clause's words ("do u help w/ the layout n stuff" -> "does the Café Launch Consulting
    cover the layout n stuff": its page lists "Workflow layout"); unchanged when the clause
    names an item itself, when a question follows it, or when no one member holds more of its
    words than any other."""
    found = helped_clause(text)
    if found is None or catalog.mentions(found[2]):
        return text
    start, end, clause = found
    if "?" in text[end:].lstrip("?"):  # "do u help w opening a cafe? ... cost?": the parts
        return text  # after it lean on the service the search finds, not on a name put in
    members = list(catalog.entities)
    alone = [e for e in members if sum(o.source == e.source for o in members) == 1]
    pages = {e.name: documents.get(e.source, "") for e in alone}
    member = _most_described(clause, members) or _most_described(clause, alone, pages)
    if member is None:
        return text
    return f"{text[:start]}does the {member.name} cover {clause}{text[end:]}"


def thing_member(text: str, catalog: Catalog, thing_nouns: frozenset[str]) -> str:
    """``text`` with "<word> <thing>" ("the batch machine", "a drip unit") replaced by the one
    member sold by the piece whose own text holds ``word`` when no other member's does ("batch"
    is the BatchPro's "one batch can be brewing"): the thing noun ("machine", "system") is
    another kind's head or no kind's, so the word before it is what names the item. Unchanged
    when the phrase names an item or a kind itself ("espresso machine", "cart machine"), or when
    the word is held by several members ("coffee machine") or by one sold by weight ("cold brew
    machine" is not the cold brew blend)."""
    words = normalise(text).split()
    kind_phrases = {k.lower() for k in catalog.kinds()}
    heads = {k.split()[-1] for k in kind_phrases}
    for word, thing in itertools.pairwise(words):
        phrase = f"{word} {thing}"
        if thing.rstrip("s") not in heads | thing_nouns or word in GENERIC:
            continue
        if word.isdigit() or word in NUMBER_WORDS:
            continue  # "three grinders": a count, not the Lumen 3-Group's "three group heads"
        if catalog.mentions(phrase) or phrase.rstrip("s") in kind_phrases:
            continue  # "cart machine" (the Pico's alias), "espresso machine" (a kind)
        found = _most_described(word, list(catalog.entities))
        sold_by_piece = found is not None and found.price is not None and found.price.unit is None
        if found is not None and sold_by_piece and not _kind_word_of(found, word):
            return _replaced(text, phrase, f"the {found.name}")
    return text


def _replaced(text: str, phrase: str, by: str) -> str:
    """``text`` with its first ``phrase`` (any case) said as ``by``; unchanged without it."""
    at = text.lower().find(phrase)
    return text if at < 0 else f"{text[:at]}{by}{text[at + len(phrase) :]}"


def _kind_word_of(entity: Entity, word: str) -> bool:
    """Whether ``word`` is the item's own kind's head ("brewer" of the batch brewer), which
    the kind's resolution names already."""
    return entity.kind.split()[-1] == word


def _most_described(
    clause: str, members: list[Entity], texts: Mapping[str, str] | None = None
) -> Entity | None:
    """The member holding more words of ``clause`` that no other member holds than any other
    member does ("stops scale building up": the Clarity's "scale" and "builds", over the
    Atlas 75's "stops"); None on a tie or with none. ``texts`` gives a member's text by name
    (its whole document) instead of its own facts."""
    wanted = [w for w in tokenize(expanded(clause)) if w not in GENERIC]  # "flowery": "floral"
    own = {e.name: set(tokenize(texts[e.name] if texts else _own_text(e))) for e in members}
    held = [
        (sum(_has(own[e.name], w) and not _held_by_other(own, e.name, w) for w in wanted), e)
        for e in members
    ]
    ranked = sorted(held, key=lambda pair: -pair[0])
    best = ranked[0] if ranked and ranked[0][0] > 0 else None
    return best[1] if best and (len(ranked) < 2 or ranked[1][0] < best[0]) else None


def _held_by_other(own: dict[str, set[str]], name: str, stem: str) -> bool:
    return any(_has(words, stem) for other, words in own.items() if other != name)


def _one_item(catalog: Catalog, clause: str, members: list[Entity]) -> Entity | None:
    """The one item outside ``members`` that ``clause`` names, by its name or by the whole
    name of a kind of one member ("a big batch brewer"); None with none or several."""
    named = {m.entity for m in catalog.mentions(clause)}
    flat = f" {normalise(clause)} "
    for kind in catalog.kinds():
        if f" {kind} " in flat and len(catalog.of_kind(kind)) == 1:
            named.add(catalog.of_kind(kind)[0].name)
    items = [e for e in catalog.entities if e.name in named]
    return items[0] if len(items) == 1 and items[0] not in members else None


def _paired(catalog: Catalog, item: Entity, members: list[Entity]) -> Entity | None:
    """The one member of ``members`` that ``item`` pairs with in the knowledge base's words:
    the item's own sentences name the member ("Our Riverbend Organic blend was practically
    made for it." of the batch brewer), else only the member's own sentences name the item
    ("It pairs naturally with a Lumen 2-Group"). None when none or several fit."""
    said = " ".join(item.facts)
    found = [e for e in members if any(m.entity == e.name for m in catalog.mentions(said))]
    if not found:
        found = [e for e in members if any(m.entity == item.name for m in _named_in(catalog, e))]
    return found[0] if len(found) == 1 else None


def _named_in(catalog: Catalog, entity: Entity) -> list[Mention]:
    return catalog.mentions(" ".join(entity.facts))


def _named_before(named: str, catalog: Catalog) -> bool:
    """Whether the word before the kind's word is no word of a kind ("online" of "the online
    training"): the visitor named the member by its own word, the clause only adds to it."""
    words = named.lower().split()
    kind_words = {w for k in catalog.kinds() for w in k.split()}
    return len(words) > 1 and words[0] not in kind_words


def _of_kind(catalog: Catalog, named: str) -> list[Entity]:
    """The members of the kind ``named`` ends with ("barista training", "grinder")."""
    words = named.lower().split()
    kinds = [k for k in catalog.kinds() if k.split()[-1] == words[-1].rstrip("s")]
    kinds = kinds or [k for k in catalog.kinds() if words[-1] in k.split()]
    if len(words) > 1 and len(kinds) > 1:  # "espresso grinder" of several kinds ending so
        kinds = [k for k in kinds if words[0] in k.split()] or kinds
    return [e for k in kinds for e in catalog.of_kind(k)]


def _described(clause: str, members: list[Entity]) -> Entity | None:
    """The one member whose own words hold a word of ``clause`` no other member holds."""
    if len(members) < 2:
        return None
    wanted = [w for w in tokenize(clause) if w not in GENERIC]
    own = {e.name: set(tokenize(_own_text(e))) for e in members}
    hits = []
    for entity in members:
        others = set().union(*(words for name, words in own.items() if name != entity.name))
        if any(_has(own[entity.name], w) and not _has(others, w) for w in wanted):
            hits.append(entity)
    return hits[0] if len(hits) == 1 else None


def _has(words: set[str], stem: str) -> bool:
    return any(same_stem(stem, w) for w in words)


def _own_text(entity: Entity) -> str:
    attributes = " ".join(f"{k} {v}" for k, v in entity.attributes.items() if k != "price")
    return " ".join([entity.name, *entity.aliases, attributes, *entity.facts])
