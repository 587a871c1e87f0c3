"""Is a visitor an existing customer reporting a problem? (pure, no I/O)

The message is tokenised and each token matched against small vocabularies
(:mod:`shared.understanding.support_words`) by stem and, for longer words, with one typo
allowed ("grindr", "delivry": :func:`shared.understanding.typos.mistyped`, the one typo
matcher), so a class of phrasings matches rather than listed sentences. A
report needs a *thing* (equipment, or an order/delivery) and a *problem* with it (a fault, or
lateness/loss/damage), and a sign that it is the visitor's own (a possessive "my/our", a
purchase verb, or a conversation already typed as an existing café). A question about a product
("does the Lumen ever break?") has no ownership sign and is left to the sales flow. Whether the
message is a report at all is finally the intent classifier's call when it is confident
(:func:`shared.crm.support.decide`); these rules then say what kind of report it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from shared.understanding.entities.orders import SHORT_PART_RE
from shared.understanding.questions import asks_on_condition
from shared.understanding.sentences import clauses, sentences
from shared.understanding.support_words import (
    BILLING_PHRASES,
    DEGRADED_PHRASES,
    DOWN_PHRASES,
    EQUIPMENT,
    FAULT,
    HYPOTHETICAL,
    LATE,
    NEGATIONS,
    NOT_ARRIVED,
    NOT_ARRIVED_EXPECTED,
    NOT_FAULT_PHRASES,
    ORDER,
    OTHER_SUPPLIER,
    OURS,
    OWNERSHIP,
    POSSESSIVE,
    PURCHASE,
    TROUBLE,
    URGENT,
)
from shared.understanding.typos import mistyped
from shared.wordlists import gcide

Category = Literal["equipment", "delivery", "billing"]

ORDER_NUMBER = re.compile(r"(?:#\s?\d{3,}|\border (?:number|no\.?|id)\b)", re.I)
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
    one edit away with the same first letter: an English word of its own only as a form of
    the stem ("noisy" for "noise"; "park" is no typo of "spark", "Boise" none of "noise")."""
    if word == stem or (len(stem) >= 4 and word.startswith(stem)) or _inflected(word, stem):
        return True
    if len(stem) < 5 or abs(len(word) - len(stem)) > 1:
        return False
    # a typo keeps the first letter (the one matcher's rule): "boise" is no "noise"
    typo = mistyped(word, (stem,)) is not None
    return typo and (word[:4] == stem[:4] or word not in gcide())


def _any(words: list[str], vocabulary: tuple[str, ...]) -> bool:
    return any(_in_vocabulary(w, vocabulary) for w in words)


@functools.lru_cache(maxsize=16384)
def _in_vocabulary(word: str, vocabulary: tuple[str, ...]) -> bool:
    """Whether ``word`` is close to a stem of ``vocabulary`` (every message's words are checked
    against each vocabulary, and visitors' words repeat: remembered). Only the stems that
    :func:`_close` can accept are tried (:func:`_stems`)."""
    index = _stems(vocabulary)
    if index is None:
        return any(_close(word, stem) for stem in vocabulary)
    by_initial, by_length = index
    size = len(word)
    candidates = (
        by_initial.get(word[:1], ()),
        by_length.get(size - 1, ()),
        by_length.get(size, ()),
        by_length.get(size + 1, ()),
    )
    return any(_close(word, stem) for stems in candidates for stem in stems)


StemIndex = tuple[dict[str, tuple[str, ...]], dict[int, tuple[str, ...]]]


@functools.lru_cache(maxsize=64)
def _stems(vocabulary: tuple[str, ...]) -> StemIndex | None:
    """``vocabulary``'s stems by first letter and, for the stems long enough to allow a typo
    (five letters and more), by length: a word is only close to a stem it starts like (equal,
    prefix, inflection) or one edit away from (a length within one). None for a vocabulary
    with an empty stem (it prefixes every word: all its stems are tried)."""
    if "" in vocabulary:
        return None
    by_initial: dict[str, list[str]] = {}
    by_length: dict[int, list[str]] = {}
    for stem in vocabulary:
        by_initial.setdefault(stem[0], []).append(stem)
        if len(stem) >= 5:
            by_length.setdefault(len(stem), []).append(stem)
    return (
        {key: tuple(stems) for key, stems in by_initial.items()},
        {key: tuple(stems) for key, stems in by_length.items()},
    )


NEGATION = frozenset({"never", "not", "no", "nothing", "isn't", "wasn't", "weren't", "aren't"})


def _stated(words: list[str], vocabulary: tuple[str, ...]) -> bool:
    """A word of ``vocabulary`` not negated by the word before it ("were never late paying",
    "nothing damaged" state no problem)."""
    return any(
        _in_vocabulary(w, vocabulary) and (i == 0 or words[i - 1] not in NEGATION)
        for i, w in enumerate(words)
    )


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
        # "what if my machine breaks?" asks about cover, it reports nothing; a fault told in a
        # sentence or clause of its own before the question is reported ("steam wand pressure is
        # dropping. warranty still good?", "our machine is leaking, curious if you can send
        # someone"); a clause is the unit, so a fault told before a comma counts too
        told = [c for s in sentences(message) for c in clauses(s) if not _supposes(c)]
        return _detect(" ".join(told), existing_customer) if told else None
    if any(w in OTHER_SUPPLIER for w in words) and not any(w in OURS for w in words):
        return None
    bought = _any(words, PURCHASE) or ORDER_NUMBER.search(message) is not None
    owned = existing_customer or bought or any(w in OWNERSHIP for w in words)
    if not owned:
        return None
    down = _phrase(message, DOWN_PHRASES)
    faulty = _phrase(message, DEGRADED_PHRASES) or _any(_fault_words(message), FAULT)
    if _any(words, EQUIPMENT) and (down or faulty):
        return SupportIssue("equipment", urgent=down or _any(words, URGENT))
    # lateness needs the order to be theirs ("our delivery is late", not "how late can I get it")
    theirs = existing_customer or bought or any(w in POSSESSIVE for w in words)
    deadline_free = tokens(DEADLINE_ASK.sub(" ", message))  # "how late can we change it"
    late = _phrase(message, NOT_ARRIVED) or (theirs and _stated(deadline_free, LATE))
    late = late or _EXPECTED.search(message) is not None
    late = late or SHORT_PART_RE.search(message) is not None
    if _any(words, ORDER) and late:
        return SupportIssue("delivery", urgent=False)
    if _phrase(message, BILLING_PHRASES):  # "we were charged twice", "you overcharged us"
        return SupportIssue("billing", urgent=False)
    return None


_EXPECTED = re.compile(NOT_ARRIVED_EXPECTED, re.I)
# a deadline asked, no lateness told: "how late can I change our standing order", "what's the
# latest we can add to the order", "no later than thursday?"
DEADLINE_ASK = re.compile(
    r"\bhow\s+late\b|\b(?:the\s+)?latest\s+(?:time\s+|day\s+|date\s+)?(?:i|we|you)\s+can\b"
    r"|\bno\s+later\s+than\b|\bhow\s+(?:far\s+ahead|close\s+to)\b",
    re.I,
)


_NOT_FAULT = re.compile("|".join(re.escape(p) for p in NOT_FAULT_PHRASES), re.I)


def _fault_words(message: str) -> list[str]:
    """The words that may tell a fault: not those of a drink's name ("cold brew"), nor a fault
    denied ("nothing is broken rn", "it isn't faulty")."""
    return tokens(_NOT_FAULT.sub(" ", FAULT_DENIED.sub(" ", message)))


#: a fault said not to be there: "nothing is broken rn", "nothing's wrong", "it isn't faulty"
FAULT_DENIED = re.compile(
    r"\b(?:nothing(?:'s|’s|\s+is|\s+has\s+been)?|(?:is|are|was|were)(?:n'?t|n’t|\s+not)|not)"
    r"\s+(?:yet\s+|actually\s+|really\s+)?(?:broken|broke|faulty|wrong|leaking|dead)\b",
    re.I,
)


ASKS = re.compile(
    r"\?|\b(?:do|does|can|could|would|will|what|who|how)\s+(?:you|u|ya|y'all|i|we)\b"
    r"|\bwhat\s+(?:happens|would\s+happen|if)\b"  # "what happens if my machine dies"
    # a question told as curiosity: "just curious how repairs work if it ever breaks"
    r"|\b(?:curious|wondering|wondered)\b|\b(?:want|like)\s+to\s+know\b",
    re.I,
)


def _supposes(sentence: str) -> bool:
    """The sentence asks or supposes ("is it under warranty?", "if it ever breaks")."""
    return _asks(sentence) or any(w in HYPOTHETICAL for w in tokens(sentence))


def _asks(message: str) -> bool:
    """Asked, with a "?" or without one ("and if it breaks do u have techs up here", "if it
    breaks on a saturday, till what time is the line open")."""
    return bool(ASKS.search(message)) or asks_on_condition(message)


# a clean record told, no problem reported: "never missed a payment", "never had an issue with
# the grinder", "no complaints about the beans"
CLEAN_RECORD_RE = re.compile(
    r"\b(?:never|not\s+once)\s+(?:missed|skipped|bounced|(?:been|was|were)\s+late|late"
    r"|had\s+(?:a|an|any|one)\s+(?:problem|issue|complaint))"
    r"|\bno\s+(?:problems?|issues?|complaints?)\b",
    re.I,
)


def clean_record(message: str) -> bool:
    """The message tells a clean record ("we've been ordering since june, never missed a
    payment"), which the classifier alone must not read as a report."""
    return bool(CLEAN_RECORD_RE.search(message))


def tells_trouble(message: str) -> bool:
    """Whether the message tells any trouble at all: a fault, lateness or loss, a word of
    trouble in general, a negation ("it hasnt come", "no portafilter") or a phrase of the
    desk's. A statement of an order ("the order was 20 lb riverbend", "our standing order is
    40 lb a fortnight") tells none, whatever the classifier reads into it (asked of messages
    about an order: a machine's fault is told in too many words for a list)."""
    words = tokens(message)
    if any(w.replace("'", "") in NEGATIONS or w.endswith("n't") for w in words):
        return True
    if _any(_fault_words(message), FAULT + LATE + TROUBLE):
        return True
    phrases = DOWN_PHRASES + NOT_ARRIVED + BILLING_PHRASES
    return _phrase(message, phrases) or _EXPECTED.search(message) is not None


def names_subject(message: str) -> bool:
    """Whether the message names equipment or an order (what a support ticket is about)."""
    words = tokens(message)
    return _any(words, EQUIPMENT) or _any(words, ORDER) or bool(ORDER_NUMBER.search(message))


def category_of(message: str) -> Category:
    """Equipment when the message names a machine or a part, else delivery when it names an
    order ("our espresso machine leaks" at a coffee shop is about the machine)."""
    words = tokens(message)
    return "equipment" if _any(words, EQUIPMENT) or not _any(words, ORDER) else "delivery"
