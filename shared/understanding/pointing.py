"""A message that points at another item by its model number alone ("and the 75?", "the 2?",
"same for 3", "3 price"): the reader's side of a pointed follow-up (see
``shared/rag/pointed.py``, which matches the number against the catalog). Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The whole message: an optional pointer word, an optional article, a bare number (a plural
#: "s" or a trailing "one"/"group" allowed) and its marks: "and the 75?", "what about the 64s".
_POINTER = re.compile(
    r"^\s*(?:(?:and|or|but)\s+)?(?:(?:what|how)\s+about|for)?\s*"
    r"(?:the\s+)?(?P<number>\d+)s?(?:\s*-?\s*(?:one|group|grp|g))?\s*[?.!]*\s*$",
    re.I,
)

#: A bare number and what is asked of it ("3 price", "the 2 lead time?").
_NUMBER_ASKED = re.compile(
    r"^\s*(?:(?:and|or|but)\s+)?(?:the\s+)?(?P<number>\d+)\s+(?P<ask>[a-z]+(?:\s+[a-z]+){0,2})"
    r"\s*[?.!]*\s*$",
    re.I,
)

#: "same for the pico", "same with 3": the ask just made, of another thing (not "same for us").
_SAME_FOR = re.compile(
    r"^\s*(?:and\s+)?(?:the\s+)?same\s+(?:for|with|w|on)\s+(?!(?:me|us|we|our|my|you|u)\b)",
    re.I,
)


#: "for 7", "and for 12?": a bare count after "for", which no model number may claim
_FOR_COUNT = re.compile(r"^\s*(?:and\s+)?for\s+(?P<number>\d+)\s*[?.!]*\s*$", re.I)


@dataclass(frozen=True)
class Pointer:
    """A number pointed at and the words asked of it ("" when the pointer asks nothing)."""

    number: str
    ask: str = ""


def as_and(text: str) -> str:
    """ "same for X" read as "and X" (the same ask of X); other text unchanged."""
    return _SAME_FOR.sub("and ", text, count=1)


def pointer(text: str) -> Pointer | None:
    """The model number a message points at alone ("and the 75?"), with the words it asks of
    it ("3 price": ask "price"); None for any other message."""
    text = as_and(text)
    bare = _POINTER.match(text)
    if bare is not None:
        return Pointer(bare.group("number"))
    asked = _NUMBER_ASKED.match(text)
    return Pointer(asked.group("number"), asked.group("ask")) if asked else None


def count_for(text: str) -> int | None:
    """The count of a bare "for N" ("for 7": 7), which after a price per unit counts that unit
    unless N is a model number; None for any other message."""
    found = _FOR_COUNT.match(text)
    return int(found.group("number")) if found else None


#: A value typed alone, a figure and its unit: "110v?", "17 litres?", "is it 64mm?"
_VALUE_ALONE = re.compile(
    r"^\W*(?:(?:and|so|is\s+it|it'?s)\s+)?(?P<figure>\d+(?:\.\d+)?)\s*(?P<unit>[a-z]+)\W*$", re.I
)
#: The units an attribute's value is stated in, by the ways a visitor types them
_UNITS = {
    "v": "v",
    "volt": "v",
    "volts": "v",
    "l": "l",
    "litre": "l",
    "litres": "l",
    "liter": "l",
    "liters": "l",
    "mm": "mm",
}
_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?P<unit>[a-z]+)\b", re.I)


def unit_typed_alone(text: str) -> str | None:
    """The unit of a value typed alone ("110v?", "17 litres?": "v", "l"), in the form
    :func:`units_in` gives; None for any other message."""
    typed = _VALUE_ALONE.match(text)
    return _UNITS.get(typed.group("unit").lower()) if typed else None


def units_in(value: str) -> set[str]:
    """The units a stated value is given in ("110 V" -> {"v"}; "11 L" -> {"l"})."""
    return {u for m in _STATED.finditer(value) if (u := _UNITS.get(m.group("unit").lower()))}


#: An alternative said as a bare number after an item's name: "Atlas 64 or 75 for a small
#: place", "the lumen 2-group vs 3?" (the number ends the alternative: not "or 3 baristas").
_OR_NUMBER = re.compile(
    r"\s*(?:,\s*)?(?:or|vs\.?|versus|and|/)\s+(?:the\s+)?(\d+)(?=\s*(?:[?.!,;]|$|(?:for|then"
    r"|or|vs|one|model)\b))",
    re.I,
)


def alternative_numbered(text: str, names: list[str]) -> str:
    """``text`` with an alternative said as a bare number right after an item's name ("Atlas
    64 or 75") given the one sibling among ``names`` (the catalog's item names; a sibling's
    name starts with the same word) whose name carries that number ("Atlas 64 or Atlas 75");
    unchanged when no sibling or several carry it, or the number counts something ("the lumen
    2-group or 3 baristas")."""
    split = [(name, re.split(r"[\s-]+", name.lower())) for name in names]
    for name, words in split:
        if len(words) < 2 or not words[1].isdigit():
            continue
        rest = "".join(rf"(?:[\s-]*{re.escape(w)})?" for w in words[2:])
        said = re.compile(rf"\b{re.escape(words[0])}[\s-]?{words[1]}{rest}\b", re.I)
        for match in said.finditer(text):
            found = _OR_NUMBER.match(text, match.end())
            number = found.group(1) if found else None
            siblings = [n for n, w in split if w[0] == words[0] and number in w and n != name]
            if found is not None and len(siblings) == 1:
                start, end = found.span(1)
                return f"{text[:start]}{siblings[0]}{text[end:]}"
    return text
