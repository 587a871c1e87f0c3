"""A deal or price for a kind of buyer or an occasion, or a kind of thing (a referral bonus,
an iced mode, a retail bag), that the knowledge base never mentions.

"any nonprofit pricing?", "black friday or holiday deals?", "a student discount?": the word
that qualifies the deal (the one or two words before "pricing", "deals", "discount", ...) is
what is asked. When the knowledge base never uses it, no passage answers the question, however
near its other words are (consulting's price, showroom visits): the honest reply is that we
don't know. A qualifier the knowledge base uses ("volume discount") or the answerer reads as a
question word ("bulk pricing") is left to the answerer. Pure: the text and a test of known
words in, the unknown qualifiers out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.catalog.words import normalise
from shared.understanding.lexicon import QUESTION_WORDS

#: "<qualifier> [or <qualifier>] pricing|deals|discount|...", and the same shape before a
#: reward, a mode, a pack or a cover the visitor asks for ("any referral bonus", "an iced / flash
#: brew mode", "a 12oz retail bag", "an extended / lifetime warranty"): a kind of thing named by
#: a word the knowledge base never uses (the warranty it does offer is not that one).
_QUALIFIED = re.compile(
    r"\b([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?(?:\s+or\s+([a-z][a-z-]+))?\s+"
    r"(?:pricing|prices|deals?|discounts?|promos?|promotions?|specials?|coupons?|"
    r"bonus(?:es)?|rewards?|perks?|cashback|modes?|settings?|presets?|bags?|packs?|tins?|"
    r"rates?|warrant(?:y|ies)|guarantees?)\b"
)
#: Words before a deal word that qualify nothing ("any special pricing", "your best deals").
_PLAIN = frozenset(
    {"any", "some", "your", "the", "a", "an", "our", "best", "good", "special", "great"}
    | {"current", "new", "of", "on", "for", "with", "what", "whats", "is", "are", "do"}
    | {"does", "there", "get", "have", "standard", "usual", "normal", "included", "whole"}
)


def unknown_qualifiers(text: str, unknown: Callable[[str], list[str]]) -> list[str]:
    """The words qualifying a deal asked in ``text`` that ``unknown`` (the answerer's test of
    English words the knowledge base never uses) reports, e.g. ["nonprofit"]."""
    found: list[str] = []
    for match in _QUALIFIED.finditer(normalise(text)):
        words = [w for w in match.groups() if w and w not in _PLAIN | QUESTION_WORDS]
        found.extend(w for w in words if unknown(w))
    return found


#: "SCA certified", "certified kosher", "halal certification", "accredited by the XYZ": the
#: body or standard a certification is asked of.
_CERTIFIED_BEFORE = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:certified|certification|certificate|certifications|accredited)\b"
)
_CERTIFIED_AFTER = re.compile(
    r"\b(?:certified|certification|certificate|accredited)\s+(?:as\s+|by\s+(?:the\s+)?)?"
    r"([a-z][a-z-]+)\b"
)
#: Adverbs of doubt or degree not ending in "-ly" ("is it even certified", "still certified").
_HEDGES = frozenset({"even", "still", "indeed", "already", "now", "all"})
#: Words around a certification word that name no standard ("is it certified", "any
#: certification for", "the course certified").
_NOT_STANDARD = frozenset(
    {"it", "its", "they", "them", "that", "this", "you", "your", "our", "any", "a", "the"}
    | {"be", "been", "being", "get", "got", "getting", "also", "officially", "properly"}
    | {"and", "or", "for", "in", "on", "at", "to", "with", "course", "courses", "training"}
)


def unknown_certifications(text: str, unused: Callable[[str], bool]) -> list[str]:
    """The standards or bodies a certification is asked of in ``text`` ("sca" of "is your
    online course SCA certified", "kosher" of "are your blends certified kosher") that
    ``unused`` (the knowledge base never uses the word) reports: the honest reply is that we
    don't know, not the certifications we do hold."""
    flat = normalise(text)
    words = [m.group(1) for p in (_CERTIFIED_BEFORE, _CERTIFIED_AFTER) for m in p.finditer(flat)]
    return [w for w in words if not _hedge(w) and unused(w)]


def _hedge(word: str) -> bool:
    """Whether ``word`` beside a certification word names no standard: a pronoun or a verb of
    :data:`_NOT_STANDARD`, or an adverb of how sure the visitor is ("is it actually certified",
    "really certified", "fully certified"), which asks the certification the sentence names."""
    return word in _NOT_STANDARD | QUESTION_WORDS | _HEDGES or word.endswith("ly")
