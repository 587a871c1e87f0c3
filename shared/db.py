"""The MongoDB client: one ``AsyncMongoClient`` per process, indexes declared by repositories.

Repositories (the only code that talks to MongoDB) declare their indexes as :class:`IndexSpec`
values; :func:`ensure_indexes` creates them idempotently at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from shared.settings import Settings

Document = dict[str, Any]
_clients: dict[tuple[str, int, int, int], AsyncMongoClient[Document]] = {}


@dataclass(frozen=True)
class IndexSpec:
    """One index of one collection, in ``create_index`` terms."""

    collection: str
    keys: list[tuple[str, int]]
    name: str
    options: dict[str, Any] = field(default_factory=dict)


def mongo_client(settings: Settings) -> AsyncMongoClient[Document]:
    """The process-wide client for these settings (created once, connects lazily)."""
    key = (
        settings.mongodb_uri,
        settings.mongodb_max_pool_size,
        settings.mongodb_min_pool_size,
        settings.mongodb_timeout_ms,
    )
    if key not in _clients:
        _clients[key] = AsyncMongoClient(
            settings.mongodb_uri,
            maxPoolSize=settings.mongodb_max_pool_size,
            minPoolSize=settings.mongodb_min_pool_size,
            serverSelectionTimeoutMS=settings.mongodb_timeout_ms,
            connectTimeoutMS=settings.mongodb_timeout_ms,
            socketTimeoutMS=settings.mongodb_timeout_ms * 3,
            timeoutMS=settings.mongodb_timeout_ms * 3,
            tz_aware=True,
            appname="copperline-leadbot",
        )
    return _clients[key]


def database(settings: Settings) -> AsyncDatabase[Document]:
    """The application database of these settings."""
    return mongo_client(settings)[settings.mongodb_db]


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
