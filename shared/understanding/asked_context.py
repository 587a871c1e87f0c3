"""What a question is asked about, apart from what the visitor says about themselves around it.

Existing accounts put their situation before the ask: "we're a café in calgary, how long does
an order take to get here", "acct 20417 - how late can I change our standing order". Searched
whole, the situation pulls the answer toward itself (the café words toward the company's
founding paragraph); read apart, the ask is searched alone, from the place the situation names.

Precision first: a message is split only when one of its clauses states the visitor's situation
(where they are, or their account reference, asking nothing and naming no count) and another
asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.understanding.entities.places import place_in
from shared.understanding.questions import is_question

# clause boundaries: a sentence end, a comma, a (semi)colon, a dash between words
_CLAUSE = re.compile(r"(?<=[.!?;,:])\s+|\s+[-–—]+\s+")

# a clause stating the visitor's situation: who or where they are ("we're a café in calgary",
# "im in phoenix", "we run 2 shops"), what they have ("our batchpro is 18 months old"), or
# their account or order reference ("acct 20417", "account no. 30058", "ref CP-60981")
_SITUATION = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)?(?:"
    r"(?:we\s*'?\s*re|we\s+are|were|i\s*'?\s*m|im|i\s+am)\s+(?:a|an|in|at|based|located|on|one"
    r"|already|currently|\d+)\b"
    r"|(?:we|i)\s+(?:run|own|have|operate|manage)\s+(?:a|an|our|\d+|two|three|several)\b"
    r"|(?:our|my)\s+(?:[\w'-]+\s+){1,3}(?:is|are|was|has|have|had|keeps?|stopped|broke)\b"
    r"|(?:acct|account|customer|ref|reference|order)\s*(?:no\.?|number|#)?\s*[:#]?\s*"
    r"[A-Z]{0,3}-?\d{3,}\b)",
    re.I,
)


_REFERENCE = re.compile(
    r"\b(?:acct|account|customer|ref|reference|order)\s*(?:number|#)?\s*[:#]?\s*[A-Z]{0,3}-?\d{3,}\b",
    re.I,
)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class AskedApart:
    """A message read as its ask (searched) and the visitor's situation around it."""

    ask: str
    context: str


def asked_apart(message: str) -> AskedApart | None:
    """The ask and the situation of a message that states one beside the other; None when it
    has no clause of each (then the whole message is the question)."""
    clauses = [c.strip() for c in _CLAUSE.split(message.strip()) if c.strip()]
    if len(clauses) < 2:
        return None
    situation = [c for c in clauses if _states_situation(c)]
    asks = [c for c in clauses if c not in situation]
    if not situation or not asks or not is_question(" ".join(asks)):
        return None
    ask, context = " ".join(asks), " ".join(situation)
    return AskedApart(_placed(ask, context), context)


def _placed(ask: str, context: str) -> str:
    """The ask, asked from where the situation says the visitor is when it names no place
    itself ("how long does an order take to get here" in calgary)."""
    where = place_in(context)
    if where is None or place_in(ask) is not None:
        return ask
    return f"{ask.rstrip(' ?.!')} in {where.name}{'?' if ask.rstrip().endswith('?') else ''}"


def _states_situation(clause: str) -> bool:
    """A clause that tells where the visitor is or which account is theirs, and asks nothing
    itself. One naming a count or an amount ("we have 4 shops", "about 60 lb a month") or an
    item ("we're on foundry") stays with the ask, which counts or prices it."""
    if not _SITUATION.search(clause) or "?" in clause or is_question(clause):
        return False
    reference = _REFERENCE.search(clause)
    if reference is not None:
        return not _DIGIT.search(_REFERENCE.sub(" ", clause))
    return place_in(clause) is not None and not _DIGIT.search(clause)
