"""Session privacy: contact details need the per-session secret or the address that created the
session, erasure needs the secret, and session ids never reach the logs."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from shared.logs import CloudJSONFormatter
from shared.pii import mask_text

EMAIL, PHONE = "ana.costa@example.com", "+1 208 555 0147"
# One trusted proxy appends the client's address, as on Cloud Run.
VISITOR = {"X-Forwarded-For": "198.51.100.10"}
SOMEONE_ELSE = {"X-Forwarded-For": "198.51.100.99"}


@pytest.fixture
async def chat(function_client: Any) -> httpx.AsyncClient:
    client: httpx.AsyncClient = await function_client("chat", TRUSTED_PROXY_COUNT="1")
    return client


async def visitor_with_contact(chat: httpx.AsyncClient) -> dict[str, Any]:
    """A new café conversation that has given its email and phone, from the visitor's address;
    the first turn's body."""
    first = (
        await chat.post("/messages", json={"message": "We're opening a café"}, headers=VISITOR)
    ).json()
    sid = first["session_id"]
    for text in ("I'm Ana Costa", f"my email is {EMAIL}", f"phone {PHONE}"):
        answer = await chat.post(
            "/messages", json={"message": text, "session_id": sid}, headers=VISITOR
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["session_secret"] is None  # only the creating turn has one
    return dict(first)


async def test_the_creating_turn_returns_a_secret_and_only_its_digest_is_stored(
    chat: httpx.AsyncClient, function_env: dict[str, str]
) -> None:
    """session_secret comes once; the database holds a SHA-256 of it, not the secret."""
    first = await visitor_with_contact(chat)
    secret = first["session_secret"]
    assert isinstance(secret, str)
    assert len(secret) >= 40
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(function_env["MONGODB_URI"])
    doc = await client[function_env["MONGODB_DB"]].conversations.find_one(
        {"_id": first["session_id"]}
    )
    await client.close()
    assert doc is not None
    assert secret not in json.dumps(doc, default=str)
    assert len(doc["secret_digest"]) == 64


async def test_without_the_secret_contact_details_are_masked(chat: httpx.AsyncClient) -> None:
    """GET from another address with only the id (or a wrong or blank secret) masks email and
    phone in the state and the transcript; a secret longer than the contract allows is 422;
    with the secret, or from the address that created the session, they are shown in full."""
    first = await visitor_with_contact(chat)
    url = f"/sessions/{first['session_id']}"
    too_long = await chat.get(url, headers={"X-Session-Secret": "x" * 5000})
    assert too_long.status_code == 422  # longer than any secret this API issues
    for secret in ({}, {"X-Session-Secret": "guess"}, {"X-Session-Secret": " "}):
        view = await chat.get(url, headers={**SOMEONE_ELSE, **secret})
        assert view.status_code == 200
        text = view.text
        assert EMAIL not in text
        assert "555 0147" not in text
        assert view.json()["state"]["collected"]["email"].endswith(EMAIL[-4:])
    full = await chat.get(
        url, headers={**SOMEONE_ELSE, "X-Session-Secret": first["session_secret"]}
    )
    assert full.json()["state"]["collected"]["email"] == EMAIL
    assert any(EMAIL in m["text"] for m in full.json()["messages"])
    own = await chat.get(url, headers=VISITOR)
    assert own.json()["state"]["collected"]["email"] == EMAIL


async def test_erasing_needs_the_secret(chat: httpx.AsyncClient) -> None:
    """DELETE without the secret (even from the creating address) or with another session's
    secret is 403 and erases nothing; with it, 204."""
    mine = await visitor_with_contact(chat)
    other = (await chat.post("/messages", json={"message": "hello"})).json()
    url = f"/sessions/{mine['session_id']}"
    assert (await chat.delete(url)).status_code == 403
    assert (await chat.delete(url, headers=VISITOR)).status_code == 403
    wrong = {"X-Session-Secret": other["session_secret"]}
    assert (await chat.delete(url, headers=wrong)).status_code == 403
    assert (await chat.get(url)).status_code == 200
    right = {"X-Session-Secret": mine["session_secret"]}
    assert (await chat.delete(url, headers=right)).status_code == 204
    assert (await chat.get(url)).status_code == 404


def test_session_ids_in_log_lines_become_short_hashes() -> None:
    """An access log line naming a session path shows a stable short hash, never the id."""
    sid = "0f" * 16
    record = logging.makeLogRecord({"msg": "GET /chat/sessions/%s -> 200", "args": (sid,)})
    line = json.loads(CloudJSONFormatter("p").format(record))["message"]
    assert sid not in line
    assert mask_text(f"/x/{sid}") == mask_text(f"/x/{sid}") != f"/x/{sid}"
    assert "#s" in line


async def test_the_function_logs_no_session_id(
    chat: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    """Serving GET /sessions/{id} through the real function logs no session id."""
    first = (await chat.post("/messages", json={"message": "hello"})).json()
    with caplog.at_level(logging.INFO):
        await chat.get(f"/sessions/{first['session_id']}")
    formatter = CloudJSONFormatter("p")
    lines = [formatter.format(r) for r in caplog.records]
    assert lines
    assert not any(first["session_id"] in line for line in lines)


async def test_a_turn_without_the_secret_masks_the_contact_details(
    chat: httpx.AsyncClient,
) -> None:
    """POST /messages naming someone's session from another address without its secret (or
    with a wrong one) gets email and phone masked in `collected` and the reply; with the
    secret, or from the address that created the session, they come in full."""
    first = await visitor_with_contact(chat)
    sid = first["session_id"]
    for secret in ({}, {"X-Session-Secret": "guess"}):
        turn = await chat.post(
            "/messages",
            json={"message": "what do you have?", "session_id": sid},
            headers={**SOMEONE_ELSE, **secret},
        )
        assert turn.status_code == 200, turn.text
        assert EMAIL not in turn.text
        assert "555 0147" not in turn.text
        assert "2085550147" not in turn.text
        assert turn.json()["collected"]["email"].endswith(EMAIL[-4:])
        assert turn.json()["collected"]["phone"].startswith("*")
    own = {**SOMEONE_ELSE, "X-Session-Secret": first["session_secret"]}
    turn = await chat.post("/messages", json={"message": "thanks", "session_id": sid}, headers=own)
    assert turn.json()["collected"]["email"] == EMAIL
    assert turn.json()["collected"]["phone"] == "+12085550147"
    again = await chat.post("/messages", json={"message": "ok", "session_id": sid}, headers=VISITOR)
    assert again.json()["collected"]["email"] == EMAIL
