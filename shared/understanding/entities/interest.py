"""Catalog items a visitor asks or talks about, as interest: "pico 1 group price" -> the Pico
is an equipment need, "whats the multi site plan? how much" -> the Multi-site plan is a support
need, "is the foundry good for lattes?" -> a coffee preference.

The catalog is the gazetteer (every equipment, service and coffee entity by its name, aliases
and family), plus the service kinds by their generic word in a question ("does the training
come with it?": a service is asked about by what it is). An item is recorded under its catalog
name, in the free-text need of its kind (:data:`NEED_OF`); an item is not recorded when the
visitor owns it ("our pico keeps dying"), rejects it ("not the pico", "the lumen is too big for
us"), only compares away from it ("cheaper than the lumen") or asks about it for someone else
("my sister wants a pico"). Interest is no detail stated: the brain returns it apart
(``Understanding.interest``), the state machine stores it for a business visitor only and
never counts it as commitment. :func:`merge_items` joins a product to a stored need.
"""

from __future__ import annotations

import re

from shared.catalog import Catalog
from shared.catalog.served import derived
from shared.catalog.words import normalise
from shared.understanding.entities.cues import ON_PLAN_RE
from shared.understanding.entities.equipment import kind_of
from shared.understanding.entities.gazetteer import (
    COFFEE_KINDS,
    EQUIPMENT_KINDS,
    SERVICE_KINDS,
    by_price,
    by_size,
    by_size_in,
    end_of_two,
    longest_first,
    on_ordinary_power,
)
from shared.understanding.entities.negation import taken_back
from shared.understanding.entities.power import POWER_NEED_RE
from shared.understanding.fuzzy import english_words
from shared.understanding.lexicon import COUNT_WORDS, alternation, number_words
from shared.understanding.pointing import alternative_numbered

NEED_OF = {
    **dict.fromkeys(EQUIPMENT_KINDS, "equipment_needs"),
    **dict.fromkeys(SERVICE_KINDS, "support_needs"),
    **dict.fromkeys(COFFEE_KINDS, "coffee_preferences"),
}
# A service asked about by what it is ("do you do repairs?"); the catalog's service kinds add
# their own words (:func:`_service_words`).
SERVICE_WORDS = r"(?:emergency\s+)?repairs|maintenance\s+plans?"
# A generic service word counts in a question or a request for it ("call me about the
# consulting", "we need training"), not in passing ("I did some consulting before").
_REQUESTED = re.compile(
    r"\b(?:about|regarding|re|interested\s+in|info(?:rmation)?\s+(?:on|about)|need|want|book"
    r"|add|include|sign\s+(?:me\s+|us\s+)?up\s+for"
    # bought beside another item: "if we buy the lumen three group and the consulting"
    r"|(?:buy|get|order|purchase)\s+(?:the\s+|a\s+|an\s+)?[\w -]{1,40}?\s+(?:and|plus|\+))"
    r"\s+(?:the\s+|a\s+|some\s+|your\s+|any\s+)?$",
    re.I,
)
_DECLINED = re.compile(r"\b(?:not|no|don'?t|never|without)\b", re.I)

# Before the item, in its clause: owned, rejected, compared away.
_OWNER = r"\b(?:our|my|his|her|their)\s+(?:\w+\s+){0,2}$"
_REJECTED = (
    r"\b(?:not|no|forget|skip|drop|without|instead\s+of|rather\s+than|than|vs\.?|versus"
    r"|compared\s+(?:to|with)|over)\s+(?:the\s+|a\s+|that\s+)?$"
    r"|\b(?:don'?t|do\s+not|won'?t|never)\s+(?:\w+\s+){0,2}$"
)
_BEFORE = re.compile(rf"{_OWNER}|{_REJECTED}", re.I)
# After the item, in its clause: a verdict against it or a fault of one owned.
_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:is|are|'s|seems?|looks?|sounds?)?\s*(?:way\s+)?(?:too\s+\w+"
    r"|overkill|out\s+of\s+(?:my|our)\s+budget|not\s+for\s+(?:us|me))"
    r"|^\s*(?:we|i)\s+(?:have|own|use|run|got|bought)\b"
    r"|^\W*(?:\w+\s+){0,2}(?:broke|died|stopped|keeps?\s+\w+ing|leak\w*|is\s+broken"
    r"|won'?t|wont|doesn'?t|isn'?t|not\s+working|has\s+an?\s+error)",
    re.I,
)
# The whole clause: the visitor already has it (or it was delivered to them).
_HAD = re.compile(
    r"\b(?:we\s+(?:already\s+)?(?:have|own|run|use)|i\s+(?:already\s+)?(?:have|own|run|use)"
    r"|we'?ve\s+got|i'?ve\s+got|already|bought|current(?:ly)?|existing|sold\s+(?:us|me)"
    # delivery priced in ("the total with delivery") is no delivery received
    r"|(?<!with\s)(?<!plus\s)(?<!including\s)(?<!incl\s)deliver(?:y|ed)|received|shipment"
    r"|arrived"
    # a limit of the visitor's own gear told ("it has only one group"), and the learner's
    # "actual" for current ("our actual machine", the German "aktuell")
    r"|it\s+(?:has|had)\s+(?:only|just)|(?:our|my)\s+actual)\b",
    re.I,
)
_OTHERS = (
    r"friend|sister|brother|cousin|neighbou?r|client|mom|mother|dad|father|son|daughter|boss"
    r"|uncle|aunt|colleague"
)
# Someone else wants it ("for my sister", "my friend's cafe", "my cousin wants ...").
FOR_OTHER_RE = re.compile(
    rf"\bfor\s+(?:my|a|his|her|their)\s+(?:{_OTHERS})s?\b"
    rf"|\b(?:my|a)\s+(?:{_OTHERS})(?:'s|\s+(?:wants?|needs?|is|has|asked|asks))\b"
    r"|\bfor\s+(?:him|her|them|someone\s+else)\b",
    re.I,
)


_COUNT = re.compile(rf"^\s*(?:\d{{1,2}}\s*x?|{alternation(COUNT_WORDS)})\b", re.I)
_SEVERAL = re.compile(rf"\b(?:[2-9]|\d{{2,}}|{number_words(2, 6)}|several|multiple)\b", re.I)


def _entities() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(kind, catalog name, pattern of its name and aliases) per entity, then per family (the
    family's name: "the lumen"), then the service words (no name: kept as typed), for the
    served catalog."""
    return derived("interest_entities", _entities_of)


def _entities_of(catalog: Catalog) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    found: list[tuple[str, str, re.Pattern[str]]] = []
    families: dict[str, str] = {}
    for kind in NEED_OF:
        for entity in catalog.of_kind(kind):
            words = {normalise(entity.name), *entity.aliases}
            found.append((kind, entity.name, _pattern(words)))
            if entity.family:
                families.setdefault(entity.family, kind)
    found += [(kind, family, _pattern({normalise(family)})) for family, kind in families.items()]
    found += _service_words(catalog)
    found.append((SERVICE_KINDS[0], "", re.compile(rf"\b(?:{SERVICE_WORDS})\b", re.I)))
    return tuple(found)


def _item_names(catalog: Catalog) -> list[str]:
    return [e.name for e in catalog.entities]


def _generic_words() -> frozenset[str]:
    """The patterns of the service kinds' generic words, which count only when asked for."""
    return derived(
        "interest_generic_words", lambda c: frozenset(p.pattern for *_, p in _service_words(c))
    )


def _service_words(catalog: Catalog) -> list[tuple[str, str, re.Pattern[str]]]:
    """Each service kind by its generic word: the kind's name ("barista training") and, when
    its head is an activity ("-ing": "consulting", "training"), the head alone and its "-ation"
    noun when English has one ("consultation"). A kind the catalog sells one entity of is
    recorded under that entity's name ("the consulting" -> "Café Launch Consulting"); one of
    several is kept as typed ("training": on-site or online)."""
    found = []
    for kind in SERVICE_KINDS:
        words = {re.escape(kind)}
        head = kind.split()[-1]
        if head.endswith("ing"):
            words.add(head)
            if f"{head[:-3]}ation" in english_words():
                words.add(f"{head[:-3]}ations?")
        entities = catalog.of_kind(kind)
        name = entities[0].name if len(entities) == 1 else ""
        pattern = re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b", re.I)
        found.append((kind, name, pattern))
    return found + _sole_models(catalog)


def _sole_models(catalog: Catalog) -> list[tuple[str, str, re.Pattern[str]]]:
    """An equipment kind the catalog sells one model of, by the kind's name: "what batch brewer
    do you have?" asks about the BatchPro 2 (recorded, like a service word, only when asked
    about or requested)."""
    heads = [kind.split()[-1] for kind in EQUIPMENT_KINDS if catalog.of_kind(kind)]
    return [
        (kind, entities[0].name, re.compile(rf"\b{_kind_words(kind, heads)}s?\b", re.I))
        for kind in EQUIPMENT_KINDS
        if len(entities := catalog.of_kind(kind)) == 1
    ]


def _kind_words(kind: str, heads: list[str]) -> str:
    """The kind's name, and its head noun alone when no other kind sold shares it ("how much is
    the brewer thing" asks about the one batch brewer; "the grinder" names no one kind's)."""
    head = kind.split()[-1]
    alone = head != kind and heads.count(head) == 1
    return f"(?:{re.escape(kind)}|{re.escape(head)})" if alone else re.escape(kind)


def _pattern(words: set[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(longest_first(words))})s?\b", re.I)  # "2 atlas 75s"


# a style of coffee asked for by its generic word: "do you have a decaf", "got any single
# origin?", "do you guys roast anything dark"
_STYLE_ASKED = re.compile(
    r"\b(?:do\s+(?:you|u|y'?all)\s+(?:guys\s+)?(?:have|sell|carry|do|offer|make|roast|stock)"
    r"|(?:have\s+you\s+)?got|is\s+there"
    # a sentence asking for the style alone: "Anything organic?", "any decaf?"
    r"|(?:^|(?<=[.!?]\s))\W*(?=(?:anything|something|any)\s))\s*(?:an?\s+|any\s+|some\s+"
    r"|anything\s+|something\s+)?"
    r"(?P<style>decaf|single[- ]origins?|organic|fair[- ]trade|(?:dark|light|medium)(?:\s+roasts?)?"
    r"|espresso\s+blends?)\b(?![\s-]+(?:sized?|size|duty|grind\w*|machines?|brewers?|version"
    r"|plans?|volume|amount|order|bags?))",
    re.I,
)


def interest(text: str) -> dict[str, str]:
    """``{field: items}`` for the catalog items the text names as something the visitor may
    want, each under its catalog name in text order ("the lumen 2 group or the pico?" ->
    equipment_needs "Lumen 2-Group, Pico 1-Group"); a service word is kept as typed
    ("training"), and gear the message takes back later left out. Empty when the message
    speaks for someone else."""
    if FOR_OTHER_RE.search(text):
        return {}
    # "Atlas 64 or 75": both alternatives are named, never the first alone
    text = alternative_numbered(text, derived("interest_item_names", _item_names))
    hits: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, name, pattern in _entities():
        for match in pattern.finditer(text):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue  # "lumen" inside "lumen 2 group" is the same item
            taken.append(span)
            generic = not name or pattern.pattern in _generic_words()
            if _wanted(text, span) and (not generic or _asked_for(text, span[0])):
                if NEED_OF[kind] == "equipment_needs" and taken_back(text, span[1]):
                    continue  # "I was going to get the two group ... scrap that"
                hits.append((span[0], NEED_OF[kind], name or match.group(0).lower()))
    for match in _STYLE_ASKED.finditer(text):  # "do you have a decaf": the style wanted
        span = match.span("style")
        if not any(s < span[1] and span[0] < e for s, e in taken):
            hits.append((span[0], "coffee_preferences", match.group("style").lower()))
    in_family = _sized_in_family(text)
    if in_family:  # "the bigger of the two Lumens" is one machine, not the family
        hits = [h for h in hits if h[0] not in in_family[0]] + [in_family[1]]
    named = any(f == "equipment_needs" for _, f, _ in hits)
    described = None if named else _by_power(text) or _sized(text)
    if described:  # "what's the little machine that plugs into a normal wall socket"
        hits.append(described)
    hits.extend(h for h in _priced(text) if h[2] not in {name for _, _, name in hits})
    found: dict[str, list[str]] = {}
    for _, field, name in sorted(hits):
        if name not in found.setdefault(field, []):
            found[field].append(name)
    return {field: ", ".join(_models_over_family(names)) for field, names in found.items()}


def _by_power(text: str) -> tuple[int, str, str] | None:
    """The catalog's one machine on an ordinary outlet, asked about by that description alone
    ("the one that plugs into a normal wall socket"), as a hit; None otherwise."""
    found = POWER_NEED_RE.search(text)
    fits = on_ordinary_power() if found else None
    return (found.start(), "equipment_needs", fits) if found and fits else None


# a machine or grinder named by its size: "the small machine", "your biggest espresso
# machine", "the smaller grinder"
_SIZED = re.compile(
    r"\b(?:the|a|your|that|this)\s+(?:(?P<small>small|smaller|smallest|little|compact|mini)"
    r"|big|bigger|biggest|large|larger|largest)\s+(?:espresso\s+)?(?P<gear>machine|grinder)\b",
    re.I,
)


# one of a family by its size: "the bigger of the two Lumens", "the smaller one of the lumens"
_SIZED_IN = re.compile(
    r"\bthe\s+(?:(?P<small>smaller|smallest|little)|bigger|biggest|larger|largest)\s+"
    r"(?:one\s+)?of\s+(?:the\s+|your\s+)?(?:two\s+|2\s+|both\s+)?(?P<family>[a-z]+?)s?\b",
    re.I,
)


def _sized(text: str) -> tuple[int, str, str] | None:
    """The catalog's smallest or largest machine (by its groups), or the smaller or bigger of
    its two grinders, named by its size alone, as a hit; None when the catalog has no one such
    product."""
    found = _SIZED.search(text)
    if found is None or not _wanted(text, found.span()):
        return None  # "not the big machine", "our small machine broke"
    small = found.group("small") is not None
    grinder = found.group("gear").lower() == "grinder"
    fits = end_of_two("espresso grinder", [], small) if grinder else by_size(small)
    return (found.start(), "equipment_needs", fits) if fits else None


def _sized_in_family(text: str) -> tuple[range, tuple[int, str, str]] | None:
    """The smallest or largest machine of the family named beside its size ("she wants the
    bigger of the two Lumens" -> Lumen 3-Group), as a hit with the span it replaces the
    family's own hit in; None when no machine family is sized so."""
    found = _SIZED_IN.search(text)
    if found is None or not _wanted(text, found.span()):
        return None
    fits = by_size_in(found.group("family"), found.group("small") is not None)
    hit = (found.start(), "equipment_needs", fits) if fits else None
    return (range(*found.span()), hit) if hit else None


# gear named by its price: "the cheapest espresso setup", "the cheap grinder", "your priciest
# machine"; a setup is its machine (and its grinder when one is named beside it)
_PRICED = re.compile(
    r"\b(?:(?P<cheap>cheap|cheaper|cheapest|least\s+expensive|most\s+affordable|budget"
    r"|entry[- ]level|basic)|priciest|most\s+expensive|top[- ]of[- ]the[- ]line)\s+(?:espresso\s+)?"
    r"(?P<gear>machine|set[- ]?up|grinder)s?\b"
    # the cheapest that fits a need is not the cheapest: "the cheapest setup that can cope"
    r"(?!\s+(?:that|which|for|to|able|capable|big|strong|good)\b)",
    re.I,
)
_GRINDER_TOO = re.compile(r"\bgrinders?\b", re.I)


def _priced(text: str) -> list[tuple[int, str, str]]:
    """The catalog's cheapest or priciest machine or grinder named by its price alone, as hits
    (a setup asked by price is its machine, and its grinder when the message names one); none
    when the catalog has no one such product or the item is not wanted ("not the cheap one")."""
    hits: list[tuple[int, str, str]] = []
    for found in _PRICED.finditer(text):
        if not _wanted(text, found.span()):
            continue
        cheap, gear = found.group("cheap") is not None, found.group("gear").lower()
        kinds = ["espresso grinder"] if gear == "grinder" else ["espresso machine"]
        if gear != "grinder" and _GRINDER_TOO.search(text):
            kinds.append("espresso grinder")  # "cheapest espresso setup. machine + grinder"
        named = (by_price(cheap, kind) for kind in kinds)
        hits.extend((found.start() + i, "equipment_needs", n) for i, n in enumerate(named) if n)
    return hits


def _models_over_family(names: list[str]) -> list[str]:
    """A family named beside one of its models is that model ("the lumen de 2 grupos")."""
    return [n for n in names if not any(o != n and o.startswith(f"{n} ") for o in names)]


_QUESTION = re.compile(
    r"\?|^\W*(?:what|whats|what's|how|does|do|is|are|can|could|would|will|which|any)\b", re.I
)


def _asked_for(text: str, at: int) -> bool:
    """A generic service word at ``at`` is asked about or requested: its sentence asks, or its
    clause requests it without declining ("call me about the consulting", "we need
    training"; not "not interested in the consulting")."""
    if _in_question(text, at):
        return True
    start = max(text.rfind(c, 0, at) for c in ",.;!?\n") + 1
    before = text[start:at]
    return bool(_REQUESTED.search(before)) and not _DECLINED.search(before)


def _in_question(text: str, at: int) -> bool:
    """The sentence holding position ``at`` asks: a service word counts only in a question
    ("does the training come with it?", not "we're done paying for repairs")."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    return bool(_QUESTION.search(text[start : min(ends, default=len(text)) + 1]))


def _wanted(text: str, span: tuple[int, int]) -> bool:
    """The item at ``span`` is not owned, rejected or compared away in its clause."""
    start = max(text.rfind(c, 0, span[0]) for c in ",.;!?\n") + 1
    ends = [i for i in (text.find(c, span[1]) for c in ",.;!?\n") if i >= 0]
    before, after = text[start : span[0]], text[span[1] : min(ends, default=len(text))]
    clause = before + after
    owned = _HAD.search(clause) or ON_PLAN_RE.search(clause)  # "we're on the pro plan"
    return not (_BEFORE.search(before) or _AFTER.search(after) or owned)


_ARTICLE = re.compile(r"^(?:the|a|an|la|el|le|un|una|l')\s*", re.I)
_SHORT_ITEM = 5  # words: longer items are clauses ("I want the Multi-site plan for ..."), kept


def _names_in(item: str) -> str | None:
    """The catalog name (or family) a short item names ("the lumen 2 group" -> "Lumen
    2-Group"), None for a generic item or a clause."""
    if len(item.split()) > _SHORT_ITEM:
        return None
    return next((name for _, name, p in _entities() if name and p.search(item)), None)


def named_at(item: str) -> tuple[str, int, int] | None:
    """The catalog name a short item names and where its words are ("the 2 group" -> ("Lumen
    2-Group", 4, 11)), None for a generic item or a clause."""
    if len(item.split()) > _SHORT_ITEM:
        return None
    for _, name, pattern in _entities():
        found = pattern.search(item) if name else None
        if found:
            return name, found.start(), found.end()
    return None


def catalog_name(item: str) -> str | None:
    """The catalog name (or family) a short item names ("a pico" -> "Pico 1-Group"), None for a
    generic item ("a grinder") or a clause."""
    return _names_in(item)


def _is_bare(item: str) -> bool:
    """The item is a catalog name alone, as interest records it ("Pico 1-Group", "la Lumen")."""
    bare = _ARTICLE.sub("", item.strip()).lower()
    return any(name.lower() == bare for _, name, _ in _entities() if name)


def merge_items(old: str, new: str) -> tuple[str, str]:
    """A stored need and a new one before they are joined (see :func:`_merged_old`); returns
    the old value, rewritten when an item of it gave way, and the new items left to add: a
    short item naming a catalog entity the old value already names is left out ("pico 1
    group" then "Pico 1-Group"), and so is a lone generic item of a kind a product already
    holds ("the Lumen" then "a machine")."""
    olds = [i.strip() for i in re.split(r"[,;]", old) if i.strip()]
    fresh = [i.strip() for i in new.split(",") if i.strip()]
    merged = _merged_old(olds, fresh)
    left = [f for f in fresh if f not in merged and not _covered(f, ", ".join(merged))]
    return (", ".join(merged) if merged != olds else old), ", ".join(left)


def kept_specific(old: str, new: str) -> str:
    """The new items with each one naming the family of exactly one old item given as that
    item ("the Lumen" said again of a stored "Lumen 2-Group" stays "Lumen 2-Group"; of a stored
    "2 group, 3 group" it stays "the Lumen": which one is not said)."""
    olds = [i.strip() for i in re.split(r"[,;]", old) if i.strip()]
    fresh = [i.strip() for i in new.split(",") if i.strip()]

    def model_of(item: str) -> str:
        family = _names_in(item)
        models = [o for o in olds if family and (_names_in(o) or "").startswith(f"{family} ")]
        return models[0] if len(models) == 1 else item

    kept = [model_of(f) for f in fresh]
    return ", ".join(kept) if kept != fresh else new


def _merged_old(olds: list[str], fresh: list[str]) -> list[str]:
    """The old items, each replaced by the first new item that is more specific: a product for
    a generic item of its kind ("espresso machine" -> "Lumen 2-Group"), a model for its family
    ("the Lumen" -> "Lumen 2-Group"), the visitor's count for a bare catalog name ("Pico
    1-Group" -> "2 picos")."""
    merged = list(olds)
    for index, item in enumerate(olds):
        better = next((f for f in fresh if f not in merged and _replaces(f, item)), None)
        if better is not None:
            merged[index] = _kind_kept(better, item)
    return merged


_LEADING_ARTICLE = re.compile(r"^(?:the|an?|some)\s+", re.I)


def _kind_kept(new: str, item: str) -> str:
    """The new item in place of a generic one, keeping the generic item's words when the new
    one names only a family of several models ("a grinder" then "the cheaper Atlas" -> "Atlas
    grinder"): the family alone does not say what was wanted, the kind word does."""
    named = _names_in(new)
    family = named is not None and any(n.startswith(f"{named} ") for _, n, _ in _entities())
    if not family or _names_in(item) is not None:
        return new
    return f"{named} {_LEADING_ARTICLE.sub('', item.strip())}"


def _replaces(new: str, item: str) -> bool:
    named, had = _names_in(new), _names_in(item)
    if named is None:
        return False
    if had is None:  # a generic item, unless it counts several ("2 grinders" stays)
        kind = _kind(named)
        return kind in EQUIPMENT_KINDS and kind_of(item) == kind and not _SEVERAL.search(item)
    if not _is_bare(item):
        return False
    return named.startswith(f"{had} ") or (named == had and bool(_COUNT.match(new)))


def _covered(item: str, old: str) -> bool:
    """A short new item adds nothing to the old value: its catalog entity is named there, or it
    is a lone generic item of a kind a product there has."""
    named = _names_in(item)
    if named is not None:
        pattern = next(p for _, name, p in _entities() if name == named)
        return bool(pattern.search(old))
    kind = kind_of(item) if len(item.split()) <= _SHORT_ITEM else None
    if kind is None or _SEVERAL.search(item):
        return False
    olds = [i for i in re.split(r"[,;]", old) if _names_in(i)]
    return any(_kind(_names_in(i) or "") == kind for i in olds)


def _kind(name: str) -> str | None:
    return next((kind for kind, n, _ in _entities() if n == name), None)


def named_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a catalog item by its name, an alias or its family ("lumen 2 vs 3
    group" -> the spans of "lumen" and "3 group"); generic service words are no name."""
    return [m.span() for _, name, p in _entities() if name for m in p.finditer(text)]
