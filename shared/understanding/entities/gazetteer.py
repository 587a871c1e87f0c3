"""The catalog as a gazetteer: every entity of some kinds as one regex alternation of its name,
aliases and family, flexible on spaces and hyphens ("lumen 2 group" also matches "Lumen
2-Group"). The catalog, not a word list, says which blends, machines and plans exist.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.catalog import default_catalog
from shared.catalog.words import normalise

EQUIPMENT_KINDS = ("espresso machine", "espresso grinder", "batch brewer", "water filtration")
COFFEE_KINDS = ("coffee blend",)
SERVICE_KINDS = ("maintenance plan", "barista training", "café launch consulting")


@lru_cache(maxsize=8)
def catalog_names(kinds: tuple[str, ...]) -> str:
    """The names, aliases and families of the catalog's entities of these kinds, longest
    first, as a regex alternation ("" when the catalog holds none)."""
    catalog = default_catalog()
    words: set[str] = set()
    for kind in kinds:
        for entity in catalog.of_kind(kind):
            words.update([normalise(entity.name), *entity.aliases])
            if entity.family:
                words.add(normalise(entity.family))
    flexible = (r"[\s-]*".join(map(re.escape, w.split())) for w in words if w)
    return "|".join(sorted(flexible, key=len, reverse=True))


@lru_cache(maxsize=8)
def names_re(kinds: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word-bounded pattern of :func:`catalog_names` (None when the catalog holds none)."""
    names = catalog_names(kinds)
    return re.compile(rf"\b(?:{names})\b", re.I) if names else None


def names_any(text: str, kinds: tuple[str, ...]) -> bool:
    """The text names a catalog entity of these kinds ("Foundry", "the Pico", "essential")."""
    pattern = names_re(kinds)
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=1)
def plan_words() -> re.Pattern[str] | None:
    """The maintenance plans by their first word alone ("pro", "essential", "multi site"), for
    a bare answer to the support question; None when the catalog holds no plan."""
    heads = {
        normalise(entity.name).split(" plan")[0]
        for entity in default_catalog().of_kind("maintenance plan")
    }
    flexible = sorted((r"[\s-]*".join(map(re.escape, h.split())) for h in heads if h), key=len)
    return re.compile(rf"\b(?:{'|'.join(reversed(flexible))})\b", re.I) if flexible else None
