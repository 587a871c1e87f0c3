"""One chat function per scenario module: cold start once, a fresh database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import GENEROUS_LIMITS, load_function_app, new_db_name


@pytest.fixture(scope="module")
def chat_env(mongo_uri: str, kb_bundle_dir: Path) -> Iterator[None]:
    """The chat function's environment for a whole module (one cold start)."""
    with pytest.MonkeyPatch.context() as patch:
        for key, value in {
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
            "RATE_LIMIT_CHAT": "100000/minute",
            "RATE_LIMIT_DEFAULT": "100000/minute",
        }.items():
            patch.setenv(key, value)
        yield


@pytest.fixture(scope="module")
async def chat_client(chat_env: None) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the real chat function (functions-framework ASGI app)."""
    app = load_function_app("chat")
    transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
