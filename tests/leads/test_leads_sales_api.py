"""The leads function's sales and GDPR endpoints through the real framework and database:
PATCH, streamed CSV/NDJSON export with formula escaping, erasure and subject access (admin)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest

from shared.leads.erasure import email_hash, reapply_erasures
from shared.leads.routes import erasure_key
from shared.leads.webhook import WebhookNotifier
from shared.llm.budget import session_hash
from shared.settings import load_settings
from tests.conftest import ROOT
from tests.leads.conftest import Webhook
from tests.leads.factories import (
    insert_conversation,
    other_person,
    qualified_new_cafe,
    state,
    transcript,
)
from tests.leads.sales import Db, make_lead, token_for, user_id

MAYA = "maya.chen@brightcup.co"
PERSONAL = ("conversations", "leads", "deals", "deal_notes", "tickets", "notifications")
PERSONAL_KEYS = ("conversations", "leads", "deals", "notes", "tickets", "notifications")


@pytest.fixture
async def admin(db: Db) -> dict[str, str]:
    return {"Authorization": f"Bearer {await token_for(db, 'admin')}"}


async def test_patch_status_and_owner(api: httpx.AsyncClient, db: Db) -> None:
    """status and owner_id are set and then filter the list."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    owner = await user_id(db)
    response = await api.patch(f"/{lead_id}", json={"status": "contacted", "owner_id": owner})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "contacted"
    assert response.json()["owner_id"] == owner
    listed = (await api.get("/", params={"status": "contacted"})).json()["items"]
    assert [i["id"] for i in listed] == [lead_id]
    assert (await api.get("/", params={"status": "new"})).json()["items"] == []


async def test_owner_must_be_an_active_user(api: httpx.AsyncClient, db: Db) -> None:
    """An owner_id naming nobody or a deactivated user is 422 and changes nothing; null
    unassigns."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    for owner in ("u-7", "0" * 32, await user_id(db, active=False)):
        response = await api.patch(f"/{lead_id}", json={"owner_id": owner})
        assert response.status_code == 422, owner
        assert response.json()["error"]["code"] == "validation_failed"
    assert (await db.leads.find_one({"_id": lead_id}) or {}).get("owner_id") is None
    assert (await api.patch(f"/{lead_id}", json={"owner_id": None})).status_code == 200


async def test_patch_bad_input(api: httpx.AsyncClient, db: Db) -> None:
    """Unknown statuses, wrong types, operators, unknown fields, bad JSON, huge bodies: 4xx."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    bodies: tuple[object, ...] = (
        {"status": "hot"},
        {"status": 1},
        {"owner_id": {"$ne": 1}},
        {"score": 100},
        [],
    )
    for body in bodies:
        assert (await api.patch(f"/{lead_id}", json=body)).status_code == 422, body
    headers = {"Content-Type": "application/json"}
    assert (await api.patch(f"/{lead_id}", content=b"{", headers=headers)).status_code == 400
    huge = b'{"owner_id": "' + b"a" * 70_000 + b'"}'
    assert (await api.patch(f"/{lead_id}", content=huge, headers=headers)).status_code == 413
    assert (await api.patch("/" + "e" * 32, json={"status": "won"})).status_code == 404
    lead = await db.leads.find_one({"_id": lead_id})
    assert lead is not None
    assert "status" not in lead


async def test_search_is_literal(api: httpx.AsyncClient, db: Db) -> None:
    """q matches name or email case-insensitively; regex syntax is taken literally."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    assert [i["id"] for i in (await api.get("/", params={"q": "MAYA"})).json()["items"]] == [
        lead_id
    ]
    assert (await api.get("/", params={"q": ".*"})).json()["items"] == []
    assert (await api.get("/", params={"q": "x" * 101})).status_code == 422


async def test_csv_export_escapes_formulas(api: httpx.AsyncClient, db: Db) -> None:
    """CSV has a header row and one row per lead; a name starting with = is escaped."""
    hostile, lines = qualified_new_cafe()
    hostile.collected["name"] = '=HYPERLINK("http://evil","x")'
    hostile.collected["email"] = "x@evil.example"
    hostile_id = await make_lead(db, hostile, lines)
    plain_id = await make_lead(db, *qualified_new_cafe())
    response = await api.get("/export", params={"format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["id"] for r in rows} == {hostile_id, plain_id}
    by_id = {r["id"]: r for r in rows}
    assert by_id[hostile_id]["name"] == '\'=HYPERLINK("http://evil","x")'
    assert by_id[plain_id]["name"] == "Maya Chen"
    assert by_id[plain_id]["phone"] == "'+15035550187"  # a leading + is a formula too
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


async def test_ndjson_export_in_batches(
    api: httpx.AsyncClient, db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NDJSON streams one JSON object per line across several batches, filters applied."""
    from shared.leads import service

    ids = {await make_lead(db, *other_person(n)) for n in range(5)}
    await make_lead(db, state(collected={"name": "Bo"}), transcript("hello"))
    monkeypatch.setattr(service, "BATCH", 2)  # five leads: three batches from one cursor
    response = await api.get("/export", params={"format": "ndjson", "classification": "hot"})
    assert response.headers["content-type"] == "application/x-ndjson"
    lines = response.text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == ids


async def test_export_bad_queries(api: httpx.AsyncClient) -> None:
    """Unknown formats, unknown filters and operator injection are 422."""
    for params in ({"format": "xlsx"}, {"format": "csv", "drop": "1"}, {"min_score": "{$gt:0}"}):
        assert (await api.get("/export", params=params)).status_code == 422, params


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2026-13-01", "0"]
)
async def test_export_validates_dates_like_the_list(
    api: httpx.AsyncClient, db: Db, when: str
) -> None:
    """A date whose offset leaves years 1-9999 in UTC (or is no date) is a 422 JSON error from
    the list and from both export formats alike, before any line is streamed."""
    await make_lead(db, *qualified_new_cafe())
    for field in ("created_after", "created_before"):
        listed = await api.get("/", params={field: when})
        assert listed.status_code == 422, listed.text
        for fmt in ("csv", "ndjson"):
            exported = await api.get("/export", params={field: when, "format": fmt})
            assert exported.status_code == 422, exported.text
            assert exported.json()["error"]["code"] == listed.json()["error"]["code"]


async def test_sales_may_not_erase_or_read_subject_data(api: httpx.AsyncClient) -> None:
    """Sales gets 403 on both GDPR admin routes, before the body is even read."""
    assert (await api.post("/erasure", json={"email": MAYA})).status_code == 403
    assert (await api.get("/subject-access", params={"email": MAYA})).status_code == 403
    assert (await api.post("/erasure", content=b"garbage")).status_code == 403


async def test_erasure_removes_everything(
    api: httpx.AsyncClient, function_client: Any, db: Db, admin: dict[str, str]
) -> None:
    """Everything about the person goes in one request, including a conversation whose visitor
    later changed email (the address only in its transcript) with its lead, the leads'
    notifications and the LLM calls logged under the sessions' hashes; subject access lists
    the same set; others stay; the erasure log has ids and no email."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    other_state, _ = qualified_new_cafe()
    other_state.collected["email"] = "someone@else.co"
    other_id = await make_lead(db, other_state, transcript("hi", "someone@else.co"))
    changed_state, _ = qualified_new_cafe()
    changed_state.collected["email"] = "maya@newcup.co"
    said = transcript(f"I'm Maya, {MAYA.title()}", "actually write to maya@newcup.co")
    changed_id = await make_lead(db, changed_state, said)
    lead, changed, other = [
        await db.leads.find_one({"_id": i}) for i in (lead_id, changed_id, other_id)
    ]
    assert lead is not None
    assert changed is not None
    assert other is not None
    session, changed_session = lead["session_id"], changed["session_id"]
    for n, sid in enumerate((session, changed_session, other["session_id"])):
        await db.api_calls.insert_one(
            {"_id": f"a{n}", "session": session_hash(sid), "snippet": "Hi, I'm Maya from"}
        )
    notified = await db.notifications.count_documents({"lead_id": {"$in": [lead_id, changed_id]}})
    assert notified >= 2
    crm = await function_client("crm")
    crm.headers.update(admin)
    deal = (await crm.get("/deals")).json()["items"]
    maya_deal = next(d for d in deal if d["lead_id"] == lead_id)
    assert (
        await crm.post(f"/deals/{maya_deal['id']}/notes", json={"text": "hi"})
    ).status_code == 201
    await db.tickets.insert_one(
        {"_id": "t" * 32, "session_id": session, "contact": {"email": MAYA}}
    )

    access = await api.get("/subject-access", params={"email": MAYA.upper()}, headers=admin)
    assert access.status_code == 200
    held = access.json()
    assert {c["_id"] for c in held["conversations"]} == {session, changed_session}
    assert {lead["_id"] for lead in held["leads"]} == {lead_id, changed_id}
    assert len(held["deals"]) == len(held["api_calls"]) == 2
    assert len(held["notes"]) == len(held["tickets"]) == 1
    assert len(held["notifications"]) == notified

    response = await api.post("/erasure", json={"email": MAYA}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "erased": {
            "conversations": 2,
            "leads": 2,
            "deals": 2,
            "notes": 1,
            "tickets": 1,
            "notifications": notified,
            "api_calls": 2,
        },
        "sales_notice": "none",  # no webhook was told of the leads
    }
    for collection in PERSONAL:
        remaining = json.dumps(await db[collection].find({}).to_list(None), default=str)
        assert MAYA not in remaining.lower(), collection
        assert "newcup" not in remaining, collection
    assert await db.leads.find_one({"_id": other_id}) is not None
    assert [c["_id"] for c in await db.api_calls.find({}).to_list(None)] == ["a2"]
    audit = await db.erasures.find({}).to_list(None)
    assert len(audit) == 1
    assert MAYA not in json.dumps(audit, default=str).lower()
    assert audit[0]["email_hmac"] == email_hash(MAYA, erasure_key(load_settings()))
    assert set(audit[0]["ids"]["leads"]) == {lead_id, changed_id}
    after = (await api.get("/subject-access", params={"email": MAYA}, headers=admin)).json()
    assert all(after[k] == [] for k in PERSONAL_KEYS)


async def test_an_erasure_tells_the_sales_webhook_of_the_leads_it_was_sent(
    function_client: Any, db: Db, admin: dict[str, str], webhook: Webhook
) -> None:
    """The webhook that was told of the person's lead gets one erasure notice (the lead's id,
    nothing personal); a refused notice is reported, kept pending and sent by the same
    request again; a person whose leads never went out owes no notice."""
    lead_id = await make_lead(db, *qualified_new_cafe(), WebhookNotifier(webhook.url))
    told = len(webhook.received)
    assert told >= 1
    api: httpx.AsyncClient = await function_client("leads", SALES_WEBHOOK_URL=webhook.url)
    api.headers.update(admin)

    webhook.behaviour = "error"
    refused = await api.post("/erasure", json={"email": MAYA})
    assert refused.status_code == 200, refused.text
    assert refused.json()["sales_notice"] == "failed"
    assert refused.json()["erased"]["leads"] == 1
    assert len(webhook.received) == told + 3  # the notifier's retries
    webhook.behaviour = "ok"
    again = await api.post("/erasure", json={"email": MAYA})
    assert again.json() == {
        "erased": dict.fromkeys((*PERSONAL_KEYS, "api_calls"), 0),
        "sales_notice": "delivered",
    }
    notice = webhook.received[-1]
    assert notice["type"] == "lead.erased"
    assert notice["lead_ids"] == [lead_id]
    assert MAYA not in json.dumps(webhook.received[told:]).lower()
    third = await api.post("/erasure", json={"email": MAYA})
    assert third.json()["sales_notice"] == "none"
    assert len(webhook.received) == told + 4
    logged = await db.erasures.find({"recall": {"$exists": True}}).to_list(None)
    assert [entry["recall"]["status"] for entry in logged] == ["delivered"]

    await make_lead(db, *other_person(7))
    result = (await api.post("/erasure", json={"email": "owner7@cafe7.example"})).json()
    assert result["erased"]["leads"] == 1
    assert result["sales_notice"] == "none"
    assert len(webhook.received) == told + 4


async def test_deleting_a_lead_the_webhook_was_told_of_sends_it_a_notice(
    function_client: Any, db: Db, webhook: Webhook
) -> None:
    """DELETE /{id} tells the webhook that received the lead's notification (its id only)
    and records the delivery in the erasure log entry."""
    lead_id = await make_lead(db, *qualified_new_cafe(), WebhookNotifier(webhook.url))
    told = len(webhook.received)
    api: httpx.AsyncClient = await function_client("leads", SALES_WEBHOOK_URL=webhook.url)
    api.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    deleted = await api.delete(f"/{lead_id}")
    assert deleted.status_code == 204
    assert deleted.headers["Sales-Notice"] == "delivered"
    assert [n["lead_ids"] for n in webhook.received[told:]] == [[lead_id]]
    entry = await db.erasures.find_one({"_id": f"lead-{lead_id}"})
    assert entry is not None
    assert entry["recall"]["status"] == "delivered"
    assert (await api.delete(f"/{lead_id}")).status_code == 404  # nothing left, nothing owed


async def test_a_failed_notice_after_deleting_a_lead_is_sent_by_deleting_it_again(
    function_client: Any, db: Db, webhook: Webhook
) -> None:
    """The webhook refuses the notice: the lead is erased all the same, the response says
    the notice failed and the log keeps it pending; the same DELETE again answers 204 (not
    404) and delivers it; a third is 404."""
    lead_id = await make_lead(db, *qualified_new_cafe(), WebhookNotifier(webhook.url))
    told = len(webhook.received)
    api: httpx.AsyncClient = await function_client("leads", SALES_WEBHOOK_URL=webhook.url)
    api.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    webhook.behaviour = "error"
    refused = await api.delete(f"/{lead_id}")
    assert refused.status_code == 204
    assert refused.headers["Sales-Notice"] == "failed"
    assert await db.leads.find_one({"_id": lead_id}) is None
    entry = await db.erasures.find_one({"_id": f"lead-{lead_id}"})
    assert entry is not None
    assert entry["recall"]["status"] != "delivered"
    webhook.behaviour = "ok"
    again = await api.delete(f"/{lead_id}")
    assert again.status_code == 204
    assert again.headers["Sales-Notice"] == "delivered"
    assert webhook.received[-1]["lead_ids"] == [lead_id]
    assert len(webhook.received) == told + 4  # three refused tries, one delivery
    assert (await api.delete(f"/{lead_id}")).status_code == 404


async def test_a_restore_reapplies_the_erasure_log(
    api: httpx.AsyncClient, db: Db, admin: dict[str, str], function_env: dict[str, str]
) -> None:
    """Documents a restored backup brings back are erased again from the erasure log (by
    ``python -m shared.cli reapply-erasures``): those it logged by id, and a new conversation
    whose address hashes to an erased one; a second run deletes nothing."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    backup = {c: await db[c].find({}).to_list(None) for c in PERSONAL}
    assert (await api.post("/erasure", json={"email": MAYA}, headers=admin)).status_code == 200
    for collection, docs in backup.items():  # the restore
        if docs:
            await db[collection].insert_many(docs)
    await insert_conversation(db, *qualified_new_cafe())  # same address, a later session id
    assert await db.leads.find_one({"_id": lead_id}) is not None
    command = [sys.executable, "-m", "shared.cli", "reapply-erasures"]
    env = {**os.environ, **function_env, "PYTHONPATH": str(ROOT)}
    result = await asyncio.to_thread(
        subprocess.run, command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "documents deleted" in result.stdout
    for collection in PERSONAL:
        remaining = json.dumps(await db[collection].find({}).to_list(None), default=str)
        assert "maya" not in remaining.lower(), collection
    assert await reapply_erasures(db, erasure_key(load_settings())) == 0


async def test_erasure_bad_input(api: httpx.AsyncClient, admin: dict[str, str]) -> None:
    """Not an email, operators, extra fields, huge or malformed bodies are 4xx, nothing erased."""
    for body in ({"email": "nope"}, {"email": {"$ne": ""}}, {"email": MAYA, "all": True}, {}):
        response = await api.post("/erasure", json=body, headers=admin)
        assert response.status_code == 422, body
    headers = {**admin, "Content-Type": "application/json"}
    assert (await api.post("/erasure", content=b"{", headers=headers)).status_code == 400
    huge = json.dumps({"email": "a" * 70_000 + "@x.co"}).encode()
    assert (await api.post("/erasure", content=huge, headers=headers)).status_code == 413
    bad = await api.get("/subject-access", params={"email": "x"}, headers=admin)
    assert bad.status_code == 422


async def test_erasure_of_an_unknown_person(
    api: httpx.AsyncClient, db: Db, admin: dict[str, str]
) -> None:
    """An address nobody gave erases nothing and still leaves an audit record."""
    await insert_conversation(db, *qualified_new_cafe())
    response = await api.post("/erasure", json={"email": "nobody@nowhere.co"}, headers=admin)
    assert response.json()["erased"]["conversations"] == 0
    assert await db.conversations.count_documents({}) == 1
    assert await db.erasures.count_documents({}) == 1
