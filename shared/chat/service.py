"""One chat turn, and reading or erasing a session.

The service receives its collaborators (repository, brain, knowledge, publisher, support desk,
and in LLM mode a reply writer) as parameters. A turn: one read, the brain's understanding (the
reading of the message that the state machine acts on; it says whether to search the knowledge
base), retrieval when asked for (the question itself goes to the retriever; in LLM mode started
beside the model's detection calls), the pure state machine, the reply (in LLM mode worded by
the model from the plan, the local draft kept when it is rejected), the support desk (which
reads a problem report with the reader's support intent), one atomic save (which, on a turn
that erases in chat, also redacts the stored transcript: :meth:`ChatService.redaction`), then
the outbox's lead events; with the reply computed, the outbox sweep starts in the background
when due (:mod:`shared.chat.sweep`). The turn's LLM budget spans all of it, and so does its
embedding memo (a text embedded twice in one turn, by the reader and the retriever, runs through the
model once); the message's embedding starts before the read, beside it, and its reading (the
numbers said in words, as digits) is made once for the brain and the early lookup alike
(:mod:`shared.conversation.foresight`).
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from pydantic import ValidationError

from shared.chat.knowledge import Knowledge, Lookup
from shared.chat.models import (
    ChatRequest,
    MessageOut,
    SessionView,
    SourceOut,
    is_session_id,
    state_view,
)
from shared.chat.outbox import publish_pending
from shared.chat.privacy import (
    Caller,
    ChatTurnResponse,
    SessionKeys,
    client_digest,
    masked_turn,
    new_secret,
    secret_digest,
    sees_contacts,
)
from shared.chat.repository import ConversationRepository, Redaction, keys_of
from shared.chat.speculation import written_turn
from shared.chat.sweep import OutboxSweep
from shared.conversation.foresight import foresight, reading_of
from shared.conversation.machine import Plan, advance
from shared.conversation.replies import Facts, compose
from shared.conversation.state import ConversationState, Message, utcnow
from shared.conversation.understanding import Brain, Understanding
from shared.crm.desk import SupportDesk
from shared.errors import NotFound
from shared.events import EventPublisher
from shared.llm.budget import turn_scope
from shared.llm.reply import ReplyWriter
from shared.rag.memo import turn_memo
from shared.rag.parts import DONT_KNOW, unquoted
from shared.understanding.redaction import ERASED_LINE, without_details

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
        writer: ReplyWriter | None = None,
        support: SupportDesk | None = None,
        sweep: OutboxSweep | None = None,
    ) -> None:
        self.repository = repository
        self.brain = brain
        self.knowledge = knowledge
        self.publisher = publisher
        self.writer = writer
        self.support = support  # issue 13: problem reports open support tickets
        self.sweep = sweep  # other conversations' unsent lead events (shared.chat.sweep)

    async def turn(self, request: ChatRequest, caller: Caller) -> ChatTurnResponse:
        """Handle one visitor message. The turn that creates a session also returns its secret
        (stored only as a digest, with a digest of the caller's address, by the turn's one
        write). On an existing session the response shows contact details only to the caller
        that holds the secret or calls from the creating address; anyone else gets them masked
        (see ``shared.chat.privacy``)."""
        now = utcnow()
        # the turn's embeddings made once; the message's started while its state is read
        with turn_memo(), foresight():
            locale = request.context.locale if request.context else None
            self.brain.foresee(request.message, locale)
            session_id, before, created, keys = await self._open(request)
            secret = new_secret() if created else None
            if secret is not None:
                keys = SessionKeys(secret_digest(secret), client_digest(session_id, caller.address))
            with turn_scope(session_id):  # the LLM budget of this turn (unused locally)
                response = await self._turn(request, session_id, before, now, secret, keys)
        if self.sweep is not None:
            self.sweep.poke()  # in the background when due: never delays or fails the reply
        if created or sees_contacts(caller, session_id, keys):
            return response
        return masked_turn(response)

    async def _turn(
        self,
        request: ChatRequest,
        session_id: str,
        before: ConversationState,
        now: datetime,
        secret: str | None,
        keys: SessionKeys,
    ) -> ChatTurnResponse:
        # a shallow copy: nothing before the state machine writes to it (advance copies deeply)
        context = {} if request.context is None else {"context": request.context.to_state()}
        current = before.model_copy(update=context)
        if self.writer is None:  # no early lookup without a model: the reading, then the answer
            heard = await self.brain.understand(request.message, current)
            found = await self.found(request.message, current, heard, None)
            if found is None:  # an item named in a statement is what the next "it" means
                mentioned = self.knowledge.mentioned(request.message, current.topics)
                current.topics = [*current.topics, *mentioned]
            after, plan, reply = self.draft(current, before, heard, found, now)
            used = found.answer.sources if found else []
        else:  # the model answers from the passages and words the plan (shared/chat/speculation)
            drafted = await written_turn(self, self.writer, request, current, before, now)
            found, after, plan, reply, used, heard = drafted
        remove = self.remover(before, plan) if plan.removed else None
        said, redaction = await self.redaction(session_id, request.message, plan, remove)
        if self.support is not None:  # a ticket keeps the line as stored (refused details out)
            reply = await self.support.handle(
                session_id, said, after, reply, before, heard.support_issue
            )
            if remove is not None:
                await self.support.forget(session_id, after, remove)
        after.last_reply = reply
        sources = [SourceOut(**s.model_dump()) for s in used]
        messages = [
            Message(role="user", text=said, at=now),
            Message(
                role="assistant",
                text=reply,
                at=now,
                sources=[s.model_dump() for s in sources] or None,
            ),
        ]
        await self.repository.save_turn(
            session_id, before, after, messages, now, keys if secret else None, redaction
        )
        await publish_pending(session_id, after, self.publisher, self.repository)
        view = state_view(after, plan.ask)
        return ChatTurnResponse(
            session_id=session_id,
            reply=reply,
            sources=sources,
            session_secret=secret,
            **view.model_dump(),
        )

    async def redaction(
        self, session_id: str, message: str, plan: Plan, remove: Callable[[str], str] | None
    ) -> tuple[str, Redaction | None]:
        """What an erasure in chat leaves of the message and of the transcript stored before
        it: erasing everything turns every line (the request's included) into a marker;
        removing some contact details (``remove``, :meth:`remover`) takes them, and the values
        held for them, out of every line that has them (the bot's echoes included). Any other
        turn: the message without the contact details the state refuses to hold (given after
        they were erased or refused), else as is."""
        if plan.erased:
            return ERASED_LINE, Redaction(everything=ERASED_LINE)
        if remove is None:  # a refused detail given again is held neither in the state nor here
            withheld = [f for f in plan.withheld if f not in plan.collected_now]
            held = [plan.withheld[f] for f in withheld]
            return (without_details(message, withheld, held) if withheld else message), None
        lines = await self.repository.transcript(session_id)
        changed = {i: text for i, line in enumerate(lines) if (text := remove(line)) != line}
        return remove(message), Redaction(lines=changed)

    @staticmethod
    def remover(before: ConversationState, plan: Plan) -> Callable[[str], str]:
        """What a partial erasure does to a text: the removed details out, the values held
        for them (and an email awaiting confirmation) included."""
        held = [str(before.collected.get(f) or "") for f in plan.removed]
        if "email" in plan.removed and before.pending_email is not None:
            held += [before.pending_email.typed, before.pending_email.suggested]
        return lambda text: without_details(text, plan.removed, held)

    async def found(
        self, message: str, state: ConversationState, heard: Understanding, early: Lookup | None
    ) -> Lookup | None:
        """The knowledge base's answer when the reading asks for one (the early lookup when
        it was made), searched with the reading's ``query`` when it gives one (an English gloss)."""
        if not heard.retrieve:
            return None
        found = early or await self._lookup(heard.query or message, state)
        # "greetings" first: an opening; "gift cards" first, said lacking, is answered so
        if heard.topic_only and found.answer.text == DONT_KNOW:
            heard.retrieve = heard.question = False
            return None
        if heard.query is None:
            return found
        return dataclasses.replace(found, answer=unquoted(found.answer, message))  # no gloss quoted

    def draft(
        self,
        current: ConversationState,
        before: ConversationState,
        heard: Understanding,
        found: Lookup | None,
        now: datetime,
    ) -> tuple[ConversationState, Plan, str]:
        """The state machine's step and the local reply for one reading (pure)."""
        if found is not None and found.answer.choices:  # "Which one do you mean: ...?"
            heard = heard.model_copy(update={"asked_back": True})  # is the reply's one question
        if heard.whereabouts:  # the reader names the places, the bundle says where we deliver
            heard = heard.model_copy(
                update={"unserved": self.knowledge.unserved(heard.whereabouts)}
            )
        after, plan = advance(current, heard, now)
        if found is not None:
            after.topics = list(dict.fromkeys([*after.topics, *found.topics]))[-MAX_TOPICS:]
        facts = Facts(
            sales_hours=self.knowledge.sales_hours,
            sales_contact=self.knowledge.sales_contact,
            home_buyers=self.knowledge.home_buyers,
            delivered=self.knowledge.delivered_text or None,
        )
        answer = found.answer.text if found else None
        repeated = found.repeated if found else False
        grounded = found.answer.grounded if found else True
        reply = compose(plan, after, before.last_reply, answer, facts, repeated, grounded)
        return after, plan, reply

    async def _open(self, request: ChatRequest) -> tuple[str, ConversationState, bool, SessionKeys]:
        """The session's id, state, whether this turn creates it (an unknown id gets a fresh
        server id) and the digests that recognise its visitor."""
        if request.session_id:
            try:
                state, keys = await self.repository.load_turn(request.session_id)
            except ValidationError:
                log.error("unreadable conversation state; starting afresh")
                _, keys = await self.repository.keys(request.session_id)
                return request.session_id, ConversationState(), False, keys
            if state is not None:
                return request.session_id, state, False, keys
        return uuid.uuid4().hex, ConversationState(), True, SessionKeys()

    async def early_lookup(self, request: ChatRequest, state: ConversationState) -> Lookup | None:
        """In LLM mode retrieval runs beside the model's detection calls (it costs milliseconds
        against their round trip); the brain's ``retrieve`` still decides whether it is used."""
        if self.writer is None:
            return None
        reading = reading_of(request.message)  # the brain's reading of it, made once a turn
        return await self._lookup(reading.numbers, state)

    async def _lookup(self, message: str, state: ConversationState) -> Lookup:
        # what the visitor told before their type was known counts too ("we run 5 juice bars"
        # and then "the multi-site plan for all of them")
        told = {**state.held, **state.collected}
        return await self.knowledge.lookup(message, state.topics, told, state.last_reply)

    async def session(self, session_id: str) -> tuple[SessionView, SessionKeys]:
        """The state and transcript of a session and the digests that recognise its visitor
        (one read); 404 when unknown."""
        doc = await self.repository.get(session_id) if is_session_id(session_id) else None
        if doc is None:
            raise NotFound("No conversation with this id.")
        state = ConversationState.upgrade(doc.get("state") or {})
        messages = [MessageOut.model_validate(m) for m in doc.get("messages", [])]
        view = SessionView(
            session_id=session_id, state=state_view(state, state.asking), messages=messages
        )
        return view, keys_of(doc)

    async def erase(self, session_id: str) -> None:
        """Erase a session's state and transcript; 404 when unknown."""
        if not is_session_id(session_id) or not await self.repository.delete(session_id):
            raise NotFound("No conversation with this id.")
