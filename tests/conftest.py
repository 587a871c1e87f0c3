"""Shared fixtures: the real servers and emulators, the demo bundle, and function clients.

Every server is started on 127.0.0.1 on a free port in a temporary folder and stopped by its
process id when the session ends.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from infra.local.processes import HOST, Service  # noqa: E402
from infra.local.services import (  # noqa: E402
    mongodb_uri,
    pubsub_emulator_launcher,
    start_mongodb,
    start_pubsub_emulator,
    start_storage_emulator,
)
from infra.local.spawned import StackFailed, spawned_stack  # noqa: E402
from infra.local.stack import build_index  # noqa: E402

if TYPE_CHECKING:
    from shared.conversation.brain import LocalBrain

FunctionClient = Callable[..., Awaitable[httpx.AsyncClient]]
# Functions under test get generous rate limits; the limits themselves are tested with
# dedicated instances that set their own.
GENEROUS_LIMITS = {
    "RATE_LIMIT_DEFAULT": "100000/minute",
    "RATE_LIMIT_CHAT": "100000/minute",
    "RATE_LIMIT_CHAT_ADDRESS": "100000/minute",
    "RATE_LIMIT_LOGIN": "100000/minute",
}
LIVE_ADMIN = {"email": "admin@copperline.coffee", "password": "Roast-Master-2026!"}
LIVE_STACK_ENV = {
    "BOOTSTRAP_ADMIN_EMAIL": LIVE_ADMIN["email"],
    "BOOTSTRAP_ADMIN_PASSWORD": LIVE_ADMIN["password"],
    "BCRYPT_ROUNDS": "4",
    "LOG_LEVEL": "WARNING",
    **GENEROUS_LIMITS,
}


@pytest.fixture(scope="session", autouse=True)
async def _close_database_clients() -> AsyncIterator[None]:
    """Close the process's MongoDB clients once the session's tests are done."""
    yield
    from shared.db import close_clients
    from shared.security.ratelimit import close_limiters

    await close_clients()
    await close_limiters()


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("stack")


@pytest.fixture(scope="session")
def mongo_server(session_dir: Path) -> Iterator[Service]:
    """A real SecantusDB server with a fresh store for this test session."""
    service = start_mongodb(session_dir / "mongodb", session_dir / "logs")
    yield service
    service.stop()


@pytest.fixture(scope="session")
def mongo_uri(mongo_server: Service) -> str:
    return mongodb_uri(mongo_server.port)


@pytest.fixture(scope="session")
def storage_host(session_dir: Path) -> Iterator[str]:
    """The gcp-storage-emulator; the value of ``STORAGE_EMULATOR_HOST``."""
    service = start_storage_emulator(session_dir / "logs")
    host = f"http://{HOST}:{service.port}"
    previous = os.environ.get("STORAGE_EMULATOR_HOST")
    os.environ["STORAGE_EMULATOR_HOST"] = host
    yield host
    if previous is None:
        os.environ.pop("STORAGE_EMULATOR_HOST", None)
    else:
        os.environ["STORAGE_EMULATOR_HOST"] = previous
    service.stop()


@pytest.fixture(scope="session")
def pubsub_host(session_dir: Path) -> Iterator[str]:
    """The Cloud SDK Pub/Sub emulator; skips with the reason when it is not installed."""
    launcher = pubsub_emulator_launcher()
    if launcher is None:
        pytest.skip("Google Cloud CLI Pub/Sub emulator (and Java) not installed on this machine")
    service = start_pubsub_emulator(launcher, session_dir / "logs")
    yield f"{HOST}:{service.port}"
    service.stop()


@pytest.fixture(scope="session")
def kb_bundle_dir(session_dir: Path) -> Path:
    """The demo knowledge base built into a FAISS bundle, once per session."""
    return build_index(session_dir / "kb-bundle")


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    """The brain as the chat wires it over the demo bundle: one embedder, the bundle's intent
    classifier (a module may define its own)."""
    from tests.understanding.playing import wired_brain

    return wired_brain(kb_bundle_dir)


@pytest.fixture
def db(function_env: dict[str, str]) -> AsyncDatabase[dict[str, Any]]:
    """The test's fresh database (the one the functions under test use)."""
    from shared.db import database
    from shared.settings import load_settings

    return database(load_settings())


def new_db_name() -> str:
    return f"t_{uuid.uuid4().hex[:12]}"


@pytest.fixture
async def function_env(
    mongo_uri: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[dict[str, str]]:
    """Environment for a function under test: a fresh database (dropped afterwards, so the
    server stays small), test mode, no events, generous rate limits."""
    env = {
        "ENV": "test",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": new_db_name(),
        "MONGODB_TIMEOUT_MS": "5000",
        "EVENTS_MODE": "off",
        "LOG_LEVEL": "WARNING",
        "BCRYPT_ROUNDS": "4",
        **GENEROUS_LIMITS,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield env
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_uri)
    try:
        await client.drop_database(env["MONGODB_DB"])
    finally:
        await client.close()


def load_function_app(name: str) -> Any:
    """The function's ASGI app, built by functions-framework from its ``main.py``."""
    from infra.local.gateway import load_function

    return load_function(name)


@pytest.fixture
async def function_client(
    function_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> AsyncIterator[FunctionClient]:
    """Factory: ``await function_client("chat", RATE_LIMIT_CHAT="2/minute")`` -> httpx client.

    The function's module is executed afresh with the environment set, as at a cold start.
    Functions that serve RAG get the session's demo bundle through ``INDEX_LOCAL_DIR``.
    """
    clients: list[httpx.AsyncClient] = []

    async def make(name: str, **overrides: str) -> httpx.AsyncClient:
        if name == "chat" and "INDEX_LOCAL_DIR" not in overrides:
            monkeypatch.setenv("INDEX_LOCAL_DIR", str(request.getfixturevalue("kb_bundle_dir")))
        for key, value in overrides.items():
            monkeypatch.setenv(key.upper(), value)
        app = load_function_app(name)
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=("203.0.113.7", 40000)),
            base_url="http://testserver",
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``python -m infra.local`` in its own process group, as ``make run`` starts it.

    Rate limits are raised so that the suites sharing this stack do not throttle each other;
    the limits themselves are tested against dedicated function instances.
    """
    try:
        with spawned_stack(tmp_path_factory.mktemp("run"), LIVE_STACK_ENV) as base:
            yield base
    except StackFailed as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
async def chat_client(chat_env: dict[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the real chat function (functions-framework's ASGI app), one per module."""
    app = load_function_app("chat")
    transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture(scope="module")
def chat_env(mongo_uri: str, kb_bundle_dir: Path) -> Iterator[dict[str, str]]:
    """The chat function's environment for a whole module (one cold start, one database)."""
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
        "INDEX_LOCAL_DIR": str(kb_bundle_dir),
        **GENEROUS_LIMITS,
    }
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        yield env
