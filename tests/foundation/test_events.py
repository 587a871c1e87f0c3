"""Lead events reach a CloudEvent function: directly over HTTP, and through Pub/Sub."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from infra.local.pubsub import PUSH_PATH, create_topic_and_push_subscription, push_bridge
from infra.local.services import PUBSUB_JVM_OPTS
from shared.db import database
from shared.events import (
    HttpCloudEventPublisher,
    InvalidEvent,
    LeadEvent,
    PubSubPublisher,
    decode_lead_event,
)
from shared.settings import load_settings
from tests.foundation.conftest import load, serve


def lead_event(session_id: str = "abc123", existing_customer: bool = False) -> LeadEvent:
    return LeadEvent(
        type="lead.captured",
        session_id=session_id,
        occurred_at=datetime.now(UTC),
        existing_customer=existing_customer,
    )


async def received(session_id: str) -> dict[str, Any]:
    """The sink's record of the event, waiting up to 15 s for the delivery."""
    collection = database(load_settings()).received
    async with asyncio.timeout(15):
        while True:
            document = await collection.find_one({"session_id": session_id})
            if document is not None:
                return document
            await asyncio.sleep(0.1)


async def test_http_publisher_delivers_a_pubsub_cloudevent(function_env: dict[str, str]) -> None:
    """Without the emulator, the publisher posts the CloudEvent Eventarc would deliver."""
    async with serve(load("sink")) as url:
        await HttpCloudEventPublisher(url + "/").publish(lead_event("direct1"))
    document = await received("direct1")
    assert document["ce_type"] == "google.cloud.pubsub.topic.v1.messagePublished"
    assert document["type"] == "lead.captured"


@contextlib.asynccontextmanager
async def sink_behind_pubsub(topic: str) -> AsyncIterator[PubSubPublisher]:
    """A publisher to a new emulator topic whose push subscription reaches the sink function
    through the local bridge (``PUBSUB_EMULATOR_HOST`` set by the caller)."""
    sink = load("sink")
    gateway = Starlette(
        routes=[Route(PUSH_PATH, push_bridge(sink), methods=["POST"]), Mount("/sink", sink)]
    )
    async with serve(gateway) as url:
        await asyncio.to_thread(
            create_topic_and_push_subscription, "test-project", topic, url + PUSH_PATH
        )
        yield PubSubPublisher("test-project", topic)


@pytest.mark.pubsub
async def test_pubsub_publish_reaches_the_event_function(
    function_env: dict[str, str], pubsub_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message published to the emulator is pushed, bridged, and received as a CloudEvent."""
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", pubsub_host)
    async with sink_behind_pubsub(f"t-{function_env['MONGODB_DB']}") as publisher:
        await publisher.publish(lead_event("viapubsub1"))
        document = await received("viapubsub1")
    assert document["ce_type"] == "google.cloud.pubsub.topic.v1.messagePublished"


@pytest.mark.pubsub
async def test_the_customer_flag_crosses_pubsub(
    function_env: dict[str, str], pubsub_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A customer's event published to the emulator arrives with the flag in its data and as
    the ``existing_customer`` attribute a subscription can filter on; a prospect's says false."""
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", pubsub_host)
    async with sink_behind_pubsub(f"c-{function_env['MONGODB_DB']}") as publisher:
        await publisher.publish(lead_event("customer1", existing_customer=True))
        await publisher.publish(lead_event("prospect1"))
        customer, prospect = await received("customer1"), await received("prospect1")
    flags = [
        (d["existing_customer"], d["attributes"]["existing_customer"]) for d in (customer, prospect)
    ]
    assert flags == [(True, "true"), (False, "false")]


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        {"message": {"data": "!!!not base64"}},
        {"message": {"data": "eyJ0eXBlIjogImxlYWQuZGVsZXRlZCJ9"}},  # {"type": "lead.deleted"}
        {"type": "lead.captured", "session_id": {"$gt": ""}, "occurred_at": "2026-01-01T00:00:00Z"},
        None,
    ],
)
def test_garbage_events_are_invalid_not_crashes(data: object) -> None:
    """Malformed envelopes, unknown types and operator injections raise InvalidEvent."""
    with pytest.raises(InvalidEvent):
        decode_lead_event(data)


@pytest.mark.pubsub
async def test_local_subscription_dead_letters_like_production(
    function_env: dict[str, str], pubsub_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The emulator's push subscription has production's dead-letter topic, 10 delivery
    attempts and 10-600 s exponential back-off."""
    from google.cloud import pubsub_v1

    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", pubsub_host)
    topic = f"d-{function_env['MONGODB_DB']}"
    await asyncio.to_thread(
        create_topic_and_push_subscription, "test-project", topic, "http://127.0.0.1:9/x"
    )
    subscriber = pubsub_v1.SubscriberClient()
    path = subscriber.subscription_path("test-project", f"{topic}-push")
    subscription = await asyncio.to_thread(subscriber.get_subscription, subscription=path)
    subscriber.close()
    policy = subscription.dead_letter_policy
    assert policy.dead_letter_topic == f"projects/test-project/topics/{topic}-dead-letter"
    assert policy.max_delivery_attempts == 10
    assert subscription.retry_policy.minimum_backoff.total_seconds() == 10
    assert subscription.retry_policy.maximum_backoff.total_seconds() == 600


@pytest.mark.pubsub
async def test_a_poison_message_is_acknowledged_through_the_emulator(
    function_env: dict[str, str], pubsub_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nested JSON 1,000 deep published to the emulator reaches lead_events, which
    acknowledges it: the bridge answers the emulator 204, not a failure to redeliver."""
    from google.cloud import pubsub_v1
    from starlette.requests import Request
    from starlette.responses import Response

    from tests.conftest import load_function_app

    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", pubsub_host)
    bridge = push_bridge(load_function_app("lead_events"))
    answers: list[int] = []

    async def counting(request: Request) -> Response:
        response: Response = await bridge(request)
        answers.append(response.status_code)
        return response

    gateway = Starlette(routes=[Route(PUSH_PATH, counting, methods=["POST"])])
    topic = f"p-{function_env['MONGODB_DB']}"
    async with serve(gateway) as url:
        await asyncio.to_thread(
            create_topic_and_push_subscription, "test-project", topic, url + PUSH_PATH
        )
        publisher = pubsub_v1.PublisherClient()
        future = publisher.publish(publisher.topic_path("test-project", topic), b"[" * 1000)
        await asyncio.wrap_future(future)
        async with asyncio.timeout(15):
            while not answers:  # noqa: ASYNC110 - the emulator pushes when it pushes
                await asyncio.sleep(0.1)
    assert answers == [204]


def test_the_emulator_runs_with_a_bounded_heap(pubsub_host: str) -> None:
    """Its JVM gets the local stack's options (a 128 MB heap at most), not the JVM's defaults
    for the machine, under which its memory kept growing in the soak."""
    port = pubsub_host.rsplit(":", 1)[1]
    commands = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes().split(b"\0")
        except OSError:  # the process ended meanwhile
            continue
        if f"--port={port}".encode() in argv and any(a.endswith(b"java") for a in argv[:1]):
            commands.append(argv)
    assert len(commands) == 1, "the emulator's JVM was not found by its port"
    for option in PUBSUB_JVM_OPTS.split():
        assert option.encode() in commands[0]
