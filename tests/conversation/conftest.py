"""A module-wide chat function (one cold start) and a direct handle on its database."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from tests.conftest import GENEROUS_LIMITS, load_function_app, new_db_name


@pytest.fixture(scope="module")
def chat_env(mongo_uri: str, kb_bundle_dir: Path) -> Iterator[dict[str, str]]:
    env = {
        "ENV": "test",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": new_db_name(),
        "MONGODB_TIMEOUT_MS": "5000",
        # A client of its own (clients are shared per URI and pool settings): this module's
        # function lives across many tests and must not inherit a pool other tests reset.
        "MONGODB_MAX_POOL_SIZE": "40",
        "EVENTS_MODE": "off",
        "LOG_LEVEL": "WARNING",
        **GENEROUS_LIMITS,
        "INDEX_LOCAL_DIR": str(kb_bundle_dir),
    }
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        yield env


@pytest.fixture(scope="module")
async def chat_client(chat_env: dict[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the real chat function."""
    app = load_function_app("chat")
    transport = httpx.ASGITransport(app=app, client=("203.0.113.10", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture(scope="module")
async def conversations(chat_env: dict[str, str]) -> AsyncIterator[Any]:
    """The chat's ``conversations`` collection, read directly to check what was stored."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        os.environ["MONGODB_URI"], tz_aware=True
    )
    yield client[chat_env["MONGODB_DB"]]["conversations"]
    await client.close()
