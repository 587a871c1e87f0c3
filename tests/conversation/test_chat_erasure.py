"""An erasure asked in chat erases the stored transcript too (read from the database), and
records ``lead.erased`` only when the lead had reached sales."""

from __future__ import annotations

import json
from typing import Any

import httpx

from shared.understanding.redaction import ERASED_LINE
from tests.digits import holds_last_digits

NAME, EMAIL, PHONE_TYPED, PHONE_DIGITS = (
    "Priya Raman",
    "priya@tidewatercafe.com",
    "(360) 555-0162",
    "5550162",
)
GIVEN = [
    "We're opening a cafe in Olympia next spring",
    f"I'm {NAME}",
    f"email is {EMAIL}",
    f"and my cell is {PHONE_TYPED}",
]


async def say(client: httpx.AsyncClient, sid: str | None, text: str) -> dict[str, Any]:
    payload: dict[str, Any] = {"message": text, "context": {"country": "US"}}
    if sid:
        payload["session_id"] = sid
    response = await client.post("/messages", json=payload)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def play(client: httpx.AsyncClient, texts: list[str]) -> tuple[str, dict[str, Any]]:
    sid: str | None = None
    body: dict[str, Any] = {}
    for text in texts:
        body = await say(client, sid, text)
        sid = body["session_id"]
    assert sid is not None
    return sid, body


def stored_text(doc: dict[str, Any]) -> str:
    """Everything the document holds, as one lower-case string."""
    return json.dumps(doc, default=str).lower()


async def test_a_full_erasure_leaves_no_detail_in_the_stored_document(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """After "wipe everything you hold about me" the document (state and every transcript line)
    holds neither the name, the email nor the phone, the request's own line included; the turns
    are still counted, and lead.erased is recorded because lead.captured was."""
    sid, _ = await play(chat_client, GIVEN)
    before = await conversations.find_one({"_id": sid})
    assert EMAIL in stored_text(before)
    reply = await say(chat_client, sid, f"please wipe everything you hold about me, {EMAIL}")
    assert reply["collected"] == {}
    assert "removed from our sales records" in reply["reply"]
    doc = await conversations.find_one({"_id": sid})
    text = stored_text(doc)
    for detail in (EMAIL, "tidewater", "priya", "raman", PHONE_DIGITS):
        assert detail not in text, detail
    assert not holds_last_digits(text, "0162")
    lines = doc["messages"]
    assert len(lines) == 2 * (len(GIVEN) + 1)
    assert all(m["text"] == ERASED_LINE for m in lines[:-1])
    assert doc["state"]["turns"] == len(GIVEN) + 1
    types = [e["type"] for e in doc["state"]["outbox"]]
    assert types[0] == "lead.captured"
    assert types.count("lead.erased") == 1


async def test_no_lead_erased_when_no_lead_reached_sales(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """Without a contact there was no lead: the transcript is still redacted, no event is
    recorded, and the reply does not speak of sales."""
    sid, _ = await play(chat_client, [GIVEN[0], "we'll seat about 30 people"])
    reply = await say(chat_client, sid, "please wipe everything you hold about me")
    assert "sales" not in reply["reply"]
    doc = await conversations.find_one({"_id": sid})
    assert "olympia" not in stored_text(doc)
    assert doc["state"]["outbox"] == []


async def test_nothing_is_recorded_after_lead_erased(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """Later turns of an erased conversation record no event that could rebuild its lead."""
    sid, _ = await play(chat_client, GIVEN)
    await say(chat_client, sid, "please wipe everything you hold about me")
    for text in ("we'd like a two group espresso machine", "around 200 cups a day"):
        await say(chat_client, sid, text)
    doc = await conversations.find_one({"_id": sid})
    assert [e["type"] for e in doc["state"]["outbox"]][-1] == "lead.erased"


async def test_removing_the_phone_redacts_it_everywhere_and_keeps_the_rest(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """ "delete my phone number" takes the number out of every stored line (typed, and the
    bot's echo) and out of the state, keeps the email, and has the lead at sales computed
    again (lead.updated recorded in that turn)."""
    sid, _ = await play(chat_client, GIVEN)
    reply = await say(chat_client, sid, "actually delete my phone number please")
    assert "phone" not in reply["collected"]
    assert reply["collected"]["email"] == EMAIL
    assert "automatically" in reply["reply"]
    doc = await conversations.find_one({"_id": sid})
    text = stored_text(doc)
    assert PHONE_DIGITS not in text
    assert "555-0162" not in text
    assert not holds_last_digits(text, "0162")
    assert EMAIL in text
    assert any(m["text"].startswith("and my cell is [erased]") for m in doc["messages"])
    events = doc["state"]["outbox"]
    assert events[-1]["type"] == "lead.updated"
    assert not events[-1]["sent"]


async def test_a_contact_detail_given_after_the_erasure_is_held_neither_in_state_nor_line(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """After "wipe everything", a name signed in a later message and a number given with it
    are refused by the state, so the stored line leaves them out too (its other words kept);
    a detail of another kind given afresh is stored in both."""
    sid, _ = await play(chat_client, GIVEN)
    await say(chat_client, sid, "please wipe everything you hold about me")
    after = await say(chat_client, sid, "cheers, Priya")
    assert after["collected"] == {}
    number = await say(chat_client, sid, f"you could also text me on {PHONE_TYPED}")
    assert "phone" not in number["collected"]
    doc = await conversations.find_one({"_id": sid})
    visitor = [m["text"] for m in doc["messages"] if m["role"] == "user"]
    assert visitor[-2:] == ["cheers, [erased]", "you could also text me on [erased]"]
    assert "priya" not in stored_text(doc)
    assert PHONE_DIGITS not in stored_text(doc)


async def test_a_removed_phone_given_again_stays_out_of_the_line_but_others_stay(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """After "delete my phone number" the phone is refused: typed again it is left out of the
    stored line, while a new email in the same message is stored and kept in the line."""
    sid, _ = await play(chat_client, GIVEN)
    await say(chat_client, sid, "actually delete my phone number please")
    reply = await say(
        chat_client, sid, f"new email is priya.r@tidewater.coffee, cell {PHONE_TYPED}"
    )
    assert reply["collected"]["email"] == "priya.r@tidewater.coffee"
    assert "phone" not in reply["collected"]
    doc = await conversations.find_one({"_id": sid})
    line = doc["messages"][-2]["text"]
    assert "priya.r@tidewater.coffee" in line
    assert PHONE_TYPED not in line
    assert "[erased]" in line


async def test_the_reply_says_a_ticket_is_erased_when_one_was_filed_without_a_lead(
    chat_client: httpx.AsyncClient, conversations: Any
) -> None:
    """A conversation that filed a support ticket but never reached sales records lead.erased
    once however often the erasure is asked, and the reply speaks of support, not sales."""
    sid, _ = await play(chat_client, ["our espresso machine is leaking water everywhere"])
    erased = await say(chat_client, sid, "please wipe everything you hold about me")
    assert "removed from our support tickets" in erased["reply"]
    assert "sales" not in erased["reply"]
    await say(chat_client, sid, "delete all my data please")
    doc = await conversations.find_one({"_id": sid})
    assert [e["type"] for e in doc["state"]["outbox"]] == ["lead.erased"]
