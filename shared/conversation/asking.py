"""Which field to ask next: the registry's order, contact details once the visitor is engaged.

After a request for a person only a way to reach them is asked (nothing more is qualified).
A visitor who said the plan is undecided or that they are only looking, one who brought an
agenda of their own (a pasted list or a letter: they sign with their details when ready), and
a customer of ours (whose account team knows them, asked only the fields sales needs) unless
they report a fault, is asked no contact detail until they ask for a next step (a person, a
quote, samples, a firm date); one who declined contact while asking only for information ("not
giving my email, I just want prices") is asked none until they ask for a next step after it or
offer a detail; a business closing or cancelling its service with us, or one outside the area
the company delivers to, is asked nothing unless it asks for a person
(``docs/decisions/when-contact-is-asked.md``).
"""

from __future__ import annotations

from shared.conversation.prospect import asked_fields, has_contact
from shared.conversation.registry import CHANNELS, CONTACT_FIELDS, closes, required_for
from shared.conversation.state import MAX_ASKS, ConversationState, Stage


def is_open(state: ConversationState, field: str) -> bool:
    """Not collected, skipped or refused, and asked fewer than ``MAX_ASKS`` times."""
    done = field in state.collected or field in state.skipped or field in state.refused
    return not done and state.ask_counts.get(field, 0) < MAX_ASKS


def engaged(state: ConversationState) -> bool:
    """The visitor has had an answer to a question of theirs, told us two things about their
    business, shown intent, or talked for a while: one detail given in reply to our own
    question ("small counter, maybe 50 a day") has not yet earned a request for their name."""
    order = asked_fields(state)
    business = sum(1 for f in order if f in state.collected and f not in CONTACT_FIELDS)
    answered = state.rag_questions >= 1
    intent = state.stage.rank >= Stage.INTENT_CONFIRMED.rank
    return answered or business >= 2 or intent or state.turns >= 3


def contact_welcome(state: ConversationState) -> bool:
    """Contact details may be asked: the visitor asked for a next step, or is engaged, has
    not said the plan is undecided and is no customer of ours asking as one (a customer who
    reports a fault is asked how the service team reaches them)."""
    if state.contact_declined:
        return False  # "not giving my email, I just want prices": until they offer or ask
    if state.handoff or state.commitment:
        return True
    if asks_as_customer(state):
        return False  # a customer of ours: the account team knows them (their ask first)
    return engaged(state) and not state.unsure_plans and not state.agenda


def asks_as_customer(state: ConversationState) -> bool:
    """A customer of ours asking as one (an account, an order, a blend), with no fault reported
    and no next step asked: asked only what sales needs of the business, never for contact
    (their account team knows them) nor an optional field (their ask is their need)."""
    next_step = state.handoff or state.commitment or state.support
    return state.existing_customer and not next_step


def contact_to_ask(state: ConversationState) -> str | None:
    """The contact channel to ask a visitor who wants a person: the one they named (even when
    they gave the other), else email, else phone, while none was given."""
    asked_for = state.contact_by
    if asked_for and asked_for not in state.collected and is_open(state, asked_for):
        return asked_for  # "book me a call" with only an email given: the number
    if has_contact(state):
        return None
    preferred = [state.contact_by] if state.contact_by else []
    return next((f for f in [*preferred, *CHANNELS] if is_open(state, f)), None)


def next_field(
    state: ConversationState, rest: str | None = None, *, opening: bool = False
) -> str | None:
    """The next field to ask, or None; ``rest`` (the field just asked) goes last this time.
    ``opening``: the reply to the visitor's first message, which asked for no next step: it
    asks about the business, never for contact (a salesperson hears the need before the name)."""
    if state.handoff:
        return None if state.contact_declined else contact_to_ask(state)
    order = asked_fields(state)
    if not order or state.leaving or state.unserved:
        return None
    ready = contact_welcome(state) and not opening
    unreachable = all(c in state.refused for c in CHANNELS)  # a name alone reaches nobody
    candidates = [
        f
        for f in order
        if is_open(state, f)
        and (ready or f not in CONTACT_FIELDS)
        and not _answered(state, f)
        and not (unreachable and f == "name")
        and (not asks_as_customer(state) or f in required_for(state.customer_type))
    ]
    preferred = [f for f in candidates if f != rest]
    chosen = preferred or candidates
    return chosen[0] if chosen else None


def _answered(state: ConversationState, field: str) -> bool:
    """Answered by another need the visitor stated, once asked (an existing café that wants a
    maintenance plan is not asked again what is prompting it to look), or at once for a
    customer of ours (one who wants a grinder added has said what we can help with)."""
    asked = state.ask_counts.get(field, 0) >= 1 or state.existing_customer
    return asked and closes(field, state.collected)
