"""What the reply writer is given and gives back, and the interface the chat service calls.

Kept apart from the LLM client so the chat service does not import the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from shared.chat.knowledge import Passage
from shared.conversation.machine import Plan
from shared.conversation.state import ConversationState
from shared.rag.types import Source


@dataclass(frozen=True)
class ReplyRequest:
    """One turn's material for the reply: the local draft is always a correct answer;
    ``passages`` are the retrieved chunks and catalog facts the model may answer from."""

    message: str
    plan: Plan
    state: ConversationState
    draft: str
    passages: list[Passage] = field(default_factory=list)


@dataclass(frozen=True)
class Written:
    """The reply to send; ``sources`` are the documents the model said it used (None: the
    local answer's sources stand, e.g. when the local draft is sent)."""

    text: str
    sources: list[Source] | None = None


class ReplyWriter(Protocol):
    """Writes the reply to a turn; returns the draft when it cannot do better."""

    async def write(self, request: ReplyRequest) -> Written: ...
