"""The Eventarc stand-in for compose.yaml: Pub/Sub emulator pushes -> CloudEvents -> lead-events.

The same conversion as the local stack's in-process bridge (``infra.local.pubsub``), but
forwarding over the network to the ``lead-events`` container. At start it creates the topic and
the emulator's push subscription to itself.

    uvicorn infra.container.pubsub_bridge:app --host 0.0.0.0 --port 8090
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from infra.local.pubsub import (
    PUSH_PATH,
    create_topic_and_push_subscription,
    envelope_to_cloudevent,
    parse_push,
)

LEAD_EVENTS_URL = os.environ.get("LEAD_EVENTS_URL", "http://lead-events:8080/")
SELF_URL = os.environ.get("BRIDGE_URL", "http://pubsub-bridge:8090")


async def push(request: Request) -> Response:
    """Forward one pushed message; a failure of lead-events makes the emulator retry."""
    envelope = parse_push(await request.body())
    if isinstance(envelope, JSONResponse):
        return envelope
    headers, body = envelope_to_cloudevent(envelope)
    async with httpx.AsyncClient(timeout=30) as client:
        answer = await client.post(LEAD_EVENTS_URL, content=body, headers=headers)
    return Response(status_code=204 if answer.is_success else 503)


@asynccontextmanager
async def lifespan(_: Starlette) -> AsyncIterator[None]:
    create_topic_and_push_subscription(
        os.environ.get("GCP_PROJECT", "copperline-local"),
        os.environ.get("PUBSUB_TOPIC", "lead-events"),
        SELF_URL + PUSH_PATH,
    )
    yield


app = Starlette(routes=[Route(PUSH_PATH, push, methods=["POST"])], lifespan=lifespan)
