"""What "that" or "it" refers to in a question, when the bot's last turn answered nothing.

"Interested in the multi-site maintenance plan." then "what would that cost us per month?":
the pronoun points at the offer the visitor named, so the knowledge base is searched for
"what would the multi-site maintenance plan cost us per month?" (the Multi-site plan's price,
not the first plan's). Only a catalog item the visitor named in a need they gave counts as an
antecedent; a question that names an item itself, or follows an answer (whose entities the
retriever already carries), is left as typed.
"""

from __future__ import annotations

import re

from shared.understanding.entities.gazetteer import (
    COFFEE_KINDS,
    EQUIPMENT_KINDS,
    SERVICE_KINDS,
    names_re,
)

KINDS = SERVICE_KINDS + EQUIPMENT_KINDS + COFFEE_KINDS
PRONOUN = re.compile(r"\b(?:that|it|this)\b(?!\s+(?:is|'s)\s+all\b)", re.I)


def resolved(question: str, needs: list[str]) -> str | None:
    """The question with its pronoun replaced by the last catalog item named in ``needs``
    (the visitor's stated needs, oldest first), or None when there is nothing to resolve."""
    pattern = names_re(KINDS)
    if pattern is None or pattern.search(question) or not PRONOUN.search(question):
        return None
    named = [m.group(0) for text in needs for m in pattern.finditer(text)]
    if not named:
        return None
    return PRONOUN.sub(f"the {named[-1]}", question, count=1)


#: "it", "that", "them": a question leaning on what was just said.
POINTING = re.compile(r"\b(?:it|its|they|them|this|that|those|these)\b", re.I)


def points_back(question: str) -> bool:
    """Whether ``question`` leans on what was just said with a pronoun ("how much coffee is
    in it?", "how long does that take?")."""
    return POINTING.search(question) is not None


#: a fragment asking only an attribute, of no item of its own: "since when", "what hours",
#: "what process", "how many days", "any fee?". Read after an answer, it asks that attribute of
#: the answer's subject (a question word, then at most two words).
ATTRIBUTE_ONLY = re.compile(
    r"^\W*(?:(?:since|till|until)\s+when|(?:what|which)(?:\s+[a-z][\w'-]*){1,2}|how\s+(?:long|many|much|often"
    r"|late|soon|far)(?:\s+[a-z][\w'-]*)?|any(?:\s+[a-z][\w'-]*){1,2})\W*$",
    re.I,
)
# a word that makes the fragment a question of its own ("what else", "how much total")
_OWN_ASK = re.compile(
    r"\b(?:else|total|altogether|all|together|do|does|did|is|are|was|were|can|could|would"
    r"|will|should|you|u|we|i|your|ur|our|my|about|options?|questions?|ideas?)\b",
    re.I,
)


def asks_attribute_only(question: str) -> bool:
    """Whether ``question`` is a short fragment asking only an attribute of what was just said
    ("since when", "what hours", "any fee?"), not a question of its own ("what else")."""
    return ATTRIBUTE_ONLY.match(question) is not None and _OWN_ASK.search(question) is None


# a topic typed alone, two to four words: "shipping to toronto", "custom house blend"
_TOPIC_FRAGMENT = re.compile(r"^\W*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,3}\W*$", re.I)
# what makes a short fragment a remark, not a topic: a person, a greeting, a thanks, an answer
_REMARK = re.compile(
    r"\b(?:i|i'm|im|we|we're|were|my|our|me|us|you|u|your|ur|it|that|this|hi|hello|hey|thanks"
    r"|thank|thx|ok|okay|cool|great|good|nice|yes|yeah|yep|no|nope|sure|bye|sounds|perfect"
    r"|awesome|cheers|morning|afternoon|evening|please|pls|just|not|maybe|lol)\b",
    re.I,
)


def names_a_topic(message: str) -> bool:
    """Whether ``message`` is a topic typed alone ("shipping to toronto", "sample kit"), whose
    answer's subject a next fragment ("how many days") asks about; no remark ("ok sounds good",
    "hi there") or first-person statement is one."""
    return _TOPIC_FRAGMENT.match(message) is not None and _REMARK.search(message) is None


# a discourse opener is no pronoun: "one more - is there a discount ...", "one last thing: ..."
_ASIDE_OPENER = re.compile(
    r"^\W*(?:one\s+(?:more|last|other|final|quick)(?:\s+(?:thing|question|q|query))?"
    r"|another\s+(?:thing|question))\b\s*[-\u2013\u2014:,.]*\s*",
    re.I,
)
# a new subject put first, before a dash or a colon: "And coffee - is there a minimum?",
# "also, the decaf: how dark is it?"
_SUBJECT_FIRST = re.compile(
    r"^\W*(?:and|also|plus|now|ok|okay|so)\W+(?:(?:the|your|for|about)\s+){0,2}"
    r"(?P<subject>[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*)?)\s*[-\u2013\u2014:]\s",
    re.I,
)


def without_opener(question: str) -> str:
    """The question less a discourse opener ("One more - is there any discount ...?" -> "is
    there any discount ...?"): its "one" points at nothing said before."""
    return _ASIDE_OPENER.sub("", question, count=1)


def subject_first(question: str) -> str | None:
    """The subject a question puts first before a dash or a colon ("And coffee - we'd need 10
    lb a month. Is there a minimum?" -> "coffee"): what it is about, not the item before it."""
    found = _SUBJECT_FIRST.match(question)
    subject = found.group("subject") if found else None
    return None if subject is None or POINTING.fullmatch(subject) else subject


#: a choice of the item just answered, made by pointing at it: "ok that one then", "we'll take
#: that one", "let's go with it", "that one pls" (a sentence that asks chooses nothing)
CHOICE_BY_POINTING = re.compile(
    r"\b(?:(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+want\s+to|\s+wanna)|let'?s|gonna|going\s+to)"
    r"\s+(?:take|go\s+(?:with|for)|get|order|buy|like)\s+(?:that|this|it)(?:\s+one)?\b"
    r"|^\W*(?:(?:ok(?:ay)?|alright|sure|yes|yeah|yep|fine|great|perfect|right)\W+)*"
    r"(?:that|this)\s+one(?:\s+(?:then|please|pls|it\s+is|for\s+us))*\W*$",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!;])\s+|\n+")


def chooses_by_pointing(text: str) -> bool:
    """Whether a sentence of ``text`` chooses the item just answered by pointing at it, and
    asks nothing ("ok that one then. hank@..."; not "can i lease that one?")."""
    parts = _SENTENCE.split(text)
    return any(CHOICE_BY_POINTING.search(p) and "?" not in p for p in parts)
