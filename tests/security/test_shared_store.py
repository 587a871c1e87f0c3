"""Rate limits in Redis are shared by every function instance; in memory they are not."""

from __future__ import annotations

from infra.local.processes import HOST, free_port
from tests.security.conftest import EchoFactory, redis_flush


async def test_two_instances_share_one_limit_in_redis(
    echo_client: EchoFactory, redis_url: str
) -> None:
    """Two instances on one redis-server together allow 4 requests, not 4 each."""
    redis_flush(redis_url)
    env = {"RATE_LIMIT_DEFAULT": "4/minute", "RATE_LIMIT_STORAGE_URI": redis_url}
    one = await echo_client(**env)
    two = await echo_client(**env)
    statuses = [(await client.get("/ping")).status_code for client in (one, two, one, two)]
    assert statuses == [200] * 4
    assert (await one.get("/ping")).status_code == 429
    assert (await two.get("/ping")).status_code == 429
    assert (await two.get("/ping")).headers["ratelimit"].startswith('"default";r=0;')


async def test_memory_storage_is_per_instance(echo_client: EchoFactory) -> None:
    """With memory:// each instance counts alone (why production uses Redis)."""
    env = {"RATE_LIMIT_DEFAULT": "2/minute", "RATE_LIMIT_STORAGE_URI": "memory://"}
    one = await echo_client(**env)
    two = await echo_client(**env)
    assert [(await one.get("/ping")).status_code for _ in range(3)] == [200, 200, 429]
    assert (await two.get("/ping")).status_code == 200


async def test_an_unreachable_store_lets_requests_through(echo_client: EchoFactory) -> None:
    """When Redis is down the limiter fails open (logged) instead of failing every request."""
    client = await echo_client(RATE_LIMIT_STORAGE_URI=f"redis://{HOST}:{free_port()}/0")
    response = await client.get("/ping")
    assert response.status_code == 200
    assert "ratelimit" not in response.headers
