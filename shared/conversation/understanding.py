"""What one visitor message says, as the engine needs it, and the brain interface producing it.

Every brain (the local rules-and-embeddings brain, a future LLM brain) returns the same
:class:`Understanding`, so the state machine never depends on how a message was read.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, Field

from shared.conversation.state import ConversationState, CustomerType, PendingEmail


class Understanding(BaseModel):
    """The signals and details found in one message."""

    customer_type: CustomerType | None = None
    fields: dict[str, Any] = Field(default_factory=dict)
    email_typo: PendingEmail | None = None
    invalid_contact: str | None = None
    refused: str | None = None
    question: bool = False
    restart: bool = False
    human: bool = False
    goodbye: bool = False
    business_context: bool = False
    commitment: bool = False
    affirm: bool = False
    deny: bool = False
    keep_typed: bool = False
    skip: bool = False
    dodge: bool = False
    unreadable: bool = False

    @property
    def gave_details(self) -> bool:
        """The message carried at least one field value or contact detail."""
        return bool(self.fields or self.email_typo)


class Brain(Protocol):
    """Reads a message in the context of the conversation so far."""

    async def understand(self, message: str, state: ConversationState) -> Understanding: ...
