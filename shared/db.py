"""The MongoDB client: one ``AsyncMongoClient`` per process, indexes declared by repositories.

The modules that talk to MongoDB (repositories, and the analytics, erasure and health queries)
receive the database as a parameter; those that own a collection declare its indexes as
:class:`IndexSpec` values, and :func:`ensure_indexes` creates them idempotently at start-up.

Durability: every write is acknowledged only once it is journaled on a majority
(``w="majority", j=True``, what Atlas guarantees), so an acknowledged conversation turn or lead
survives the database crashing a moment later. Connections: idle ones are closed after 45 s
(``MONGODB_MAX_IDLE_MS``, below Cloud Run's and Atlas' idle cut-offs), server selection gives
up after 5 s (``MONGODB_TIMEOUT_MS``) and a socket read after 20 s
(``MONGODB_SOCKET_TIMEOUT_MS``). The driver retries a failed read or write once on its own;
:func:`retry_idempotent` adds back-off for operations that are safe to repeat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pymongo import AsyncMongoClient, WriteConcern
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import (
    AutoReconnect,
    ConnectionFailure,
    NetworkTimeout,
    ServerSelectionTimeoutError,
)

from shared.settings import Settings

Document = dict[str, Any]
T = TypeVar("T")
DURABLE = WriteConcern(w="majority", j=True)
TRANSIENT = (AutoReconnect, ConnectionFailure, NetworkTimeout)
RETRY_DELAYS = (0.05, 0.2, 0.5)
_clients: dict[tuple[str, int, int, int], AsyncMongoClient[Document]] = {}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexSpec:
    """One index of one collection, in ``create_index`` terms."""

    collection: str
    keys: list[tuple[str, int]]
    name: str
    options: dict[str, Any] = field(default_factory=dict)


def client_options(settings: Settings) -> dict[str, Any]:
    """The driver options these settings ask for (pure)."""
    return {
        "maxPoolSize": settings.mongodb_max_pool_size,
        "minPoolSize": settings.mongodb_min_pool_size,
        "maxIdleTimeMS": settings.mongodb_max_idle_ms,
        "serverSelectionTimeoutMS": settings.mongodb_timeout_ms,
        "connectTimeoutMS": settings.mongodb_timeout_ms,
        "socketTimeoutMS": settings.mongodb_socket_timeout_ms,
        "w": DURABLE.document["w"],
        "journal": True,
        "retryWrites": True,
        "retryReads": True,
        "tz_aware": True,
        "appname": "copperline-leadbot",
    }


def mongo_client(settings: Settings) -> AsyncMongoClient[Document]:
    """The process-wide client for these settings (created once, connects lazily)."""
    key = (
        settings.mongodb_uri,
        settings.mongodb_max_pool_size,
        settings.mongodb_min_pool_size,
        settings.mongodb_timeout_ms,
    )
    if key not in _clients:
        _clients[key] = AsyncMongoClient(settings.mongodb_uri, **client_options(settings))
    return _clients[key]


def database(settings: Settings) -> AsyncDatabase[Document]:
    """The application database of these settings (durable writes, see the module doc)."""
    return mongo_client(settings).get_database(settings.mongodb_db, write_concern=DURABLE)


async def retry_idempotent(
    operation: Callable[[], Awaitable[T]], delays: tuple[float, ...] = RETRY_DELAYS
) -> T:
    """Run an operation that is safe to repeat, retrying transient connection errors with
    growing pauses; the last failure propagates (and becomes a 503)."""
    for delay in delays:
        try:
            return await operation()
        except ServerSelectionTimeoutError:
            raise  # the driver already waited the whole selection timeout
        except TRANSIENT as exc:
            log.warning("transient database error, retrying: %s", type(exc).__name__)
            await asyncio.sleep(delay)
    return await operation()


async def ensure_indexes(db: AsyncDatabase[Document], specs: list[IndexSpec]) -> None:
    """Create every index; creating an existing identical index is a no-op."""
    for spec in specs:
        await db[spec.collection].create_index(spec.keys, name=spec.name, **spec.options)


async def ping(db: AsyncDatabase[Document]) -> None:
    """Raise when the database does not answer."""
    await db.command("ping")


async def close_clients() -> None:
    """Close every client this process opened (tests and graceful shutdown)."""
    while _clients:
        _, client = _clients.popitem()
        await client.close()
