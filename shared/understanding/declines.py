"""Declined contact: the visitor does not want sales or a call yet ("I'm really not ready to talk
to a sales person yet", "Please don't call", "no sales calls pls").

A decline is never a handoff, whatever else reads the message as one (the words "talk to a sales
person" are in it): the reply acknowledges it and goes on answering. A declined call ("no calls
pls") refuses the phone number and nothing more: an email may still be asked or given. Pure:
the text in, the reading out.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import CALL_VERBS
from shared.understanding.questions import asks_something
from shared.understanding.sentences import sentences

# who is declined: sales, a person, someone's call
_WHO = (
    r"(?:(?:a|any|the|your)\s+)?(?:sales\s*(?:person|people|team|reps?|guys?|calls?)?"
    r"|salespe(?:rson|ople)|reps?|representatives?|(?:a\s+)?person|humans?|anyone|any\s*one"
    r"|someone|somebody|(?:phone\s+)?calls?|your\s+team)"
)
# a time or a day after the words of a decline makes it a condition on the call, not a decline:
# "I don't want a call at 7am", "no calls before 10", "don't want a call on weekends"
_WHEN_AFTER = (
    r"(?!\s+(?:at|before|after|on|in\s+the|during|until|till|between|early|late|past|around"
    r"|over\s+the|mornings?|evenings?|nights?|weekends?|weekdays?)\b)"
)
SALES_DECLINE_RE = re.compile(
    # "not ready to talk to a sales person", "not looking for a sales call", "not interested in
    # speaking with anyone yet"
    r"\b(?:not|never)\s+(?:really\s+|quite\s+|yet\s+)?(?:ready|looking|wanting|interested)\s+"
    r"(?:yet\s+)?(?:(?:to|in)\s+(?:talk|talking|speak|speaking|chat|chatting|hear|hearing)"
    r"\s+(?:to|with|from)|for|in)\s+" + _WHO + r"\b"
    # "don't want a call", "do not need anyone to call", "no need for a sales call"
    r"|\b(?:don'?t|dont|do\s+not)\s+(?:want|need)\s+(?:to\s+(?:talk|speak)\s+(?:to|with)\s+)?"
    + _WHO
    + r"(?:\s+to\s+(?:call|contact|ring|phone))?\b"
    + _WHEN_AFTER
    + r"|\bno\s+need\s+(?:for\s+|to\s+)?(?:a\s+)?(?:call|contact|sales)\b"
    # "don't contact me", "no salespeople", "no sales pitch"
    r"|\b(?:don'?t|dont|do\s+not)\s+contact(?:\s+(?:me|us))?(?=\s*(?:$|[.,;:!)]|please|pls"
    r"|plz|thanks|thank|yet|for\s+now|right\s+now))"
    r"|\bno\s+(?:salespe(?:rson|ople)|sales\s*(?:people|person|reps?|pitch|calls?))\b"
    + _WHEN_AFTER,
    re.I,
)
# a call declined, nothing more: "no calls pls", "please don't call", "don't ring us"
CALL_DECLINE_RE = re.compile(
    r"\b(?:don'?t|dont|do\s+not)\s+" + CALL_VERBS + r"(?:\s+(?:me|us))?"
    r"(?=\s*(?:$|[.,;:!)]|please|pls|plz|thanks|thank|yet|for\s+now|right\s+now|today))"
    r"|\bno\s+(?:phone\s+)?(?:calls|call\s+(?:please|pls|plz|thanks))\b" + _WHEN_AFTER,
    re.I,
)
CALL_RE = re.compile(r"\b(?:calls?|calling|ring|phone)\b", re.I)


def declines_contact(text: str) -> bool:
    """The visitor declines sales or a person contacting them (now or for a while)."""
    return bool(SALES_DECLINE_RE.search(text))


def declines_call(text: str) -> bool:
    """A call is declined, alone ("no calls pls") or as part of a decline of sales ("I don't
    need anyone to call me"): the phone number is refused."""
    if CALL_DECLINE_RE.search(text):
        return True
    return any(CALL_RE.search(found.group(0)) for found in SALES_DECLINE_RE.finditer(text))


def declines_calls_only(text: str) -> bool:
    """Every decline of sales in the message is of their calls ("I don't want sales calls"):
    with an email given, that refuses the phone, not the email."""
    found = list(SALES_DECLINE_RE.finditer(text))
    return bool(found) and all(CALL_RE.search(match.group(0)) for match in found)


# information gathered for someone else or for later, no sale to follow up: "I'm only
# collecting figures for the committee", "just getting prices for my boss", "just pulling
# together numbers for a budget"
GATHERING_RE = re.compile(
    r"\b(?:only|just|merely)\s+(?:here\s+)?(?:collecting|gathering|getting|pulling\s+together"
    r"|compiling|putting\s+together|rounding\s+up)\s+(?:some\s+)?(?:figures|numbers|prices|pricing"
    r"|info|information|quotes|costs|ballparks?|estimates|details)\b",
    re.I,
)
# information wanted and nothing more, or no marketing: "I just want prices", "only want the
# number", "just the numbers please", "just looking", "not interested in being on a mailing
# list" (a quote, a call or samples are next steps, not information)
_FIGURES = (
    r"(?:the\s+|a\s+|some\s+|your\s+)?(?:figures?|numbers?|prices?|pricing|price\s+list|info"
    r"|information|costs?|ballparks?|estimates?|rates?|specs|details\s+on)\b"
)
INFORMATION_ONLY_RE = re.compile(
    r"\b(?:only|just|merely)\s+(?:want(?:ed|s)?|need(?:ed|s)?|after|here\s+for|looking\s+for"
    r"|asking\s+(?:for|about)|interested\s+in|wanting)\s+(?:to\s+(?:know|see|get|check|compare)\s+)?"
    + _FIGURES
    + r"|\b(?:only|just)\s+"
    + _FIGURES
    + r"(?=\s*(?:$|[.,;:!)]|please|pls|plz|thanks|thank|for\s+now))"
    r"|\b(?:just|only)\s+(?:looking|browsing|curious|researching|window[- ]shopping)\b"
    r"|\b(?:no|not\s+(?:interested\s+in|signing\s+up\s+(?:for|to))|don'?t\s+(?:want|need)"
    r"|do\s+not\s+(?:want|need)|don'?t\s+put\s+(?:me|us)\s+on|do\s+not\s+(?:put|add)\s+(?:me|us)\s+"
    r"(?:on|to))\s+(?:being\s+(?:on|added\s+to)\s+|joining\s+)?(?:a\s+|any\s+|your\s+)?"
    r"(?:mailing|e-?mail|marketing|sales)\s+lists?\b"
    r"|\b(?:no|don'?t\s+want|do\s+not\s+want)\s+(?:any\s+)?(?:spam|newsletters?|marketing"
    r"(?:\s+e-?mails?)?)\b",
    re.I,
)


def only_gathering(text: str) -> bool:
    """The visitor says they only gather figures (for a committee, a boss, a budget), only want
    information ("I just want prices", "just looking") or want no marketing ("not interested in
    being on a mailing list"): with a contact detail refused, no contact is wanted at all until
    they offer one or ask for a next step."""
    return GATHERING_RE.search(text) is not None or INFORMATION_ONLY_RE.search(text) is not None


def asks_beside_gathering(text: str) -> bool:
    """A message that only gathers figures asks something too: a "?", or a sentence worded as
    a question that is not the gathering itself ("just looking for prices, no phone please.
    what's the Lumen 2 group and the Atlas 64")."""
    parts = sentences(text, lines=True)
    return "?" in text or any(
        asks_something(p, terse=False) and not only_gathering(p) for p in parts
    )
