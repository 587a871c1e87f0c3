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
