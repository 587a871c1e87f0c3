"""The coffees the knowledge base says a brew method suits, by their own sentences.

"Riverbend ... shines as drip coffee and pour-over", "Sunrise ... is at its best as pour-over":
a member's own sentence naming the method after a suitability phrase. A method qualified by
decaf ("works as ... decaf drip") suits only a decaf asked for.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity

#: How the knowledge base says what a coffee is for ("shines as", "made for", "works as").
_SUITS = r"\b(?:shines as|at its best as|built for|made for|works as|ideal for|great for)\b"


def suited(catalog: Catalog, method: str, decaf: bool) -> list[tuple[Entity, str]]:
    """The (member, its sentence) pairs whose own sentence says ``method`` suits them; a
    "decaf <method>" only when ``decaf`` was asked, and then only those."""
    said = re.compile(rf"{_SUITS}[^.]*?\b(?P<decaf>decaf )?{re.escape(method)}\b", re.I)
    found: list[tuple[Entity, str]] = []
    for entity in catalog.entities:
        for sentence in entity.facts:
            match = said.search(sentence)
            if match is not None and bool(match["decaf"]) == decaf:
                found.append((entity, sentence))
                break
    return found
