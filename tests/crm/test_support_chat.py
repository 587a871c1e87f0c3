"""Support requests end to end: a chat turn reporting a problem opens a ticket that the crm
function lists and updates; the chat keeps helping in the same reply."""

from __future__ import annotations

from typing import Any

import httpx

from tests.digits import holds_last_digits
from tests.leads.sales import token_for, user_id


async def say(client: httpx.AsyncClient, message: str, session_id: str | None = None) -> Any:
    payload: dict[str, Any] = {"message": message}
    if session_id:
        payload["session_id"] = session_id
    response = await client.post("/messages", json=payload)
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_broken_machine_opens_a_ticket(function_client: Any, db: Any) -> None:
    """A leaking machine gets a ticket with contact and issue, and the emergency line is offered."""
    chat = await function_client("chat")
    first = await say(chat, "Hi, I'm Sam Reyes from Bluebird Café, sam@bluebird.cafe")
    sid = first["session_id"]
    turn = await say(chat, "Our espresso machine is leaking water everywhere", sid)
    assert "support ticket" in turn["reply"]
    assert "emergency repair line" in turn["reply"]
    assert "Pacific Time" in turn["reply"]
    crm = await function_client("crm")
    crm.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    tickets = (await crm.get("/tickets", params={"status": "open"})).json()["items"]
    assert len(tickets) == 1
    ticket = tickets[0]
    assert ticket["session_id"] == sid
    assert ticket["category"] == "equipment"
    assert ticket["emergency_offered"] is True
    assert "leaking" in ticket["issue"]
    assert ticket["contact"].get("email") == first["collected"].get("email")
    more = await say(chat, "and the grinder stopped working too", sid)
    assert "added that to your support ticket" in more["reply"]
    assert "I've opened a support ticket" not in more["reply"]  # one ticket, said once
    again = (await crm.get("/tickets")).json()["items"]
    assert len(again) == 1
    assert "grinder" in again[0]["issue"]
    nobody = await crm.patch(
        f"/tickets/{ticket['id']}", json={"status": "pending", "owner_id": "u1"}
    )
    assert nobody.status_code == 422  # owner_id must name an active user
    owner = await user_id(db)
    patched = await crm.patch(
        f"/tickets/{ticket['id']}", json={"status": "pending", "owner_id": owner}
    )
    assert patched.status_code == 200
    assert patched.json()["status"] == "pending"
    assert (await crm.get("/tickets", params={"status": "open"})).json()["items"] == []


async def test_ticket_input_is_validated(function_client: Any, db: Any) -> None:
    """Unknown statuses, wrong types, hostile ids and unknown tickets are 4xx."""
    crm = await function_client("crm")
    crm.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    url = "/tickets/" + "d" * 32
    for body in (
        {"status": "closed"},
        {"status": 1},
        {},
        {"status": "open", "x": 1},
        {"status": {"$ne": 1}},
    ):
        assert (await crm.patch(url, json=body)).status_code == 422, body
    assert (await crm.patch(url, json={"status": "resolved"})).status_code == 404
    assert (await crm.patch("/tickets/$where", json={"status": "open"})).status_code == 404
    assert (await crm.get("/tickets", params={"status": "weird"})).status_code == 422
    big = b'{"status": "open", "owner_id": "' + b"a" * 70_000 + b'"}'
    headers = {"Content-Type": "application/json"}
    assert (await crm.patch(url, content=big, headers=headers)).status_code == 413


async def test_ticket_gets_contact_given_later_and_stays_findable(
    function_client: Any, db: Any
) -> None:
    """An email typed after the ticket opened reaches the ticket; the default list (status
    any) still shows it after a status change; its page has the conversation's transcript."""
    chat = await function_client("chat")
    first = await say(chat, "Our espresso machine is leaking water everywhere")
    sid = first["session_id"]
    crm = await function_client("crm")
    crm.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    ticket = (await crm.get("/tickets")).json()["items"][0]
    assert ticket["contact"] == {"name": None, "email": None, "phone": None}
    await say(chat, "I'm Sam Reyes, sam@bluebird.cafe", sid)
    ticket = (await crm.get("/tickets")).json()["items"][0]
    assert ticket["contact"]["email"] == "sam@bluebird.cafe"
    assert ticket["session_id"] == sid
    await crm.patch(f"/tickets/{ticket['id']}", json={"status": "resolved"})
    listed = (await crm.get("/tickets")).json()["items"]
    assert [t["status"] for t in listed] == ["resolved"]
    detail = (await crm.get(f"/tickets/{ticket['id']}")).json()
    assert detail["transcript"][0]["text"] == "Our espresso machine is leaking water everywhere"
    assert (await crm.get("/tickets/" + "a" * 32)).status_code == 404


async def test_contact_goes_to_tickets_unless_the_conversation_is_known_to_have_none(
    db: Any,
) -> None:
    """The desk copies a new contact to the conversation's tickets when it filed one or cannot
    know (a state stored before the marker: None), and skips the tickets collection when the
    state says no ticket was filed; filing a ticket sets the marker."""
    from shared.conversation.state import ConversationState
    from shared.crm.desk import SupportDesk

    desk = SupportDesk(db, lambda: None)
    cases = (("s-none", None, True), ("s-true", True, True), ("s-no", False, False))
    for sid, marker, copied in cases:
        await db["tickets"].insert_one({"_id": sid, "session_id": sid, "contact": {}})
        before = ConversationState(tickets=marker)
        after = before.copied()
        after.collected["email"] = "sam@bluebird.cafe"
        await desk.handle(sid, "sam@bluebird.cafe", after, "ok", before, classified=False)
        ticket = await db["tickets"].find_one({"_id": sid})
        assert (ticket["contact"] == {"email": "sam@bluebird.cafe"}) is copied, sid
    state = ConversationState()
    await desk.handle("s-new", "Our espresso machine is leaking water everywhere", state, "ok")
    assert state.tickets is True
    assert await db["tickets"].count_documents({"session_id": "s-new"}) == 1


async def test_a_removed_phone_leaves_the_ticket_too(function_client: Any, db: Any) -> None:
    """A fault reported with a phone number in the same message files the number in the ticket
    (its issue text and contact); "delete my phone number" takes it out of both, keeps the
    email and the rest of the report, and a number typed again later stays out of the ticket."""
    chat = await function_client("chat")
    first = await say(chat, "Hi, Sam Reyes from Bluebird Café here, sam@bluebird.cafe")
    sid = first["session_id"]
    await say(chat, "our grinder is jammed and won't turn on, call me on 503-555-0143", sid)
    ticket = await db.tickets.find_one({"session_id": sid})
    assert ticket is not None
    assert "555-0143" in ticket["issue"]
    assert ticket["contact"].get("phone", "").endswith("5550143")
    await say(chat, "actually please delete my phone number", sid)
    ticket = await db.tickets.find_one({"session_id": sid})
    assert not holds_last_digits(str(ticket), "0143")
    assert "jammed" in ticket["issue"]
    assert "[erased]" in ticket["issue"]
    assert set(ticket["contact"]) == {"name", "email"}
    assert ticket["contact"]["email"] == "sam@bluebird.cafe"
    await say(chat, "the grinder is still jammed, text 503-555-0143 if needed", sid)
    ticket = await db.tickets.find_one({"session_id": sid})
    assert not holds_last_digits(str(ticket), "0143")
    assert "still jammed" in ticket["issue"]
