"""The read-back reply: what this conversation holds about the visitor, masked, with the offer
to delete it ("what have you saved about me?"); and the recap, the same list without the offer
("can you recap what you've got so far?": the conversation goes on after it).

Pure: the state in, text out. An email shows its first character and its domain, a phone its
last four digits; neither is ever written out in full.
"""

from __future__ import annotations

from typing import Any

from shared.conversation import phrases as p
from shared.conversation.registry import SPECS
from shared.conversation.state import ConversationState

#: a free-text value longer than this is cut with an ellipsis
LONGEST_VALUE = 60


def read_back_line(state: ConversationState) -> str:
    """The details held, in the registry's order, and the offer to delete them; or that nothing
    is held."""
    held = {**state.held, **state.collected}
    items = [_item(spec.name, held[spec.name]) for spec in SPECS if held.get(spec.name)]
    if not items:
        return p.READ_BACK_NOTHING
    return p.READ_BACK.format(items="; ".join(items))


def recap_line(state: ConversationState) -> str:
    """The business as read and the details held, in the registry's order, with an invitation to
    correct them; or that nothing is held yet."""
    held = {**state.held, **state.collected}
    items = [_item(spec.name, held[spec.name]) for spec in SPECS if held.get(spec.name)]
    kind = p.RECAP_KINDS.get(state.customer_type.value) if state.customer_type else None
    items = [f"{p.RECAP_KIND_LABEL}: {kind}", *items] if kind and items else items
    if not items:
        return p.RECAP_NOTHING
    return p.RECAP.format(items="; ".join(items))


def _item(field: str, value: Any) -> str:
    label = p.HELD_LABELS.get(field, field.replace("_", " "))
    return f"{label}: {masked(field, value)}"


def masked(field: str, value: Any) -> str:
    """A value as the read-back shows it: contact details masked, long text cut."""
    text = str(value)
    local, at, domain = text.partition("@")
    if field == "email" and at:
        return f"{local[:1]}***@{domain}"
    if field == "phone":
        digits = [c for c in text if c.isdigit()]
        return p.PHONE_ENDING.format(last="".join(digits[-4:]))
    if len(text) > LONGEST_VALUE:
        return text[:LONGEST_VALUE].rsplit(" ", 1)[0] + "…"
    return text
