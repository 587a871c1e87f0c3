"""Behavioural signals in the visitor's messages: urgency, pricing, competitors, objections."""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import Message
from shared.leads import transcript
from shared.leads.models import Signals

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


def signals(messages: Sequence[Message]) -> Signals:
    """Every signal term found in the visitor's messages."""
    text = transcript.visitor_text(messages)
    asked_pricing = [
        m for m in transcript.questions(messages) if transcript.find_terms(m.text, PRICING)
    ]
    return Signals(
        urgency=transcript.find_terms(text, URGENCY),
        pricing_questions=len(asked_pricing),
        competitors=transcript.find_terms(text, COMPETITORS),
        objections=transcript.find_terms(text, OBJECTIONS),
    )
