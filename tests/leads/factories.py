"""Test data: conversations built from the real ConversationState model."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import (
    ConversationState,
    CustomerType,
    Message,
    OutboxEvent,
    RequestContext,
    Stage,
)

T0 = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)  # a Monday, 9:00 Pacific
REPLY = "Thanks!"


def transcript(*texts: str, start: datetime = T0, gap: float = 20.0) -> list[Message]:
    """The visitor says each text; the assistant answers each one ``gap`` seconds later."""
    lines: list[Message] = []
    at = start
    for text in texts:
        lines.append(Message(role="user", text=text, at=at))
        at += timedelta(seconds=gap)
        lines.append(Message(role="assistant", text=REPLY, at=at))
        at += timedelta(seconds=gap)
    return lines


def state(
    *,
    stage: Stage = Stage.EXPLORING,
    customer_type: CustomerType | None = None,
    collected: dict[str, Any] | None = None,
    context: dict[str, Any] | None = None,
    created_at: datetime = T0,
    **extra: Any,
) -> ConversationState:
    return ConversationState(
        stage=stage,
        customer_type=customer_type,
        collected=collected or {},
        context=RequestContext(**(context or {})),
        created_at=created_at,
        updated_at=created_at,
        **extra,
    )


NEW_CAFE_FIELDS = {
    "name": "Maya Chen",
    "email": "maya.chen@brightcup.co",
    "phone": "+15035550187",
    "opening_timeline": "in April",
    "coffee_preferences": "chocolatey medium-dark espresso",
    "equipment_needs": "espresso machine with two groups and a good grinder",
    "expected_volume": "around 250 cups a day",
}

CONTACT_ONLY = {k: NEW_CAFE_FIELDS[k] for k in ("name", "email", "phone")}

COOPERATIVE_TEXTS = (
    "Hi! I'm opening a small coffee shop in Portland next spring and need a coffee supplier.",
    "My name is Maya Chen",
    "maya.chen@brightcup.co",
    "You can call me on 503-555-0187",
    "We want to open in April",
    "Mostly espresso drinks, and we like chocolatey medium-dark roasts",
    "We need an espresso machine with two groups and a good grinder",
    "Probably around 250 cups a day",
)


def qualified_new_cafe(**overrides: Any) -> tuple[ConversationState, list[Message]]:
    """A new café that answered every question (the cooperative scenario)."""
    values = {
        "stage": Stage.QUALIFIED,
        "customer_type": CustomerType.NEW_CAFE,
        "collected": dict(NEW_CAFE_FIELDS),
        "context": {"timezone": "America/Los_Angeles", "country": "US"},
    } | overrides
    return state(**values), transcript(*COOPERATIVE_TEXTS)


def other_person(n: int) -> tuple[ConversationState, list[Message]]:
    """A qualified new café with its own email (the same email would merge into one lead)."""
    person, lines = qualified_new_cafe()
    person.collected["email"] = f"owner{n}@cafe{n}.example"
    return person, lines


def asked_to_be_called(kind: CustomerType, name: str, phone: str) -> ConversationState:
    """A visitor of ``kind`` who asked for a person and left a phone: handed off by phone, the
    handoff event in the outbox."""
    return state(
        customer_type=kind,
        collected={"name": name, "phone": phone},
        handoff=True,
        contact_by="phone",
        outbox=[OutboxEvent(type="lead.handoff", occurred_at=T0)],
    )


def new_session_id() -> str:
    return uuid.uuid4().hex


def conversation_document(
    conversation_state: ConversationState,
    messages: list[Message],
    session_id: str | None = None,
) -> dict[str, Any]:
    """A ``conversations`` document as the chat engine stores it."""
    return {
        "_id": session_id or new_session_id(),
        "state": conversation_state.model_dump(mode="python"),
        "messages": [m.model_dump(mode="python", exclude_none=True) for m in messages],
        "created_at": conversation_state.created_at,
        "updated_at": messages[-1].at if messages else conversation_state.updated_at,
    }


async def insert_conversation(
    db: AsyncDatabase[dict[str, Any]],
    conversation_state: ConversationState,
    messages: list[Message],
    session_id: str | None = None,
) -> str:
    """Store a conversation; returns its session id."""
    doc = conversation_document(conversation_state, messages, session_id)
    await db.conversations.insert_one(doc)
    return str(doc["_id"])
