"""One chat function per scenario module: cold start once, a fresh database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.conftest import load_function_app


@pytest.fixture(scope="module")
def chat_env(module_chat_env: dict[str, str]) -> dict[str, str]:
    """The chat function's environment for this module (see ``module_chat_env``)."""
    return module_chat_env


@pytest.fixture(scope="module")
async def chat_client(chat_env: dict[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the real chat function (functions-framework ASGI app)."""
    app = load_function_app("chat")
    transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
