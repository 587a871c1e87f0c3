"""A price asked under a purchase the visitor says they will not make is the item's own price.

The knowledge base states some things free under a condition ("When you buy any Lumen espresso
machine, the two-day on-site barista training is included free") and priced otherwise ("The
on-site course costs $850"). "what does the training cost if we don't buy one of your
machines?", "how much is the training without buying a machine?" and "what's training on its
own?" negate that condition: the paid case is asked. The negated condition is taken out of a
price question so the item's own price is what gets answered, not the free offer nor the
price of the machine it names. A question that asks no price ("if we don't buy a machine, can
we still get training?") keeps its words: whether the offer holds is what it asks. Pure.
"""

from __future__ import annotations

import re

from shared.understanding.asked import asks_price

_BUY = r"(?:buy|buying|order|ordering|purchase|purchasing|get|getting|take|taking)"
_NOT = r"(?:don t|dont|do not|didn t|didnt|won t|wont|will not|aren t|arent|are not|re not|not)"
#: The words a clause's object runs over, up to the next clause or ask ("one of your machines").
_OBJECT = r"(?:(?!\b(?:how|what|whats|is|are|do|does|can|will|would|and|but)\b)[a-z0-9-]+\s*){1,6}"
#: "if we don't buy one of your machines", "if I'm not buying a Lumen", "when we do not order".
_IF_NOT_BOUGHT = re.compile(
    r",?\s*\b(?:if|when|in case)\s+(?:i|we|you|they)\s*(?:m|re|\s)?\s*"
    + _NOT
    + r"\s+(?:going to\s+)?"
    + _BUY
    + r"\b\s*"
    + _OBJECT
)
#: "without buying a machine", "without a machine", "without one of your espresso machines".
_WITHOUT = re.compile(
    r",?\s*\bwithout\s+(?:" + _BUY + r"\s+" + _OBJECT + r"|(?:a|an|any|the|one of (?:your|the))\s+"
    r"(?:[a-z0-9-]+\s+){0,2}?(?:machines?|purchase|one)\b)"
)
#: "on its own", "by itself", "separately", "stand-alone": the item apart from any purchase.
_ALONE = re.compile(
    r",?\s*\b(?:on (?:its|their) own|by (?:itself|themselves)|separately|stand\s?-?\s?alone"
    r"|as a (?:stand\s?-?\s?alone|separate) (?:purchase|item|thing))\b"
)


def without_unbought(question: str) -> str:
    """``question`` without the purchase it negates ("if we don't buy one of your machines",
    "without a machine", "on its own") when it asks a price; else unchanged."""
    if not asks_price(question):
        return question
    flat = question.lower().replace("'", " ").replace("\u2019", " ")
    for pattern in (_IF_NOT_BOUGHT, _WITHOUT, _ALONE):
        found = pattern.search(flat)
        if found is not None:
            kept = f"{question[: found.start()]}{question[found.end() :]}"
            return without_unbought(re.sub(r"\s+([?.!,])", r"\1", kept).strip(" ,"))
    return question
