"""One chat turn, and reading or erasing a session.

The service receives its collaborators (repository, brain, knowledge, publisher) as
parameters. A turn: one read, understanding and retrieval in parallel, the pure state machine,
the reply, one atomic save, then the outbox's lead events.
"""

from __future__ import annotations

import asyncio
import logging
import uuid

from pydantic import ValidationError

from shared.chat.knowledge import Knowledge, Lookup
from shared.chat.models import (
    ChatRequest,
    ChatResponse,
    MessageOut,
    SessionView,
    SourceOut,
    is_session_id,
    state_view,
)
from shared.chat.outbox import publish_pending
from shared.chat.repository import ConversationRepository
from shared.conversation.machine import advance
from shared.conversation.replies import Facts, compose
from shared.conversation.signals import wants_answer
from shared.conversation.state import ConversationState, Message, utcnow
from shared.conversation.understanding import Brain
from shared.crm.desk import SupportDesk
from shared.errors import NotFound
from shared.events import EventPublisher

log = logging.getLogger(__name__)
MAX_TOPICS = 50


class ChatService:
    """The chat's use cases."""

    def __init__(
        self,
        repository: ConversationRepository,
        brain: Brain,
        knowledge: Knowledge,
        publisher: EventPublisher,
        support: SupportDesk | None = None,
    ) -> None:
        self.repository = repository
        self.brain = brain
        self.knowledge = knowledge
        self.publisher = publisher
        self.support = support  # issue 13: problem reports open support tickets

    async def turn(self, request: ChatRequest) -> ChatResponse:
        """Handle one visitor message."""
        now = utcnow()
        session_id, before = await self._open(request)
        current = before.model_copy(deep=True)
        if request.context is not None:
            current.context = request.context.to_state()
        heard, lookup = await asyncio.gather(
            self.brain.understand(request.message, current), self._lookup(request.message, current)
        )
        after, plan = advance(current, heard, now)
        found = lookup if heard.question and lookup is not None else None
        if found is not None:
            after.topics = list(dict.fromkeys([*after.topics, *found.topics]))[-MAX_TOPICS:]
        facts = Facts(sales_hours=self.knowledge.sales_hours)
        answer = found.answer.text if found else None
        repeated = found.repeated if found else False
        reply = compose(plan, after, before.last_reply, answer, facts, repeated)
        if self.support is not None:
            reply = await self.support.handle(session_id, request.message, after, reply)
        after.last_reply = reply
        sources = [SourceOut(**s.model_dump()) for s in found.answer.sources] if found else []
        messages = [
            Message(role="user", text=request.message, at=now),
            Message(
                role="assistant",
                text=reply,
                at=now,
                sources=[s.model_dump() for s in sources] or None,
            ),
        ]
        await self.repository.save_turn(session_id, before, after, messages, now)
        await publish_pending(session_id, after, self.publisher, self.repository)
        view = state_view(after, plan.ask)
        return ChatResponse(
            session_id=session_id, reply=reply, sources=sources, **view.model_dump()
        )

    async def _open(self, request: ChatRequest) -> tuple[str, ConversationState]:
        """The session's state, or a new session (an unknown id gets a fresh server id)."""
        if request.session_id:
            try:
                state = await self.repository.load_state(request.session_id)
            except ValidationError:
                log.error("unreadable conversation state; starting afresh")
                return request.session_id, ConversationState()
            if state is not None:
                return request.session_id, state
        return uuid.uuid4().hex, ConversationState()

    async def _lookup(self, message: str, state: ConversationState) -> Lookup | None:
        if not wants_answer(message):
            return None
        return await self.knowledge.lookup(message, state.topics)

    async def session(self, session_id: str) -> SessionView:
        """The state and transcript of a session; 404 when unknown."""
        doc = await self.repository.get(session_id) if is_session_id(session_id) else None
        if doc is None:
            raise NotFound("No conversation with this id.")
        state = ConversationState.upgrade(doc.get("state") or {})
        messages = [MessageOut.model_validate(m) for m in doc.get("messages", [])]
        return SessionView(
            session_id=session_id, state=state_view(state, state.asking), messages=messages
        )

    async def erase(self, session_id: str) -> None:
        """Erase a session's state and transcript; 404 when unknown."""
        if not is_session_id(session_id) or not await self.repository.delete(session_id):
            raise NotFound("No conversation with this id.")
