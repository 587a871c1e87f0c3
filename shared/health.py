"""Health checks of the dependencies a function uses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document, ping


def mongodb_check(db: AsyncDatabase[Document]) -> Callable[[], Awaitable[Any]]:
    """A check that pings the database."""

    async def check() -> None:
        await ping(db)

    return check
