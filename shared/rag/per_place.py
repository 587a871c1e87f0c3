"""Counts of an item written another way than "<number> <item>s": with a times sign
("2 x lumen 2 group", "2x atlas 75", "atlas 64 x2"; "4 x 79" of its price), as a pair ("a
pair of atlas 64s"), or as one per place counted elsewhere in the message ("we run 3 hospital
cafeterias, need an Atlas 64 in each"). Pure: text and catalog in."""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.order import count_after

#: "<number> x" or "<number>x" right before an item's name, in normalised text.
_TIMES = re.compile(r"\b(\d+)\s*x\s+$")
_PAIR = re.compile(r"\bpair of (?:the |your )?$")
#: One item for each place, right after the item's name: "in each", "for every one", "per site".
_EACH_AFTER = re.compile(
    r"^\s*(?:(?:in|for|at) (?:each|every)|per (?:site|location|shop|store|cafe))\b"
)
#: A count times a figure, or a figure times a count: "4 x 79", "4 * $79", "$79 x 4".
_PRODUCT = re.compile(
    r"(?<![\d.,$])(\d+)\s*(?:x|\*|times)\s*\$?(\d[\d,]*(?:\.\d+)?)(?![\d,]|\.\d)"
    r"|\$(\d[\d,]*(?:\.\d+)?)\s*(?:x|\*|times)\s*(\d+)\b",
    re.I,
)
#: "<number>" and the three words after it: the places a message counts are among them.
_COUNTED = re.compile(r"\b(\d+)((?:\s+[a-z]+){1,3})")


def times_count(text: str, entity: Entity, catalog: Catalog) -> int | None:
    """The count of a times sign right before or after ``entity``'s name ("2 x lumen 2 group",
    "atlas 64 x2" -> 2), or of "a pair of" before it."""
    flat = normalise(text)
    for mention in catalog.mentions(flat):
        found = _TIMES.search(flat[: mention.start])
        count = int(found.group(1)) if found else count_after(flat, mention.end)
        count = 2 if _PAIR.search(flat[: mention.start]) else count  # "a pair of atlas 64s"
        if mention.entity == entity.name and count is not None and count >= 2:
            return count
    return None


def priced_times(text: str, entity: Entity) -> int | None:
    """The count of a product the visitor wrote whose other factor is ``entity``'s price ("so
    4 x 79, what's that per month?" of the $79 plan -> 4, "$99 x 3" -> 3)."""
    if entity.price is None:
        return None
    for found in _PRODUCT.finditer(text):
        count, figure = (found.group(1), found.group(2)) if found.group(1) else found.group(4, 3)
        if float(figure.replace(",", "")) == entity.price.amount and int(count) >= 2:
            return int(count)
    return None


def each_place_count(text: str, entity: Entity, catalog: Catalog, places: set[str]) -> int | None:
    """How many places a message counts when it asks for ``entity`` in each of them: "we run 3
    hospital cafeterias, need an Atlas 64 in each" -> 3; None unless "in each" (or alike)
    follows the item's name and one count of a noun whose stem is in ``places`` is stated."""
    flat = normalise(text)
    mentions = [m for m in catalog.mentions(flat) if m.entity == entity.name]
    if not any(_EACH_AFTER.match(flat[m.end :]) for m in mentions):
        return None
    counts = {
        int(m.group(1))
        for m in _COUNTED.finditer(flat)
        if set(tokenize(m.group(2))) & places  # "3 hospital cafeterias"
    }
    return counts.pop() if len(counts) == 1 and min(counts) >= 2 else None
