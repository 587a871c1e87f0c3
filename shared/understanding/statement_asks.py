"""Questions typed in a statement's word order, as owners type on a phone between customers.

No "?" and no question word opening the message, yet it asks:

* the auxiliary before its subject inside a clause, after a topic put first ("also training
  for our staff is that extra w the machine", "the sample kit is that free for us or what",
  "the pico does it come with a warranty");
* a statement closed by a confirming tag ("the riverbend is organic right customers keep
  asking", "we can lease all that right or ...");
* an attribute beside a catalog item and nothing else ("lumen 3 group price real quick pls",
  "lumen 2 vs 3 group boiler size"): no verb, so nothing is told.

A detail stays a detail: "we'll need the 3 group" names no attribute, "price matters a lot to
us" names no item and has a verb, "the price is right" has no tag after its predicate. Pure.
"""

from __future__ import annotations

import re

from shared.understanding.entities.interest import named_spans
from shared.understanding.lexicon import (
    ASKING_AUXILIARIES,
    JOINING_WORDS,
    QUESTION_OPENERS,
    alternation,
)
from shared.understanding.sentences import sentences

# a state asked of "that"/"it" after the auxiliary: "is that extra", "is it free", "are they
# organic", "is that part of the price", "is it 24/7" (dictated "twenty four seven"), "is
# that over the amount"
_STATE = (
    r"(?:an?\s+)?(?:extra|free|included|available|organic|fair[\s-]trade|certified|covered"
    r"|refundable|possible|optional|separate|necessary|required|needed|mandatory|compatible"
    r"|worth\s+it|in\s+stock|an?\s+option|taxed|charged|guaranteed|the\s+same|different|decaf"
    r"|cheaper|part\s+of|on\s+top|additional|standard|normal|usual|enough|ok|okay|true|common"
    r"|24/7|over|under|above|below)\b"
)
# what "does it" / "do they" / "can it" is asked to do: "does it come with a warranty"
_DOING = r"(?:come|include|cost|need|ship|work|fit|run|take|require|qualify|cover|apply|have|get)\b"
# the auxiliary before its subject, inside a clause; never after a question word or a subject
# of its own ("what is it", "that is it", "all it does is it runs")
INVERTED = re.compile(
    r"(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bthat\s)(?<!\bit\s)(?<!\bthis\s)(?<!\bhow\s)"
    r"(?<!\bwho\s)(?<!\bwhere\s)(?<!\bwhen\s)(?<!\bthere\s)(?<!\bi\s)(?<!\bwe\s)"
    r"\b(?:(?:is|are)\s+(?:that|it|this|those|these|they)\s+(?:(?:really|actually|still|also"
    r"|usually|even|all)\s+)?" + _STATE + r"|(?:does|do|will|would|can|could)\s+(?:that|it|this"
    r"|those|these|they)\s+(?:(?:really|actually|still|also|usually|even)\s+)?"
    + _DOING
    + r"|(?:is|are)\s+there\s+(?:a|an|any)\s+(?:extra\s+|additional\s+|separate\s+)?"
    r"(?:fee|charge|cost|discount|warranty|minimum|limit|deposit|catch)s?\b)",
    re.I,
)

# the confirming tag after a predicate ("..., right", "... correct"); "right" is no tag where it
# is the predicate or an adjective ("the price is right", "the right one", "just right")
_TAG_RIGHT = (
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ball\s)(?<!\bjust\s)(?<!\babout\s)(?<!\bexactly\s)"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bs\s)(?<!\bseems\s)(?<!\blooks\s)"
    r"(?<!\bsounds\s)(?<!\bfeels\s)(?<!\bturn\s)(?<!\bturns\s)(?<!\bgo\s)(?<!\bdone\s)"
    r"(?<!\bthats\s)(?<!\bthat's\s)(?<!\bits\s)(?<!\bit's\s)"
    r"(?<!\bget\sit\s)(?<!\bget\sthis\s)(?<!\bget\sthat\s)"  # "get it right": do it well
    r"\b(?:right|correct)\b"
    r"(?!\s*(?:now|away|here|there|then|after|before|on|off|in|at|by|next|one|ones|size|choice"
    r"|fit|price|amount|call|decision|place|time|spot|thing|kind|machine|grinder|blend|roast"
    r"|for|to|up|side|hand|and\s+left)\b)"
)
# "yeah" as a tag only closes a sentence ("the sunrise is a light roast yeah")
_TAG_YEAH = r"\b(?:yeah|yea)\s*[?.!]*\s*$"
# who the tag asks about: our catalog, a service, us, a figure; the visitor only with what they
# may do
_OF_US = (
    r"(?:(?:(?:the|your|ur|yr|this|that|these|those)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?"
    r"|you(?:\s+guys)?|u|y'?all|it|they|there|\d[\d,.]*(?:\s*(?:lbs?|pounds|bags|kg))?)\s+"
    r"(?:is|are|isn'?t|aren'?t|does|do|don'?t|doesn'?t|can|can'?t|will|won'?t|would|has|have"
    r"|comes?|includes?|ships?|offers?|delivers?|roasts?|sells?)|its|it'?s|thats|that'?s)\b"
)
_OF_VISITOR = (
    r"(?:we|i)(?:\s+(?:can|could|would|will|should)\s+|'d\s+|'ll\s+|d\s+)(?:still\s+|also\s+)?"
    r"(?:lease|finance|rent|pay|get|qualify|return|cancel|pause|skip|try|keep|use|add|switch)\b"
    r"|(?:we|i)\s+(?:(?:can|could|would|will|should|'d|'ll)\s+(?:still\s+|also\s+)?"
    r"(?:lease|finance|rent|pay|get|qualify|return|cancel|pause|skip|try|keep|use|add|switch)"
    r"|(?:get|qualify|are\s+(?:covered|eligible|allowed|able))|don'?t\s+(?:need|have)\s+to)\b"
)
_JOINING = alternation(JOINING_WORDS)
# what a tagged sentence follows: the message's start, a sentence's end, a joining word ("oh"
# left out, as it always was) or an acknowledgement ("nice the pico ships free right")
_OPENING = (
    r"(?:^|[,;.!]\s*|\b(?:"
    + alternation([*(w for w in JOINING_WORDS if w != "oh"), "nice", "cool", "great"])
    + r")\s+|\b(?:i\s+think|i\s+guess|um+|uh+)\s+)"
    # dictated with no comma: a filler or an amount referred back to before the clause ("i
    # think um it's for up to 6 right", "and at that amount we'd get the discount too right")
    + r"(?:(?:i\s+think|i\s+guess|um+|uh+|at\s+(?:that|this)\s+(?:amount|volume|price|size))"
    + r"\s+){0,3}"
)
# "yeah" asks only of a thing named ("the sunrise is light yeah"); "its been slow yeah" tells
_OF_NAMED = (
    r"(?:(?:the|your|ur|yr)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?|you(?:\s+guys)?|u|y'?all)\s+"
    r"(?:is|are|isn'?t|aren'?t|does|do|don'?t|doesn'?t|can|can'?t|will|won'?t|has|have|comes?"
    r"|includes?|ships?|offers?|delivers?|roasts?|sells?)\b"
)
TAG_ASK = re.compile(
    _OPENING + rf"(?:(?:{_OF_US}|{_OF_VISITOR})[^.?!;]{{0,60}}?[\s,]+{_TAG_RIGHT}"
    rf"|{_OF_NAMED}[^.?!;]{{0,60}}?[\s,]+{_TAG_YEAH})",
    re.I,
)

# an attribute asked of a catalog item with no verb: its words, and the words that may stand
# beside it ("real quick pls", "vs", a count)
_ATTRIBUTE = re.compile(
    r"\b(?:price|prices|pricing|cost|costs|boiler(?:\s+(?:size|capacity))?|burrs?(?:\s+size)?"
    r"|warranty|voltage|wattage|power(?:\s+draw)?|specs?|dimensions|size|weight|footprint"
    r"|lead\s+times?|capacity|tasting\s+notes|roast\s+level|origin|difference|diff)\b",
    re.I,
)
_BESIDE = re.compile(
    r"\b(?:real|quick|quickly|pls|please|plz|again|just|exactly|both|each|the|a|an|your|ur|yr"
    r"|on|of|for|vs|versus|v|or|and|compared|to|then|rn|now|asap|per|lb|lbs|pound|bag|x|hey|hi"
    r"|ok|okay|so|also|thx|thanks|ty|btw|too|between|what|whats)\b|\d+|[&+/,.?!:;()'\"-]",
    re.I,
)


# a question word and its auxiliary dictated on inside a statement, the subject after them ("we
# paid like 6 grand new what would a trade in get us"); never a clause with no subject after
# the auxiliary ("i know what would help")
WH_INSIDE = re.compile(
    r"\b(?:what|how\s+(?:much|many|long|soon)|which)\s+(?:would|will|does|do|is|are|can|could"
    r"|should)\s+(?:a|an|the|it|that|this|we|i|you|u|they|there|our|my|your|ur)\b",
    re.I,
)


def attribute_of_item(sentence: str) -> bool:
    """Whether ``sentence`` only names catalog items and an attribute of theirs ("lumen 3 group
    price real quick pls", "lumen 2 vs 3 group boiler size"): a noun phrase asking for the
    figure. Any other word (a verb, a subject) makes it a remark or a detail."""
    spans = named_spans(sentence)
    if not spans or not _ATTRIBUTE.search(sentence):
        return False
    rest = list(sentence)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    left = _BESIDE.sub(" ", _ATTRIBUTE.sub(" ", "".join(rest)))
    return not left.strip()


def asks_in_statement_order(text: str) -> bool:
    """Whether any sentence of ``text`` asks in a statement's word order: an inverted
    auxiliary inside a clause, a confirming tag, or an attribute beside a catalog item (see
    the module's docstring)."""
    if INVERTED.search(text) or TAG_ASK.search(text) or WH_INSIDE.search(text):
        return True
    return any(attribute_of_item(part) for part in sentences(text, ends=".!?;", lines=True))


# the auxiliary and its pronoun after a topic put first, in one sentence: "training for our
# staff | is that | extra w the machine"
_TOPIC_INVERTED = re.compile(
    rf"^(?P<lead>\W*(?:(?:{_JOINING})\W+)*)(?P<topic>[^.?!;,]*?\w)\s*,?\s+"
    r"(?P<aux>is|are|does|do|will|would|can|could)\s+(?:that|it|this|those|these|they)\s+"
    r"(?P<rest>[^.?!;]*?)\s*\?*\s*$",
    re.I,
)


_ASKING_WORD = re.compile(rf"\b(?:{alternation(QUESTION_OPENERS + ASKING_AUXILIARIES)})\b", re.I)


# a topic that is a clause of its own ("we love the pico", "the date says 5 weeks ago"): not
# moved behind the auxiliary
_TOLD = re.compile(
    r"\b(?:we|i|you|u|they|he|she|it|says|said|was|were|has|had|have|thought|think)\b", re.I
)


_JOINER = re.compile(rf"\W*(?:(?:{_JOINING})\W*)+", re.I)


def as_inverted(question: str) -> str:
    """A question whose topic was put first as the question it is ("training for our staff is
    that extra w the machine" -> "is training for our staff extra w the machine?"), so its
    topic is what is asked about; any other text unchanged. Only a one-sentence text whose
    auxiliary :data:`INVERTED` reads as asking is turned."""
    text = question.strip()
    if re.search(r"[.!?;]\s*\w", text) or not INVERTED.search(text):
        return question
    found = _TOPIC_INVERTED.match(text)
    if found is None or not INVERTED.search(text[found.start("aux") :]):
        return question
    if _JOINER.fullmatch(found["topic"]):
        return question  # "and does it need special power": no topic put first
    if _ASKING_WORD.search(found["topic"]) or _TOLD.search(found["topic"]):
        return question  # "how many cleanings does it include": asked in order already
    return f"{found['aux'].lower()} {found['topic']} {found['rest']}?"
