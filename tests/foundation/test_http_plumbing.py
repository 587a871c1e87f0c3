"""The shared HTTP plumbing, exercised through a function served by functions-framework."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.foundation.conftest import load


async def test_round_trip_stores_and_reads_a_document(probe: httpx.AsyncClient) -> None:
    """A JSON body is validated, stored in the real database, and read back."""
    created = await probe.post("/items", json={"key": "a", "value": 1})
    assert created.status_code == 201
    fetched = await probe.get("/items/a")
    assert fetched.json() == {"key": "a", "value": 1}


async def test_unique_index_violation_is_409(probe: httpx.AsyncClient) -> None:
    """A duplicate key on a unique index created at start-up becomes a JSON 409."""
    await probe.post("/items", json={"key": "dup", "value": 1})
    again = await probe.post("/items", json={"key": "dup", "value": 2})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"


async def test_malformed_json_is_400(probe: httpx.AsyncClient) -> None:
    """Broken JSON gets a 400 in the error format."""
    answer = await probe.post(
        "/items", content=b'{"key": ', headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "malformed_json"


async def test_non_utf8_body_is_400(probe: httpx.AsyncClient) -> None:
    """Bytes that are not UTF-8 are malformed JSON, not a crash."""
    answer = await probe.post(
        "/items", content=b"\xff\xfe\x00", headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400


async def test_wrong_content_type_is_415(probe: httpx.AsyncClient) -> None:
    """A form-encoded body is refused with 415."""
    answer = await probe.post(
        "/items",
        content=b"key=a&value=1",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 415
    assert answer.json()["error"]["code"] == "unsupported_media_type"


async def test_oversized_body_is_413(probe: httpx.AsyncClient) -> None:
    """A body over 64 KiB is refused with 413 before it is parsed."""
    body = json.dumps({"key": "a", "value": 1, "pad": "x" * 70_000})
    answer = await probe.post("/items", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 413


async def test_oversized_chunked_body_is_413(probe: httpx.AsyncClient) -> None:
    """A streamed body without Content-Length is cut off at 64 KiB too."""

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(80):
            yield b"x" * 1024

    answer = await probe.post(
        "/items", content=chunks(), headers={"content-type": "application/json"}
    )
    assert answer.status_code == 413


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"key": "a", "value": "not a number"}, "value"),
        ({"key": "", "value": 1}, "key"),
        ({"key": {"$gt": ""}, "value": 1}, "key"),
        ({"key": "a", "value": 1, "extra": True}, "extra"),
        ([1, 2, 3], "body"),
    ],
)
async def test_invalid_data_is_422_with_field_details(
    probe: httpx.AsyncClient, body: object, field: str
) -> None:
    """Wrong types, operator objects and unknown fields get 422 naming the field."""
    answer = await probe.post("/items", json=body)
    assert answer.status_code == 422
    details = answer.json()["error"]["details"]
    assert any(d["field"] == field for d in details)


async def test_unknown_path_is_404_json(probe: httpx.AsyncClient) -> None:
    """An unknown path gets the JSON 404."""
    answer = await probe.get("/nothing/here")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


async def test_wrong_method_is_405_with_allow(probe: httpx.AsyncClient) -> None:
    """A known path with a wrong method gets 405 and an Allow header."""
    answer = await probe.delete("/items")
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"
    assert answer.json()["error"]["code"] == "method_not_allowed"


async def test_health_reports_the_database(probe: httpx.AsyncClient) -> None:
    """/health answers 200 with the database's status and latency."""
    answer = await probe.get("/health")
    assert answer.status_code == 200
    assert answer.json()["checks"]["mongodb"]["status"] == "ok"


async def test_database_down_is_503(
    function_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the database unreachable, health and data routes answer 503 in the error format."""
    from infra.local.processes import free_port

    monkeypatch.setenv("MONGODB_URI", f"mongodb://127.0.0.1:{free_port()}/?directConnection=true")
    monkeypatch.setenv("MONGODB_TIMEOUT_MS", "300")
    transport = httpx.ASGITransport(app=load("probe"))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        health = await client.get("/health")
        write = await client.post("/items", json={"key": "a", "value": 1})
    assert health.status_code == 503
    assert health.json()["checks"]["mongodb"]["status"] == "error"
    assert write.status_code == 503
    assert write.json()["error"]["code"] == "dependency_unavailable"
