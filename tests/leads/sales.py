"""Helpers for the sales-side API tests: real users' tokens and leads made by the real service."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.auth.tokens import TokenCodec
from shared.auth.users import Role, UserRepository
from shared.events import LeadEvent
from shared.leads.processing import LeadEventsService
from shared.leads.webhook import WebhookNotifier
from shared.settings import load_settings
from tests.leads.factories import insert_conversation

Db = AsyncDatabase[dict[str, Any]]


async def token_for(db: Db, role: Role) -> str:
    """An access token of a real user with this role."""
    user = await UserRepository(db).insert(
        f"{role}-{datetime.now(UTC).timestamp()}@x.co", role, "not-a-real-hash"
    )
    return TokenCodec.from_settings(load_settings()).issue_access(user.id, role).token


async def user_id(db: Db, active: bool = True) -> str:
    """The id of a real sales user (deactivated when ``active`` is False)."""
    user = await UserRepository(db).insert(
        f"owner-{datetime.now(UTC).timestamp()}@x.co", "sales", "not-a-real-hash"
    )
    if not active:
        await db.users.update_one({"_id": user.id}, {"$set": {"active": False}})
    return user.id


async def make_lead(
    db: Db, conversation_state: Any, messages: Any, notifier: WebhookNotifier | None = None
) -> str:
    """Store a conversation and process its lead event with the real service (telling
    ``notifier``'s webhook, else none); the lead id."""
    session_id = await insert_conversation(db, conversation_state, messages)
    service = LeadEventsService(db, notifier or WebhookNotifier(""))
    await service.start()
    event = LeadEvent(type="lead.captured", session_id=session_id, occurred_at=datetime.now(UTC))
    return (await service.handle(event)).lead_id
