"""The lead a conversation belongs to, found by indexed reads of the real database."""

from __future__ import annotations

from shared.leads.repository import LeadRepository
from tests.leads.sales import Db


async def test_owner_is_the_lead_holding_the_session_first_then_the_same_email(db: Db) -> None:
    """A session is found as a lead's own session or as one merged into it (without an email
    to fall back on); an unheld session goes to the oldest lead with its email key."""
    await db.leads.insert_many(
        [
            {"_id": "a", "session_id": "s1", "sessions": ["s1", "s2"], "email_key": "a@x.co"},
            {"_id": "b", "session_id": "s3", "sessions": ["s3"], "email_key": "b@x.co"},
        ]
    )
    leads = LeadRepository(db)
    assert (await leads.owner("s1", None) or {}).get("_id") == "a"
    assert (await leads.owner("s2", None) or {}).get("_id") == "a"
    assert (await leads.owner("s9", "b@x.co") or {}).get("_id") == "b"
    assert await leads.owner("s9", None) is None
