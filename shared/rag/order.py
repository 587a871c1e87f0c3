"""The order a conversation is building: the items and quantities named so far.

"2 lumen 2 groups + 2 atlas 75s, whats the total" starts an order; "and roughly monthly if we
lease all of it?" leans on it whole; "ok what if i add the atlas 64 to the order" adds to it.
Items are found by name or alias ("the atlas 64") and by kind words when the kind has a single
member ("the batch brewer", "a water filter"), each with the count written before it. The chat
keeps an order as text lines ("Lumen 2-Group=2") in its topic list, so no other state is
needed; :func:`encode` and :func:`decode` are the two directions. Pure: text and catalog in,
items out.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.resolve import resolve

Items = list[tuple[Entity, int]]

#: Words that add to the order already under discussion rather than start a new one.
_ADDS = re.compile(r"\b(?:add|adding|added|also|as well|too|plus|on top|another|throw in)\b")
#: Words that point back at the whole order without naming its items.
_WHOLE = re.compile(
    r"\b(?:all of (?:it|them|that)|everything|the (?:whole |full )?order|the lot|"
    r"all (?:that|those|these|three|four|both)|both|the total|that|those|it|them)\b"
)
SEP = "="


def encode(items: Items) -> list[str]:
    """The order as text lines ("Lumen 2-Group=2"), as the conversation keeps it."""
    return [f"{entity.name}{SEP}{count}" for entity, count in items]


def decode(catalog: Catalog, lines: list[str]) -> Items:
    """The order the text lines name (lines naming no catalog entity are dropped)."""
    items: Items = []
    for line in lines:
        name, _, count = line.rpartition(SEP)
        entity = catalog.get(name)
        if entity is not None and count.isdigit():
            items.append((entity, max(int(count), 1)))
    return items


def count_before(flat: str, start: int) -> int:
    """The count written just before ``start`` in normalised text ("2 atlas 75s" -> 2), else 1."""
    before = flat[:start].split()[-1:] or [""]
    word = before[0]
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    return max(count, 1)


def named_items(catalog: Catalog, text: str) -> Items:
    """The entities ``text`` names, each with its count, in text order: by name or alias, and
    by kind words where a kind has only one member ("the batch brewer plus the clarity")."""
    flat = normalise(text)
    found: dict[str, tuple[Entity, int, int]] = {}
    spans = []
    for mention in catalog.mentions(text):
        entity = catalog.get(mention.entity)
        spans.append((mention.start, mention.end))
        if entity is not None and entity.name not in found:
            found[entity.name] = (entity, count_before(flat, mention.start), mention.start)
    masked = flat
    for start, end in spans:  # a name already found is a boundary between list items
        masked = masked[:start] + "#" * (end - start) + masked[end:]
    for start, piece in _pieces(masked):
        entity = _only_member(catalog, piece)
        if entity is not None and entity.name not in found:
            offset = start + len(piece) - len(piece.lstrip())
            found[entity.name] = (entity, _leading_count(piece), offset)
    ordered = sorted(found.values(), key=lambda item: item[2])
    return [(entity, count) for entity, count, _ in ordered]


def _pieces(flat: str) -> list[tuple[int, str]]:
    """The list items of a normalised text (names masked with "#") with their offsets."""
    out = []
    start = 0
    for match in re.finditer(r"\b(?:and|plus|with|also|then)\b|#+", flat):
        out.append((start, flat[start : match.start()]))
        start = match.end()
    out.append((start, flat[start:]))
    return [(s, p) for s, p in out if p.strip()]  # (offset, text) of each item


def _leading_count(piece: str) -> int:
    words = piece.split()
    for word in words[:3]:
        if word.isdigit():
            return max(int(word), 1)
        if word in NUMBER_WORDS:
            return max(NUMBER_WORDS[word], 1)
    return 1


def _only_member(catalog: Catalog, piece: str) -> Entity | None:
    """The entity a piece names by its kind, when the kind has just one member (also by a
    kind's words in another form: "a water filter" for "water filtration")."""
    resolved = resolve(catalog, piece, [])
    if not resolved.unknown_model and len(resolved.entities) == 1:
        return resolved.entities[0]
    words = piece.split()
    for kind in catalog.kinds():
        members = catalog.of_kind(kind)
        if len(members) == 1 and _says_kind(words, normalise(kind).split()):
            return members[0]
    return None


STEM = 4  # letters a word shares with a kind's word to name it in another form


def _says_kind(words: list[str], kind: list[str]) -> bool:
    """Whether ``words`` hold the kind's words in order, each the same word or another form of
    it (the same first ``STEM`` letters), at least one exactly: "water filter" for "water
    filtration"; a one-word kind must be written as it is."""
    for n in range(len(words) - len(kind) + 1):
        window = words[n : n + len(kind)]
        same = [w == k for w, k in zip(window, kind, strict=True)]
        alike = all(w[:STEM] == k[:STEM] for w, k in zip(window, kind, strict=True))
        if alike and any(same) and (len(kind) > 1 or all(same)):
            return True
    return False


def adds(text: str) -> bool:
    """Whether ``text`` adds to the order under discussion ("what if i add the atlas 64")."""
    return bool(_ADDS.search(normalise(text)))


def points_at_order(text: str) -> bool:
    """Whether ``text`` leans on the order without naming items ("lease all of it?")."""
    return bool(_WHOLE.search(normalise(text)))


def order_for(catalog: Catalog, text: str, previous: Items) -> Items:
    """The order ``text`` is about: the items it names, added to ``previous`` when it adds
    ("add the atlas 64 to the order"), or ``previous`` itself when it names none and points
    back at it ("monthly if we lease all of it?")."""
    named = named_items(catalog, text)
    if named and previous and adds(text):
        have = {entity.name for entity, _ in named}
        return [*[(e, n) for e, n in previous if e.name not in have], *named]
    if not named and previous and points_at_order(text):
        return list(previous)
    return named
