"""The chat API's request and response models (the contract in DESIGN.md)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from shared.conversation.handoff import handoff_channel
from shared.conversation.state import ConversationState, RequestContext
from shared.understanding.text import clean_message

SESSION_ID = re.compile(r"^[a-f0-9]{32}$")
MAX_MESSAGE = 2000


def is_session_id(value: str) -> bool:
    """A server-issued session id: 32 lower-case hex characters."""
    return bool(SESSION_ID.match(value))


class ChatContext(BaseModel):
    """The widget's browser context; bad values are dropped, wrong types refused."""

    model_config = ConfigDict(extra="ignore", strict=True)

    page_url: str | None = Field(default=None, max_length=2000)
    locale: str | None = Field(default=None, max_length=35)
    timezone: str | None = Field(default=None, max_length=64)
    country: str | None = Field(default=None, max_length=8)

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        value = (value or "").strip().upper()
        return value if len(value) == 2 and value.isalpha() else None

    def to_state(self) -> RequestContext:
        return RequestContext.model_validate(self.model_dump())


class ChatRequest(BaseModel):
    """``POST /messages``."""

    model_config = ConfigDict(extra="forbid", strict=True)

    session_id: str | None = Field(default=None, max_length=32)
    message: str = Field(max_length=MAX_MESSAGE * 2)
    context: ChatContext | None = None

    @field_validator("session_id")
    @classmethod
    def _session_id(cls, value: str | None) -> str | None:
        if value is not None and not is_session_id(value):
            raise ValueError("must be a session id returned by this API (32 hex characters)")
        return value

    @field_validator("message")
    @classmethod
    def _message(cls, value: str) -> str:
        text = clean_message(value)
        if not text:
            raise ValueError("must not be empty")
        if len(text) > MAX_MESSAGE:
            raise ValueError(f"must be at most {MAX_MESSAGE} characters")
        return text


class SourceOut(BaseModel):
    title: str
    category: str
    source: str


class StateView(BaseModel):
    """The public part of the conversation state."""

    stage: str
    customer_type: str | None
    collected: dict[str, Any]
    missing: list[str]
    asking: str | None
    handoff: bool
    handoff_channel: Literal["email", "phone"] | None = Field(
        description="When handoff is true: the channel sales will use to reach the visitor; "
        "null means the visitor gave no way to reach them (the reply says how to reach sales)."
    )
    closed: bool


class ChatResponse(StateView):
    session_id: str
    reply: str
    sources: list[SourceOut]


class MessageOut(BaseModel):
    role: str
    text: str
    at: datetime


class SessionView(BaseModel):
    """``GET /sessions/{id}``."""

    session_id: str
    state: StateView
    messages: list[MessageOut]


def state_view(state: ConversationState, asking: str | None) -> StateView:
    """The contract's view of a state; ``asking`` is the field this reply asks (or None)."""
    return StateView(
        stage=state.stage.value,
        customer_type=state.customer_type.value if state.customer_type else None,
        collected=dict(state.collected),
        missing=state.missing(),
        asking=asking,
        handoff=state.handoff,
        handoff_channel=handoff_channel(state),
        closed=state.closed,
    )
