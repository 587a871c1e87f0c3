"""Whether the visitor already buys from Copperline: a past order, a plan, equipment or an account.

A grammar over who says what about whom, not a list of sentences: the visitor ("we", "I",
"our") states a purchase relation with us ("ordering ... from you", "bought it from you",
"we get your foundry", "we're on your pro plan", "our lumen from you"), an account ("existing
account, #4471", "our account with you"), an order of theirs ("our last order", "order
#1182"), or says so ("we're already copperline customers"), or tells our service as lived ("your
deliveries to kelowna take a full week", "when we signed up"). Owning a machine alone ("we use a
lumen") is not enough: it may have been bought elsewhere. A question or a hypothesis ("can we
order from you?", "if we were on the pro plan") and a negation ("we've never ordered from
you") are not.
"""

from __future__ import annotations

import re

from shared.understanding.entities.gazetteer import COFFEE_KINDS, EQUIPMENT_KINDS, names_any

_US = r"(?:you(?:\s+guys|\s+all)?|y'?all|u|ya|copperline|copper\s+line)\b"
_YOUR = r"(?:your|ur|copperline'?s?|copper\s+line'?s?)\b"
_WE = r"(?:we|i|we'?ve|i'?ve|we'?re|i'?m|weve|ive|were|im|we\s+have|i\s+have)\b"
_BUY = (
    r"(?:order(?:ed|ing|s)?|buy(?:ing|s)?|bought|get(?:ting|s)?|got(?:ten)?|purchas(?:e|ed|ing)"
    r"|source[sd]?|sourcing|use[sd]?|using|ha(?:ve|d)|lease[sd]?|leasing|rent(?:ed|ing)?"
    r"|subscrib(?:e|ed|ing)|been\s+(?:a\s+)?customers?)"
)
_FILLER = r"(?:[\w'#&.-]+\s+){0,8}?"  # "bought a lumen 2 group and atlas 75 from you"
_PLANS = r"(?:pro|essential|essentials|multi[\s-]?site|basic|premium|service|maintenance)"
_HEDGE = r"(?:if|can|could|would|should|do|does|may|might|will|whether|when)"

PURCHASE_RE = re.compile(
    rf"\b{_WE}\s+(?:(?:have|had|already|also|still|just|always|now)\s+)*(?:been\s+)?{_BUY}\s+"
    rf"(?:{_FILLER}(?:from|with|through|thru|off)\s+{_US}|{_YOUR})",
    re.I,
)
# the subject dropped at a sentence's start, as typed on a phone: "bought a lumen 2 grp off you
# in 2024", "got our grinder from you guys last spring"
DROPPED_SUBJECT_RE = re.compile(
    rf"(?:^|[.!?;]\s+)(?:just\s+|recently\s+|already\s+)?(?:bought|ordered|purchased|got|leased)"
    rf"\s+{_FILLER}(?:from|through|thru|off)\s+{_US}(?![^.!?]*\?)",  # not "bought it off you?"
    re.I,
)
# a present purchase told as a clause of the sentence that names the business: "we run 3 gyms,
# currently buying ~120 lb a month of foundry from you", "two cafes, both ordering from you"
ONGOING_CLAUSE_RE = re.compile(
    r"(?:,|\band|\bboth|\ball)\s+(?:currently|already|still|now|regularly)?\s*"
    r"(?:buying|ordering|getting|sourcing|using)\s+(?:[\w'#&.~$/-]+\s+){0,8}?"
    rf"(?:from|through|thru|off)\s+{_US}(?![^.!?]*\?)"
    r"(?!\s+(?:would|could|will|might|may|is|sounds|seems|makes)\b)",  # "getting ... would help"
    re.I,
)
# "our lumen from you", "the grinder we got from you" (a possessive or a relative clause)
OWNED_FROM_US_RE = re.compile(
    rf"\b(?:our|my)\s+(?:[\w'-]+\s+){{1,4}}?(?:from|off)\s+{_US}(?!\s+(?:would|will|to)\b)",
    re.I,
)
PLAN_RE = re.compile(
    rf"\b{_WE}\s+(?:(?:already|currently|still|now)\s+)?on\s+(?:{_YOUR}\s+|the\s+|a\s+)?"
    rf"{_PLANS}(?:[\s-]+(?:service|maintenance))?\s+(?:plan|tier|subscription|contract)\b",
    re.I,
)
_ACCOUNT = r"(?:account|acct)"
ACCOUNT_RE = re.compile(
    rf"\b(?:existing|current|our|my)\s+(?:copperline\s+)?{_ACCOUNT}\b"
    rf"|\b{_ACCOUNT}\s*(?:number|no\.?|num|#|is\s+under|under)\s*"
    rf"|\b(?:order|invoice|{_ACCOUNT})\s*(?:number|no\.?|#)\s*\d{{3,}}"
    # an account number given bare: "Account 10-3321", "account RC-5510"
    rf"|\b{_ACCOUNT}\s*:?\s*(?:[a-z]{{1,3}}-?)?\d[\d-]{{2,}}\d\b"
    rf"|\b{_ACCOUNT}\s+(?:with|at)\s+{_US}"
    r"|\b(?:our|my)\s+(?:(?:last|latest|recent|previous|standing|regular|usual|weekly"
    r"|monthly|biweekly|recurring)\s+){1,2}(?:orders?|deliver(?:y|ies)|shipments?|invoices?"
    r"|subscriptions?)\b",
    re.I,
)
_KIND = r"(?:existing|current|long[\s-]?time|loyal|returning|regular)"
SAYS_SO_RE = re.compile(
    r"\b(?:we'?re|we\s+are|i'?m|i\s+am|were|im|as|already)\s+(?:already\s+|an?\s+|your\s+)*"
    rf"(?:{_KIND}\s+)?(?:copperline\s+|copper\s+line\s+)?(?:customers?|clients?)\b"
    rf"|\b(?:customers?|clients?)\s+of\s+(?:yours|{_US})"
    rf"|(?:^|[.,!;:]\s*)(?:an?\s+)?{_KIND}\s+(?:copperline\s+)?(?:customer|client|account|acct)s?\b"
    r"(?!\s+(?:get|gets|pay|pays|discounts?|prices?|pricing)\b)",
    re.I,
)
# a relation being started or only talked about: "open our account", "a quote from you"
_NOT_YET = re.compile(
    r"\b(?:open(?:ing)?|set(?:ting)?\s+up|creat\w*|sign(?:ing)?\s+up|apply\w*|first"
    r"|quotes?|samples?|estimates?|trial|emails?|messages?|calls?|brochures?|catalog(?:ue)?s?"
    r"|info(?:rmation)?|repl(?:y|ies)|response)\b",
    re.I,
)
# the order or delivery is another company's: "our usual delivery from our roaster is late"
_ELSEWHERE = re.compile(
    r"\b(?:suppliers?|roasters?|vendors?|distributors?|elsewhere|another\s+company|current)\b",
    re.I,
)
# an order of one of our products: "we ordered the atlas 75", "our order for 60 lb of Foundry"
# (ordered, not bought: a machine may be bought second hand; the catalog says what is ours)
ORDER_OF_OURS_RE = re.compile(
    rf"\b{_WE}\s+(?:(?:already|just|recently)\s+)?ordered\s+(?P<a>[^.?!;]{{1,40}})"
    r"|\b(?:our|my)\s+(?:orders?|deliver(?:y|ies)|shipments?)\s+(?:for|of)\s+(?P<b>[^.?!;]{1,40})"
    # the subject dropped, as typed on a phone: "ordered the atlas 64 two weeks ago"
    r"|(?:^|[.!?;]\s+)(?:just\s+|recently\s+|already\s+)?ordered\s+(?P<c>[^.?!;]{1,40})"
    # the order named by a relative clause: "the grinder we ordered last week"
    r"|\b(?:the|our|my)\s+(?P<d>(?:[\w-]+\s+){1,4}?)(?:that\s+)?(?:we|i)\s+(?:just\s+)?ordered\b",
    re.I,
)
# a current volume of one of our coffees: "we're at about 160 lb a month, mostly foundry", "we
# go through 40 lb of riverbend a month" (the coffee checked against the catalog)
VOLUME_OF_OURS_RE = re.compile(
    rf"\b{_WE}\s+(?:(?:currently|now|already|usually|normally|typically)\s+)?(?:at|go\s+through"
    r"|going\s+through|use|using|order|ordering|buy|buying|get|getting|take|taking|doing|do)\s+"
    r"(?:about\s+|around\s+|roughly\s+|like\s+|over\s+|~\s*)?\d[\d,.]*\s*(?:lbs?|pounds?|kg"
    r"|kilos?|bags)\b(?P<a>[^.?!;]{0,50})",
    re.I,
)
# the coffee a volume is of: "of foundry", "mostly riverbend", "all foundry"
_OF_COFFEE = re.compile(r"\b(?:of|mostly|all|in)\s+(?:the\s+|your\s+)?(?P<name>[\w-]+)", re.I)
# payment for the orders told as lived: "we've paid by card every order since may"
PAID_ORDERS_RE = re.compile(
    rf"\b{_WE}\s+(?:(?:always|already|been)\s+)*(?:paid|pay|paying)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:every|each|all|our)\s+(?:of\s+our\s+)?(?:orders?|invoices?|deliver(?:y|ies))\b",
    re.I,
)
# our service as lived by the visitor: "your deliveries to kelowna take a full week", "your
# shipments keep arriving late", "nobody told us that when we signed up"
LIVED_RE = re.compile(
    rf"\b{_YOUR}\s+(?:deliver(?:y|ies)|shipments?|drivers?|couriers?|invoices?|billing)\s+"
    r"(?:(?:to|for|up\s+to|out\s+to)\s+(?:[\w'-]+\s+){1,3}?)?(?:always\s+|never\s+|still\s+)?"
    r"(?:take|takes|took|keep|keeps|kept|arrive|arrives|arrived|come|comes|came|show\s+up"
    r"|shows\s+up|showed\s+up|are\s+(?:always|never|late|slow)|were\s+(?:late|slow)"
    r"|have\s+been|has\s+been)\b"
    r"|\b(?:when|since|after)\s+we\s+signed\s+up\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:never|not|n't|no\s+longer|not\s+yet|haven'?t|havent)\b", re.I)
_HEDGED = re.compile(rf"\b{_HEDGE}\s+(?:\w+\s+)?$", re.I)


def already_customer(text: str) -> bool:
    """True when the message says the visitor already buys from us (precision first)."""
    for pattern in (
        PURCHASE_RE,
        DROPPED_SUBJECT_RE,
        ONGOING_CLAUSE_RE,
        OWNED_FROM_US_RE,
        PLAN_RE,
        ACCOUNT_RE,
        SAYS_SO_RE,
        PAID_ORDERS_RE,
    ):
        for match in pattern.finditer(text):
            if _stated(text, match):
                return True
    if any(_lived(text, match) for match in LIVED_RE.finditer(text)):
        return True
    if any(_volume_of_ours(text, match) for match in VOLUME_OF_OURS_RE.finditer(text)):
        return True
    return any(_ordered_ours(text, match) for match in ORDER_OF_OURS_RE.finditer(text))


def _volume_of_ours(text: str, match: re.Match[str]) -> bool:
    """A volume the visitor takes now of a coffee of our catalog, in a sentence that asks
    nothing and hypothesises nothing ("we'd be at 160 lb" is no statement)."""
    coffee = _OF_COFFEE.search(match.group("a"))
    ours = coffee is not None and names_any(coffee.group("name"), COFFEE_KINDS)
    return ours and not _asked(text, match) and _stated(text, match)


def _asked(text: str, match: re.Match[str]) -> bool:
    """The sentence the match starts ends with a question mark."""
    sentence = re.match(r"[^.!?]*[.!?]?", text[match.start() :])
    return sentence is not None and sentence.group(0).endswith("?")


def _ordered_ours(text: str, match: re.Match[str]) -> bool:
    """An asserted order whose object is one of our coffees or machines, in a sentence that
    asks nothing ("what's the minimum for our order of foundry?" is a future order)."""
    ordered = next((part for part in match.groups() if part), "")
    ours = names_any(ordered, COFFEE_KINDS + EQUIPMENT_KINDS)
    return ours and not _asked(text, match) and _stated(text, match)


def _lived(text: str, match: re.Match[str]) -> bool:
    """Our service told as the visitor's experience, in a sentence that asks nothing."""
    asked = _asked(text, match)
    before = text[max(0, match.start() - 25) : match.start()]
    return not asked and not _HEDGED.search(before)


def _stated(text: str, match: re.Match[str]) -> bool:
    """The relation is asserted: not negated inside it, not asked or hypothesised before it."""
    before = text[max(0, match.start() - 25) : match.start()]
    if _NEGATED.search(match.group(0)) or _HEDGED.search(before):
        return False
    if _NOT_YET.search(text[max(0, match.start() - 20) : match.end()]):
        return False
    if _ELSEWHERE.search(text[max(0, match.start() - 20) : match.end() + 30]):
        return False
    clause_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?;\n")
    clause = text[clause_start + 1 : match.start()]
    return not re.search(r"\b(?:never|not|n't|haven'?t)\s*$", clause, re.I)
