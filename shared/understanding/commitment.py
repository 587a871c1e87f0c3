"""How committed a message is: a hedged plan, a visitor who will contact sales, a leave-taking.

- ``tentative``: the plan is hedged ("thinking about running a cart ... next spring", "maybe
  next year", "opening in 2 months if it matters", "nothing before Q3"), supposed ("say we
  bought a Lumen and it packed in, what would happen?") or relayed as someone
  else's ("a café he's opening next spring"): a date said that way is interest, not a
  confirmed intent to buy.
- ``will_contact_us``: the visitor will reach sales themselves ("ill call ur sales folks
  tmrw", "I'll email your sales people myself", "my husband will call your sales tomorrow"):
  an intent to proceed, without a way to reach them; not when conditional ("ill reach out if i
  want it"), which still means they are not to be asked how to reach them.
- ``unsure_plans``: the visitor says the plan itself is undecided ("not sure yet", "if the
  money works out", "just looking around", "still figuring it out"): interest, and no one to
  ask for contact details until they ask for a next step.
- ``leaves_business``: the business is closing, sold or winding down, or its service with us
  is being cancelled ("closing the cafe end of the month", "we're selling the place",
  "cancel our weekly coffee"): a running business, and no sale to qualify.
- ``defers``: the visitor leaves to think or save first ("let me talk to my husband", "we will
  save money first and maybe come back", "I'll think about it", "ill circle back"): the
  conversation closes politely instead of asking the next field.
"""

from __future__ import annotations

import re

from shared.understanding.sentences import sentences

TENTATIVE = re.compile(
    r"\b(?:thinking\s+(?:about|of|to)|think(?:ing)?\s+we\s+(?:might|may)|maybe|perhaps|possibly"
    r"|might|considering|someday|some\s+day|eventually|if|not\s+sure|toying\s+with"
    r"|dream(?:ing)?\s+(?:of|about)|idea\s+(?:of|to))\b"
    # a supposition, like "if": "say we bought a Lumen and it packed in", "suppose it breaks",
    # "hypothetically", "assuming we go with the 3 group"
    r"|(?:^|(?<=[.!?,;]\s)|\blet'?s\s+)say\s+(?:we|i|it|you|our|the)\b"
    r"|\b(?:suppos(?:e|ing)|hypothetically|assuming\s+(?:we|i|it|the))\b"
    # a purchase weighed, not made: "is the pro plan worth it for a cart", "would it be worth
    # getting the 3 group"
    r"|\b(?:is|are|would|will|be)\s+(?:[\w-]+\s+){0,4}?worth\s+(?:it|the|getting|buying|paying"
    r"|upgrading|adding)\b"
    # a floor, not a date: "nothing before Q3 next year, realistically", "not before the fall"
    r"|\b(?:nothing|not)\s+(?:\w+\s+)?before\b"
    # someone else's plan relayed: "plan a café he's opening in Bozeman next spring" (the
    # visitor committed to nothing; "we're opening" is their own)
    r"|\b(?:he|she)(?:'s|’s|\s+is)\s+(?:\w+\s+)?(?:opening|launching|starting)\b",
    re.I,
)
WILL_CONTACT = re.compile(
    r"\b(?:i'?ll|ill|we'?ll|i\s+will|we\s+will|(?:he|she)\s+will|(?:he|she)'ll|will)\s+"
    r"(?:\w+\s+){0,2}?(?:call|email|e-mail|write\s+to|contact|ring|phone|reach\s+out\s+to"
    r"|get\s+in\s+touch\s+with)\s+(?:back\s+)?(?:to\s+)?(?:your|ur|the|you|y'?all|sales)\b"
    r"|\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will)\s+have\s+\w+(?:\s+\w+)?\s+(?:call|email"
    r"|contact|ring|send|text|write\s+to)\s+(?:you|u|y'?all|ur|your)\b",
    re.I,
)
# "ill reach out if i want it": the visitor will make contact, no one named
REACH_OUT = re.compile(
    r"\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will)\s+(?:\w+\s+)?(?:reach\s+out|get\s+in\s+touch"
    r"|be\s+in\s+touch|contact\s+(?:you|y'?all|ur|your))\b",
    re.I,
)
DEFERRAL = re.compile(
    r"\blet\s+me\s+(?:talk|think|check|discuss|run\s+(?:it|this)\s+by|crunch|sleep|chat|ask"
    r"|sit)\b|\b(?:i'?ll|ill|we'?ll|i\s+will|we\s+will|gonna|going\s+to|need\s+to)\s+(?:\w+\s+)?"
    r"(?:think\s+(?:about|it)|sleep\s+on|talk\s+(?:to|with)\s+my|discuss\s+(?:it|this)"
    r"|talk\s+(?:it|this|that)\s+(?:over|through)"
    r"|circle\s+back|come\s+back|be\s+back|get\s+back\s+to\s+you|save\s+(?:up|money)"
    r"|reach\s+out|get\s+in\s+touch|be\s+in\s+touch"
    r"|(?:look\s+at|go\s+to|check(?:\s+out)?|visit|try)\s+(?:the|your|ur)\s+(?:website|web\s*shop"
    r"|online\s+(?:shop|store)|site))\b|\bmaybe\s+(?:come\s+back|later)\b",
    re.I,
)


# the plan undecided, not a figure hedged ("maybe 50 cups" is an estimate, not a doubt)
UNSURE_PLANS = re.compile(
    r"\bnot\s+(?:\w+\s+)?sure\s+(?:yet|if|whether|when|about\s+(?:it|any|the\s+whole))\b"
    r"|\bif\s+(?:the\s+)?(?:money|funding|financing|loan|bank|budget|numbers|savings)\s+"
    r"(?:\w+\s+)?(?:works?|comes?|goes|pans?|allows?|add\s+up)\b"
    r"|\b(?:just|only)\s+(?:looking|browsing|exploring|curious|researching|window[- ]shopping"
    r"|poking\s+around|getting\s+(?:an\s+)?idea)\b"
    r"|\bstill\s+(?:deciding|figuring|working\s+out|researching|dreaming|saving|undecided)\b"
    r"|\bnothing\s+(?:is\s+)?(?:decided|concrete|set\s+in\s+stone|firm)\b"
    r"|\b(?:very\s+|super\s+)?early\s+days\b|\bjust\s+an?\s+(?:idea|thought|dream)\b"
    # a change of mind with nothing after it, not a choice revised ("changed my mind, the 3
    # group"): "actually you know what I've changed my mind", "having second thoughts"
    r"|\bchanged\s+(?:my|our)\s+minds?(?:\s+about\s+(?:it|this|that|all\s+this))?"
    r"(?=\s*(?:$|[.!;]|,\s*(?:sorry|thanks|lol)\b))"
    r"|\b(?:having|got|have)\s+second\s+thoughts\b"
    # the money not signed off: "the owners haven't approved a budget", "no budget approved yet"
    r"|\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|not\s+yet|no\s+budget)\s+(?:\w+\s+)?approved\b",
    re.I,
)
_PLACE = (
    r"(?:caf[eé]|shop|store|counter|place|business|bakery|restaurant|kiosk|cart|truck|stall"
    r"|(?:coffee|espresso)\s+(?:bar|shop|counter|cart)|doors|location|bistro|deli|diner)"
)
LEAVES_BUSINESS = re.compile(
    # "closing the cafe end of the month", "shutting down our coffee counter" (not the hour it
    # closes each day: "we close the shop at 6")
    r"\b(?:clos|shutt?)(?:e|es|ed|ing)?\s+(?:down\s+)?(?:the|our|my)\s+(?:[\w'-]+\s+){0,2}?"
    + _PLACE
    + r"(?:\s+(?:down|for\s+good|permanently))?\b(?!\s+(?:(?:at|by|around)\s+(?:\d|noon|night"
    r"|lunch|midday)|on\s+(?:sundays|mondays)"
    r"|early|late|for\s+(?:the\s+)?(?:day|night|holidays?|lunch|a\s+(?:week|day))))"
    # the place first: "the bakery closes for good in february", "our shop is shutting down"
    r"|\b(?:the|our|my)\s+(?:[\w'-]+\s+){0,2}?" + _PLACE + r"\s+(?:is\s+|will\s+be\s+)?"
    r"(?:clos|shutt?)(?:e|es|ed|ing)?\s+(?:down|for\s+good|permanently|its\s+doors)\b"
    r"|\b(?:going|went|gone)\s+out\s+of\s+business\b|\bwinding\s+(?:down|up)\s+the\s+business\b"
    r"|\bwinding\s+down\b"
    r"|\b(?:selling|sold)\s+(?:the|our|my)\s+(?:[\w'-]+\s+){0,2}?" + _PLACE + r"\b"
    # the service with us ended: "cancel the essential plan", "stop our weekly coffee"
    r"|\b(?:cancel|cancelling|canceling|terminate|terminating)\s+(?:the|our|my)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:plan|subscription|standing\s+order|account|contract"
    r"|deliver(?:y|ies)|coffee|order)\b"
    r"|\b(?:end|ending|stop|stopping)\s+(?:the|our|my)\s+(?:[\w'-]+\s+){0,3}?(?:plan"
    r"|subscription|standing\s+order|contract|deliver(?:y|ies))\b",
    re.I,
)


def unsure_plans(text: str) -> bool:
    """The visitor says the plan itself is undecided, or that they are only looking."""
    return bool(UNSURE_PLANS.search(text))


def brings_agenda(text: str) -> bool:
    """The message lays out an agenda of the visitor's own, a pasted list or a letter of three
    lines or more: they set the pace, and give their details when ready (a signature)."""
    return sum(1 for line in text.splitlines() if line.strip()) >= 3


def leaves_business(text: str) -> bool:
    """The business closes, is sold or winds down, or its service with us is cancelled."""
    return bool(LEAVES_BUSINESS.search(text))


def tentative(text: str) -> bool:
    """The message hedges what it says (a plan considered, not decided)."""
    return bool(TENTATIVE.search(text))


def will_contact_us(text: str) -> bool:
    """The visitor says they (or a colleague) will contact sales themselves, unconditionally."""
    parts = sentences(text, ends=".!?;", lines=True)
    return any(WILL_CONTACT.search(p) and not re.search(r"\bif\b", p, re.I) for p in parts)


# the way to buy asked once the choice is made: "ok, online for all 14 then. how do we sign
# up?", "how can I place an order?" (not "how do samples work?", "how does the lease work?")
HOW_TO_BUY = re.compile(
    # or what to do for it: "what do i do to set up an account", "what do we need to do to order"
    r"\b(?:how\s+(?:do|can|would|should)\s+(?:we|i)|what\s+(?:do|should)\s+(?:we|i)\s+(?:need\s+to\s+)?"
    r"do\s+to)\s+(?:go\s+about\s+)?(?:sign(?:ing)?\s+up"
    r"|enrol+|register|get\s+started|go\s+ahead|proceed|place\s+(?:an|the|our|my)\s+order"
    r"|(?:set\s+up|open)\s+(?:an|our|my|a\s+wholesale)\s+account"
    r"|book\s+(?:it|that|them|this|the\s+\w+|us\s+in)|order\s+(?:it|that|them|this|those))\b",
    re.I,
)


def asks_how_to_buy(text: str) -> bool:
    """The visitor asks how to sign up, order or go ahead: a decision made, the way asked."""
    parts = sentences(text, ends=".!?;", lines=True)
    return any(HOW_TO_BUY.search(p) and not re.search(r"\bif\b", p, re.I) for p in parts)


def will_reach_out(text: str) -> bool:
    """The visitor will make contact themselves, if at all ("ill reach out if i want it",
    "I'll call your team"): they are not to be asked how to reach them."""
    return bool(WILL_CONTACT.search(text) or REACH_OUT.search(text))


def defers(text: str) -> bool:
    """The visitor leaves to think, talk it over or save up first."""
    return bool(DEFERRAL.search(text))


_WRITES_TO = (
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+can)?\s+(?:just\s+)?"
    r"(?:write|email|e-mail|mail|contact|reach\s+out)\s+(?:to\s+)?(?:you\s+)?(?:at\s+)?"
)


WRITES_TO = re.compile(_WRITES_TO, re.I)


def written_to(text: str, address: str) -> bool:
    """The visitor names an address they will write to themselves ("I will write to
    sales@copperline.coffee myself"): it is ours, not theirs. (The pattern with the address
    is compiled only for a text that says it will write at all: each address is a new
    pattern, whose compilation cost more than the rest of the turn's reading.)"""
    if WRITES_TO.search(text) is None:
        return False
    pattern = _WRITES_TO + re.escape(address)
    return re.search(pattern, text, re.I) is not None
