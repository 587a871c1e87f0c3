"""What a question asks of an item: its price, leasing, a total, its warranty, delivery, a
discount, or what is included.

One vocabulary for two readers: the answerer (which figure to quote or compute: a price, the
monthly lease payment, the sum of several items) and the flow rules (a "?" sentence that names
what it asks of an item asks something, where a bare value with a "?" answers: "monthly
payment on a lumen 3 group lease?" asks, "maybe 250 cups a day?" answers). Pure functions over
general English: the words are question vocabulary, not product names.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise

_PRICE_TEXT = """
    price prices priced cost costs much expensive pay charge charges fee fees quote rate
    cheap cheaper cheapest
"""
PRICE_WORDS = frozenset(_PRICE_TEXT.split())
"""Words that ask what something costs ("how much", "what do you charge")."""

# "how much does it hold / weigh / make": a quantity, not a price
_HOW_MUCH_OTHER = re.compile(
    r"\bhow much (?:does|do|will|can|would) (?:the |a |an |your |it |they |this |that )?"
    r"(?:[a-z0-9-]+ ){0,4}?(?!cost|charge|run|set)(?:hold|holds|store|stores|weigh|weighs|make|"
    r"makes|produce|produces|take|takes|add|adds|fit|fits|use|uses|need|needs|save|saves)\b"
)
# Price asked with a phrase rather than a price word ("what does the Atlas 64 go for", "what
# does multi-site run for 5", "what would that set me back").
_PRICE_PHRASE = re.compile(
    r"\bgo(?:es)? for\s*$|\bruns? (?:for \d+|me|us)\b|\bset (?:me|us) back\b"
    r"|^what\S* .{0,30}\bruns?\s*$"
)
LEASE_ASK = re.compile(r"\b(?:leas\w*|financ\w*|monthly payments?|pay monthly|installments?)\b")
"""Leasing asked about, in normalised text ("can I lease it", "monthly payments")."""
TOTAL_ASK = re.compile(r"\b(?:total|together|altogether|in all|combined|plus)\b")
"""A sum of several items asked for, in normalised text ("what's the total", "all together")."""
OTHER_ASK = re.compile(
    r"\b(?:warrant(?:y|ies)|guarantee|ship(?:s|ping)?|deliver(?:y|ies)|lead times?|discounts?"
    r"|included|include)\b"
)
"""Attributes the answerer quotes from the knowledge base's sentences, in normalised text."""
# A payment or a price per month named, not yet a lease ("the monthly on the pro plan?"), and
# the price as "pricing": enough to make a "?" sentence a question about its item
_PER_MONTH = re.compile(r"\b(?:pricing|payments?|monthly|per month|a month)\b")


def asks_price(text: str) -> bool:
    """Whether the text asks what something costs ("how much does it hold?" does not)."""
    flat = normalise(text)
    words = set(flat.split())
    if _HOW_MUCH_OTHER.search(flat) and not words & (PRICE_WORDS - {"much"}):
        return False
    return bool(words & PRICE_WORDS) or "$" in text or bool(_PRICE_PHRASE.search(flat))


def asks_lease(text: str) -> bool:
    """Whether the text asks about leasing or paying in instalments."""
    return LEASE_ASK.search(normalise(text)) is not None


def asks_total(text: str) -> bool:
    """Whether the text asks for a total of several items."""
    return TOTAL_ASK.search(normalise(text)) is not None


def asks_about_item(text: str) -> bool:
    """A sentence with a "?" that names what it asks of an item (price, payment, warranty...)."""
    if "?" not in text:
        return False
    flat = normalise(text)
    named = OTHER_ASK.search(flat) or _PER_MONTH.search(flat)
    return bool(named) or asks_price(text) or asks_lease(text) or asks_total(text)
