"""Crafted input that used to end in a 500: deep JSON, 65-bit integers, dates beyond year 1,
and a poison Pub/Sub message; each now gets a clear 4xx (or, for Pub/Sub, an acknowledgement)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from shared.auth.tokens import TokenCodec
from shared.auth.users import UserRepository
from shared.db import database
from shared.events import pubsub_envelope
from shared.http import MAX_JSON_DEPTH, json_depth, loads_json
from shared.settings import load_settings
from tests.leads.conftest import cloudevent

DEEP = ("[" * 1000 + "]" * 1000).encode()
JSON = {"content-type": "application/json"}


def nested(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


def test_depth_counts_brackets_outside_strings_only() -> None:
    """Brackets inside strings (escaped quotes too) do not count towards the depth."""
    assert json_depth('{"a": "[[[[\\"[[["}') == 1
    assert json_depth(nested(MAX_JSON_DEPTH)) == MAX_JSON_DEPTH
    assert loads_json(nested(MAX_JSON_DEPTH))["a"]


@pytest.mark.parametrize(
    ("function", "path"),
    [("auth", "/login"), ("auth", "/refresh"), ("chat", "/messages")],
)
async def test_json_nested_1000_deep_is_400(function_client: Any, function: str, path: str) -> None:
    """2 KB of brackets on login, refresh and chat: 400 malformed_json, not a RecursionError."""
    client = await function_client(function)
    response = await client.post(path, content=DEEP, headers=JSON)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "malformed_json"


async def test_one_level_beyond_the_limit_is_400_and_the_limit_itself_parses(
    function_client: Any,
) -> None:
    """33 levels are refused at parsing; 32 levels parse and reach validation (422)."""
    client = await function_client("auth")
    too_deep = await client.post("/login", content=nested(MAX_JSON_DEPTH + 1), headers=JSON)
    assert too_deep.status_code == 400
    at_limit = await client.post("/login", content=nested(MAX_JSON_DEPTH), headers=JSON)
    assert at_limit.status_code == 422


async def leads_client(function_client: Any) -> Any:
    client = await function_client("leads")
    db = database(load_settings())
    user = await UserRepository(db).insert(
        f"s-{datetime.now(UTC).timestamp()}@x.co", "sales", "not-a-real-hash"
    )
    token = TokenCodec.from_settings(load_settings()).issue_access(user.id, "sales").token
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def cursor_of(value: Any, sort: str = "-score") -> str:
    raw = json.dumps({"s": sort, "v": value, "id": "a" * 32}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"sort": "-score", "cursor": cursor_of(2**70)}, id="cursor-int-beyond-int64"),
        pytest.param({"created_after": "0001-01-01T00:00:00+14:00"}, id="date-before-year-1-utc"),
        pytest.param({"created_before": "9999-12-31T23:59:59-14:00"}, id="date-after-9999-utc"),
    ],
)
async def test_out_of_range_query_values_are_4xx(
    function_client: Any, params: dict[str, str]
) -> None:
    """Values Python accepts but BSON cannot store answer 400/422 with a JSON error body."""
    client = await leads_client(function_client)
    response = await client.get("/", params=params)
    assert response.status_code in (400, 422), response.text
    assert response.json()["error"]["code"] in ("bad_request", "validation_failed")


async def test_a_poison_pubsub_message_is_acknowledged(function_client: Any) -> None:
    """Nested JSON 1,000 deep inside message.data is acknowledged (2xx) so Pub/Sub stops
    redelivering it; it can never be processed."""
    client = await function_client("lead_events")
    envelope = pubsub_envelope(DEEP, {}, "poison-1")
    headers, body = cloudevent(envelope)
    response = await client.post("/", headers=headers, content=body)
    assert 200 <= response.status_code < 300, response.text
