"""A question typed as a fragment: a topic and the attribute asked of it, with no verb.

Terse visitors drop the question: "lumen 3 boilr size", "sales hrs", "warranty grinder vs
batch brewer", "techs cover where", "multisite plan, 5 cafes, monthly". Each names a topic (an
item, a plan, a team) and an attribute the knowledge base states of topics (a size, a weight,
the hours, the warranty, a minimum, where, the monthly fee): that is an ask, not a field
answer. A bare answer to the chat's own question names no such attribute ("4", "sept",
"lumen", "the 2-group"), or names it only of the visitor's own counts ("5 cafes total", "30 lb
monthly" have no topic besides the count), or describes rather than asks ("medium size shop").
Pure over the text.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import (
    ENGLISH_MONTHS,
    FUNCTION_WORDS,
    MEASURE_UNITS,
    REMARK_WORDS,
    SEASONS,
    SMALL_NUMBERS,
    WEEKDAYS,
)

#: attributes the knowledge base states of a topic, in the words terse visitors type them
_ATTRIBUTE_TEXT = """
    size sizes weight weigh dimensions burrs voltage volts wattage capacity warranty
    warranties guarantee min minimum minimums hrs hours where monthly total
"""
ATTRIBUTE_WORDS = frozenset(_ATTRIBUTE_TEXT.split())
#: the visitor's own counts and measures: a figure of theirs names no topic ("5 cafes monthly")
_COUNTED_TEXT = """
    cafe cafes café cafés site sites location locations shop shops store stores cup cups drink
    drinks staff people customers bag bags pound pounds lb lbs kilo kilos week weeks month
    months day days year years total x
"""
_COUNTED_WORDS = frozenset(_COUNTED_TEXT.split()) - {"total", "x"}
_NOT_A_TOPIC = (
    frozenset(_COUNTED_TEXT.split()) | MEASURE_UNITS | FUNCTION_WORDS | REMARK_WORDS
) - ATTRIBUTE_WORDS
#: a size described, not asked: "medium size shop", "small size"
_SIZE_TOLD = re.compile(
    r"\b(?:small|smaller|medium|mid|large|larger|big|bigger|full|half|good|decent|nice|huge"
    r"|tiny|compact|regular|standard|normal|right|same|any|every|one)[\s-]+(?:size|sized)\b",
    re.I,
)
#: what makes a fragment a sentence of the visitor's own: a person, a copula, a "not", a
#: judgement ("hours vary", "size is fine")
_OWN = re.compile(
    r"\b(?:i|i'm|im|we|we're|our|my|me|us|is|are|was|were|be|been|not|no|dunno|don't|dont"
    r"|vary|varies|depends?|matters?|fine|flexible|ok|okay|too|high|low|good|bad|whatever)\b",
    re.I,
)
_WORD = re.compile(r"[^\W_][\w'-]*")
#: at most this many words make a fragment (the topic, its attribute, a figure or two)
MOST_WORDS = 7


def asks_as_fragment(text: str) -> bool:
    """Whether ``text`` asks an attribute of a topic in a verbless fragment ("sales hrs",
    "lumen 3 boiler size", "warranty grinder vs batch brewer"): a few words, none of the
    visitor's own, an attribute word first or last in one of its sentences, and a topic word
    beside it that is no figure, unit or count of the visitor's."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not 2 <= len(words) <= MOST_WORDS or _OWN.search(text) or _SIZE_TOLD.search(text):
        return False
    if not any(_attribute_at_edge(part) for part in re.split(r"[.!?;:,]+", text)):
        return False
    return any(_is_topic(w) for w in words)


def _attribute_at_edge(part: str) -> bool:
    """An attribute word opens or closes the sentence (a unit may close it after the word:
    "weight kg"), so it is what the sentence asks of, not a word inside a description."""
    words = [w.lower() for w in _WORD.findall(part)]
    while words and words[-1] in MEASURE_UNITS and len(words) > 1:
        words.pop()
    return bool(words) and (words[0] in ATTRIBUTE_WORDS or words[-1] in ATTRIBUTE_WORDS)


def _is_topic(word: str) -> bool:
    """A word that may name a topic: no attribute, figure, unit, count or function word."""
    return (
        word not in ATTRIBUTE_WORDS
        and word not in _NOT_A_TOPIC
        and not any(c.isdigit() for c in word)
        and len(word) > 1
    )


#: a topic typed alone before its question: a few words, no figure, nothing said of it
_TOPIC_ALONE = re.compile(
    r"^\W*(?:the\s+|your\s+|ur\s+)?[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}\W*$"
)


def topics_put_first(parts: list[str], asks: list[bool]) -> set[str]:
    """The sentences that only name the topic the question right after them asks about
    ("own blend. min?", "essential plan. what's in it"): the question's subject, not a
    detail the visitor tells. ``asks`` says which of ``parts`` ask."""
    return {
        part
        for (part, asked), following in zip(zip(parts, asks, strict=True), asks[1:], strict=False)
        if following and not asked and _TOPIC_ALONE.match(part) and not _OWN.search(part)
    }


#: two things set side by side for a use, typed as one fragment: "foundry or riverbend for
#: drip", "pico vs lumen 2 for a kiosk"
_BETWEEN = re.compile(
    r"^\W*(?:the\s+)?(?P<one>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:or|vs\.?|versus)\s+(?:the\s+)?"
    r"(?P<other>[\w-]+(?:\s+[\w-]+){0,2}?)\s+for\s+(?!(?:that|this|it|them|those)\b)"
    r"(?:a\s+|an\s+|the\s+)?[\w-]+"
    r"(?:\s+[\w-]+){0,2}\W*$",
    re.I,
)
#: sides that are a time or a way to reach the visitor answer the chat's question ("june or
#: july for the opening", "email or phone for updates"), not ask one
_CHANNELS_TEXT = "email phone call text mail sms whatsapp yes no either both neither"
_NO_SIDE = frozenset(
    {*ENGLISH_MONTHS, *WEEKDAYS, *SEASONS, *SMALL_NUMBERS, *_CHANNELS_TEXT.split()}
)


def asks_between(text: str) -> bool:
    """Whether ``text`` asks which of two things suits a use, as a verbless fragment ("foundry
    or riverbend for drip", "pico vs lumen 2 for a cart"): a comparison asked, not a
    preference told. Sides naming the visitor ("we or ..."), a time or a channel ("may or
    june for opening", "email or phone for updates") or a count ("1 or 2 for now", "two or
    three for the staff") make
    it an answer; a use pointing back ("2 group or 3 group for that") weighs the options told
    before, read as before."""
    found = _BETWEEN.match(text)
    if found is None or _OWN.search(f"{found['one']} {found['other']}"):
        return False
    sides = [found["one"].lower().split(), found["other"].lower().split()]
    return all(
        side and not set(side) & _NO_SIDE and not all(w.isdigit() for w in side) for side in sides
    )


#: a count with a times sign glued to it before a count noun: "x5 staff", "5x cafes"
_TIMES_COUNT = re.compile(r"(?:\bx\s?\d+|\b\d+x)\s+(?P<noun>[a-z]+)\b", re.I)


def asks_times(text: str) -> bool:
    """Whether ``text`` is a fragment multiplying a priced thing by a count of the visitor's
    ("online course x5 staff", "multisite 4x cafes"): the sum asked, not a detail told. A
    times sign before an item ("2x atlas 75") is an order line, and a fragment of the
    visitor's own ("we have x2 sites") tells."""
    words = _WORD.findall(text)
    found = _TIMES_COUNT.search(text)
    if found is None or len(words) > MOST_WORDS or _OWN.search(text):
        return False
    return found["noun"].lower() in _COUNTED_WORDS and any(_is_topic(w.lower()) for w in words)


#: A thing named alone, then a bare rank ("and grinder. cheaper one", "brewer too, smaller?"):
#: the ranked member of that kind asked for. A choice says so with a verb ("we'll take the
#: cheaper one") and a rank alone ("the cheaper one") answers "which one?", so neither matches.
_THING_THEN_RANK = re.compile(
    r"^\W*(?:(?:and|also|plus)\s+)?(?:a\s+|an\s+|the\s+)?"
    r"(?!(?:ok|okay|yes|yeah|yep|sure|fine|hmm|um|right|alright|cool|great|no|nah|hm)\b)"
    r"[a-z]+(?:\s+(?:too|also|as\s+well))?"
    r"\s*[.,]\s*(?:(?:and|but|the)\s+)*(?:cheaper|cheapest|less\s+expensive|smaller|smallest"
    r"|bigger|biggest|larger|largest)(?:\s+one)?(?:\s+(?:pls|please|plz))?\W*$",
    re.I,
)


def asks_by_rank(text: str) -> bool:
    """Whether ``text`` names a thing and then only a rank, asking for that member of its kind
    ("and grinder. cheaper one"; see :data:`_THING_THEN_RANK`)."""
    return _THING_THEN_RANK.match(text) is not None
