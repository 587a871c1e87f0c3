"""An item asked for at each of the visitor's sites, or for all of a number of them.

"a Lumen 2-Group in each store", "one per location", "lumen 2 in each. whats the total?",
"across all our shops" say one of the item at every site the visitor has (a count the chat
already holds: their ``locations``); "leasing all three", "for all 5 of them" give the count
itself. The answerer multiplies the one item under discussion by it (:mod:`shared.rag.rules`
sums and leases it); nothing here knows a product. Pure.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import LOCATION_NOUNS, NUMBER_WORDS, alternation, number_value

_COUNT = rf"\d+|{alternation(w for w, v in NUMBER_WORDS.items() if v >= 2)}"

#: The part of a site every site has one of ("one for each lobby" of two hotels is one per
#: hotel); a floor or a counter, of which a site may have several, is not one.
_ONE_PER_SITE = r"lobby|lobbies|foyers?|receptions?|front desks?|front of house"
_SITE = rf"{LOCATION_NOUNS}|{_ONE_PER_SITE}"

#: "in each (store)", "per location", "at every site", "for each of them", "across all our shops".
_EACH = re.compile(
    rf"\b(?:in|at)\s+(?:each|every)\b(?!\s+(?:day|week|month|morning|order|cup|drink|time))"
    rf"|\b(?:for)\s+(?:each|every)\s+(?:(?:one\s+)?of\s+(?:them|our|the)\b|(?:{_SITE})\b)"
    rf"|\b(?:per|each)\s+(?:{_SITE})\b"
    rf"|\b(?:one|1)\s+(?:for|at|in)\s+(?:each|every)\b"
    rf"|\bacross\s+(?:all|every|each)\b(?!\s+(?:{_COUNT})\b)",
    re.I,
)

#: "all three", "all 5 (stores)", "for all 3 of them", "each of the 4", "across all 5".
_ALL_OF = re.compile(rf"\b(?:all|each\s+of\s+the|every\s+one\s+of\s+the)\s+({_COUNT})\b", re.I)

#: The places themselves counted after "for" or "across": "for 2 shops", "for both cafés",
#: "across our three locations" (not "3 cafés" told alone, a story rather than an ask).
_FOR_PLACES = re.compile(
    rf"\b(?:for|across|at|on)\s+(?:all\s+(?:of\s+)?)?(?:our\s+|the\s+|my\s+)?"
    rf"(both|{_COUNT})?\s*(?:of\s+(?:our|the|my)\s+)?(?:{LOCATION_NOUNS})\b",
    re.I,
)


#: Asking what covers or suits the visitor's places ("covers all three", "suitable for a group
#: of our size", "which plan fits us"), or a member asked for by the places it serves ("the
#: maintenance for multiple locations", "the maintenance plan for 3 cafés").
_FITS = re.compile(
    r"\b(?:cover|covers|covering|suitable|suits?|fits?|right for|makes? sense)\b"
    rf"|\bfor (?:multiple|several|many|all (?:of )?(?:our|the|my)|our|my|{_COUNT}) (?:\w+ )?"
    rf"(?:{LOCATION_NOUNS})\b",
    re.I,
)


def asks_fitting(text: str) -> bool:
    """Whether the message asks which member suits the visitor's places (see :data:`_FITS`)."""
    return _FITS.search(text) is not None


def sites_asked(text: str) -> int | None:
    """How many of the item the message asks for, one per site: the number it gives ("leasing
    all three" -> 3, "for 2 shops", "for both cafés" -> 2), 0 for "each of the visitor's
    sites" ("in each store": the count is theirs), None when it says neither."""
    found = _ALL_OF.search(text)
    if found:
        value = number_value(found.group(1))
        return value if value and value >= 2 else None
    places = _FOR_PLACES.search(text)
    if places and places.group(1):  # "for 2 shops", "for both cafés"
        value = 2 if places.group(1).lower() == "both" else number_value(places.group(1))
        return value if value and value >= 2 else None
    return 0 if _EACH.search(text) else None
