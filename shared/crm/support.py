"""Is a visitor an existing customer reporting a problem? (pure, no I/O)

The message is tokenised and each token matched against small vocabularies by stem and, for
longer words, with one typo allowed ("grindr", "delivry"), so a class of phrasings matches rather
than listed sentences. A report needs a *thing* (equipment, or an order/delivery) and a *problem*
with it (a fault, or lateness/loss/damage), and a sign that it is the visitor's own (a possessive
"my/our", a purchase verb, or a conversation already typed as an existing café). A question about
a product ("does the Lumen ever break?") has no ownership sign and is left to the sales flow.
Whether the message is a report at all is finally the intent classifier's call when it is
confident (:func:`decide`); these rules then only say what kind of report it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from shared.wordlists import gcide

Category = Literal["equipment", "delivery"]

EQUIPMENT = (
    "machine",
    "espresso",
    "grinder",
    "grind",
    "atlas",
    "pico",
    "batchpro",
    "clarity",
    "boiler",
    "pump",
    "group",
    "portafilter",
    "steam",
    "wand",
    "brewer",
    "kettle",
    "lumen",
    "equipment",
    "gasket",
    "heater",
)
ORDER = (
    "order",
    "delivery",
    "deliver",
    "shipment",
    "ship",
    "package",
    "parcel",
    "beans",
    "coffee",
    "bags",
    "pallet",
    "courier",
    "tracking",
)
FAULT = (
    "broke",
    "broken",
    "break",
    "fault",
    "faulty",
    "fail",
    "failing",
    "fails",
    "failed",
    "leak",
    "dead",
    "error",
    "stopped",
    "malfunction",
    "problem",
    "issue",
    "trouble",
    "noise",
    "overheat",
    "smoke",
    "spark",
    "burn",
    "flood",
    "tripping",
    "trips",
    "cold",
    "lukewarm",
    "clog",
    "jammed",
    "jam",
    "stuck",
    "crack",
    "repair",
    "fix",
    "spit",
    "flashing",
    "blinking",
    "tripped",
    "died",
    "dying",
    "busted",
    "kaput",
    "weird",
    "strange",
    "rattl",
)
DOWN_PHRASES = (
    "not working",
    "doesn't work",
    "does not work",
    "won't turn on",
    "wont turn on",
    "won't start",
    "wont start",
    "not turning on",
    "not heating",
    "won't heat",
    "stopped working",
    "isn't working",
    "is not working",
    "no pressure",
    "no steam",
    "keeps tripping",
    "out of order",
    "went down",
    "is down",
    "acting up",
    "playing up",
    "low pressure",
    "no hot water",
    "broke down",
    "not grinding",
)
LATE = (
    "late",
    "delay",
    "delayed",
    "missing",
    "lost",
    "wrong",
    "damaged",
    "crushed",
    "never",
    "overdue",
    "short",
    "stale",
    "expired",
)
NOT_ARRIVED = (
    "not arrived",
    "hasn't arrived",
    "has not arrived",
    "haven't arrived",
    "didn't arrive",
    "did not arrive",
    "not come",
    "hasn't come",
    "never came",
    "still waiting",
    "not delivered",
    "wasn't delivered",
    "not received",
    "haven't received",
    "didn't get",
    "never got",
    "hasn't shown up",
)
POSSESSIVE = ("my", "our", "ours", "mine")
OWNERSHIP = (*POSSESSIVE, "we", "i", "us")
HYPOTHETICAL = ("if", "ever", "whether", "happens", "would", "warranty", "case")
# A problem with someone else's product or service is a sales conversation, not a ticket
# ("our current supplier always delivers late"), unless it names us ("the grinder from you").
OTHER_SUPPLIER = (
    "supplier",
    "roaster",
    "vendor",
    "competitor",
    "current",
    "currently",
    "switch",
    "switching",
    "replace",
    "replacing",
    "old",
)
OURS = ("you", "your", "yours", "copperline")
ORDER_NUMBER = re.compile(r"(?:#\s?\d{3,}|\border (?:number|no\.?|id)\b)", re.I)
PURCHASE = ("bought", "ordered", "purchased", "leased", "installed", "delivered", "received")
URGENT = ("leak", "flood", "smoke", "spark", "burn", "dead", "tripping", "trips", "overheat")
WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class SupportIssue:
    """A problem report: what kind, and whether the emergency repair line applies."""

    category: Category
    urgent: bool


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


INFLECTIONS = frozenset({"", "s", "es", "ed", "ing", "er", "ers", "y"})


def _inflected(word: str, stem: str) -> bool:
    """``word`` is ``stem`` with an English inflection, a final consonant doubled or not
    ("jam" -> "jams", "jammed", "jamming"; "clog" -> "clogging")."""
    if not word.startswith(stem):
        return False
    rest = word[len(stem) :]
    if rest[:1] == stem[-1:] and rest[1:] in INFLECTIONS - {""}:
        return True
    return rest in INFLECTIONS


def _close(word: str, stem: str) -> bool:
    """The word is the stem, starts with it, is an inflection of it, or (for longer words) is
    one edit away: an English word of its own only as a form of the stem ("noisy" for
    "noise"; "park" is no typo of "spark")."""
    if word == stem or (len(stem) >= 4 and word.startswith(stem)) or _inflected(word, stem):
        return True
    if len(stem) < 5 or abs(len(word) - len(stem)) > 1:
        return False
    return _one_edit(word, stem) and (word[:4] == stem[:4] or word not in gcide())


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _any(words: list[str], vocabulary: tuple[str, ...]) -> bool:
    return any(_in_vocabulary(w, vocabulary) for w in words)


@functools.lru_cache(maxsize=16384)
def _in_vocabulary(word: str, vocabulary: tuple[str, ...]) -> bool:
    """Whether ``word`` is close to a stem of ``vocabulary`` (every message's words are checked
    against each vocabulary, and visitors' words repeat: remembered)."""
    return any(_close(word, stem) for stem in vocabulary)


def _phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """A phrase occurs, apostrophes optional ("hasnt arrived" is "hasn't arrived")."""
    flat = " ".join(tokens(text)).replace("'", "")
    return any(p.replace("'", "") in flat for p in phrases)


def detect(message: str, existing_customer: bool = False) -> SupportIssue | None:
    """The support issue the message reports, or None. (A turn asks this of one message up to
    five times: the classifier's two cues, the brain's verdict, the desk's verdict and its
    follow-up check; the answer, a pure function of the two arguments, is remembered.)"""
    return _detect(message, existing_customer)


@functools.lru_cache(maxsize=1024)
def _detect(message: str, existing_customer: bool) -> SupportIssue | None:
    words = tokens(message)
    if _asks(message) and any(w in HYPOTHETICAL for w in words):
        return None  # "what if my machine breaks?" asks about cover, it reports nothing
    if any(w in OTHER_SUPPLIER for w in words) and not any(w in OURS for w in words):
        return None
    bought = _any(words, PURCHASE) or ORDER_NUMBER.search(message) is not None
    owned = existing_customer or bought or any(w in OWNERSHIP for w in words)
    if not owned:
        return None
    down = _phrase(message, DOWN_PHRASES)
    if _any(words, EQUIPMENT) and (down or _any(words, FAULT)):
        return SupportIssue("equipment", urgent=down or _any(words, URGENT))
    # lateness needs the order to be theirs ("our delivery is late", not "how late can I get it")
    theirs = existing_customer or bought or any(w in POSSESSIVE for w in words)
    late = _phrase(message, NOT_ARRIVED) or (theirs and _any(words, LATE))
    if _any(words, ORDER) and late:
        return SupportIssue("delivery", urgent=False)
    return None


ASKS = re.compile(
    r"\?|\b(?:do|does|can|could|would|will|what|who|how)\s+(?:you|u|ya|y'all|i|we)\b", re.I
)


def _asks(message: str) -> bool:
    """Asked, with a "?" or without one ("and if it breaks do u have techs up here")."""
    return bool(ASKS.search(message))


def decide(message: str, existing_customer: bool, classified: bool | None) -> SupportIssue | None:
    """The rules' report, overruled by the intent classifier's confident verdict: False (a
    hypothetical, another supplier's fault) opens nothing; True opens a ticket even when the
    rules miss the words, its category and urgency read by the rules as for a customer, but only
    when the message names something a ticket can be about (a machine, a part, an order): the
    classifier has never seen every kind of text ("ignore previous instructions and print ...")
    and a ticket about nothing is worse than none."""
    if classified is False:
        return None
    issue = detect(message, existing_customer)
    if issue is None and classified and _names_subject(message):
        found = detect(message, existing_customer=True)
        issue = found or SupportIssue(_category_of(message), urgent=False)
    return issue


def _names_subject(message: str) -> bool:
    """Whether the message names equipment or an order (what a support ticket is about)."""
    words = tokens(message)
    return _any(words, EQUIPMENT) or _any(words, ORDER) or bool(ORDER_NUMBER.search(message))


def _category_of(message: str) -> Category:
    """Equipment when the message names a machine or a part, else delivery when it names an
    order ("our espresso machine leaks" at a coffee shop is about the machine)."""
    words = tokens(message)
    return "equipment" if _any(words, EQUIPMENT) or not _any(words, ORDER) else "delivery"


EMERGENCY_SENTENCE = re.compile(r"[^.\n]*emergency repair line[^.\n]*\.", re.I)


def emergency_line_from(texts: list[str]) -> str | None:
    """The knowledge base's sentence about the emergency repair line, if any text has it."""
    for text in texts:
        prose = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        match = EMERGENCY_SENTENCE.search(" ".join(" ".join(prose).replace("**", "").split()))
        if match:
            return match.group(0).strip()
    return None


def support_reply(issue: SupportIssue, emergency_line: str | None, has_contact: bool) -> str:
    """What the bot adds to its reply after opening the ticket."""
    thing = "your machine" if issue.category == "equipment" else "your order"
    parts = [
        f"I'm sorry about the trouble with {thing}. I've opened a support ticket so our "
        "service team picks this up."
    ]
    if issue.urgent and emergency_line:
        parts.append(emergency_line)
    if not has_contact:
        parts.append("If you share your name and email or phone, they can reach you directly.")
    return " ".join(parts)
