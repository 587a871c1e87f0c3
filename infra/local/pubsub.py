"""The Pub/Sub topic, its push subscription, and the Eventarc-like bridge to ``lead_events``.

The emulator pushes a raw Pub/Sub envelope; deployed, Eventarc turns each message into a
CloudEvent of type ``google.cloud.pubsub.topic.v1.messagePublished``. The bridge does the same
conversion so that ``lead_events`` receives exactly what it receives in the cloud, and answers
the emulator with ``lead_events``' own status so failures are retried.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from shared.events import cloudevent_headers

PUSH_PATH = "/_pubsub/push"


def create_topic_and_push_subscription(project: str, topic: str, push_endpoint: str) -> None:
    """Create the topic and a push subscription to the bridge (idempotent, emulator only)."""
    from google.api_core.exceptions import AlreadyExists
    from google.cloud import pubsub_v1

    publisher = pubsub_v1.PublisherClient()
    subscriber = pubsub_v1.SubscriberClient()
    topic_path = publisher.topic_path(project, topic)
    subscription_path = subscriber.subscription_path(project, f"{topic}-push")
    with contextlib.suppress(AlreadyExists):
        publisher.create_topic(name=topic_path)
    push_config = pubsub_v1.types.PushConfig(push_endpoint=push_endpoint)
    try:
        subscriber.create_subscription(
            name=subscription_path,
            topic=topic_path,
            push_config=push_config,
            ack_deadline_seconds=30,
        )
    except AlreadyExists:
        subscriber.modify_push_config(subscription=subscription_path, push_config=push_config)
    subscriber.close()


def envelope_to_cloudevent(envelope: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    """Headers and body of the messagePublished CloudEvent for one pushed envelope."""
    message = envelope.get("message") or {}
    message_id = str(message.get("messageId") or message.get("message_id") or "")
    headers = cloudevent_headers(message_id, "//pubsub.googleapis.com/local")
    return headers, json.dumps(envelope).encode()


def push_bridge(lead_events_app: Any) -> Any:
    """A Starlette endpoint that forwards pushes to the in-process ``lead_events`` app."""
    transport = httpx.ASGITransport(app=lead_events_app)

    async def bridge(request: Request) -> Response:
        try:
            envelope = json.loads(await request.body())
        except ValueError:
            return JSONResponse({"error": {"code": "malformed_json", "message": "bad push"}}, 400)
        headers, body = envelope_to_cloudevent(envelope)
        async with httpx.AsyncClient(transport=transport, base_url="http://lead-events") as client:
            answer = await client.post("/", content=body, headers=headers)
        return Response(status_code=204 if answer.is_success else 503)

    return bridge
