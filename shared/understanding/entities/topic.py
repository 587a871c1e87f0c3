"""The quantity a visitor's own question is about, and the number that later answers it.

"how many drinks? how would i know, whats normal" asks about the visitor's volume without giving
it; when the next message is a bare number ("fine say 150", "ok 150 i guess"), that number is
the quantity the visitor was talking about, whatever the bot had asked meanwhile (their name,
say). Only a message that is the number and fillers carries it: "150 for the lumen?" does not.
"""

from __future__ import annotations

import re

# the visitor asks how much of a quantity of their own: "how many drinks", "how much coffee
# would we need", "how busy"; the field each question is about
_TOPICS = {
    "expected_volume": re.compile(
        r"\bhow\s+(?:many|much)\s+(?:\w+\s+)?(?:drinks?|cups?|coffees?|covers?|customers?|people"
        r"|guests?|lbs?|pounds?|kilos?|kg|coffee|beans?|bags?|shots?|servings?)\b"
        r"|\bhow\s+busy\b",
        re.I,
    ),
    "locations": re.compile(
        r"\bhow\s+many\s+(?:\w+\s+)?(?:locations?|sites?|shops?|stores?|cafes?|branches?)\b", re.I
    ),
}
_ABOUT_US = re.compile(r"\b(?:do|does|did|can|will|have)\s+(?:you|u|ya|your|ur)\b", re.I)
# a message that is a number and fillers only: "fine say 150", "ok lets say 150", "150 i guess"
_FILLER = (
    r"(?:ok|okay|k|fine|well|so|um+|uh+|hmm+|lets|let's|let\s+us|say|i'?d\s+say|i\s+guess|guess"
    r"|maybe|about|around|roughly|like|prob|probably|idk|lol|then|call\s+it|put|down|me|ish"
    r"|or\s+so|give\s+or\s+take|tops|max|at\s+most|at\s+least|i\s+think|dunno|whatever|for|as|eh|er"
    r"|go\s+with|just)"
)
_NUMBER_ONLY = re.compile(
    rf"^\W*(?:{_FILLER}\W+)*~?\d[\d,]*(?:ish)?\+?(?:\W+{_FILLER})*\W*$",
    re.I,
)


def quantity_topic(text: str) -> str | None:
    """The field a visitor's question asks about without giving it ("how many drinks?" ->
    expected_volume), or None; a message that already gives a number states, not asks."""
    if re.search(r"\d", text) or _ABOUT_US.search(text):
        return None  # "how many locations do you cover" asks about us
    found = [field for field, pattern in _TOPICS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def is_number_only(text: str) -> bool:
    """The message is a number and fillers ("fine say 150", "ok 150 i guess")."""
    return bool(_NUMBER_ONLY.match(text))
