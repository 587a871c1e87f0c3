"""A follow-up that points at another item by its model number alone ("and the 75?").

Right after an answer about catalog items, a message that is nothing but a pointer and a bare
number ("and the 75?", "the 2?", "same for 3", "what about the 64s") switches the entity and
keeps what was asked: the number is the model number of one other member of the kinds just
discussed (the Atlas 75 after the Atlas 64, the Lumen 2-Group after the Lumen 3-Group). The
message is read as "and the <name>?", so the attribute asked before is kept for that member.
Unchanged when no item was discussed, when the number is a discussed item's own, when several
members or none carry it, or when anything else is said (a count, a unit, a word of its own).
Pure.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.understanding.asked import PRICE_WORDS

#: The whole message: an optional pointer word, an optional article, a bare number (a plural
#: "s" or a trailing "one"/"group" allowed) and its marks: "and the 75?", "same for 3".
_POINTER = re.compile(
    r"^\s*(?:(?:and|or|but)\s+)?(?:(?:what|how)\s+about|same\s+(?:for|with|w)|for)?\s*"
    r"(?:the\s+)?(?P<number>\d+)s?(?:\s*-?\s*(?:one|group|grp|g))?\s*[?.!]*\s*$",
    re.I,
)


def _numbers(entity: Entity) -> set[str]:
    """The figures of an entity's name ("Lumen 2-Group" -> {"2"})."""
    return set(re.findall(r"\d+", entity.name))


#: "same for the pico", "same with 3": the ask just made, of another thing.
_SAME_FOR = re.compile(
    r"^\s*(?:and\s+)?(?:the\s+)?same\s+(?:for|with|w|on)\s+(?!(?:me|us|we|our|my|you|u)\b)",
    re.I,
)


def pointed_member(text: str, recent: list[str], catalog: Catalog) -> str:
    """``text`` read as "and the <name>?" when it only points at another member of the kinds
    last discussed by its model number (see the module docstring); "same for X" after an
    answer about items is read as "and X" (the same ask of X); else unchanged."""
    if not recent:
        return text
    text = _SAME_FOR.sub("and ", text, count=1)
    match = _POINTER.match(text)
    asked = _NUMBER_ASKED.match(text) if match is None else None
    earlier = [e for n in recent if (e := catalog.get(n)) is not None]
    if not (match or asked) or not earlier:
        return text
    number = (match or asked).group("number")  # type: ignore[union-attr]  # one matched
    kinds = {e.kind for e in earlier}
    found = [e for e in catalog.entities if e.kind in kinds and number in _numbers(e)]
    if len(found) != 1:
        return text
    if asked is not None:  # "3 price" after the Lumen 2-Group: the Lumen 3-Group's price
        words = asked.group("ask").lower().split()
        labels = {w for e in found for label in e.attributes for w in label.lower().split()}
        known = labels | set(PRICE_WORDS) | _ASK_WORDS
        return f"the {found[0].name} {asked.group('ask')}?" if set(words) <= known else text
    if any(number in _numbers(e) for e in earlier):  # "the 64?" after the 64: no switch
        return text
    return f"and the {found[0].name}?"


#: A bare number and what is asked of it ("3 price", "the 2 lead time?"): the words must
#: all be an attribute's or a price's (so "3 cafes", "2 staff" stay counts).
_NUMBER_ASKED = re.compile(
    r"^\s*(?:(?:and|or|but)\s+)?(?:the\s+)?(?P<number>\d+)\s+(?P<ask>[a-z]+(?:\s+[a-z]+){0,2})"
    r"\s*[?.!]*\s*$",
    re.I,
)
_ASK_WORDS = frozenset({"lead", "time", "how", "much", "warranty", "size", "weight"})
