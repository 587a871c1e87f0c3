"""One person, one lead: conversations of the same person merged into one (pure).

Two conversations belong to the same person when their emails normalise to the same key
(:func:`email_key`). The lead of a person is computed from their conversations merged in the
order they started (:func:`merge`), so processing them in any order, or any event again, gives
the same lead: later details win, the furthest stage counts, a request for a person or a
statement that they already buy from us in any of them stands, and the transcripts are joined
in time order.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import ConversationState, Message
from shared.leads.conversations import Conversation


def email_key(email: object) -> str | None:
    """The mailbox an email reaches: trimmed, lower-case, without a ``+tag``; None if absent."""
    if not isinstance(email, str) or "@" not in email:
        return None
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain}" if local and domain else None


def _merged_state(states: Sequence[ConversationState]) -> ConversationState:
    """The latest state, with what the earlier ones knew and it does not."""
    latest = states[-1].model_copy(deep=True)
    for earlier in states[:-1]:
        latest.collected = {**earlier.collected, **latest.collected}
        latest.customer_type = latest.customer_type or earlier.customer_type
        if earlier.stage.rank > latest.stage.rank:
            latest.stage = earlier.stage
        latest.handoff = latest.handoff or earlier.handoff
        latest.existing_customer = latest.existing_customer or earlier.existing_customer
        latest.contact_by = latest.contact_by or earlier.contact_by
        latest.topics = list(dict.fromkeys([*earlier.topics, *latest.topics]))
        latest.outbox = sorted([*earlier.outbox, *latest.outbox], key=lambda e: e.occurred_at)
        latest.context = latest.context if latest.context.timezone else earlier.context
        latest.created_at = min(latest.created_at, earlier.created_at)
    return latest


def merge(conversations: Sequence[Conversation]) -> Conversation:
    """The conversations of one person as one; the first one's session id names it."""
    ordered = sorted(conversations, key=lambda c: (c.state.created_at, c.session_id))
    if len(ordered) == 1:
        return ordered[0]
    messages: list[Message] = sorted((m for c in ordered for m in c.messages), key=lambda m: m.at)
    return Conversation(
        session_id=ordered[0].session_id,
        state=_merged_state([c.state for c in ordered]),
        messages=messages,
    )
