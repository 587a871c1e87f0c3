"""The attribute a named value belongs to: "does it come in white?" asks a colour.

A question may name a value instead of the attribute ("white", "matte black", "stainless"):
:func:`attributes_named` gives the attribute ("colours", "finishes"), so the honest gap ("I
don't have information on colours for the Atlas 75.") answers it when the knowledge base never
speaks of it, rather than the item's description. Pure: text in.
"""

from __future__ import annotations

import re

_COLOURS = (
    "white black red blue green yellow orange pink purple grey gray silver gold brown beige "
    "cream copper bronze navy teal"
)
_FINISHES = "matte glossy gloss chrome stainless brushed polished walnut"


def _variant(values: str) -> re.Pattern[str]:
    """ "in white", "in a matte white", "a white one": a value offered as a variant."""
    alternatives = values.replace(" ", "|")
    return re.compile(
        rf"\bin (?:an? |the )?(?:\w+ )?(?:{alternatives})\b"
        rf"|\b(?:{alternatives}) (?:one|version|model)s?\b"
    )


_NAMED = {"colours": _variant(_COLOURS), "finishes": _variant(_FINISHES)}


def attributes_named(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The attributes whose values ``text`` offers as a variant ("come in white": colours); a
    value that is a word of an item's name (``names``: "the black one" of a "Halo 450 Black")
    names that item instead."""
    flat = text.lower()
    return [
        attribute
        for attribute, pattern in _NAMED.items()
        if any(set(m.group(0).split()).isdisjoint(names) for m in pattern.finditer(flat))
    ]
