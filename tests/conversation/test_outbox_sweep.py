"""The outbox sweep: a lead event left unsent by a conversation's last turn is published by a
later turn of another conversation, once past the grace period, and the sweep never fails a turn.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from infra.local.pubsub import PUSH_PATH, create_topic_and_push_subscription, push_bridge
from shared.chat.repository import ConversationRepository
from shared.chat.sweep import OutboxSweep, SweepPolicy
from shared.conversation.state import utcnow
from shared.events import HttpCloudEventPublisher
from tests.conftest import FunctionClient
from tests.conversation.test_chat_events import CAPTURED_ONLY, Receiver, outbox, play
from tests.foundation.conftest import load, serve
from tests.foundation.test_events import received

SWEEP_EVERY_TURN = {"EVENTS_MODE": "http", "OUTBOX_SWEEP_INTERVAL_SECONDS": "0"}
WAIT_S = 15.0
OTHER_VISITOR = ["what does the Pro plan cost?"]


async def on_conversations(env: dict[str, str], update: Any) -> None:
    """Apply ``update(collection)`` to the test database's conversations."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(env["MONGODB_URI"])
    try:
        await update(client[env["MONGODB_DB"]]["conversations"])
    finally:
        await client.close()


async def age(env: dict[str, str], sid: str, seconds: float = 120) -> None:
    """Make a conversation's last save ``seconds`` old (a visitor who left that long ago)."""

    async def backdate(col: Any) -> None:
        then = utcnow() - timedelta(seconds=seconds)
        await col.update_one({"_id": sid}, {"$set": {"updated_at": then}})

    await on_conversations(env, backdate)


async def until_sent(env: dict[str, str], sid: str) -> bool:
    """Whether every outbox event of the conversation is marked sent within ``WAIT_S``."""
    deadline = asyncio.get_running_loop().time() + WAIT_S
    while asyncio.get_running_loop().time() < deadline:
        if all(e["sent"] for e in await outbox(env, sid)):
            return True
        await asyncio.sleep(0.1)
    return False


async def left_unsent(client: Any, env: dict[str, str], receiver: Receiver) -> str:
    """A conversation whose lead.captured publish failed (lead_events down), then back up."""
    port = receiver.port
    await receiver.stop()
    sid = await play(client, CAPTURED_ONLY)
    assert [e["sent"] for e in await outbox(env, sid)] == [False]
    await receiver.start(port)
    return sid


def sessions(receiver: Receiver) -> list[str]:
    """The session ids of the lead events the receiver got."""
    import base64
    import json

    return [
        json.loads(base64.b64decode(e["message"]["data"]))["session_id"] for e in receiver.events
    ]


async def test_another_visitors_turn_delivers_an_event_left_unsent(
    function_client: FunctionClient, function_env: dict[str, str], receiver: Receiver
) -> None:
    """An event whose publish failed on a conversation's last turn reaches lead_events through
    the sweep a turn of another conversation starts, and is marked sent."""
    url = f"http://127.0.0.1:{receiver.port}/"
    client = await function_client("chat", LEAD_EVENTS_URL=url, **SWEEP_EVERY_TURN)
    gone = await left_unsent(client, function_env, receiver)
    await age(function_env, gone)
    await play(client, OTHER_VISITOR)
    assert await until_sent(function_env, gone)
    assert sessions(receiver) == [gone]
    assert receiver.types() == ["lead.captured"]


async def test_an_event_inside_the_grace_period_is_left_to_its_turn(
    function_client: FunctionClient, function_env: dict[str, str], receiver: Receiver
) -> None:
    """A sweep publishes the stale conversation's event but not the one saved seconds ago
    (whose own turn may still be publishing it)."""
    url = f"http://127.0.0.1:{receiver.port}/"
    client = await function_client("chat", LEAD_EVENTS_URL=url, **SWEEP_EVERY_TURN)
    fresh = await left_unsent(client, function_env, receiver)
    stale = await left_unsent(client, function_env, receiver)
    await age(function_env, stale)
    await play(client, OTHER_VISITOR)
    assert await until_sent(function_env, stale)
    assert sessions(receiver) == [stale]
    assert [e["sent"] for e in await outbox(function_env, fresh)] == [False]


async def test_an_unreadable_conversation_neither_fails_the_turn_nor_stops_the_sweep(
    function_client: FunctionClient, function_env: dict[str, str], receiver: Receiver
) -> None:
    """A stale conversation whose stored state does not validate is skipped: the triggering
    turn answers 200 and the next stale conversation's event is still delivered."""
    url = f"http://127.0.0.1:{receiver.port}/"
    client = await function_client("chat", LEAD_EVENTS_URL=url, **SWEEP_EVERY_TURN)
    stale = await left_unsent(client, function_env, receiver)
    await age(function_env, stale, seconds=100)
    broken = {"outbox": [{"type": "lead.captured", "sent": False, "occurred_at": "not a date"}]}

    async def insert(col: Any) -> None:  # older than the good one: read first
        then = utcnow() - timedelta(seconds=300)
        await col.insert_one({"_id": "broken", "state": broken, "updated_at": then})

    await on_conversations(function_env, insert)
    await play(client, OTHER_VISITOR)  # asserts 200
    assert await until_sent(function_env, stale)
    assert sessions(receiver) == [stale]


async def test_a_failing_sweep_is_logged_not_raised(
    function_env: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    """With its database client closed the sweep's run fails, and poking it (what a turn does)
    neither raises nor leaves the error unlogged."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(function_env["MONGODB_URI"])
    repository = ConversationRepository(client[function_env["MONGODB_DB"]])
    await client.close()
    sweep = OutboxSweep(repository, HttpCloudEventPublisher("http://127.0.0.1:9/"), SweepPolicy())
    with caplog.at_level(logging.WARNING, logger="shared.chat.sweep"):
        sweep.poke()
        assert sweep.running is not None
        await asyncio.wait([sweep.running])
    assert "outbox sweep failed" in caplog.text
    assert not sweep.due()  # the interval holds after a failed run too


def test_one_run_per_interval_and_none_when_switched_off() -> None:
    """A run is due at first and again only once the interval has passed; batch 0 never."""
    now = [0.0]
    sweep = OutboxSweep(None, None, SweepPolicy(interval_s=60), clock=lambda: now[0])  # type: ignore[arg-type]
    assert sweep.due()
    sweep._last = now[0]
    now[0] = 59.0
    assert not sweep.due()
    now[0] = 60.0
    assert sweep.due()
    off = OutboxSweep(None, None, SweepPolicy(batch=0))  # type: ignore[arg-type]
    assert not off.due()


@pytest.mark.pubsub
async def test_an_event_the_emulator_refused_is_swept_through_pubsub(
    function_client: FunctionClient,
    function_env: dict[str, str],
    pubsub_host: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the real Pub/Sub emulator: a publish refused (its topic missing) leaves the event
    unsent; once the topic exists, another conversation's turn sweeps it to lead_events."""
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", pubsub_host)
    topic = f"t-{function_env['MONGODB_DB']}"
    client = await function_client(
        "chat", EVENTS_MODE="pubsub", GCP_PROJECT="test-project", PUBSUB_TOPIC=topic,
        OUTBOX_SWEEP_INTERVAL_SECONDS="0",
    )  # fmt: skip
    gone = await play(client, CAPTURED_ONLY)
    assert [e["sent"] for e in await outbox(function_env, gone)] == [False]
    sink = load("sink")
    gateway = Starlette(
        routes=[Route(PUSH_PATH, push_bridge(sink), methods=["POST"]), Mount("/sink", sink)]
    )
    async with serve(gateway) as url:
        await asyncio.to_thread(
            create_topic_and_push_subscription, "test-project", topic, url + PUSH_PATH
        )
        await age(function_env, gone)
        await play(client, OTHER_VISITOR)
        assert await until_sent(function_env, gone)
        assert (await received(gone))["type"] == "lead.captured"
