"""Behavioural signals in the visitor's messages: urgency, pricing, competitors, objections.

Read from the reader's observations of each message (the term lists live in
:mod:`shared.understanding.lead_terms`).
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import Message
from shared.leads import transcript
from shared.leads.models import Signals
from shared.understanding.lead_terms import TERMS


def signals(messages: Sequence[Message]) -> Signals:
    """Every signal term found in the visitor's messages, in the term lists' order."""
    seen = transcript.observed(messages)

    def found(kind: str) -> list[str]:
        terms = {term for o in seen for term in o.terms[kind]}
        return [t for t in TERMS[kind] if t in terms]

    return Signals(
        urgency=found("urgency"),
        pricing_questions=sum(1 for o in seen if o.question and o.terms["pricing"]),
        competitors=found("competitors"),
        objections=found("objections"),
    )
