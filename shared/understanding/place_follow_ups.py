"""A place alone as a follow-up ("what about Arizona?" after the technicians' area): the
question just answered, asked again of the new place. Only a section about where something is
done ("Which areas do your technicians cover?", "Where do you deliver?") is asked so. Pure.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise

#: A follow-up opener before a place alone: "what about Arizona?", "and in Ohio?", "how about
#: Texas then?".
_PLACE_OPENER = re.compile(
    r"^(?:(?:and|so|ok|okay)\s+)?(?:(?:what|how)\s+about|what\s+of|same\s+for|and)?\s*"
    r"(?:(?:in|for|to|at)\s+)?(?:the\s+)?"
)


#: A heading about where something is done ("Which areas do your technicians cover?", "Where
#: do you deliver?"): only such a section is asked again of another place.
_PLACED = re.compile(
    r"\b(?:where|areas?|cover|covered|coverage|deliver|delivery|ship|shipping|serve|served"
    r"|regions?|states|provinces|countries)\b",
    re.I,
)


def names_only_place(question: str, place: str) -> bool:
    """Whether ``question`` is only ``place`` after a follow-up opener ("what about Arizona?",
    "and Ohio?"); a question with words of its own ("do you deliver to Ohio?") is not."""
    flat = re.sub(r"\s+(?:then|too|tho|though)$", "", normalise(question).strip())
    return _PLACE_OPENER.sub("", flat, count=1).strip() == place


def about_places(heading: str) -> bool:
    """Whether a section ``heading`` is about where something is done (see :data:`_PLACED`)."""
    return _PLACED.search(heading) is not None
