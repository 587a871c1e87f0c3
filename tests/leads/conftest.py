"""Fixtures for lead tests: the database, lead events sent as real CloudEvents, a webhook."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pymongo.asynchronous.database import AsyncDatabase
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from shared.events import cloudevent_headers, pubsub_envelope
from tests.foundation.conftest import serve
from tests.leads.sales import token_for

SendEvent = Callable[..., Awaitable[httpx.Response]]


def cloudevent(data: Any, ce_type: str | None = None) -> tuple[dict[str, str], bytes]:
    """Binary-mode CloudEvent headers and body carrying ``data`` as Eventarc would."""
    message_id = uuid.uuid4().hex
    headers = cloudevent_headers(message_id, "//pubsub.googleapis.com/test")
    if ce_type:
        headers["ce-type"] = ce_type
    return headers, json.dumps(data).encode()


def lead_event_data(session_id: str, event_type: str = "lead.qualified") -> dict[str, Any]:
    payload = {"type": event_type, "session_id": session_id, "occurred_at": datetime.now(UTC)}
    data = json.dumps(payload, default=str).encode()
    return pubsub_envelope(data, {"type": event_type}, uuid.uuid4().hex)


@pytest.fixture
async def api(function_client: Any, db: AsyncDatabase[dict[str, Any]]) -> httpx.AsyncClient:
    """The leads function, signed in as a sales user."""
    client: httpx.AsyncClient = await function_client("leads")
    client.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    return client


@pytest.fixture
async def lead_events(function_client: Any) -> httpx.AsyncClient:
    """The lead_events function served by the real framework."""
    client: httpx.AsyncClient = await function_client("lead_events")
    return client


@pytest.fixture
def send_event(lead_events: httpx.AsyncClient) -> SendEvent:
    """Post a lead event for a session (or raw CloudEvent data) to lead_events."""

    async def send(
        session_id: str | None = None,
        event_type: str = "lead.qualified",
        *,
        data: Any = None,
        client: httpx.AsyncClient | None = None,
    ) -> httpx.Response:
        body = data if session_id is None else lead_event_data(session_id, event_type)
        headers, content = cloudevent(body)
        return await (client or lead_events).post("/", headers=headers, content=content)

    return send


@dataclass
class Webhook:
    """A tiny real HTTP server standing in for the sales webhook."""

    url: str = ""
    behaviour: str = "ok"  # ok | error | slow
    delay: float = 1.0
    received: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
async def webhook() -> AsyncIterator[Webhook]:
    """A webhook receiver on 127.0.0.1 that succeeds, fails with 500, or answers too late."""
    hook = Webhook()

    async def receive(request: Request) -> Response:
        hook.received.append(await request.json())
        if hook.behaviour == "slow":
            await asyncio.sleep(hook.delay)
        if hook.behaviour == "error":
            return JSONResponse({"error": "boom"}, status_code=500)
        return JSONResponse({"ok": True})

    app = Starlette(routes=[Route("/hook", receive, methods=["POST"])])
    async with serve(app) as base:
        hook.url = base + "/hook"
        yield hook
