"""The catalog as a gazetteer: every entity of some kinds as one regex alternation of its name,
aliases and family, flexible on spaces and hyphens ("lumen 2 group" also matches "Lumen
2-Group"). The catalog, not a word list, says which blends, machines and plans exist: the
served one (the chat's bundle's, :mod:`shared.catalog.served`), each pattern made once per
catalog. :func:`prepare` makes them all when a catalog is served.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shared.catalog import Catalog, Entity
from shared.catalog.served import derived
from shared.catalog.words import normalise

EQUIPMENT_KINDS = ("espresso machine", "espresso grinder", "batch brewer", "water filtration")
COFFEE_KINDS = ("coffee blend",)
SERVICE_KINDS = ("maintenance plan", "barista training", "café launch consulting")

#: Everyday words for a catalog kind, chosen one by one rather than matched loosely: "a filter"
#: or "a softener" is the water filtration, "a filter machine" the batch brewer. Words are
#: normalised and singular; the longest is tried first.
KIND_SYNONYMS = {
    "water filtration": (
        "filter",
        "water filter",
        "filter system",
        "filter cartridge",
        "softener",
        "water softener",
        "scale filter",
        "limescale filter",
    ),
    "batch brewer": (
        "filter machine",
        "filter brewer",
        "filter coffee machine",
        "filter coffee maker",
        "drip machine",
        "drip brewer",
        "drip coffee maker",
    ),
}
#: a word after "filter" that makes it the brewing method or a coffee, not the gear ("filter
#: coffee", "a filter roast"): that filter names no water filtration
_METHOD_AFTER = frozenset({"coffee", "roast", "brew", "blend", "method", "grind", "paper"})


def kind_by_synonym(words: list[str], kinds: Iterable[str]) -> str | None:
    """The catalog kind (among ``kinds``) an everyday word for it in ``words`` (normalised,
    singular) names, the longest word first; a word followed by a coffee word names the
    method ("filter coffee"), no kind."""
    served = set(kinds)
    found = [(w, k) for k, ws in KIND_SYNONYMS.items() if k in served for w in ws]
    for synonym, kind in sorted(found, key=lambda pair: -len(pair[0].split())):
        size = len(synonym.split())
        for start in range(len(words) - size + 1):
            after = words[start + size] if start + size < len(words) else ""
            if " ".join(words[start : start + size]) == synonym and after not in _METHOD_AFTER:
                return kind
    return None


def catalog_names(kinds: tuple[str, ...]) -> str:
    """The names, aliases and families of the catalog's entities of these kinds, longest
    first, as a regex alternation ("" when the catalog holds none)."""
    return derived(("names", kinds), lambda catalog: _alternation(catalog, kinds))


def _alternation(catalog: Catalog, kinds: tuple[str, ...]) -> str:
    words: set[str] = set()
    for kind in kinds:
        for entity in catalog.of_kind(kind):
            words.update([normalise(entity.name), *entity.aliases])
            if entity.family:
                words.add(normalise(entity.family))
    return "|".join(longest_first(words))


def longest_first(words: Iterable[str]) -> list[str]:
    """Each word as a pattern flexible on spaces and hyphens, the longest first (then in
    alphabetical order, so the same words give the same pattern in every process: the
    patterns compiled at build are found again at a cold start)."""
    flexible = {r"[\s-]*".join(map(re.escape, w.split())) for w in words if w}
    return sorted(flexible, key=lambda w: (-len(w), w))


def names_re(kinds: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word-bounded pattern of :func:`catalog_names` (None when the catalog holds none)."""
    return derived(("names_re", kinds), lambda catalog: _bounded(_alternation(catalog, kinds)))


def _bounded(names: str) -> re.Pattern[str] | None:
    return re.compile(rf"\b(?:{names})\b", re.I) if names else None


def names_any(text: str, kinds: tuple[str, ...]) -> bool:
    """The text names a catalog entity of these kinds ("Foundry", "the Pico", "essential")."""
    pattern = names_re(kinds)
    return bool(pattern and pattern.search(text))


def model_names_re() -> re.Pattern[str] | None:
    """The catalog's equipment by name, family or alias, with a one-digit model number after a
    family ("the atlas 64", "lumen 3", "a pico 1"): a number inside is part of the name."""
    return derived("model_names_re", _model_names_re)


def _model_names_re(catalog: Catalog) -> re.Pattern[str] | None:
    names = _alternation(catalog, EQUIPMENT_KINDS)
    return re.compile(rf"\b(?:{names})(?:[\s-]*\d(?![\d.,:]))?s?\b", re.I) if names else None


def without_model_names(text: str) -> str:
    """The text with every catalog equipment name put as "gear": a number inside a model name
    ("Atlas 64", "the Lumen 3") is never a quantity of cups or sites."""
    pattern = model_names_re()
    return pattern.sub("gear", text) if pattern else text


def plan_words() -> re.Pattern[str] | None:
    """The maintenance plans by their first word alone ("pro", "essential", "multi site"), for
    a bare answer to the support question; None when the catalog holds no plan."""
    return derived("plan_words", _plan_words)


def _plan_words(catalog: Catalog) -> re.Pattern[str] | None:
    heads = {
        normalise(entity.name).split(" plan")[0] for entity in catalog.of_kind("maintenance plan")
    }
    flexible = longest_first(heads)
    return re.compile(rf"\b(?:{'|'.join(flexible)})\b", re.I) if flexible else None


def sole_product(kind: str) -> str | None:
    """The catalog's one product of ``kind`` by name ("batch brewer" -> "BatchPro 2 batch
    brewer"), None
    when it holds none or several (then "the grinder" does not say which)."""
    return derived(("sole", kind), lambda catalog: _sole(catalog, kind))


def on_ordinary_power(kind: str = "espresso machine") -> str | None:
    """The catalog's one product of ``kind`` that runs on an ordinary (110-120 V) outlet, by
    name ("Pico 1-Group"), None when it holds none or several: "the one that plugs into a
    normal wall socket" then says which."""
    return derived(("ordinary_power", kind), lambda catalog: _on_ordinary_power(catalog, kind))


def by_size(smallest: bool, kind: str = "espresso machine") -> str | None:
    """The catalog's one product of ``kind`` with the fewest groups (``smallest``) or the most,
    by name ("the small machine" -> "Pico 1-Group"); None when two tie or none says."""
    return derived(("by_size", smallest, kind), lambda catalog: _by_size(catalog, smallest, kind))


def _by_size(catalog: Catalog, smallest: bool, kind: str) -> str | None:
    return _end_of(catalog.of_kind(kind), smallest)


def _end_of(products: Iterable[Entity], smallest: bool) -> str | None:
    """The one product with the fewest groups (``smallest``) or the most, by name."""
    sized = [
        (int(e.attributes["groups"]), e.name)
        for e in products
        if e.attributes.get("groups", "").isdigit()
    ]
    if not sized:
        return None
    end = min(g for g, _ in sized) if smallest else max(g for g, _ in sized)
    names = [n for g, n in sized if g == end]
    return names[0] if len(names) == 1 else None


def by_size_in(family: str, smallest: bool) -> str | None:
    """The smallest or largest machine of one family, by its groups ("the bigger of the two
    Lumens" -> "Lumen 3-Group"); None when the family is no machine family or two tie."""
    key = ("by_size_in", normalise(family).rstrip("s"), smallest)
    return derived(key, lambda catalog: _by_size_in(catalog, key[1], smallest))


def _by_size_in(catalog: Catalog, family: str, smallest: bool) -> str | None:
    members = [
        e for e in catalog.of_kind("espresso machine") if normalise(e.family or "") == family
    ]
    return _end_of(members, smallest) if len(members) > 1 else None


def end_of_two(kind: str, discussed: list[str], smallest: bool) -> str | None:
    """The smaller (``smallest``) or bigger of two products of ``kind``: the two of them just
    discussed, else the catalog's two of that kind ("the bigger one" after the grinders ->
    "Atlas 75"); None when there are more than two to choose from (the Pico, then "the bigger
    one" of three machines) or their sizes tie. Size is the groups, else the model number,
    else the price."""
    key = ("end_of_two", kind, tuple(sorted(discussed)), smallest)
    return derived(key, lambda catalog: _end_of_two(catalog, kind, discussed, smallest))


def _end_of_two(catalog: Catalog, kind: str, discussed: list[str], smallest: bool) -> str | None:
    products = catalog.of_kind(kind)
    named = [e for e in products if e.name in discussed]
    pair = named if len(named) == 2 else products
    if len(pair) != 2:
        return None
    sizes = [_size(e) for e in pair]
    if None in sizes or sizes[0] == sizes[1]:
        return None
    small = 0 if (sizes[0] or 0) < (sizes[1] or 0) else 1
    return pair[small if smallest else 1 - small].name


def _size(entity: Entity) -> float | None:
    """What a product's size is read by: its groups, its model number, else its price."""
    groups = entity.attributes.get("groups", "")
    number = re.findall(r"\d+", entity.name)
    if groups.isdigit():
        return float(groups)
    if number:
        return float(number[-1])
    return entity.price.amount if entity.price else None


def by_price(cheapest: bool, kind: str = "espresso machine") -> str | None:
    """The catalog's one product of ``kind`` with the lowest price (``cheapest``) or the
    highest, by name ("the cheapest grinder" -> "Atlas 64"); None when two tie or none is
    priced."""
    return derived(("by_price", cheapest, kind), lambda c: _by_price(c, cheapest, kind))


def _by_price(catalog: Catalog, cheapest: bool, kind: str) -> str | None:
    priced = [(e.price.amount, e.name) for e in catalog.of_kind(kind) if e.price is not None]
    if not priced:
        return None
    end = min(a for a, _ in priced) if cheapest else max(a for a, _ in priced)
    names = [n for a, n in priced if a == end]
    return names[0] if len(names) == 1 else None


_ORDINARY_VOLTS = re.compile(r"^\s*1[12]\d\s*v", re.I)


def _on_ordinary_power(catalog: Catalog, kind: str) -> str | None:
    products = [
        e for e in catalog.of_kind(kind) if _ORDINARY_VOLTS.match(e.attributes.get("power", ""))
    ]
    return products[0].name if len(products) == 1 else None


def _sole(catalog: Catalog, kind: str) -> str | None:
    products = list(catalog.of_kind(kind))
    return products[0].name if len(products) == 1 else None


def by_model_number(number: str) -> str | None:
    """The one piece of equipment whose name holds ``number`` as a word ("75" -> "Atlas 75"),
    None when none or several do ("2": the Lumen 2-Group and the BatchPro 2)."""
    return derived(("model_number", number), lambda catalog: _by_model_number(catalog, number))


def _by_model_number(catalog: Catalog, number: str) -> str | None:
    named = {
        product.name
        for kind in EQUIPMENT_KINDS
        for product in catalog.of_kind(kind)
        if number in re.findall(r"\d+", product.name)
    }
    return named.pop() if len(named) == 1 else None
