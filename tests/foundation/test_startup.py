"""Start-up work retries a transient database interruption but not an unreachable server."""

from __future__ import annotations

import pytest
from pymongo.errors import AutoReconnect, ServerSelectionTimeoutError

from shared.function import _with_retries


async def test_transient_interruption_is_retried() -> None:
    """An interrupted start-up (pool reset, failover) is tried again and then succeeds."""
    calls: list[int] = []

    async def startup() -> None:
        calls.append(1)
        if len(calls) < 3:
            raise AutoReconnect("operation cancelled")

    await _with_retries(startup)
    assert len(calls) == 3


async def test_persistent_interruption_propagates_after_three_tries() -> None:
    """A third interruption is reported, so the request gets its 503."""
    calls: list[int] = []

    async def startup() -> None:
        calls.append(1)
        raise AutoReconnect("operation cancelled")

    with pytest.raises(AutoReconnect):
        await _with_retries(startup)
    assert len(calls) == 3


async def test_unreachable_server_is_not_retried() -> None:
    """No server within the selection timeout: fail at once rather than wait three times."""
    calls: list[int] = []

    async def startup() -> None:
        calls.append(1)
        raise ServerSelectionTimeoutError("no servers")

    with pytest.raises(ServerSelectionTimeoutError):
        await _with_retries(startup)
    assert calls == [1]
