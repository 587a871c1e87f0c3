"""Which field to ask next: a natural order, contact details once the visitor is engaged."""

from __future__ import annotations

from shared.conversation.state import MAX_ASKS, ConversationState, CustomerType, Stage

ORDER: dict[CustomerType, tuple[str, ...]] = {
    CustomerType.NEW_CAFE: (
        "opening_timeline",
        "name",
        "coffee_preferences",
        "email",
        "equipment_needs",
        "expected_volume",
        "phone",
    ),
    CustomerType.EXISTING_CAFE: (
        "pain_points",
        "name",
        "locations",
        "email",
        "support_needs",
        "phone",
    ),
}
CONTACT = ("name", "email", "phone")


def order_for(customer_type: CustomerType | None) -> tuple[str, ...]:
    """The asking order for a visitor type (empty for unknown visitors and casual browsers)."""
    return ORDER.get(customer_type, ()) if customer_type else ()


def is_open(state: ConversationState, field: str) -> bool:
    """Not collected, skipped or refused, and asked fewer than three times."""
    done = field in state.collected or field in state.skipped or field in state.refused
    return not done and state.ask_counts.get(field, 0) < MAX_ASKS


def engaged(state: ConversationState) -> bool:
    """The visitor has told us something about their business, or talked for a while."""
    order = order_for(state.customer_type)
    business = any(f in state.collected for f in order if f not in CONTACT)
    return business or state.turns >= 2 or state.stage.rank >= Stage.INTENT_CONFIRMED.rank


def has_contact(state: ConversationState) -> bool:
    return "email" in state.collected or "phone" in state.collected


def contact_to_ask(state: ConversationState) -> str | None:
    """The contact channel to ask a visitor who wants a person: email, else phone."""
    if has_contact(state):
        return None
    return next((f for f in ("email", "phone") if is_open(state, f)), None)


def next_field(state: ConversationState, rest: str | None = None) -> str | None:
    """The next field to ask, or None; ``rest`` (the field just asked) goes last this time."""
    order = order_for(state.customer_type)
    if not order:
        return contact_to_ask(state) if state.handoff else None
    if state.handoff and contact_to_ask(state):
        return contact_to_ask(state)
    ready = engaged(state)
    candidates = [f for f in order if is_open(state, f) and (ready or f not in CONTACT)]
    preferred = [f for f in candidates if f != rest]
    chosen = preferred or candidates
    return chosen[0] if chosen else None
