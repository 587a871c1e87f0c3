"""An equipment item as sales records it: a product referred to by an alias alone, under its
catalog name.

A visitor who has been talking about a product refers back to it by a part of its name ("ok
the 2 group sounds right", "the 3 group"); stored as typed, "the 2 group" does not tell sales
which machine. A definite reference ("the", "that", "this") by an alias that leaves out the
product's own name is stored under the catalog name ("Lumen 2-Group"). Everything else is kept
as typed: an item that names the product already says which one ("lumen 3 group", "the
pico"), an indefinite one may ask for a kind rather than our product ("a 2 group machine"),
and one with a count or other words ("2 atlas 75s", "the used 2 group") would lose them.
"""

from __future__ import annotations

import re

from shared.understanding.entities.equipment import find_equipment, kind_of
from shared.understanding.entities.gazetteer import by_model_number, sole_product
from shared.understanding.entities.interest import catalog_name, named_at
from shared.understanding.lexicon import SMALL_NUMBERS, number_words

# what may stand before the alias (a definite article) or after it (the kind's noun)
_DEFINITE = re.compile(r"^\s*(?:the|that|this)\s+$", re.I)
_NOUN = re.compile(
    r"^\s*(?:(?:espresso\s+|coffee\s+|water\s+|batch\s+)?(?:machine|grinder|brewer|filter"
    r"|filtration|system|one))?\s*$",
    re.I,
)


def canonical_item(item: str) -> str:
    """The catalog name of a definite reference by an alias alone ("the 2 group" -> "Lumen
    2-Group") or by the noun of a kind the catalog holds one product of ("the brewer" ->
    "BatchPro 2 batch brewer"), else the item as typed."""
    found = named_at(item)
    if found is None:
        return _group_digits(_sole_of_kind(item))
    name, start, end = found
    own_word = name.split()[0].lower()
    if own_word in item.lower() or not _DEFINITE.match(item[:start]):
        return _group_digits(item)
    return name if _NOUN.match(item[end:]) else _group_digits(item)


# a machine's group count in words: "two-group machine" is recorded "2-group machine"
_GROUPS_IN_WORDS = re.compile(rf"\b({number_words(1, 3)})(?=[\s-]+groups?\b)", re.I)


def _group_digits(item: str) -> str:
    """The item with its group count in digits, the way sales writes a machine's size."""
    return _GROUPS_IN_WORDS.sub(lambda m: str(SMALL_NUMBERS[m.group(1).lower()]), item)


# a definite reference by the kind's noun alone: "the brewer", "that water filter"
_KIND_ONLY = re.compile(
    r"^\s*(?:the|that|this|your)\s+(?:(?:espresso|coffee|water|batch)\s+)?(?:machine|grinder"
    r"|brewer|filter|filtration(?:\s+system)?)\s*$",
    re.I,
)


def _sole_of_kind(item: str) -> str:
    """ "the brewer" when the catalog holds one brewer: that product ("BatchPro 2 batch
    brewer"), as a visitor who has read the site means it; else the item as typed."""
    kind = kind_of(item) if _KIND_ONLY.match(item) else None
    sole = sole_product(kind) if kind else None
    return sole or item


def with_kinds(clause: str) -> str:
    """A clause with the kind of each catalog product it names by name alone, from the catalog
    ("our atlas 75 is throwing shots" -> "... (Atlas 75: espresso grinder)"), so sales reads
    what broke; a clause that says the kind already ("our atlas 75 grinder") is kept as is."""
    notes = []
    for item in find_equipment(clause):
        name, kind = catalog_name(item), kind_of(item)
        said = kind and re.search(rf"\b{re.escape(kind.split()[-1])}s?\b", clause, re.I)
        if name and not re.search(rf"\b{re.escape(name.split()[0])}\b", item, re.I):
            continue  # a size alone ("our 2 group Astoria") is another maker's machine
        if name and kind and not said:  # "nothing grinds" does not say it is a grinder
            notes.append(f"{name}: {kind}")
    return f"{clause} ({'; '.join(notes)})" if notes else clause


def same_items(old: object, new: object) -> bool:
    """Two equipment lists naming the same things, by catalog name where an item names a
    product ("3-group" and "the Lumen 3-Group"): a value said again, not changed."""
    if not isinstance(old, str) or not isinstance(new, str):
        return False

    def names(value: str) -> list[str]:
        items = [i.strip() for i in re.split(r"[,;]", value) if i.strip()]
        return sorted(catalog_name(i) or i.lower() for i in items)

    return names(old) == names(new)


# a product referred to by its model number alone: "the 75 one", "that 64 model", "the 75"
_NUMBERED = re.compile(
    r"^\W*(?:the|that|this|our|its|it's)\s+(\d{2,4})(?:\s+(?:one|model))?\W*$", re.I
)


def numbered_reference(text: str) -> str | None:
    """The product a message names by its model number alone ("the 75 one" -> "Atlas 75"),
    when one piece of equipment of the catalog has that number; else None."""
    found = _NUMBERED.match(text)
    return by_model_number(found.group(1)) if found else None
