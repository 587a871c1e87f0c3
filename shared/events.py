"""Lead events: the message model, the publishers, and the Pub/Sub CloudEvent envelope.

In the cloud the chat function publishes to a Pub/Sub topic and Eventarc delivers each message
to ``lead_events`` as a CloudEvent of type ``google.cloud.pubsub.topic.v1.messagePublished``.
Locally the same CloudEvent is produced either by the bridge behind the Pub/Sub emulator's push
subscription or, without the emulator, by :class:`HttpCloudEventPublisher` directly.
"""

from __future__ import annotations

import asyncio
import base64
import uuid
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from shared.errors import AppError, MalformedJSON
from shared.http import loads_json
from shared.settings import Settings

PUBSUB_EVENT_TYPE = "google.cloud.pubsub.topic.v1.messagePublished"
# lead.customer: the visitor turned out to be an existing customer after a lead event went out;
# lead.updated: the conversation stored new details after its lead's last event;
# lead.erased: the visitor erased the conversation in chat: its lead is erased at sales too
LeadEventType = Literal[
    "lead.captured",
    "lead.qualified",
    "lead.handoff",
    "lead.customer",
    "lead.updated",
    "lead.erased",
]


class LeadEvent(BaseModel):
    """The payload of one Pub/Sub message about a conversation's lead."""

    model_config = ConfigDict(extra="ignore")

    type: LeadEventType
    session_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")
    occurred_at: datetime
    existing_customer: bool = Field(
        default=False,
        strict=True,
        description="The visitor already buys from us, as the chat knew when it published "
        "(absent from older messages: false); the lead itself is computed from the stored "
        "conversation",
    )

    @property
    def event_id(self) -> str:
        """Stable id: one conversation emits each event type at most once, except
        ``lead.updated``, whose handling re-reads the conversation (any copy will do)."""
        return f"{self.session_id}:{self.type}"


class InvalidEvent(AppError):
    """A message that can never be processed (retrying cannot help): acknowledge and log."""

    status = 400
    code = "invalid_event"


class EventPublisher(Protocol):
    async def publish(self, event: LeadEvent) -> None: ...


def encode(event: LeadEvent) -> bytes:
    return event.model_dump_json().encode()


def attributes(event: LeadEvent) -> dict[str, str]:
    """The Pub/Sub message attributes: a subscription can filter on them without decoding
    the data (``attributes.existing_customer = "true"`` for account management)."""
    return {
        "type": event.type,
        "session_id": event.session_id,
        "existing_customer": "true" if event.existing_customer else "false",
    }


def pubsub_envelope(data: bytes, attributes: dict[str, str], message_id: str) -> dict[str, Any]:
    """The ``data`` of a messagePublished CloudEvent, as Eventarc builds it."""
    return {
        "message": {
            "data": base64.b64encode(data).decode(),
            "attributes": attributes,
            "messageId": message_id,
            "publishTime": datetime.now(UTC).isoformat(),
        },
        "subscription": "projects/local/subscriptions/lead-events",
    }


def cloudevent_headers(message_id: str, source: str) -> dict[str, str]:
    """Binary-mode CloudEvent headers for a messagePublished event."""
    return {
        "ce-specversion": "1.0",
        "ce-type": PUBSUB_EVENT_TYPE,
        "ce-source": source,
        "ce-id": message_id,
        "ce-time": datetime.now(UTC).isoformat(),
        "content-type": "application/json",
    }


def decode_lead_event(data: Any) -> LeadEvent:
    """The lead event inside a messagePublished CloudEvent's data (or a bare payload)."""
    try:
        if isinstance(data, (bytes, str)):
            data = loads_json(data)
        if isinstance(data, dict) and isinstance(data.get("message"), dict):
            data = loads_json(base64.b64decode(data["message"].get("data") or b"", validate=True))
        return LeadEvent.model_validate(data)
    except (ValueError, TypeError, ValidationError, RecursionError, MalformedJSON) as exc:
        raise InvalidEvent(f"not a lead event: {type(exc).__name__}") from None


class PubSubPublisher:
    """Publishes to a Pub/Sub topic (honours ``PUBSUB_EMULATOR_HOST``).

    The client (and gRPC, a few tenths of a second to import) is created on the first publish,
    in a worker thread, not at cold start: a visitor's first answer never needs it. Each
    message is sent at once (a batch of one): the turn waits for its publish, and the client's
    default batching held every message 10 ms for company that a turn never brings.
    """

    def __init__(self, project: str, topic: str) -> None:
        self._project, self._topic_name = project, topic
        self._client: Any = None

    def _connect(self) -> Any:
        from google.cloud import pubsub_v1

        if self._client is None:
            batching = pubsub_v1.types.BatchSettings(max_messages=1)
            self._client = pubsub_v1.PublisherClient(batch_settings=batching)
        return self._client

    async def publish(self, event: LeadEvent) -> None:
        client = self._client or await asyncio.to_thread(self._connect)
        topic = client.topic_path(self._project, self._topic_name)
        future = client.publish(topic, encode(event), **attributes(event))
        await asyncio.wait_for(asyncio.wrap_future(future), timeout=10)


class HttpCloudEventPublisher:
    """Posts the CloudEvent Eventarc would deliver straight to ``lead_events`` (local stack)."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self._url = url
        self._timeout = timeout

    async def publish(self, event: LeadEvent) -> None:
        message_id = uuid.uuid4().hex
        body = pubsub_envelope(encode(event), attributes(event), message_id)
        headers = cloudevent_headers(message_id, "//pubsub.googleapis.com/local")
        import httpx  # only the local stack posts events itself (kept off the cold start)

        async with httpx.AsyncClient(timeout=self._timeout) as client:
            response = await client.post(self._url, json=body, headers=headers)
            response.raise_for_status()


class NullPublisher:
    """Drops events (``EVENTS_MODE=off``); the outbox keeps them unsent."""

    async def publish(self, event: LeadEvent) -> None:
        raise ConnectionError("event publishing is switched off")


def make_publisher(settings: Settings) -> EventPublisher:
    """The publisher the settings ask for."""
    if settings.events_mode == "pubsub":
        return PubSubPublisher(settings.gcp_project, settings.pubsub_topic)
    if settings.events_mode == "http":
        return HttpCloudEventPublisher(settings.lead_events_url)
    return NullPublisher()
