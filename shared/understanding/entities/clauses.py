"""Free-text values as the visitor's clause that carries the meaning.

A soft field (pains, support needs, coffee wanted) holds the clauses of the message that carry
a cue, cleaned so they read on their own in the console:

- answer words and fillers that open a clause are not part of the value ("yes sign us up for
  pro" -> "sign us up for pro", "honestly their deliveries ..." -> "their deliveries ...");
- a clause with no subject of its own keeps the clause before it ("their deliveries have been
  all over the place, 2 of the last 4 came late": "2 of the last 4 came late" alone says
  nothing about deliveries);
- a clause that joins a remark to the need with "and" keeps only the part from the need on
  ("hi we have 1 cafe in spokane valley and our grinder is a dinosaur" -> "our grinder is a
  dinosaur"), unless the remark carries a cue too;
- what the visitor does not know or does not want is left out ("no clue about equipment",
  "I don't want a maintenance plan").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.understanding.lexicon import number_words
from shared.understanding.text import clauses, plain, shorten

# A clause that says the visitor does not know yet is not a value ("no clue about equipment").
NON_ANSWER = re.compile(
    r"\b(?:no\s+(?:idea|clue)|not\s+sure|don'?t\s+know|dunno|idk|haven'?t\s+(?:decided|thought)"
    r"|no\s+complaints|nothing\s+(?:really|much))\b",
    re.I,
)
# A vague amount, time or "it depends" is no value ("a few sites", "soonish", "depends"): the
# field stays empty rather than hold words that say nothing.
VAGUE_RE = re.compile(
    r"^\W*(?:(?:um+|uh+|hmm+|well|so|oh|honestly|idk|lol)\W+)*(?:"
    r"(?:a\s+few|a\s+couple(?:\s+of)?|several|some|a\s+bunch(?:\s+of)?|a\s+handful(?:\s+of)?"
    r"|many|lots?(?:\s+of)?|not\s+many)(?:\s+(?:sites?|locations?|shops?|stores?|places?|cafes?"
    r"|offices?|branches?|people|cups?|drinks?|customers?|employees|staff))?"
    r"|soon(?:ish)?|sometime|eventually|at\s+some\s+point|(?:it\s+)?depends|(?:it\s+)?varies"
    r"|hard\s+to\s+say|not\s+sure(?:\s+yet)?|tbd|unsure"
    r")(?:\W+(?:honestly|really|tbh|lol|yet|i\s+guess|probably))*\W*$",
    re.I,
)
# What the visitor does not want is not a need ("I don't want a maintenance plan").
UNWANTED_RE = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t|never|not)\s+(?:\w+\s+)?(?:want|need|interested|care)\b"
    r"|\bno\s+(?:need|interest)\b",
    re.I,
)
# Answer words and fillers that open a clause ("yes", "ok so", "honestly", "hi").
_OPENERS = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|yea|ok|okay|k|sure|alright|right|well|so|um+|uh+|hmm+|oh|ah"
    r"|hi|hey|hello|honestly|basically|also|and|but|plus|then|anyway|anyways|lol|urgent"
    r"|please|pls|plz)\b[\s,!:-]*)+",
    re.I,
)
# A clause opening with a count, a share or a pronoun has no subject of its own ("2 of the
# last 4 came late", "half of them", "they keep breaking", "it leaks").
_SUBJECTLESS = re.compile(
    rf"^(?:\d+|{number_words(1, 5)}|half|most|some|all|both|none|each|every|it|its|it's"
    r"|they|them|those|these|which|that|this"
    # a verb opening the clause: its subject is the clause before ("the machine works still
    # but is too small")
    r"|is|are|was|were)\b",
    re.I,
)
# "and" followed by a new subject starts a second clause ("... and our grinder is ...").
_AND_SUBJECT = re.compile(r"\s+and\s+(?=(?:our|my|the|their|its|it|we|they|i)\b)", re.I)

Cue = Callable[[str], bool]


# Joiners left dangling at the end of a cut clause ("... asking for lattes and").
_DANGLING = re.compile(r"(?:[\s,]+(?:and|or|but|so|the|a|an|with|for|from|to|of))+\s*$", re.I)


def tidy(clause: str) -> str:
    """The clause without the dashes, answer words and fillers that open it or the joiners that
    end it ("— please send the kit and" -> "send the kit")."""
    kept = _DANGLING.sub("", _OPENERS.sub("", clause.strip().lstrip("—–-:;, "))).strip()
    return kept or clause.strip()


# a condition told as the cause of the harm after it: hard water, the scale it leaves
_CAUSE = re.compile(
    r"\bhard\s+water\b|\bwater\s+(?:here\s+)?(?:is|'s)\s+(?:[\w-]+\s+)?hard\b|\blimescale\b",
    re.I,
)


def from_the_need(clause: str, cued: Cue) -> str:
    """The clause from its first "and <subject>" part that carries a cue, when the parts before
    carry none ("we have 1 cafe and our grinder is a dinosaur" -> "our grinder is a
    dinosaur"), and with the part just before when it tells the harm's cause (hard water)."""
    parts = _AND_SUBJECT.split(clause)
    first = next((i for i, part in enumerate(parts) if cued(part)), 0)
    if first and _CAUSE.search(parts[first - 1]):
        first -= 1  # "our water is brutally hard and we've replaced two boiler elements": why
    return " and ".join(parts[first:])


def _without_unknowns(clause: str) -> str:
    """The clause without its "and <subject>" parts that say the visitor does not know ("we like
    chocolatey coffee and we have no idea what equipment we need" -> "we like chocolatey
    coffee"); a clause that is all unknowns stays whole (and is no value)."""
    parts = _AND_SUBJECT.split(clause)
    known = [p for p in parts if not NON_ANSWER.search(p)]
    return " and ".join(known) if known and len(known) < len(parts) else clause


def with_subjects(parts: list[str], keep: list[bool]) -> list[bool]:
    """Also keep the clause before a kept clause that has no subject of its own."""
    kept = list(keep)
    for i in range(1, len(parts)):
        if keep[i] and _SUBJECTLESS.match(parts[i]):
            kept[i - 1] = True
    return kept


def cue_span(clause: str, pattern: re.Pattern[str], margin: int = 2) -> str:
    """A clause of more than 10 words cut to its cues, ``margin`` words before and one after."""
    words_ = clause.split()
    if len(words_) <= 10:
        return clause
    hits = [i for i, w in enumerate(words_) if pattern.search(w)]
    hits += [len(clause[: m.start()].split()) for m in pattern.finditer(clause)]
    first, last = max(min(hits) - margin, 0), min(max(hits) + 1, len(words_) - 1)
    return " ".join(words_[first : last + 1])


def matching_clauses(
    text: str,
    pattern: re.Pattern[str],
    cued: Cue | None = None,
    *,
    wanted: bool = False,
    trim: bool = False,
    subjects: bool = False,
) -> str | None:
    """The clauses holding a cue (``cued``, by default a match of ``pattern``), tidied and
    joined with ", ". ``wanted`` leaves out what the visitor does not want, ``trim`` keeps a
    long clause's span of cues ("opening a cold brew + espresso kiosk in a food hall in 6
    weeks" -> "a cold brew + espresso kiosk"), ``subjects`` keeps the clause a subjectless
    one depends on."""
    test = cued or (lambda c: bool(pattern.search(c)))
    parts = [_without_unknowns(c) for c in clauses(text)]
    keep = [
        test(c) and not NON_ANSWER.search(c) and not (wanted and UNWANTED_RE.search(c))
        for c in parts
    ]
    if subjects:
        keep = with_subjects(parts, keep)
    found = [tidy(from_the_need(c, test)) for c, k in zip(parts, keep, strict=True) if k]
    if trim:
        found = [tidy(cue_span(c, pattern)) for c in found]
    return shorten(plain(", ".join(found))) if found else None


_ARTICLE = re.compile(r"^(?:a|an|the|one|1)\s+", re.I)


def unseen_items(old: str, new: str) -> str:
    """The items of ``new`` (comma-separated) not already in ``old``, articles aside, as an
    item or inside one ("Pico, the grinder Atlas 64" then "Pico, Atlas 64" adds nothing)."""

    def key(item: str) -> str:
        return _ARTICLE.sub("", item.strip().lower())

    seen = [f" {key(i)} " for i in re.split(r"[,;]", old)]
    if new.lower() in old.lower():
        return ""
    return ", ".join(i.strip() for i in new.split(",") if not any(f" {key(i)} " in s for s in seen))
