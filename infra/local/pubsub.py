"""The Pub/Sub topic, its push subscription, and the Eventarc-like bridge to ``lead_events``.

The emulator pushes a raw Pub/Sub envelope; deployed, Eventarc turns each message into a
CloudEvent of type ``google.cloud.pubsub.topic.v1.messagePublished``. The bridge does the same
conversion so that ``lead_events`` receives exactly what it receives in the cloud, and answers
the emulator with ``lead_events``' own status so failures are retried.
"""

from __future__ import annotations

import contextlib
import json
from datetime import timedelta
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from shared.errors import MalformedJSON
from shared.events import cloudevent_headers
from shared.http import loads_json

PUSH_PATH = "/_pubsub/push"


# The same delivery policy as production (infra/terraform, infra/pubsub.md).
MAX_DELIVERY_ATTEMPTS = 10
MIN_BACKOFF_SECONDS = 10
MAX_BACKOFF_SECONDS = 600


def dead_letter_names(topic: str) -> tuple[str, str]:
    """The dead-letter topic and its holding subscription for ``topic``."""
    return f"{topic}-dead-letter", f"{topic}-dead-letter-hold"


def subscription_settings(project: str, topic: str) -> dict[str, Any]:
    """The push subscription's retry and dead-letter policies, as in production."""
    from google.cloud import pubsub_v1

    dead_topic, _ = dead_letter_names(topic)
    return {
        "ack_deadline_seconds": 30,
        "retry_policy": pubsub_v1.types.RetryPolicy(
            minimum_backoff=timedelta(seconds=MIN_BACKOFF_SECONDS),
            maximum_backoff=timedelta(seconds=MAX_BACKOFF_SECONDS),
        ),
        "dead_letter_policy": pubsub_v1.types.DeadLetterPolicy(
            dead_letter_topic=f"projects/{project}/topics/{dead_topic}",
            max_delivery_attempts=MAX_DELIVERY_ATTEMPTS,
        ),
    }


def create_topic_and_push_subscription(project: str, topic: str, push_endpoint: str) -> None:
    """Create the topic, its dead-letter topic, and a push subscription to the bridge with
    production's retry and dead-letter policies (idempotent, emulator only)."""
    from google.api_core.exceptions import AlreadyExists
    from google.cloud import pubsub_v1

    publisher = pubsub_v1.PublisherClient()
    subscriber = pubsub_v1.SubscriberClient()
    dead_topic, dead_hold = dead_letter_names(topic)
    for name in (topic, dead_topic):
        with contextlib.suppress(AlreadyExists):
            publisher.create_topic(name=publisher.topic_path(project, name))
    with contextlib.suppress(AlreadyExists):
        subscriber.create_subscription(
            name=subscriber.subscription_path(project, dead_hold),
            topic=publisher.topic_path(project, dead_topic),
        )
    subscription_path = subscriber.subscription_path(project, f"{topic}-push")
    push_config = pubsub_v1.types.PushConfig(push_endpoint=push_endpoint)
    try:
        subscriber.create_subscription(
            request={
                "name": subscription_path,
                "topic": publisher.topic_path(project, topic),
                "push_config": push_config,
                **subscription_settings(project, topic),
            }
        )
    except AlreadyExists:
        subscriber.modify_push_config(subscription=subscription_path, push_config=push_config)
    subscriber.close()


class PushMessage(BaseModel):
    """The pushed message: what the emulator sends (unknown keys are passed on untouched)."""

    model_config = ConfigDict(extra="allow", strict=True)

    data: str | None = None
    attributes: dict[str, str] | None = None
    messageId: str | None = None  # noqa: N815 - Pub/Sub's field name
    message_id: str | None = None


class PushEnvelope(BaseModel):
    """``{"message": {...}, "subscription": "..."}``: a push the bridge can forward."""

    model_config = ConfigDict(extra="allow", strict=True)

    message: PushMessage
    subscription: str | None = None


def bad_push(code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, 400)


def parse_push(raw: bytes) -> dict[str, Any] | JSONResponse:
    """The pushed envelope, or the 400 answer for a body that is not JSON or not an envelope
    (a list, a string ``message``, a missing ``message``): those can never succeed, so the
    emulator should not retry them as it would a 5xx."""
    try:
        envelope = loads_json(raw)
    except MalformedJSON:
        return bad_push("malformed_json", "The push body is not JSON.")
    try:
        PushEnvelope.model_validate(envelope)
    except ValidationError:
        return bad_push("malformed_envelope", "The push body is not a Pub/Sub push envelope.")
    return dict(envelope)


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
        envelope = parse_push(await request.body())
        if isinstance(envelope, JSONResponse):
            return envelope
        headers, body = envelope_to_cloudevent(envelope)
        async with httpx.AsyncClient(transport=transport, base_url="http://lead-events") as client:
            answer = await client.post("/", content=body, headers=headers)
        return Response(status_code=204 if answer.is_success else 503)

    return bridge
