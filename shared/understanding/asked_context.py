"""What a question is asked about, apart from what the visitor says about themselves around it.

Existing accounts put their situation before the ask: "we're a café in calgary, how long does
an order take to get here", "acct 20417 - how late can I change our standing order". Searched
whole, the situation pulls the answer toward itself (the café words toward the company's
founding paragraph); read apart, the ask is searched alone, from the place the situation names.

Precision first: a message is split only when one of its clauses states the visitor's situation
(their account reference, or what business they are and where, asking nothing and naming no
count) and another asks. A bare place ("we're in denver") is left in the question, where the
answerer reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.understanding.entities.places import place_in
from shared.understanding.questions import is_question

# clause boundaries: a sentence end, a comma, a (semi)colon, a dash between words
_CLAUSE = re.compile(r"(?<=[.!?;,:])\s+|\s+[-–—]+\s+")

# a business saying what and where it is ("we're a café in calgary", "we run a bakery in
# edmonton"); a bare place ("we're in denver") is read by the answerer in the question itself,
# and a person's own description ("im a barista looking for work in portland") is no account
_BUSINESS = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)?(?:(?:we\s*'?\s*re|we\s+are)\s+(?:a|an)"
    r"|we\s+(?:run|own|operate|manage|have)\s+(?:a|an))\s+[\w'-]+",
    re.I,
)
# an account or order reference ("acct 20417", "account #30058", "ref CP-60981")
_REFERENCE = re.compile(
    r"^\W*(?:(?:hi|hey|hello)\W+)?(?:acct|account|customer|ref|reference|order)\s*(?:number|#)?"
    r"\s*[:#]?\s*[A-Z]{0,3}-?\d{3,}\W*$",
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


def _states_situation(clause: str) -> bool:
    """A clause naming the visitor's account, or what business they are and where, asking
    nothing itself. One naming a count or an amount ("we have 4 shops") stays with the ask,
    which counts or prices it."""
    if "?" in clause or is_question(clause):
        return False
    if _REFERENCE.search(clause):
        return True
    business = _BUSINESS.search(clause) is not None
    return business and place_in(clause) is not None and not _DIGIT.search(clause)


def _placed(ask: str, context: str) -> str:
    """The ask, with where the visitor is when the situation says it and the ask does not
    ("how long does an order take to get here", we're in calgary)."""
    where = place_in(context)
    if where is None or place_in(ask) is not None:
        return ask
    joiner = " " if ask.rstrip()[-1:] in "?.!" else ", "
    return f"{ask.rstrip()}{joiner}we're in {where.name}"
