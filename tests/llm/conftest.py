"""Fixtures for the LLM mode: the OpenAI-compatible test server and a chat function using it.

The chat runs as at a cold start with ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` pointing at
the server, so the real ``openai`` SDK makes real HTTP calls to it.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from shared.llm.client import close_clients, opened_clients
from tests.conftest import GENEROUS_LIMITS, load_function_app, new_db_name
from tests.llm_server import FakeOpenAI
from tests.session_secrets import remember, secret_headers

TEST_KEY = "sk-test-0123456789abcdefXYZ"


@pytest.fixture(scope="session")
def fake_openai() -> Iterator[FakeOpenAI]:
    """The OpenAI-compatible server on a free loopback port, for the whole session."""
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def llm(fake_openai: FakeOpenAI) -> FakeOpenAI:
    """The server with default answers, no latency, no faults and no recorded calls."""
    fake_openai.reset()
    return fake_openai


def llm_env(
    mongo_uri: str, kb_bundle_dir: Path, server: FakeOpenAI, **extra: str
) -> dict[str, str]:
    return {
        "ENV": "test",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": new_db_name(),
        "MONGODB_TIMEOUT_MS": "5000",
        "MONGODB_MAX_POOL_SIZE": "41",
        "EVENTS_MODE": "off",
        "LOG_LEVEL": "WARNING",
        "INDEX_LOCAL_DIR": str(kb_bundle_dir),
        "OPENAI_API_KEY": TEST_KEY,
        "OPENAI_BASE_URL": server.url,
        "LLM_TIMEOUT_S": "5",  # generous: a loaded test machine must not turn a test into a fault
        "LLM_BREAKER_FAILURES": "100",
        **GENEROUS_LIMITS,
        **extra,
    }


async def open_chat(env: dict[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """A cold-started chat function with ``env``, and its database dropped afterwards."""
    opened = opened_clients()
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        app = load_function_app("chat")
    transport = httpx.ASGITransport(app=app, client=("203.0.113.11", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    await close_clients(since=opened)
    mongo: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(env["MONGODB_URI"])
    try:
        await mongo.drop_database(env["MONGODB_DB"])
    finally:
        await mongo.close()


@pytest.fixture(scope="module")
def chat_llm_env(mongo_uri: str, kb_bundle_dir: Path, fake_openai: FakeOpenAI) -> dict[str, str]:
    return llm_env(mongo_uri, kb_bundle_dir, fake_openai)


@pytest.fixture(scope="module")
async def llm_chat(chat_llm_env: dict[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """The chat function in LLM mode, one cold start per module."""
    async for client in open_chat(chat_llm_env):
        yield client


@pytest.fixture(scope="module")
async def api_calls(chat_llm_env: dict[str, str]) -> AsyncIterator[Any]:
    """The LLM chat's ``api_calls`` collection, read directly."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        os.environ.get("MONGODB_URI", chat_llm_env["MONGODB_URI"]), tz_aware=True
    )
    yield client[chat_llm_env["MONGODB_DB"]]["api_calls"]
    await client.close()


async def say(
    client: httpx.AsyncClient, message: str, session: str | None = None, **extra: Any
) -> dict[str, Any]:
    """Send one message; the 200 response body."""
    body: dict[str, Any] = {"message": message, **extra}
    if session:
        body["session_id"] = session
    answer = await client.post("/messages", json=body, headers=secret_headers(session))
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    remember(result)
    return result
