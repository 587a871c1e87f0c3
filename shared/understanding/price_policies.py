"""A policy asked about a price: "do you price-match?", "will you beat a competitor's quote?".

A price word in such a question is the policy's object, not an ask for the item's price: "do
you price-match if I find the Lumen cheaper somewhere else?" asks whether the company matches a
lower price, and the Lumen's own price does not answer it (said alone, it implies an answer the
knowledge base never gives). The reader returns the policy's word ("match", "beat"), so the
answerer can abstain when the knowledge base never uses it. Pure: text in, a word out.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise

#: Verbs of a policy on a price: matching, beating, undercutting or honouring another's.
_VERBS = (
    r"(?:match|matches|matched|matching|beat|beats|beating|undercut|undercuts|undercutting"
    r"|honou?r|honou?rs|honou?ring)"
)
#: "price-match", "price matching", "a price beat": the verb compounded with "price".
_COMPOUND = re.compile(r"\bprices? (" + _VERBS + r")\b")
#: What such a verb acts on: another's price, a lower price, a cheaper find, a competitor.
_PRICED = re.compile(
    r"\b(?:prices?|pricing|quotes?|cheaper|lower|competitors?|competition|elsewhere"
    r"|somewhere else|anywhere else|online deal|better deal)\b"
)
#: The company as the verb's subject: "will you match", "can you guys beat", "does copperline".
_VERB = re.compile(r"\b(?:you|u|ya|copperline)(?: [a-z]+){0,2}? (" + _VERBS + r")\b")


def price_policy(text: str) -> str | None:
    """The word of the policy on a price ``text`` asks about ("match" of "do you price-match",
    "beat" of "would you beat a lower quote for the Pico"), or None when it asks none."""
    flat = normalise(text)
    found = _COMPOUND.search(flat)
    if found is not None:
        return found.group(1)
    verb = _VERB.search(flat)
    return verb.group(1) if verb is not None and _PRICED.search(flat) else None
