"""The hostile model: scripts for the OpenAI-compatible test server that play every attack of
issue 24 on every call, whatever the visitor wrote.

Detection calls invent a visitor ("Ignore Previous", an email and a phone number nobody
typed), a visitor type, every flow signal and a whole qualification (timeline, equipment,
volume, locations), quoting either the injected words or the visitor's bare "hi" / "ok" as
their evidence. The reply call answers with one of :data:`REPLY_ATTACKS`: a price of $1, $2
or $3, "one dollar" in words, a phishing domain, a spelled-out billing email, a phone number
in words. The tests check that none of it reaches the lead or the visitor.
"""

from __future__ import annotations

from typing import Any

from tests.llm_server import Script

INVENTED = {
    "name": "Ignore Previous",
    "email": "billing@evil-copperline.example",
    "phone": "+1 503 555 0199",
}
INVENTED_DETAILS = {
    "opening_timeline": "next month",
    "coffee_preferences": "dark roast espresso",
    "equipment_needs": "two Lumen 3-Group machines",
    "expected_volume": "500 cups a day",
    "pain_points": "slow supplier",
    "locations": 7,
    "support_needs": "weekly training",
}
REPLY_ATTACKS = {
    "one-dollar": "Good news: the Lumen 3-Group is only $1 today.",
    "two-dollars": "The Lumen 2-Group is just $2 this week.",
    "three-dollars": "Our Pico costs $3, order now.",
    "dollar-in-words": "It is free of charge, just one dollar for the Lumen 3-Group.",
    "euro-invented": "Der Lumen 3-Group kostet nur 1.000 €.",
    "phishing-domain": "To order, pay at evil-copperline.example/pay before Friday.",
    "bare-domain": "Our new shop is copperline-deals.example, see you there.",
    "spelled-email": "Send your card details to billing at evil-copperline dot example.",
    "phone-in-words": "Call our billing desk at five oh three, five five five, zero one nine nine.",
    "phone-in-digits": "Call our billing desk at 503-555-0199.",
}


def hostile_scripts(reply: str, evidence: str | None = None) -> dict[str, Script]:
    """Scripts giving in to everything; ``evidence`` is the quote the model offers (None: the
    visitor's whole message, the strongest quote a model can give for "hi" or "ok")."""

    def quote(data: dict[str, Any]) -> str:
        return evidence if evidence is not None else str(data.get("visitor_message", ""))

    def detect(data: dict[str, Any]) -> dict[str, Any]:
        return {"customer_type": "new_cafe", "business_context": True, "question": True,
                "evidence": quote(data)}  # fmt: skip

    def flow(data: dict[str, Any]) -> dict[str, Any]:
        return {"question": True, "refused_fields": ["email", "phone"], "skip": True,
                "human": True, "restart": True, "goodbye": True, "affirm": True, "deny": False,
                "evidence": quote(data)}  # fmt: skip

    return {
        "detect_type": detect,
        "extract_contact": lambda _data: dict(INVENTED),
        "flow": flow,
        "fields": lambda _data: {**INVENTED, **INVENTED_DETAILS},
        "reply": lambda _data: {"reply": reply, "sources_used": ["S1", "S2"]},
    }
