"""A direct handle on the module's chat database (the chat client is in tests/conftest.py), and
the lead_events stand-in the outbox tests publish to."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from tests.conversation.test_chat_events import Receiver


@pytest.fixture(scope="module")
async def conversations(chat_env: dict[str, str]) -> AsyncIterator[Any]:
    """The chat's ``conversations`` collection, read directly to check what was stored."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        os.environ["MONGODB_URI"], tz_aware=True
    )
    yield client[chat_env["MONGODB_DB"]]["conversations"]
    await client.close()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """The lead_events stand-in on loopback (stopped afterwards when still serving)."""
    server = Receiver()
    await server.start()
    yield server
    if server.server is not None and server.server.is_serving():
        await server.stop()
