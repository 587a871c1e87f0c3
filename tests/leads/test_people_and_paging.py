"""One person one lead (merged by normalised email), paging with a total, inclusive dates, and
the contact request's pure parts (sales-hours waiting, preferred time)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from shared.conversation.state import Message, OutboxEvent
from shared.events import LeadEvent
from shared.leads.contact_request import business_minutes, preferred_time
from shared.leads.merge import email_key
from shared.leads.processing import LeadEventsService
from shared.leads.webhook import WebhookNotifier
from tests.leads.factories import (
    T0,
    insert_conversation,
    other_person,
    qualified_new_cafe,
    transcript,
)
from tests.leads.sales import Db, make_lead


async def process(db: Db, session_id: str) -> str:
    """Deliver a lead.captured event for the session to the real service; the lead id."""
    service = LeadEventsService(db, WebhookNotifier(""))
    await service.start()
    event = LeadEvent(type="lead.captured", session_id=session_id, occurred_at=datetime.now(UTC))
    return (await service.handle(event)).lead_id


def test_email_key_normalises_case_spaces_and_tags() -> None:
    """Case, surrounding spaces and a +tag do not make another person; no email gives None."""
    assert email_key(" Maya.Chen+orders@BrightCup.co ") == "maya.chen@brightcup.co"
    assert email_key("maya.chen@brightcup.co") == "maya.chen@brightcup.co"
    assert email_key(None) is None
    assert email_key("not an email") is None


async def test_same_email_twice_is_one_lead_and_one_deal(db: Db) -> None:
    """A later conversation with the same email (other case, a +tag) is appended to the first
    lead and its deal; redelivering either event, in any order, changes nothing."""
    first_state, first_lines = qualified_new_cafe()
    first = await insert_conversation(db, first_state, first_lines)
    later_state, _ = qualified_new_cafe(created_at=T0 + timedelta(days=2))
    later_state.collected["email"] = "Maya.Chen+shop@BrightCup.co"
    later_state.collected["phone"] = "+15035550111"
    later_lines = transcript("back again, we also want a grinder", start=T0 + timedelta(days=2))
    later = await insert_conversation(db, later_state, later_lines)
    lead_id = await process(db, first)
    assert await process(db, later) == lead_id
    lead = await db.leads.find_one({"_id": lead_id})
    assert lead is not None
    assert lead["sessions"] == sorted([first, later])
    assert lead["session_id"] == first
    assert lead["phone"] == "+15035550111"  # the later conversation's details win
    for session_id in (later, first, later):
        assert await process(db, session_id) == lead_id
    assert await db.leads.count_documents({}) == 1
    assert await db.deals.count_documents({"lead_id": lead_id}) == 1
    again = await db.leads.find_one({"_id": lead_id})
    assert again is not None
    assert again["fingerprint"] == lead["fingerprint"]


async def test_merged_lead_shows_both_transcripts(api: httpx.AsyncClient, db: Db) -> None:
    """The detail of a merged lead has both conversations' lines in time order."""
    first_state, first_lines = qualified_new_cafe()
    first = await insert_conversation(db, first_state, first_lines)
    later_state, _ = qualified_new_cafe(created_at=T0 + timedelta(days=1))
    later = await insert_conversation(
        db, later_state, transcript("it's Maya again", start=T0 + timedelta(days=1))
    )
    lead_id = await process(db, first)
    await process(db, later)
    lines = (await api.get(f"/{lead_id}")).json()["transcript"]
    assert len(lines) == len(first_lines) + 2
    assert lines[-2]["text"] == "it's Maya again"
    assert [line["at"] for line in lines] == sorted(line["at"] for line in lines)


async def test_pages_carry_the_total(api: httpx.AsyncClient, db: Db) -> None:
    """Every page reports how many leads match in all; the pages together list each once."""
    ids = {await make_lead(db, *other_person(n)) for n in range(5)}
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        body = (await api.get("/", params=params)).json()
        assert body["total"] == 5
        seen.extend(item["id"] for item in body["items"])
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert sorted(seen) == sorted(ids)
    hot = (await api.get("/", params={"classification": "cold", "limit": 1})).json()
    assert hot["total"] == 0


async def test_one_day_from_equals_to(api: httpx.AsyncClient, db: Db) -> None:
    """From = To = today (date-only) lists today's leads; yesterday alone lists none."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    today = datetime.now(UTC).date()
    day = {"created_after": today.isoformat(), "created_before": today.isoformat()}
    body = (await api.get("/", params=day)).json()
    assert [i["id"] for i in body["items"]] == [lead_id]
    assert body["total"] == 1
    yesterday = (today - timedelta(days=1)).isoformat()
    before = {"created_after": yesterday, "created_before": yesterday}
    assert (await api.get("/", params=before)).json()["total"] == 0


async def test_queue_is_oldest_request_first_with_cursor(api: httpx.AsyncClient, db: Db) -> None:
    """requested_contact=true lists only handoffs, the oldest request first, page by page."""
    ids = []
    for n, hours in enumerate((5, 1, 3)):
        person, _ = other_person(n)
        person.handoff = True
        person.contact_by = "phone"
        at = T0 - timedelta(hours=hours)
        person.outbox = [OutboxEvent(type="lead.handoff", occurred_at=at)]
        ids.append(await make_lead(db, person, transcript("please call me after 3pm")))
    await make_lead(db, *other_person(9))  # no handoff: not in the queue
    first = (await api.get("/", params={"requested_contact": "true", "limit": 2})).json()
    rest = (
        await api.get(
            "/",
            params={"requested_contact": "true", "limit": 2, "cursor": first["next_cursor"]},
        )
    ).json()
    order = [i["id"] for i in first["items"] + rest["items"]]
    assert order == [ids[0], ids[2], ids[1]]
    assert first["total"] == 3
    request = first["items"][0]["contact_request"]
    assert request["channel"] == "phone"
    assert request["preferred_time"] == "after 3pm"


def test_business_minutes_skip_nights_and_weekends() -> None:
    """Friday 17:00 to Monday 9:00 Pacific is two sales hours; a reversed range is zero."""
    friday = datetime(2026, 2, 28, 1, 0, tzinfo=UTC)  # Friday 27 February, 17:00 PST
    monday = T0  # Monday 2 March, 9:00 PST
    assert business_minutes(friday, monday) == 120
    assert business_minutes(monday, friday) == 0
    night = datetime(2026, 3, 4, 4, 0, tzinfo=UTC)  # Tuesday 20:00 PST
    assert business_minutes(night, night + timedelta(hours=10)) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("please call me after 3pm", "after 3pm"),
        ("tomorrow afternoon works best", "tomorrow afternoon"),
        ("any time on Monday morning", "on Monday morning"),
        ("we need two grinders", None),
    ],
)
def test_preferred_time(text: str, expected: str | None) -> None:
    """The visitor's stated time preference is kept as written; none when there is none."""
    assert preferred_time([Message(role="user", text=text, at=T0)]) == expected
