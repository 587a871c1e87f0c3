"""Lead events from the chat: recorded in the outbox with the turn, published once each, and
published again on the next turn when publishing failed."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from pymongo import AsyncMongoClient

from tests.conftest import FunctionClient

QUALIFYING = [
    "We run 3 cafés in Seattle and our espresso machines keep breaking down",
    "I'm Tom Okafor, tom@okafor-coffee.com",
    "We'd want regular maintenance visits",
]
# A contact but no business details yet: captured, not qualified.
CAPTURED_ONLY = ["We run a café in Seattle", "I'm Tom Okafor, tom@okafor-coffee.com"]


class Receiver:
    """A stand-in for the lead_events endpoint on loopback: records each posted CloudEvent."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.server: asyncio.Server | None = None
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1]) for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )  # fmt: skip
        body = json.loads(await reader.readexactly(length))
        self.events.append(body)
        writer.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    async def start(self, port: int = 0) -> None:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    def types(self) -> list[str]:
        import base64

        return [json.loads(base64.b64decode(e["message"]["data"]))["type"] for e in self.events]


async def play(client: httpx.AsyncClient, messages: list[str], sid: str | None = None) -> str:
    for message in messages:
        payload: dict[str, Any] = {"message": message}
        if sid:
            payload["session_id"] = sid
        response = await client.post("/messages", json=payload)
        assert response.status_code == 200, response.text
        sid = response.json()["session_id"]
    assert sid is not None
    return sid


async def outbox(env: dict[str, str], sid: str) -> list[dict[str, Any]]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(env["MONGODB_URI"])
    try:
        doc = await client[env["MONGODB_DB"]]["conversations"].find_one({"_id": sid})
    finally:
        await client.close()
    assert doc is not None
    return list(doc["state"]["outbox"])


async def test_each_event_is_published_once(
    function_client: FunctionClient, function_env: dict[str, str], receiver: Receiver
) -> None:
    """lead.captured on the first contact detail, lead.qualified at qualification, once each;
    details given after the lead went out (the maintenance wanted, a phone) reach it as
    lead.updated, and a goodbye that changes nothing publishes nothing."""
    url = f"http://127.0.0.1:{receiver.port}/"
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url)
    sid = await play(client, [*QUALIFYING, "+1 206 555 0133"])
    types = receiver.types()
    assert types[:2] == ["lead.captured", "lead.qualified"]
    assert set(types[2:]) == {"lead.updated"}  # at least one: the phone
    await play(client, ["thanks, bye"], sid)
    assert receiver.types() == types
    assert all(e["sent"] for e in await outbox(function_env, sid))


async def test_unsent_events_are_published_on_the_next_turn(
    function_client: FunctionClient, function_env: dict[str, str], receiver: Receiver
) -> None:
    """With lead_events down the event stays in the outbox; the next turn publishes it."""
    port = receiver.port
    await receiver.stop()
    url = f"http://127.0.0.1:{port}/"
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url)
    sid = await play(client, CAPTURED_ONLY)
    assert [e["sent"] for e in await outbox(function_env, sid)] == [False]
    await receiver.start(port)
    await play(client, ["what does the Pro plan cost?"], sid)
    assert receiver.types() == ["lead.captured"]
    assert [e["sent"] for e in await outbox(function_env, sid)] == [True]


async def test_two_held_events_are_published_in_order_and_both_marked_sent(
    function_client: FunctionClient, function_env: dict[str, str], receiver: Receiver
) -> None:
    """Two events held in the outbox go out in the order recorded on the next turn, and its one
    write marks both sent (an array filter on either type), so a third turn publishes nothing."""
    port = receiver.port
    await receiver.stop()
    url = f"http://127.0.0.1:{port}/"
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url)
    sid = await play(client, QUALIFYING)
    assert [e["sent"] for e in await outbox(function_env, sid)] == [False, False]
    await receiver.start(port)
    await play(client, ["what does the Pro plan cost?"], sid)
    assert receiver.types() == ["lead.captured", "lead.qualified"]
    assert [e["sent"] for e in await outbox(function_env, sid)] == [True, True]
    await play(client, ["thanks"], sid)
    assert receiver.types() == ["lead.captured", "lead.qualified"]
