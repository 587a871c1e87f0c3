"""Orders gone wrong and amounts supposed: what a message reports as a fact, not a case.

An order that is late, missing or damaged now is a support need ("our coffee order was meant
to be here tuesday and nothing yet"); the same words in an "if" clause ("if the order is late
we lose a morning") or a question report nothing, and neither does an amount supposed ("if we
bump up to 100 lb a month do we get the discount" states no volume) until the visitor takes it
up ("ok let's do it - we'll go to 100").
"""

from __future__ import annotations

import re
from itertools import pairwise

from shared.understanding.entities.clauses import matching_clauses
from shared.understanding.entities.cues import SWAPPED_DELIVERY
from shared.understanding.entities.gazetteer import COFFEE_KINDS, EQUIPMENT_KINDS, names_re
from shared.understanding.entities.order_total import splits_amount
from shared.understanding.entities.quantities import find_volume
from shared.understanding.lexicon import number_words
from shared.understanding.sentences import sentences

# an order gone wrong now, a service need (a question about one is no report): "our coffee
# order was meant to be here tuesday and nothing yet", "the delivery still hasn't arrived",
# "still waiting on our beans", "the shipment came damaged", "only one portafilter in the box"
# a delivery short of a part: "only one portafilter in the box", "just 2 filters in the crate"
# a delivery short of what was ordered: "only eight bags showed up", "just 3 of the boxes
# arrived", "we ordered 60 lb and only got 40", "asked for ten bags but received six"
_FEW = r"(?:\d+|a\s+single|half|" + number_words(1, 12) + r")"
_UNITS = r"(?:bags?|box(?:es)?|cases?|cartons?|lbs?|pounds|kilos?|kg|items?|parts?|pallets?)"
SHORT_PART = (
    r"\b(?:only|just)\s+(?:one|two|three|a\s+single|\d+)\b[^.!?]{0,40}?\b(?:in|inside)\s+"
    r"(?:the|our|my)\s+(?:box|package|parcel|crate|delivery|shipment|order)\b"
    rf"|\b(?:only|just)\s+{_FEW}\s+(?:of\s+(?:the|our)\s+)?(?:[\w-]+\s+){{0,2}}?{_UNITS}\s+"
    r"(?:(?:have|has)\s+)?(?:showed\s+up|turned\s+up|arrived|came|got\s+here|were\s+delivered)"
    r"|\b(?:ordered|asked\s+for|paid\s+for)\s+[^.!?]{1,40}?\b(?:and|but)\s+(?:we\s+|i\s+)?"
    rf"(?:only\s+)?(?:got|received)\s+(?:only\s+|just\s+)?{_FEW}\b"
)
SHORT_PART_RE = re.compile(SHORT_PART, re.I)
# the wrong thing sent: "they sent the wrong blend", "we got the wrong grind", "wrong coffee
# came today"
WRONG_ITEM = (
    r"\b(?:sent|delivered|shipped|gave|got|received|brought)\s+(?:us\s+|me\s+)?(?:the\s+|a\s+)?"
    r"wrong\s+[\w-]+|\bwrong\s+(?:blend|coffee|beans|bags?|roast|grind|order|item|size|part)"
    r"\s+(?:came|arrived|was\s+(?:sent|delivered)|showed\s+up)"
)
_ORDER_THING = r"(?:order|delivery|shipment|package|parcel|box(?:es)?|beans|bags?)"
ORDER_PROBLEM_RE = re.compile(
    r"\b" + _ORDER_THING + r"\b(?:\s+[\w']+){0,6}?\s+(?:is\s+|was\s+|'s\s+)?(?:late|delayed|overdue"
    r"|(?:has|have)n'?t\s+(?:arrived|come|shown\s+up|turned\s+up)|(?:has|have)\s+not\s+arrived"
    r"|did\s*n[o']?t\s+(?:arrive|come|show)|never\s+(?:arrived|came|showed)|nothing\s+yet"
    r"|(?:still\s+)?not\s+(?:here|arrived)(?:\s+yet)?|(?:meant|supposed|due)\s+to\s+(?:be\s+here"
    r"|arrive|come|land)|missing|lost|damaged|short|came\s+(?:damaged|broken|wrong|short))\b"
    r"|\bstill\s+waiting\s+(?:on|for)\s+(?:our|the|my)\s+(?:\w+\s+)?" + _ORDER_THING + r"\b"
    r"|" + SHORT_PART + r"|" + WRONG_ITEM + r"|" + SWAPPED_DELIVERY,
    re.I,
)

# a supposed case is no report: "if the order is late we lose a morning"
SUPPOSED_RE = re.compile(r"\b(?:if|in\s+case|what\s+happens|suppose|whenever)\b", re.I)


def order_problem(text: str) -> str | None:
    """An order gone wrong as the support need, labelled with the support desk's category so
    the console reads what it is about, and with what went wrong when the words say it
    ("delivery problem (late): our order was meant to be here tuesday and nothing yet"); None
    for a supposed one."""
    found = matching_clauses(
        text,
        ORDER_PROBLEM_RE,
        lambda clause: bool(ORDER_PROBLEM_RE.search(clause) and not SUPPOSED_RE.search(clause)),
    )
    if found is None:  # "placed a coffee order monday, still nothing": one sentence, two clauses
        found = next((_tidied(s) for s in sentences(text) if _reports(s)), None)
    found = found or _other_than_ordered(text)
    if found is None:
        return None
    kind = next((k for k, pattern in _PROBLEM_KINDS if pattern.search(found)), None)
    return f"{ORDER_LABEL} ({kind}): {found}" if kind else f"{ORDER_LABEL}: {found}"


# what went wrong, as the desk records it: late, damaged, short or missing
_PROBLEM_KINDS = (
    ("damaged", re.compile(r"\b(?:damaged|broken|crushed|smashed|torn|leak\w*)\b", re.I)),
    ("short", re.compile(r"\bshort\b|" + SHORT_PART, re.I)),
    ("missing", re.compile(r"\b(?:missing|lost)\b", re.I)),
    ("wrong item", re.compile(r"\bwrong\b|" + SWAPPED_DELIVERY, re.I)),
    (
        "late",
        re.compile(
            r"\b(?:late|delayed|overdue|still\s+(?:nothing|waiting|not\s+here)|nothing\s+yet"
            r"|(?:has|have)n'?t\s+(?:arrived|come|shown\s+up|turned\s+up)|not\s+(?:here|arrived)"
            r"|(?:meant|supposed|due)\s+to\s+(?:be\s+here|arrive|come|land)|never\s+(?:arrived|came))\b",
            re.I,
        ),
    ),
)


# an order placed and nothing since, across a comma: "placed a coffee order monday, still
# nothing", "ordered beans last week, still waiting"
PLACED_NOTHING_RE = re.compile(
    r"(?:\b(?:placed|put\s+in|sent|made)\s+(?:an?\s+|our\s+|the\s+|my\s+)?(?:[\w-]+\s+)?order"
    r"|\bordered)\b"
    r"[^.!?]{0,40}?\bstill\s+(?:nothing|no\s+sign|waiting|not\s+here)\b",
    re.I,
)


# what came, then what was ordered: "Our delivery this morning was 40 lb of Riverbend. We
# ordered 40 lb of Foundry Espresso." (two sentences, no word "wrong")
DELIVERED_RE = re.compile(
    r"\b(?:delivery|shipment|order|box|package)\s+(?:\w+\s+){0,3}?(?:was|had|came\s+with"
    r"|contained)\b|\b(?:we|i)\s+(?:got|received)\b|\b(?:arrived|came|showed\s+up)\b",
    re.I,
)
ORDERED_RE = re.compile(
    r"^\W*(?:but\s+|and\s+)?(?:we|i)\s+(?:had\s+)?(?:ordered|asked\s+for|paid\s+for)\b", re.I
)


def _other_than_ordered(text: str) -> str | None:
    """A delivery told, then an order of another product ("... was 40 lb of Riverbend. We
    ordered 40 lb of Foundry Espresso"): the wrong item delivered, with both sentences; None
    when no sentence after a delivery says what was ordered, when the two name no different
    products of the catalog, or when either is supposed or asked."""
    said = sentences(text)
    for came, ordered in pairwise(said):
        told = bool(DELIVERED_RE.search(came) and ORDERED_RE.search(ordered))
        told = told and _other_products(came, ordered)
        if told and not SUPPOSED_RE.search(came + ordered) and "?" not in came + ordered:
            return f"wrong item delivered ({_tidied(came)}. {_tidied(ordered)})"
    return None


def _other_products(came: str, ordered: str) -> bool:
    """Each sentence names a product of the catalog, and not the same ones."""
    pattern = names_re((*COFFEE_KINDS, *EQUIPMENT_KINDS))
    if pattern is None:
        return False
    got, wanted = ({m.lower() for m in pattern.findall(s)} for s in (came, ordered))
    return bool(got and wanted and got != wanted)


_SWAPPED_RE = re.compile(SWAPPED_DELIVERY, re.I)


def _reports(sentence: str) -> bool:
    """An order placed and nothing since, or another item come in its place, across clauses
    ("ordered foundry last week but you shipped sunrise instead"), not supposed."""
    told = PLACED_NOTHING_RE.search(sentence) or _SWAPPED_RE.search(sentence)
    return bool(told) and not SUPPOSED_RE.search(sentence)


def _tidied(sentence: str) -> str:
    return sentence.strip().rstrip(".!?").strip()


ORDER_LABEL = "delivery problem"
"""What an order problem's support need starts with."""


def is_order_problem(need: object) -> bool:
    """The support need stored is an order gone wrong: a repair of a delivery, no intent to buy."""
    return isinstance(need, str) and need.startswith(ORDER_LABEL)


# the visitor's own rate priced: "if we do 60 lb a month how much is that", "if we go through
# 40 lbs a week, what would it cost" (not a change weighed: "if we bump up to 100 lb a month")
OWN_RATE_IF = re.compile(
    r"\bif\s+(?:we|i)\s+(?:do|use|order|buy|need|get|go\s+through|brew|sell|serve)\s+(?:like\s+"
    r"|about\s+|around\s+|roughly\s+)?$",
    re.I,
)
PRICED_RE = re.compile(
    r"\bhow\s+much\s+(?:is|would|will|does|do)\b|\bwhat\s+(?:would|will|does)\s+(?:that|it"
    r"|this)\s+(?:cost|come\s+to|run)\b|\bwhat(?:'s|\s+is|\s+would\s+be)\s+the\s+(?:total|cost)\b",
    re.I,
)


def supposed(text: str, found: str) -> bool:
    """The amount ``found`` sits in an "if" clause of the text, and the message does not go on
    to split it into the order's parts ("what if i bump it to 100 lb ..., like 60 espresso 40
    cold brew" plans the order it names) nor asks what its own rate costs ("if we do 60 lb a
    month how much is that" prices the visitor's planned volume)."""
    at = text.find(found)
    at = text.find(found.split()[0]) if at < 0 and found.split() else at
    clause = re.split(r"[,.;!?]", text[: max(at, 0)])[-1]
    if OWN_RATE_IF.search(clause) and PRICED_RE.search(text[max(at, 0) :]):
        return False
    return bool(SUPPOSED_RE.search(clause)) and not splits_amount(text[max(at, 0) :])


def told_in_parts(text: str, found: str) -> bool:
    """The message splits the amount ``found`` into the order's parts ("100 lb ..., like 60
    espresso 40 cold brew"): the amount is planned, not only weighed."""
    at = text.find(found)
    return at >= 0 and splits_amount(text[at:])


def supposed_volume(text: str) -> str | None:
    """The volume the message supposes ("if we bumped to 160 lb/month, would that qualify?" ->
    "160 lb/month"), which it does not state; None when it supposes none."""
    found = find_volume(text, False)
    if found is None:
        return None
    first = found.rsplit("(", 1)[-1] if " + " in found else found
    return found if supposed(text, first) else None


# taking up a case just weighed: "ok let's do it - we'll go to 160", "fine, make it 160",
# "160 it is", "we'll commit to 160 then"
TAKES_UP_RE = re.compile(
    r"\b(?:let'?s\s+(?:do\s+it|do\s+that|go\s+(?:with|for)\s+(?:it|that))|(?:we|i)(?:'ll|\s+will"
    r"|'d\s+like\s+to)\s+(?:go|move|bump|step|jump|switch|commit|up\s+it|upgrade)\s+(?:up\s+)?to"
    r"|(?:we|i)(?:'ll|\s+will)\s+(?:do|take|order|go\s+with)|make\s+it|sign\s+(?:us|me)\s+up"
    r"|(?:go|going)\s+with)\b|\b\d[\d,]*\s+it\s+is\b",
    re.I,
)


def takes_up(text: str, volume: str) -> bool:
    """The message commits to the volume supposed before, naming its figure ("Ok let's do it -
    we'll go to 160" after "if we bumped to 160 lb/month"), without supposing or asking again."""
    figure = re.search(r"\d[\d,]*", volume)
    if figure is None or SUPPOSED_RE.search(text) or not TAKES_UP_RE.search(text):
        return False
    named = re.compile(r"(?<![\d.,$])" + re.escape(figure.group(0)) + r"(?![\d]|[.,]\d)")
    return any(named.search(s) and "?" not in s for s in sentences(text))
