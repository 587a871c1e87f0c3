"""An equipment item as sales records it: a single catalog product under its catalog name.

A visitor names a product by an alias, a family or a part of its name ("the 2 group", "the
pico", "the clarity filter"); the lead is read by people who know the catalog by its names, so
an item that names one product, once, is stored as that product ("Lumen 2-Group", "Pico
1-Group", "Clarity water filtration"). An item with a count of its own ("2 atlas 75s"), or
with words the name does not cover ("la Lumen 2 groupes", "a used 2 group"), is kept as typed:
rewriting it would drop what the visitor said.
"""

from __future__ import annotations

import re

from shared.understanding.entities.interest import named_at

# what may stand before the name (an article, a count of one) or after it (the kind's noun)
_ONE = re.compile(r"^\s*(?:(?:the|a|an|one|1|our|my|that|this)\s+)?$", re.I)
_NOUN = re.compile(
    r"^\s*(?:(?:espresso\s+|coffee\s+|water\s+|batch\s+)?(?:machine|grinder|brewer|filter"
    r"|filtration|system|one))?\s*$",
    re.I,
)


def canonical_item(item: str) -> str:
    """The catalog name of an item naming one product with nothing else ("the 2 group" ->
    "Lumen 2-Group"), else the item as typed."""
    found = named_at(item)
    if found is None:
        return item
    name, start, end = found
    if _ONE.match(item[:start]) and _NOUN.match(item[end:]):
        return name
    return item
