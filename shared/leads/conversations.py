"""Read access to the chat engine's ``conversations`` collection, for lead processing.

The conversation engine owns the documents; this module only loads one (one ``find_one``) and
erases one when a lead is erased on request (GDPR).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError
from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import ConversationState, Message
from shared.db import Document
from shared.leads.errors import CorruptConversation

COLLECTION = "conversations"


@dataclass(frozen=True)
class Conversation:
    """A conversation's state and transcript."""

    session_id: str
    state: ConversationState
    messages: list[Message]


def parse_conversation(doc: Document) -> Conversation:
    """The typed conversation, or :class:`CorruptConversation` when it cannot be read."""
    try:
        state = ConversationState.upgrade(doc.get("state") or {})
        messages = [Message.model_validate(m) for m in doc.get("messages") or []]
    except (ValidationError, TypeError, ValueError):
        raise CorruptConversation("the stored conversation does not parse") from None
    return Conversation(session_id=str(doc["_id"]), state=state, messages=messages)


class ConversationReader:
    """Loads conversations by session id."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._conversations = db[COLLECTION]

    async def load(self, session_id: str) -> Conversation | None:
        doc = await self._conversations.find_one({"_id": session_id})
        return parse_conversation(doc) if doc is not None else None

    async def messages(self, session_id: str) -> list[Document]:
        """The raw transcript lines (role, text, at, sources)."""
        doc = await self._conversations.find_one({"_id": session_id}, {"messages": 1})
        return list(doc.get("messages") or []) if doc else []
