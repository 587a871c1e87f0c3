"""A yes/no question whose stated condition the rule excludes is answered "no" first.

"opened a bag ... can we send it back?" against "Unopened coffee can be returned within 14
days": the visitor's own word ("opened", "used") is the rule's condition with a negating
prefix ("unopened", "unused"), so the item does not meet it and the answer must say so before
quoting the rule, never open with the rule's "Yes, within limits". Pure: text in, text out.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.rag.passages import sentences_of
from shared.understanding.lexicon import (
    DEAD_DEGREES,
    STATE_OPPOSITES,
    STATE_PARTICLES,
    STATE_VERBS,
)

#: A question asking whether something may be done: an auxiliary before its subject.
_YES_NO = re.compile(r"\b(?:can|could|may|do|does|is|are|will|would)\s+(?:we|i|you|u|it|they)\b")
_NEGATING = ("un", "non")  # "unopened", "unused", "nonrefundable"
MIN_WORD = 4  # a condition word this long at least ("used", "open"), so prefixes do not match
_YES_LEAD = re.compile(r"^yes\b", re.I)
#: Words that negate the visitor's word just after them ("never opened", "hasn't been used").
_NOT_TEXT = "never not no t nt hasnt havent hadnt didnt isnt wasnt werent"
NEGATIONS = frozenset(_NOT_TEXT.split())
NOT_REACH = 3  # how many words before the visitor's word a negation reaches


def opposite_state(question: str, sentence: str) -> str | None:
    """The visitor's word for the opposite of a state ``sentence`` makes its condition
    ("broken" against "Trade in a working espresso machine"; "not working" for "doesn't
    work", "stopped working", "won't turn on"), or None when the question states none."""
    said = normalise(question).split()
    for state in set(normalise(sentence).split()) & STATE_OPPOSITES.keys():
        found = next(
            (w for n, w in enumerate(said) if w in STATE_OPPOSITES[state] and not _degree(said, n)),
            None,
        )
        if found is not None:
            return found
        verbs = STATE_VERBS.get(state, frozenset())
        for n, word in enumerate(said):
            before = said[max(0, n - NOT_REACH) : n]
            particle = set(said[n + 1 : n + 2]) & STATE_PARTICLES  # "doesn't work out"
            if word in verbs and _STATE_NOT.intersection(before) and not particle:
                return f"not {state}"
        if verbs and _WONT_START.search(" ".join(said)):
            return f"not {state}"
    return None


def _degree(said: list[str], n: int) -> bool:
    """Whether ``said[n]`` is "dead" as a degree ("dead hard water"), not a state."""
    return said[n] == "dead" and set(said[n + 1 : n + 2]) <= DEAD_DEGREES and n + 1 < len(said)


#: Words before a state's verb that deny it ("doesnt work", "stopped working").
_STATE_NOT = NEGATIONS | {"doesnt", "dont", "wont", "aint", "stopped", "quit", "longer"}
#: A machine that does not start: not working ("won't turn on", "doesnt power up").
_WONT_START = re.compile(
    r"\b(?:won t|wont|will not|doesn t|doesnt|does not|can t|cant)\s+(?:even\s+|ever\s+)?"
    r"(?:turn|switch|power|start)"
)


_SUBJECTS = frozenset({"we", "i", "they", "you"})


def unmet_condition(question: str, sentence: str) -> str | None:
    """The visitor's word that ``sentence``'s condition negates ("opened" for "Unopened coffee
    can be returned"), or None when the question states none of its conditions; a word the
    visitor negates ("never opened", "not used yet") meets the condition instead."""
    said = normalise(question).split()
    asked = [
        w
        for n, w in enumerate(said)
        if len(w) >= MIN_WORD and not NEGATIONS.intersection(said[max(0, n - NOT_REACH) : n])
    ]  # "box never opened" meets "unopened"
    # "we open in the spring": the visitor's own present act, no state of the item
    acts = {w for n, w in enumerate(said) if n and said[n - 1] in _SUBJECTS}
    opposite = opposite_state(question, sentence)
    if opposite is not None:
        return opposite
    for word in normalise(sentence).split():
        for prefix in _NEGATING:
            rest = word[len(prefix) :] if word.startswith(prefix) else ""
            found = next(
                (w for w in asked if rest == w or (rest in (f"{w}ed", f"{w}d") and w not in acts)),
                None,
            )
            if found is not None:
                return found
    return None


#: A question word: an auxiliary after it in the same clause asks which, not whether ("which
#: of your coffees would you pick").
_WH = re.compile(r"\b(?:which|what|whats|where|when|who|whom|whose|why|how)\b")
#: Where a clause ends: a sentence's or a comma's stop, a colon, a dash.
_CLAUSE_END = re.compile(r"[.?!;:,]|\s-\s|\s--\s")


def asks_yes_no(question: str) -> bool:
    """Whether a clause of ``question`` asks yes or no: an auxiliary before its subject ("can
    we", "is it") with no question word before it in the clause ("which ... would you pick"
    asks which one)."""
    for clause in _CLAUSE_END.split(question):
        flat = normalise(clause)
        found = _YES_NO.search(flat)
        if found is not None and not _WH.search(flat[: found.start()]):
            return True
    return False


def said_no(question: str, answer: str) -> str | None:
    """``answer`` opened with "No" when ``question`` asks yes or no and states a condition a
    sentence of the answer excludes: "No, not once it has been used. Equipment can be returned
    within 30 days if it is unused ..." (only the sentences stating such a condition are kept,
    without a leading "Yes"; one that opens with the negated condition follows a colon: "No,
    not once it has been opened: unopened coffee ..."); None when the answer stands as it is."""
    if not asks_yes_no(question):
        return None
    sentences = [s for s in sentences_of(answer) if not _YES_LEAD.match(s)]
    unmet = [(s, w) for s in sentences if (w := unmet_condition(question, s)) is not None]
    if not unmet:
        return None
    kept = " ".join(s for s, _ in unmet)
    if opposite_state(question, unmet[0][0]) is not None:  # "broken" against "working"
        return f"No, not if it is {unmet[0][1]}: {kept[0].lower()}{kept[1:]}"
    if kept.lower().startswith(_NEGATING):  # "Unopened coffee ..." reads on after a colon
        return f"No, not once it has been {unmet[0][1]}: {kept[0].lower()}{kept[1:]}"
    return f"No, not once it has been {unmet[0][1]}. {kept}"
