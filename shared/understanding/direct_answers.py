"""A direct answer to the field asked: a soft field in the visitor's words, or a lone number.

When the bot asks a soft field (coffee, equipment, pains, support) and the reply is a short
statement no cue caught ("we're not sure, mostly drip"), the reply is the answer; a lone number
("4", "about 200") answers the type's numeric field. A question, a deferral, thanks or a remark
about the conversation itself is no answer.
"""

from __future__ import annotations

import re

from shared.conversation.fields import EXTRACTORS, SOFT_FIELDS
from shared.understanding.entities.clauses import NON_ANSWER, VAGUE_RE
from shared.understanding.entities.cues import (
    EQUIPMENT_RE,
    ON_PLAN_RE,
    PAIN_RE,
    PREFERENCE_RE,
    SUPPORT_RE,
)
from shared.understanding.entities.negation import denies_only, only_negated
from shared.understanding.text import plain, shorten

# A message about the conversation itself is not an answer ("stop asking me things").
ADDRESSED_TO_BOT = re.compile(r"\b(?:you|your|u|ur|y'?all|bot|stop|asking|questions?)\b", re.I)
# A question typed without "?" ("so thats the 10% off then right").
TAG_RE = re.compile(r"\b(?:right|correct|isn'?t\s+it|aren'?t\s+they|huh|yeah)\W*$", re.I)
# a question typed without its mark: a question word with its verb, or a supposition opening
ASKS_WITHOUT_MARK = re.compile(
    r"\b(?:what(?:'s|\s+(?:is|are|about|would|does|do|if))|how\s+(?:much|many|long|soon|does|do"
    r"|would|is)|can\s+(?:i|we|you|u)|could\s+(?:i|we|you|u)|do\s+(?:you|u|ya)"
    r"|is\s+(?:it|there|that)|are\s+(?:you|u|there))\b|^\W*(?:and\s+|so\s+)?(?:if|what\s+if)\b",
    re.I,
)
DEFERRAL = re.compile(
    r"\b(?:thanks|thank\s+you|thx|ty|cheers|think\s+about|later|not\s+now|bye"
    r"|not\s+interested)\b",
    re.I,
)


def free_text_answer(text: str, asking: str | None) -> dict[str, object]:
    """A direct answer to a soft field that no keyword caught ("we're not sure, mostly drip")."""
    if asking not in SOFT_FIELDS or len(text.split()) < 2 or ADDRESSED_TO_BOT.search(text):
        return {}
    if NON_ANSWER.search(text) or DEFERRAL.search(text) or "?" in text or TAG_RE.search(text):
        return {}  # a question is not an answer ("oh and are ur prices in usd or cad?")
    if asking == "support_needs" and ON_PLAN_RE.search(text):
        return {}  # the plan they are on is no need ("we're on pro already")
    if ASKS_WITHOUT_MARK.search(text):
        return {}  # "and if we lease the lot what's monthly roughly" asks, it answers nothing
    if VAGUE_RE.search(text):
        return {}  # "a few sites", "soonish": no value, and not the field asked either
    for other, cue in SOFT_CUES.items():
        if other != asking and cue.search(text) and not SOFT_CUES[asking].search(text):
            if other in WANTED_FIELDS and only_negated(text, cue):
                return {}  # "we do NOT want espresso": a constraint, not a taste or a pain
            return {other: shorten(plain(text))}  # "we like dark roasts" asked for equipment
    cue = SOFT_CUES[asking]
    denial = only_negated(text, cue) or (not cue.search(text) and denies_only(text))
    if asking in WANTED_FIELDS and denial:
        return {}  # "no pods": what is ruled out, with nothing wanted
    return {asking: shorten(plain(text))}


# the fields holding what is wanted: a cue ruled out ("no pods", "not fruity") is none of them
WANTED_FIELDS = ("coffee_preferences", "equipment_needs")


SOFT_CUES = {
    "coffee_preferences": PREFERENCE_RE,
    "equipment_needs": EQUIPMENT_RE,
    "pain_points": PAIN_RE,
    "support_needs": SUPPORT_RE,
}
BARE_ANSWER_RE = re.compile(r"^\W*(?:about|around|roughly|maybe|like|~)?\s*(\d[\d,]*)\+?\W*$", re.I)
NUMERIC_FIELDS = {"new_cafe": "expected_volume", "existing_cafe": "locations"}


def bare_number(text: str, customer_type: str | None, asking: str | None) -> dict[str, object]:
    """A lone number ("4", "about 200") answers the type's numeric field when the field asked
    cannot be a number (the visitor answered what they had in mind, not what was asked)."""
    field = NUMERIC_FIELDS.get(customer_type or "")
    if field is None or asking == field or asking in NUMERIC_FIELDS.values():
        return {}
    if not BARE_ANSWER_RE.match(text):
        return {}
    return {field: EXTRACTORS[field](text, True)}
