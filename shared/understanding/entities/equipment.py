"""Equipment lists with quantities: "espresso machine, two grinders and a brewer" ->
["espresso machine", "two grinders", "a brewer"]; "2x Lumen 2-Group + 3 Atlas 75s".

An item is an optional quantity ("2", "two", "a", "the", "3x"), up to two modifiers, and an
equipment head: a catalog product (the entity catalog is the gazetteer: every equipment
entity's name, aliases and family, e.g. "Lumen 2-Group", "3 group", "Pico", "Atlas 75",
"BatchPro", "Clarity") or a generic noun ("espresso machine", "grinder", "batch brewer",
"water filter"). Items are returned as typed, in text order, without overlaps. A model of
the same family given by its number alone after a product is an item too ("the atlas 64 or
75" -> "the atlas 64", "Atlas 75"). "filter coffee" is a coffee, not a filter.
"""

from __future__ import annotations

import re

from shared.catalog.served import derived
from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, catalog_names, names_re
from shared.understanding.lexicon import COUNT_WORDS, alternation, number_words

GENERIC = (
    r"espresso\s+machines?|coffee\s+machines?|machines?|espresso\s+grinders?|coffee\s+grinders?"
    r"|grinders?|batch\s+brewers?|batch\s+brew(?!\s*coffee)\b|brewers?|water\s+filters?|water\s+filtration(?:\s+systems?)?"
    # a filter brewer said the British way: "something for batch filter", "a batch-filter machine"
    r"|batch[\s-]+filter(?!\s+coffee)(?:\s+(?:machines?|brewers?|makers?))?"
    r"|filters?(?!\s+(?:coffee|roast|brew))|cartridges?|kettles?|steam\s+wands?"
    rf"|(?:\d|{number_words(1, 3)})[\s-]+groups?|(?:\d|{number_words(1, 3)})[\s-]+group\s+machines?"
    # drip gear described: "a drip machine", "the big coffee urn", "something for the drip"
    r"|drip\s+(?:coffee\s+)?(?:machines?|makers?|brewers?)|coffee\s+makers?|(?<!\bby\sthe\s)(?:coffee\s+)?urns?"
    r"|percolators?|(?<=\bfor\sthe\s)drip(?!\s+coffee)"
)
_SUFFIX = (
    r"(?:s|\s+(?:filters?|filtration|cartridges?|systems?|(?:espresso\s+)?machines?"
    r"|(?:espresso\s+)?grinders?|(?:batch\s+)?brewers?))?"
)
_QUANTITY = (
    r"(?:\d{1,2}\s*x\s*|\d{1,2}\s+|(?:"
    + alternation(k for k in COUNT_WORDS if k.isalpha() or " " in k)
    + r"|a|an|the|another|a\s+second|second)\s+)"
)
_MODIFIER = r"(?:(?:new|used|good|small|big|little|decent|cheap|cheaper|commercial|extra)\s+)"


def _item_re() -> re.Pattern[str]:
    return derived("equipment_item_re", lambda _: _item_pattern(catalog_names(EQUIPMENT_KINDS)))


def _item_pattern(products: str) -> re.Pattern[str]:
    head = rf"(?:(?:{products}){_SUFFIX}|{GENERIC})" if products else rf"(?:{GENERIC})"
    return re.compile(rf"\b{_QUANTITY}?{_MODIFIER}{{0,2}}{head}\b", re.I)


def find_equipment(text: str) -> list[str]:
    """Every equipment item the text names, with its quantity as typed; an item of the same
    kind right after another, without a quantity of its own, names the same one ("the 2 group
    lumen", "a grinder Atlas 75"; "machine grinder water filter" stays three)."""
    items: list[str] = []
    end = -1
    for match in _item_re().finditer(text):
        item = " ".join(match.group(0).split())
        if _is_spec(text, match):
            continue
        adjacent = items and end >= 0 and not text[end : match.start()].strip()
        if adjacent and _bare(item) and kind_of(item) == kind_of(items[-1]):
            items[-1] = f"{items[-1]} {item}"
        else:
            items.append(item)
        items += _same_family(text[match.end() :], match.group(0))
        end = match.end()
    return items


_COUNTED = re.compile(
    r"^(?:\d|"
    + alternation(k for k in COUNT_WORDS if k.isalpha())
    + r"\b|a\b|an\b|the\b|another\b|second\b)",
    re.I,
)


def _bare(item: str) -> bool:
    """An item with no quantity or article of its own ("lumen", not "2 grinders")."""
    return not _COUNTED.match(item)


_SIBLING = re.compile(
    r"^\s*(?:or|and|/|,|&|vs\.?|versus)\s*(?:the\s+)?(\d{1,3})\b(?!\s*[-\w])", re.I
)


def _same_family(rest: str, item: str) -> list[str]:
    """ "or 75" right after "the atlas 64": the family's other model, when the catalog has it."""
    sibling = _SIBLING.match(rest)
    family = re.search(r"([A-Za-z]+)\s*\d{1,3}\s*$", item)
    if sibling is None or family is None:
        return []
    name = f"{family.group(1)} {sibling.group(1)}"
    found = re.fullmatch(_item_re(), name)
    return [name.title()] if found else []


def _is_spec(text: str, match: re.Match[str]) -> bool:
    """ "a machine with 2 groups", "a machine of two groups": the groups describe the machine,
    not a second item; "an Atlas 64 as a second grinder" names the role of the item before;
    "one per machine" counts by an item, it names none."""
    before = text[: match.start()].rstrip().lower()
    groups = bool(_GROUP_COUNT.fullmatch(match.group(0).strip()))
    chosen = bool(_CHOSEN_WITH.search(before))  # "let's go with the 2 group" names a machine
    per = re.search(r"\b(?:per|each|every)$", before) is not None  # "one per machine"
    return (
        (before.endswith(("with", " of")) and groups and not chosen)
        or before.endswith(" as")
        or per
    )


# a bare count of groups ("2 groups", "a three group"), which may describe a machine
_GROUP_COUNT = re.compile(rf"(?:(?:a|the)\s+)?(?:\d|{number_words(1, 3)})[\s-]+groups?", re.I)
_CHOSEN_WITH = re.compile(
    r"\b(?:go|going|goes|went|gone|stick|sticking|start|starting|do|roll|rolling)\s+with$", re.I
)


_GENERIC_KINDS = (
    ("espresso grinder", re.compile(r"\bgrinders?\b", re.I)),
    ("batch brewer", re.compile(r"\b(?:brewers?|batch[\s-]+(?:brew|filter))\b", re.I)),
    ("water filtration", re.compile(r"\b(?:filters?|filtration|cartridges?)\b", re.I)),
    ("espresso machine", re.compile(r"\b(?:machines?|groups?)\b", re.I)),
)


def kind_of(item: str) -> str | None:
    """The catalog kind an item is ("the Atlas 75" -> "espresso grinder", "a 3 group" ->
    "espresso machine"), None when it names none."""
    for kind in EQUIPMENT_KINDS:
        pattern = names_re((kind,))
        if pattern and pattern.search(item):
            return kind
    return next((kind for kind, word in _GENERIC_KINDS if word.search(item)), None)


def corrected_list(old: str, new: str) -> str:
    """A stored equipment list after a correction: the new items replace the old ones of the
    same kind, the others stay ("a Lumen 2-Group, 1 grinder" corrected by "2 grinders not 1"
    -> "a Lumen 2-Group, 2 grinders")."""
    fresh = [i.strip() for i in re.split(r"[,;]", new) if i.strip()]
    kinds = {kind_of(i) for i in fresh}
    kept = [i.strip() for i in re.split(r"[,;]", old) if i.strip() and kind_of(i) not in kinds]
    return ", ".join([*kept, *fresh])


_BARE_MODEL = re.compile(
    r"\bthe\s+(\d{2,3})(?:\s+(?:instead|one|model|then|please|pls))?\s*(?=$|[.!,;)])", re.I
)
"""A model named by its number after "the" ("make it the 75"); "make it 75" may be a count."""


def sibling_model(text: str, stored: object) -> str | None:
    """The family's other model a correction names by its number alone ("make it the 75" when
    the details hold the Atlas 64 -> "Atlas 75"), when the catalog has it; else None."""
    if not isinstance(stored, str):
        return None
    families = re.findall(r"([A-Za-z]+)\s*(\d{1,3})\b", stored)
    for number in _BARE_MODEL.findall(text):
        for family, model in families:
            name = f"{family} {number}"
            if model != number and re.fullmatch(_item_re(), name):
                return name.title()
    return None
