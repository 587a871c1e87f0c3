"""The database commands of one chat turn: the chat function in process, every command the
chat's pymongo client sends recorded (command monitoring), per turn of the bench visitors'
conversations, and the GET of a session.

Run against a MongoDB-wire server (the local stack's, or any SecantusDB):
``MONGODB_URI=mongodb://127.0.0.1:PORT python -m bench.roundtrips [conversations]``. It uses
a fresh database, dropped afterwards, and publishes no events (``EVENTS_MODE=off`` keeps the
outbox unsent, so the count of publishes is printed separately from the outbox).
"""

from __future__ import annotations

import asyncio
import collections
import os
import random
import sys
import uuid
from typing import Any

from pymongo import monitoring

from bench.visitors import conversation, questions


class Recorder(monitoring.CommandListener):
    """Keeps the name and collection of every command started."""

    def __init__(self) -> None:
        self.commands: list[str] = []

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        target = event.command.get(event.command_name)
        self.commands.append(f"{event.command_name} {target}")

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


class CountingPublisher:
    """Accepts every lead event and counts it (no Pub/Sub)."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.published: list[Any] = []

    async def publish(self, event: Any) -> None:
        self.events.append(event.type)
        self.published.append(event)


async def run(conversations: int) -> None:
    os.environ.update(
        ENV="test", MONGODB_DB=f"rt_{uuid.uuid4().hex[:10]}", EVENTS_MODE="off",
        LOG_LEVEL="WARNING", RATE_LIMIT_CHAT="100000/minute", RATE_LIMIT_DEFAULT="100000/minute",
        RATE_LIMIT_CHAT_ADDRESS="100000/minute",
    )  # fmt: skip
    recorder = Recorder()
    monitoring.register(recorder)
    import httpx

    from infra.local.gateway import load_function

    app = load_function("chat")
    publisher = CountingPublisher()
    _install_publisher(publisher)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    per_turn: list[list[str]] = []
    rng, pool = random.Random(7), questions()
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        await client.post("/messages", json={"message": "warm up"})
        for _ in range(conversations):
            session = None
            for text in conversation(rng, pool):
                recorder.commands.clear()
                body = {"message": text, **({"session_id": session} if session else {})}
                reply = (await client.post("/messages", json=body)).json()
                session = reply["session_id"]
                per_turn.append(list(recorder.commands))
            recorder.commands.clear()
            await client.get(f"/sessions/{session}")
            get_commands = list(recorder.commands)
    _report(per_turn, get_commands, publisher.events, conversations)
    await _lead_events(publisher.published, recorder)
    from pymongo import AsyncMongoClient

    admin: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(os.environ["MONGODB_URI"])
    await admin.drop_database(os.environ["MONGODB_DB"])
    await admin.close()


async def _lead_events(events: list[Any], recorder: Recorder) -> None:
    """Each published event handled by the lead_events service in process, in the order
    published: its CPU time and database commands."""
    import time

    from shared.db import database
    from shared.leads.events import handle_event_data
    from shared.leads.processing import LeadEventsService
    from shared.leads.webhook import WebhookNotifier
    from shared.settings import load_settings

    service = LeadEventsService(database(load_settings()), WebhookNotifier(""))
    await service.start()
    by_type: dict[str, list[tuple[float, int]]] = collections.defaultdict(list)
    for event in events:
        recorder.commands.clear()
        started = time.process_time()
        await handle_event_data(service, event.model_dump(mode="json"))
        if event.type not in by_type:
            print(f"lead_events {event.type}: {', '.join(recorder.commands)}")
        by_type[event.type].append((time.process_time() - started, len(recorder.commands)))
    for kind, runs in by_type.items():
        cpu = sum(c for c, _ in runs) / len(runs) * 1000
        commands = sum(n for _, n in runs) / len(runs)
        print(f"lead_events {kind}: {len(runs)} handled, {cpu:.1f} ms CPU, {commands:.1f} commands")


def _install_publisher(publisher: CountingPublisher) -> None:
    """Every loaded chat service publishes to the counter."""
    import gc

    from shared.chat.service import ChatService

    for obj in gc.get_objects():
        if isinstance(obj, ChatService):
            obj.publisher = publisher


def _report(per_turn: list[list[str]], get: list[str], events: list[str], convs: int) -> None:
    kinds: collections.Counter[str] = collections.Counter()
    for commands in per_turn:
        kinds.update(c for c in commands if not c.startswith(("endSessions", "hello")))
    turns = len(per_turn)
    total = sum(kinds.values())
    print(f"{turns} turns, {total / turns:.2f} commands a turn, {len(events) / turns:.2f} events")
    for kind, n in kinds.most_common():
        print(f"  {n / turns:5.2f}  {kind}")
    print("turn by turn (first conversation):")
    for i, commands in enumerate(per_turn[: turns // convs]):
        print(f"  {i + 1}: {', '.join(commands)}")
    print(f"GET /sessions/{{id}}: {', '.join(get)}")
    print(f"events published: {collections.Counter(events)} in {convs} conversations")


if __name__ == "__main__":
    asyncio.run(run(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
