"""A visit the visitor plans on a day, told beside a question ("what's the roastery address? we
might visit, maybe on a saturday"): the day is what they need to know we are open for, so the
sentence asks whether a visit that day is possible ("is a visit possible on a saturday?"). A
plan with no day ("we might visit") tells and asks nothing. Pure: text in, text out."""

from __future__ import annotations

import re

from shared.understanding.lexicon import WEEKDAYS
from shared.understanding.sentences import sentences

_DAY = rf"(?:{'|'.join(WEEKDAYS)})s?|weekends?|weekdays?"
#: "we might visit", "i'd like to come by", "we're thinking of stopping by", "we plan to swing
#: by": the visitor's own plan to come, then a day somewhere after it in the sentence.
_PLANNED = re.compile(
    r"^\W*(?:(?:maybe|perhaps|probably)\s+)?(?:we|i)(?:'d|'ll|'re|'m|\s+would|\s+will|\s+are|\s+am)?"
    r"\s+(?:(?:also|probably|maybe|really)\s+)?"
    r"(?:(?:might|may|could|can|should|like\s+to|love\s+to|want\s+to|hope\s+to|plan\s+to|"
    r"planning\s+to|planning\s+on|thinking\s+of|thinking\s+about|going\s+to|gonna)\s+)+"
    r"(?:visit(?:ing)?|com(?:e|ing)\s+(?:by|in|over|round|around)|stop(?:ping)?\s+by|"
    r"drop(?:ping)?\s+(?:by|in)|swing(?:ing)?\s+by|pop(?:ping)?\s+(?:by|in))\b"
    rf"(?P<rest>.*?\b(?P<day>{_DAY})\b.*)$",
    re.I,
)


#: A place of the visitor's own or someone else's visited ("we might visit our other store on
#: saturday"): no visit to us.
_OWN_PLACE = re.compile(r"\b(?:our|my|their|his|her|family|friends|them|him)\b", re.I)


def visit_asked(message: str) -> str:
    """``message`` with each sentence planning a visit on a day (see :data:`_PLANNED`) put as
    the question it leaves open ("is a visit possible on a saturday?"); else unchanged."""
    said = sentences(message)
    asked = [_as_visit_ask(s) for s in said]
    return message if asked == said else " ".join(asked)


def _as_visit_ask(sentence: str) -> str:
    found = _PLANNED.match(sentence)
    if found is None or "?" in sentence or _OWN_PLACE.search(found["rest"]):
        return sentence
    day = found["day"].lower()
    return f"is a visit possible on {'the ' if day.startswith('week') else 'a '}{day}?"
