"""Terms sales cares about in a visitor's words: urgency, pricing, competitors, objections,
and whether a message mentions a budget or a quantity of coffee (English)."""

from __future__ import annotations

import re
from collections.abc import Sequence

URGENCY = (
    "asap",
    "as soon as possible",
    "urgent",
    "urgently",
    "right away",
    "immediately",
    "this week",
    "quickly",
    "deadline",
    "broke down",
    "broken",
)
PRICING = (
    "price",
    "prices",
    "pricing",
    "cost",
    "costs",
    "how much",
    "quote",
    "lease",
    "leasing",
    "discount",
    "budget",
    "payment",
    "afford",
)
COMPETITORS = (
    "starbucks",
    "stumptown",
    "intelligentsia",
    "counter culture",
    "blue bottle",
    "peet's",
    "lavazza",
    "illy",
    "la marzocco",
    "nuova simonelli",
    "rancilio",
    "mahlkonig",
    "mahlkönig",
    "current supplier",
    "other supplier",
    "another supplier",
    "our roaster",
)
OBJECTIONS = (
    "too expensive",
    "expensive",
    "pricey",
    "cheaper",
    "can't afford",
    "not sure",
    "need to think",
    "think about it",
    "not ready",
    "just looking",
    "locked in",
    "contract",
    "too long",
    "not interested",
)
TERMS = {
    "urgency": URGENCY,
    "pricing": PRICING,
    "competitors": COMPETITORS,
    "objections": OBJECTIONS,
}
AMOUNT_RE = re.compile(
    r"\$\s?\d|\bbudget\b|\b\d[\d,.]*\s?(?:k\b|dollars?\b|usd\b)"
    r"|\b\d[\d,.]*\s*(?:cups?|drinks?|lbs?|pounds?|kilos?|kg)\b",
    re.IGNORECASE,
)


def find_terms(text: str, terms: Sequence[str]) -> list[str]:
    """The terms that occur in ``text`` as whole words (case-insensitive), in ``terms`` order."""
    lowered = text.lower()
    return [t for t in terms if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", lowered)]


def mentions_amount(text: str) -> bool:
    """A budget, a dollar amount or a quantity of coffee."""
    return bool(AMOUNT_RE.search(text))
