"""A value the visitor names for an attribute that another item has ("a normal 110 plug").

"does the 3 group run on normal 110 plug?": the Lumen 3-Group's power is 220 V, and the
question names 110, the power of the Pico 1-Group, so the answer adds that sibling ("The Pico
1-Group has power: 110 V."): the visitor's constraint, met by another item of the same kind.
Pure: text and catalog entities in.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise


def _figures(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", normalise(text)))


def with_asked_value(text: str, entity: Entity, label: str, catalog: Catalog) -> list[Entity]:
    """The other entities of ``entity``'s kind whose ``label`` has a figure ``text`` names
    while ``entity``'s does not (none when ``entity`` already has it)."""
    asked = _figures(text) - _figures(entity.name) - _figures(" ".join(entity.aliases))
    if not asked or asked & _figures(entity.attributes.get(label, "")):
        return []
    return [
        other
        for other in catalog.of_kind(entity.kind)
        if other.name != entity.name and asked & _figures(other.attributes.get(label, ""))
    ]


_MEASURE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")


def value_not_offered(text: str, entity: Entity, label: str, catalog: Catalog) -> str | None:
    """The figure and unit ``text`` asks of ``label`` ("240 V" of "a 240 volt version of the
    pico") when neither ``entity`` nor any other item of its kind has it: a version the catalog
    does not list, not the documented value. A figure counts only with a unit of the value's
    own (its first letter: "volt" for "V", "litre" for "L"), so "we have 3 cafes" asks none."""
    value = entity.attributes.get(label, "")
    units = {u[0].lower(): u for _, u in _MEASURE.findall(value.lower())}
    shown = {n: units[u[0]] for n, u in _MEASURE.findall(normalise(text)) if u[0] in units}
    named = _figures(entity.name) | _figures(" ".join(entity.aliases))
    asked = {n: u for n, u in shown.items() if n not in named}
    have = [_figures(e.attributes.get(label, "")) for e in catalog.of_kind(entity.kind)]
    if not asked or any(set(asked) & figures for figures in have):
        return None
    number, unit = next(iter(asked.items()))
    return f"{number} {unit.upper() if len(unit) == 1 else unit}"
