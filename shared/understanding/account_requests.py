"""What a customer of ours asks of their account, as the service they need from us: moving from
card payments to invoicing ("can we go on invoice now", "switch us to net 30 terms", "get
invoiced instead of paying by card"). Recorded like interest (the support need, never a
commitment): sales reads what the account holder came for. A question about the terms in
general ("what are your payment terms?") asks for nothing of the visitor's own.
"""

from __future__ import annotations

import re

INVOICING = "net-30 invoicing"
_TERMS = r"(?:net[\s-]?30|invoic\w*|an?\s+invoice|(?:payment|account|credit)\s+terms|terms)"
INVOICING_RE = re.compile(
    r"\b(?:go|move|switch|change|get|put|be|set)\s+(?:us\s+|me\s+|it\s+)?(?:over\s+)?(?:on|onto"
    r"|to|on\s+to)\s+" + _TERMS + r"\b"
    r"|\b(?:get|be|being)\s+invoiced\b"
    r"|\bpay\s+(?:by|on|via|with)\s+(?:an?\s+)?(?:invoice|net[\s-]?30|terms)\b",
    re.I,
)


def account_request(text: str) -> dict[str, str]:
    """``{"support_needs": ...}`` for the account change the message asks for, else ``{}``."""
    return {"support_needs": INVOICING} if INVOICING_RE.search(text) else {}
