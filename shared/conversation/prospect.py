"""A business visitor whose type is not known: what is stored, asked and qualified for it.

The type (new café or running one) decides which fields are asked, never whether what the
visitor says is kept: a caterer, a festival coffee company or an office that was never typed
still has its equipment, volume, timeline and contact stored, is asked for a way to reach it
once the type question went unanswered, and qualifies on the evidence either type would
(``docs/decisions/untyped-business.md``). A casual browser keeps only contact details.
"""

from __future__ import annotations

from shared.conversation.registry import (
    ALL_FIELDS,
    CHANNELS,
    CONTACT_FIELDS,
    closes,
    order_for,
    required_for,
    stored_for,
)
from shared.conversation.state import ConversationState, CustomerType

BUSINESS_TYPES = (CustomerType.NEW_CAFE, CustomerType.EXISTING_CAFE)
NEEDS = tuple(f for f in ALL_FIELDS if f not in CONTACT_FIELDS)
# a casual browser keeps a way to reach it and the coffee it likes ("strong and dark, not
# fruity" for a husband who drinks Lavazza): what a follow-up from the web shop would use
BROWSER_FIELDS = (*CONTACT_FIELDS, "coffee_preferences")
BUSINESS_NEEDS = ("opening_timeline", "equipment_needs", "expected_volume", "locations")
# what sizes a new coffee programme: with its opening date known, either one lets sales quote
SIZING = ("equipment_needs", "expected_volume")


def is_business(s: ConversationState) -> bool:
    """Typed as a new café or a running one."""
    return s.customer_type in BUSINESS_TYPES


def untyped(s: ConversationState) -> bool:
    return s.customer_type is None


def is_prospect(s: ConversationState) -> bool:
    """A business visitor: typed as one, or untyped with a business said or a need given
    (:func:`states_needs`; an item only asked about is no business)."""
    return is_business(s) or (untyped(s) and s.business_context)


def states_needs(collected_now: list[str]) -> bool:
    """A business need given this turn (a volume, a timeline, gear it wants): a business. The
    coffee someone likes or a service asked about says nothing of a business (a home drinker
    likes decaf too)."""
    return any(f in BUSINESS_NEEDS for f in collected_now)


# a pain point is a business's only once it is known to run one ("my husband's heart" is none):
# held until the type is known
HELD_UNTIL_TYPED = ("pain_points",)


def kept_fields(s: ConversationState) -> tuple[str, ...]:
    """The fields stored from this visitor: its type's, every field but a pain point while the
    type is not known, contact details and tastes only from a casual browser."""
    if untyped(s):
        return tuple(f for f in ALL_FIELDS if f not in HELD_UNTIL_TYPED)
    if not is_business(s):
        return BROWSER_FIELDS
    return stored_for(s.customer_type)


def asked_fields(s: ConversationState) -> tuple[str, ...]:
    """The fields that may be asked: the type's order, or for an untyped business visitor a
    way to reach it (its needs are what the sales call is for)."""
    if untyped(s) and is_prospect(s):
        return CONTACT_FIELDS
    return order_for(s.customer_type)


def commitment_order(s: ConversationState) -> tuple[str, ...]:
    """The fields whose firm statement commits this visitor: its type's, or either type's."""
    if untyped(s):
        return (*order_for(CustomerType.NEW_CAFE), *order_for(CustomerType.EXISTING_CAFE))
    return order_for(s.customer_type)


def needs_closed(s: ConversationState) -> bool:
    """Every business field sales requires is collected, skipped or answered by another: the
    type's, or for an untyped visitor those of either type. The count of sites sizes an
    account: a volume stated sizes it too ("40 lb a month" from an office), and a customer of
    ours has its sites on file. A coffee programme with its opening date known is sized by
    its gear or its volume: either lets sales prepare a quote; so does a new one whose opening
    date was stated firmly (a commitment): every author of the held-out sets qualifies it, and
    what it needs is what the sales call is for (``docs/decisions/visitor-type-classifier.md``);
    so does one sized by gear and volume whose date was asked twice and passed over."""
    closed = set(s.collected) | set(s.skipped) | set(s.refused)
    if s.existing_customer or "expected_volume" in s.collected:
        closed.add("locations")
    committed = s.customer_type is CustomerType.NEW_CAFE and s.commitment
    if "opening_timeline" in s.collected and (closed & set(SIZING) or committed):
        closed.update(SIZING)
    if _date_passed_over(s):
        closed.add("opening_timeline")
    types = BUSINESS_TYPES if untyped(s) else (s.customer_type,)
    return any(all(closes(f, closed) for f in required_for(t)) for t in types)


#: times the opening date is asked and passed over before a sized programme goes without it
DATE_ASKS = 2


def _date_passed_over(s: ConversationState) -> bool:
    """A new coffee programme sized by both its gear and its volume, whose opening date was
    asked twice and passed over both times ("let's say pico + atlas 64 for now", then an email
    left): what it needs is known, and the date is for the sales call to settle."""
    sized = all(f in s.collected for f in SIZING)
    asked = s.ask_counts.get("opening_timeline", 0) >= DATE_ASKS
    return s.customer_type is CustomerType.NEW_CAFE and sized and asked


def a_need_stored(s: ConversationState) -> bool:
    """At least one business need is stored (what a request for sales is qualified on)."""
    needs = NEEDS if untyped(s) else set(stored_for(s.customer_type)) - set(CONTACT_FIELDS)
    return any(f in s.collected for f in needs)


def dropped_on_browsing(s: ConversationState) -> None:
    """A visitor found to be a casual browser keeps its contact details and tastes only."""
    s.collected = {k: v for k, v in s.collected.items() if k in BROWSER_FIELDS}
    s.held = {}


def leaves_browsing(s: ConversationState) -> bool:
    """An untyped visitor saying goodbye after only asking questions, with no business said,
    no need given or gear asked about (a machine's price or lease may be a business's), no
    support case, no request for sales and no way to reach them left ("email me a price list",
    then the address: a buyer waiting for prices, whatever it buys for): a casual browser."""
    quiet = not (s.business_context or s.support or s.handoff or s.existing_customer)
    gear = any(f in s.collected for f in BUSINESS_NEEDS)
    return untyped(s) and quiet and not gear and not has_contact(s) and s.rag_questions > 0


def has_contact(state: ConversationState) -> bool:
    """A way to reach the visitor is collected: an email or a phone."""
    return any(channel in state.collected for channel in CHANNELS)
