"""Bare lists of catalog items ("lumen 2 group, atlas 75, batch brewer"): each piece asked on
its own, so a message that asks prices gets one price per item, not a sentence about two of
them."""

from __future__ import annotations

import re

from shared.catalog.model import Catalog
from shared.rag.resolve import kind_named

_SEPARATOR = re.compile(r"\s*(?:[,;./]|\+|\b(?:and|plus|&)\b)\s*", re.I)
#: A piece this short that names nothing is a filler ("go", "thanks"), not a thing asked.
_FILLER_WORDS = 1


def named_list(part: str, catalog: Catalog) -> list[str]:
    """The pieces of ``part`` when it lists two or more items that each name a catalog entity
    or kind (fillers of one word dropped); [] when any other piece asks something of its own
    or fewer than two items are named."""
    pieces = [p for p in _SEPARATOR.split(part) if p.strip()]
    named: list[str] = []
    for piece in pieces:
        if catalog.mentions(piece) or kind_named(catalog, piece) is not None:
            named.append(piece.strip())
        elif len(piece.split()) > _FILLER_WORDS:
            return []
    return named if len(named) >= 2 else []
