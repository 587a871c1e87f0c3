"""The LLM-mode turn: the reply call starts on the local reading, beside the model's reading.

A turn in LLM mode needs the model's reading (detection calls) and the model's wording of the
plan that reading leads to (the reply call, retrieval-augmented). Made one after the other
they are two round trips. The local reading is ready in milliseconds and the model's reading
mostly confirms it, so the reply call for the plan of the local reading starts at once, in
parallel with the detection calls. When the model's checked reading leads to the same plan,
draft and passages, that reply is the one the model would have written (its request is the
same) and the turn costs one round trip; otherwise it is dropped and the reply call is made
for the new plan, as before. Brains that cannot give their local reading early (no
``understand_split``) get the two round trips.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from shared.chat.knowledge import Lookup
from shared.conversation.machine import Plan
from shared.conversation.state import ConversationState
from shared.conversation.understanding import Understanding
from shared.llm.reply import ReplyRequest, ReplyWriter, Written
from shared.rag.types import Source

if TYPE_CHECKING:
    from shared.chat.models import ChatRequest
    from shared.chat.service import ChatService


class Drafted(NamedTuple):
    """A turn's outcome before it is saved."""

    found: Lookup | None
    after: ConversationState
    plan: Plan
    reply: str
    sources: list[Source]
    heard: Understanding


class _Step(NamedTuple):
    found: Lookup | None
    after: ConversationState
    plan: Plan
    draft: str
    heard: Understanding


def _request(message: str, step: _Step) -> ReplyRequest:
    passages = step.found.passages if step.found else []
    return ReplyRequest(message, step.plan, step.after, step.draft, passages)


def same_reply_request(a: ReplyRequest, b: ReplyRequest) -> bool:
    """Whether both readings lead to the same reply call (so one answer serves both)."""
    return (
        a.plan == b.plan
        and a.draft == b.draft
        and a.passages == b.passages
        and a.state.customer_type == b.state.customer_type
    )


def _done(step: _Step, written: Written) -> Drafted:
    local = step.found.answer.sources if step.found else []
    sources = written.sources or local
    return Drafted(step.found, step.after, step.plan, written.text, sources, step.heard)


async def written_turn(
    service: ChatService,
    writer: ReplyWriter,
    request: ChatRequest,
    current: ConversationState,
    before: ConversationState,
    now: datetime,
) -> Drafted:
    """Read, plan and word one turn in LLM mode (one round trip when the model agrees)."""

    async def step(heard: Understanding, early: Lookup | None) -> _Step:
        found = await service.found(request.message, current, heard, early)
        after, plan, draft = service.draft(current, before, heard, found, now)
        return _Step(found, after, plan, draft, heard)

    early_task = asyncio.create_task(service.early_lookup(request, current))
    split = getattr(service.brain, "understand_split", None)
    if split is None:
        heard = await service.brain.understand(request.message, current)
        chosen = await step(heard, await early_task)
        return _done(chosen, await writer.write(_request(request.message, chosen)))
    local, model_reading = await split(request.message, current)
    early = await early_task
    guess = await step(local, early)
    guessed = asyncio.create_task(writer.write(_request(request.message, guess)))
    try:
        chosen = await step(await model_reading, early)
    except BaseException:
        guessed.cancel()
        raise
    if same_reply_request(_request(request.message, guess), _request(request.message, chosen)):
        return _done(chosen, await guessed)
    guessed.cancel()
    return _done(chosen, await writer.write(_request(request.message, chosen)))
