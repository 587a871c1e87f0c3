"""Acknowledged writes survive the database being killed: the client's durable write concern
(``w="majority", j=True``) against a real SecantusDB that is SIGKILLed right afterwards."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

from infra.local.services import mongodb_uri, start_mongodb
from shared.db import client_options, database, mongo_client
from shared.settings import Settings

WRITERS, PER_WRITER = 25, 60


def test_the_client_asks_for_journaled_majority_writes_and_the_brief_timeouts() -> None:
    """Defaults: w=majority with journaling, 45 s idle, 5 s selection, 20 s socket."""
    options = client_options(Settings())
    assert (options["w"], options["journal"]) == ("majority", True)
    assert options["maxIdleTimeMS"] == 45_000
    assert options["serverSelectionTimeoutMS"] == 5_000
    assert options["socketTimeoutMS"] == 20_000


async def test_acknowledged_writes_survive_a_sigkill(tmp_path: Path) -> None:
    """1,500 inserts acknowledged by 25 concurrent writers are all there after the database
    is killed with SIGKILL immediately after the last acknowledgement and restarted."""
    store, logs = tmp_path / "db", tmp_path / "logs"
    server = start_mongodb(store, logs)
    settings = Settings(mongodb_uri=mongodb_uri(server.port), mongodb_db="durable")
    db = database(settings)
    assert db.write_concern.document == {"w": "majority", "j": True}

    async def writer(n: int) -> list[str]:
        acknowledged = []
        for i in range(PER_WRITER):
            key = f"{n}-{i}"
            await db.turns.insert_one({"_id": key, "text": "x" * 200})
            acknowledged.append(key)
        return acknowledged

    done = await asyncio.gather(*(writer(n) for n in range(WRITERS)))
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait(10)
    await mongo_client(settings).close()
    restarted = start_mongodb(store, logs)
    try:
        again = Settings(mongodb_uri=mongodb_uri(restarted.port), mongodb_db="durable")
        found = {d["_id"] async for d in database(again).turns.find({}, {"_id": 1})}
        await mongo_client(again).close()
    finally:
        restarted.stop()
    acknowledged = {key for keys in done for key in keys}
    assert len(acknowledged) == WRITERS * PER_WRITER
    assert acknowledged - found == set()


async def test_idempotent_operations_are_retried_with_back_off_on_transient_errors() -> None:
    """Two dropped connections are retried after growing pauses and the third try's answer is
    returned; a server-selection timeout (the driver already waited) is not retried."""
    import time

    import pytest
    from pymongo.errors import AutoReconnect, ServerSelectionTimeoutError

    from shared.db import retry_idempotent

    tries: list[float] = []

    async def flaky() -> str:
        tries.append(time.monotonic())
        if len(tries) < 3:
            raise AutoReconnect("connection reset")
        return "answer"

    assert await retry_idempotent(flaky, delays=(0.05, 0.1, 0.2)) == "answer"
    assert len(tries) == 3
    assert tries[2] - tries[1] > tries[1] - tries[0] >= 0.05

    async def unreachable() -> str:
        tries.append(time.monotonic())
        raise ServerSelectionTimeoutError("no server")

    tries.clear()
    with pytest.raises(ServerSelectionTimeoutError):
        await retry_idempotent(unreachable)
    assert len(tries) == 1
