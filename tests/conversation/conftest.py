"""A module-wide chat function (one cold start) and a direct handle on its database."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from tests.conftest import load_function_app


@pytest.fixture(scope="module")
def chat_env(module_chat_env: dict[str, str]) -> dict[str, str]:
    """The chat function's environment for this module (see ``module_chat_env``)."""
    return module_chat_env


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
