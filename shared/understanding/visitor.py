"""The visitor type one message states: a new coffee programme, a running business, or none.

Two grammars name the business (the flow rules of :mod:`shared.conversation.signals` and the
venue grammar of :mod:`shared.understanding.entities.business`); this module weighs what they
find, a class of phrasings at a time:

- a running food or drink business expanding (a second site, adding espresso to a bakery, a
  restaurant or a tea shop) stays an existing business: what sales needs is what an owner needs;
  a coffee counter added to a business that served none (a bookstore, a church) is new;
- tenure ("since 2015", "already 11 years", "owner of ...") is a running business;
- a visitor with no business: one who says so ("i dont have a cafe"), a someday dream, a
  student's project, a neighbour who wants to walk in, a tourist ("on vacation", "a souvenir"),
  coffee for home or a gift, a single bag ("can you sell me one bag?").
"""

from __future__ import annotations

import re

from shared.conversation import signals
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.business import EXISTING_RE, NEW_RE, read_business, tenure

EXPANSION = re.compile(
    r"\b(?:second|2nd|third|3rd|another|one\s+more)\s+(?:[\w'-]+\s+)?(?:location|spot|shop"
    r"|site|store|branch|caf[eé]|place|outpost|unit|one)\b"
    r"|\badd(?:ing)?\s+(?:an?\s+)?(?:espresso|coffee|lattes?|machine|grinder)",
    re.I,
)
FOOD_VENUE = re.compile(
    r"caf[eé]|coffee|espresso|baker|restaurant|bistro|diner|deli\b|tea|boba|juice|donut"
    r"|cafeteria|canteen|roaster|truck|cart|kiosk|drive",
    re.I,
)
NO_BUSINESS = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t)\s+(?:have|own|run)\s+(?:a|an|any)\s+(?:caf[eé]|coffee"
    r"\s+shop|shop|business|restaurant|store)\b|\bnot\s+(?:a|an)\s+(?:business|caf[eé]"
    r"|company)\b|\bno\s+business\b|\bnot\s+opening\s+(?:a|an|another|any)\b"
    r"|\bnot\s+(?:for\s+)?(?:a|my)\s+business\b",
    re.I,
)
DREAM = re.compile(
    r"\b(?:some\s*day|one\s+day|(?:years?|yrs?)\s+from\s+now|daydream\w*|pipe\s+dream"
    r"|no\s+real\s+plans?|no\s+plans?\s+(?:yet|right\s+now))\b",
    re.I,
)
# coursework: "writing a paper for my supply chain class", "an essay for a marketing course"
COURSEWORK = re.compile(
    r"\b(?:paper|essay|report|assignment|project|thesis|presentation)\s+(?:for|in)\s+(?:my|a|our)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:class|course|seminar|module|professor|degree)\b",
    re.I,
)
PRIVATE = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?student\b"
    r"|\b(?:my|a)\s+(?:thesis|dissertation|school\s+project|class\s+project|research\s+project)\b"
    r"|\bi\s+live\s+(?:near|nearby|close|around|a\s+few\s+blocks|down\s+the\s+(?:street|road))\b"
    r"|\bon\s+(?:vacation|holiday|holidays)\b|\bvacationing\b|\bsouvenirs?\b|\btourists?\b"
    r"|\b(?:sell|buy|get|order)\s+(?:me\s+|us\s+)?(?:just\s+|only\s+)?(?:a|one|1|a\s+single)\s+"
    r"(?:little\s+|small\s+|single\s+)?(?:bag|pound|lb|packet|package)\b",
    re.I,
)


VENUE_NOUN = re.compile(
    r"\b(coffee\s+(?:shop|cart|truck|trailer|bar|kiosk|stand|counter)|espresso\s+bar"
    r"|food\s+truck|drive[- ]?thr(?:u|ough)|(?:boba|bubble)\s+tea\s+shop|tea\s+shop"
    r"|caf[eé]|cafeteria|bakery|restaurant|bistro|diner|deli|hotel|office|church|library"
    r"|bookstore|roastery|kiosk|cart|truck|trailer|stand)s?\b",
    re.I,
)


def venue_of(text: str, customer_type: CustomerType | None = None) -> str | None:
    """The kind of venue the message names, singular ("2 cafes" -> "café"), or None. For a new
    café, only the venue being opened counts ("adding a lobby coffee bar" at a hotel)."""
    if customer_type is CustomerType.NEW_CAFE:
        openings = (signals.NEW_CAFE_RE.search(text), NEW_RE.search(text))
        text = " ".join(text[m.start() : m.end() + 30] for m in openings if m)
    found = VENUE_NOUN.search(text)
    if found is None:
        return None
    noun = re.sub(r"\s+", " ", found.group(1).lower())
    return "café" if noun in ("cafe", "café") else noun


def visitor_type(text: str) -> CustomerType | None:
    """The type the (normalised) message states, or None when it states none."""
    if DREAM.search(text) or NO_BUSINESS.search(text) or COURSEWORK.search(text):
        return CustomerType.CASUAL_BROWSER
    flow = signals.customer_type(text)
    business = read_business(text).phase
    new = flow is CustomerType.NEW_CAFE or business == "new"
    existing = (
        flow is CustomerType.EXISTING_CAFE or business == "existing" or tenure(text) is not None
    )
    if new and existing and _expands(text):
        return CustomerType.EXISTING_CAFE
    if new:
        return CustomerType.NEW_CAFE
    if existing:
        return CustomerType.EXISTING_CAFE
    if flow is CustomerType.CASUAL_BROWSER or business == "home" or PRIVATE.search(text):
        return CustomerType.CASUAL_BROWSER
    return None


def _expands(text: str) -> bool:
    """A running business growing: a further site, or espresso added to a food or drink
    business (a bakery, a restaurant, a tea shop; not a bookstore or a church)."""
    grows = EXPANSION.search(text)
    if grows is None:
        return False
    if not grows.group(0).lower().startswith("add"):
        return True
    found = (signals.EXISTING_CAFE_RE.search(text), EXISTING_RE.search(text), tenure(text))
    said = " ".join(match.group(0) for match in found if match)
    return bool(FOOD_VENUE.search(said)) and NON_FOOD.search(text) is None


NON_FOOD = re.compile(
    r"\b(?:bookstore|book\s+shop|church|library|office|gym|salon|hotel|clinic|hospital)\b", re.I
)
