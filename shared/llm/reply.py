"""What the reply writer is given, and the interface the chat service calls.

Kept apart from the LLM client so the chat service does not import the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from shared.conversation.machine import Plan
from shared.conversation.state import ConversationState


@dataclass(frozen=True)
class ReplyRequest:
    """One turn's material for the reply: the local draft is always a correct answer."""

    message: str
    plan: Plan
    state: ConversationState
    draft: str
    passages: list[str] = field(default_factory=list)


class ReplyWriter(Protocol):
    """Writes the reply to a turn; returns the draft when it cannot do better."""

    async def write(self, request: ReplyRequest) -> str: ...
