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
from functools import lru_cache

from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, catalog_names
from shared.understanding.lexicon import COUNT_WORDS, alternation

GENERIC = (
    r"espresso\s+machines?|coffee\s+machines?|machines?|espresso\s+grinders?|coffee\s+grinders?"
    r"|grinders?|batch\s+brewers?|brewers?|water\s+filters?|water\s+filtration(?:\s+systems?)?"
    r"|filters?(?!\s+(?:coffee|roast|brew))|cartridges?|kettles?|steam\s+wands?|(?:\d|one|two|three)[\s-]+groups?"
    r"|(?:\d|one|two|three)[\s-]+group\s+machines?"
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


@lru_cache(maxsize=1)
def _item_re() -> re.Pattern[str]:
    products = catalog_names(EQUIPMENT_KINDS)
    head = rf"(?:(?:{products}){_SUFFIX}|{GENERIC})" if products else rf"(?:{GENERIC})"
    return re.compile(rf"\b{_QUANTITY}?{_MODIFIER}{{0,2}}{head}\b", re.I)


def find_equipment(text: str) -> list[str]:
    """Every equipment item the text names, with its quantity as typed."""
    items: list[str] = []
    for match in _item_re().finditer(text):
        item = " ".join(match.group(0).split())
        if not _is_spec(text, match):
            items.append(item)
            items += _same_family(text[match.end() :], match.group(0))
    return items


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
    not a second item; "an Atlas 64 as a second grinder" names the role of the item before."""
    before = text[: match.start()].rstrip().lower()
    groups = bool(re.search(r"groups?$", match.group(0), re.I))
    return (before.endswith(("with", " of")) and groups) or before.endswith(" as")
