"""Whether a reported problem is a support ticket: a current fault or order problem on equipment
or orders that are the visitor's own and that we can act on.

The support desk's rules find a *thing* and a *problem* with it; this veto adds who is speaking.
A business still being started has no fault of ours to report ("opening a little coffee bar in
my gym, what machine do I need"), and a prospect's order problem is another supplier's ("the
beans we get arrive stale"): both are pain points for sales, not tickets, unless the message
names us ("your delivery", "the grinder we bought from you", an order number, a delivery
of a machine or coffee of our catalog) or the visitor is known to buy from us. A place name
is never a misspelt fault word ("boise" is no "noise"). Pure: text and readings in, a verdict out.
"""

from __future__ import annotations

import re

from shared.understanding.entities.gazetteer import COFFEE_KINDS, EQUIPMENT_KINDS, names_any
from shared.understanding.entities.places import place_words
from shared.understanding.sentences import sentences
from shared.understanding.support_issues import SupportIssue, detect

NAMES_US = re.compile(
    r"\b(?:your|yours|ur|copperline|from\s+(?:you|u)|you\s+(?:guys\s+)?(?:sold|sent|shipped"
    r"|delivered|installed|supplied))\b|#\s?\d{3,}|\border\s+(?:number|no\.?|id)\b",
    re.I,
)


# another supplier's goods complained of: "their beans sit in a warehouse", "our current
# roaster's coffee"
OTHER_SUPPLIERS_GOODS = re.compile(
    r"\b(?:their|(?:our|the|my)\s+(?:current\s+|old\s+|usual\s+)?(?:roaster|supplier|vendor)(?:'?s)?)"
    r"\s+(?:beans|coffee|blends?|roasts?|deliver(?:y|ies)|bags|stuff|espresso)\b",
    re.I,
)


def _names_us(message: str) -> bool:
    """The message names us or an order of ours; "yours" only asked of, beside a complaint about
    another supplier's goods ("their beans sit in a warehouse. how fresh is yours?"), compares
    rather than reports."""
    if OTHER_SUPPLIERS_GOODS.search(message):
        told = [s for s in sentences(message, lines=True) if not s.rstrip().endswith("?")]
        return any(NAMES_US.search(s) for s in told)
    return NAMES_US.search(message) is not None


def without_places(message: str) -> str:
    """The message with the words of the places it names blanked out."""
    names = place_words(message)
    if not names:
        return message
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    return re.sub(pattern + r")\b", " ", message, flags=re.I)


def not_a_ticket(
    message: str, existing: bool, ours: bool, starting: bool, classified: bool | None
) -> bool:
    """True when the message must open no ticket. ``existing``: the visitor runs a business
    already; ``ours``: they are known to buy from us; ``starting``: they are starting one;
    ``classified``: the intent classifier's support verdict (None: undecided)."""
    if ours or _names_us(message):
        return False
    if starting:
        return True
    masked = without_places(message)
    issue: SupportIssue | None = detect(masked, existing) or (
        detect(masked, existing_customer=True) if classified else None
    )
    if issue is None:
        # nothing reported once places are blanked ("boise" is no "noise"): only the
        # classifier may still see a report
        return classified is not True
    # a delivery of our own catalog's machine or coffee gone wrong is ours ("Lumen 2 group
    # arrived yesterday ... only one portafilter in the box"), and so is one the classifier
    # reads as a report to us ("our order was supposed to arrive Tuesday"); any other, another
    # supplier's ("the beans we get arrive stale")
    return (
        issue.category == "delivery"
        and not names_any(message, OUR_GOODS)
        and classified is not True
    )


OUR_GOODS = (*EQUIPMENT_KINDS, *COFFEE_KINDS)
