"""The chat's support desk: a problem report in a conversation opens (or adds to) a ticket.

Called once per chat turn with the turn's state; returns the reply with the support note
appended (the normal conversation carries on in the same reply). Contact details given in any
turn, also after the ticket was opened, are copied to the conversation's tickets. The state
records that a ticket was filed (``tickets``), so a conversation without one costs the tickets
collection nothing: no contact copy, no look-up of an open ticket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import ConversationState, CustomerType
from shared.crm.support import decide, support_reply
from shared.crm.tickets import TicketStore
from shared.db import Document
from shared.understanding.support_issues import detect

log = logging.getLogger(__name__)
CONTACT = ("name", "email", "phone")


class SupportDesk:
    """Detects support requests and files them as tickets. ``emergency_line`` gives the
    knowledge base's emergency repair line sentence (None: it has none) of the bundle served
    at the time of the turn."""

    def __init__(
        self, db: AsyncDatabase[Document], emergency_line: Callable[[], str | None]
    ) -> None:
        self.tickets = TicketStore(db)
        self.emergency_line = emergency_line

    async def handle(
        self,
        session_id: str,
        message: str,
        state: ConversationState,
        reply: str,
        before: ConversationState | None = None,
        classified: bool | None = None,
    ) -> str:
        """The reply with the support note when the message reports a problem. ``before`` is
        the state before the turn: when its contact differs, the tickets get the new one.
        ``classified`` is the intent classifier's verdict on "a current fault or order problem"
        (None: undecided, the rules alone decide; False: no ticket)."""
        ticketed = state.tickets is not False  # None: a state from before it was recorded
        changed = before is not None and contact_of(before) != contact_of(state)
        if ticketed and changed and contact_of(state):
            await self.tickets.set_contact(session_id, contact_of(state))
        existing = state.customer_type is CustomerType.EXISTING_CAFE
        issue = decide(message, existing, classified)
        if classified is False:
            return reply
        follow_up = detect(message, existing_customer=True) if issue is None and ticketed else None
        # a follow-up ("and the grinder stopped too") in a conversation with an open ticket
        if follow_up is not None and await self.tickets.open_for(session_id) is not None:
            issue = follow_up
        if issue is None:
            return reply
        contact, line = contact_of(state), self.emergency_line()
        _, added = await self.tickets.open_or_append(
            session_id, issue.category, message, contact, issue.urgent and bool(line)
        )
        state.tickets = True
        log.info("support ticket filed", extra={"category": issue.category})
        note = support_reply(issue, line, has_contact=bool(contact), message=message, added=added)
        return f"{note}\n\n{reply}" if reply else note

    async def forget(
        self, session_id: str, state: ConversationState, cleaned: Callable[[str], str]
    ) -> None:
        """A partial erasure in chat ("delete my phone"): the conversation's tickets lose the
        removed details from their issue text (``cleaned``, the transcript's own redaction)
        and take the contact left, even none. A conversation that filed no ticket costs
        nothing; a full erasure takes the tickets whole (``lead.erased``)."""
        if state.tickets is not False:
            await self.tickets.redact(session_id, cleaned, contact_of(state))


def contact_of(state: ConversationState) -> dict[str, str]:
    """The name, email and phone the conversation has collected."""
    return {f: str(state.collected[f]) for f in CONTACT if state.collected.get(f)}
