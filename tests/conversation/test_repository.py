"""The conversations collection against the real database: what one turn's save writes."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import PyMongoError

from shared.chat.privacy import SessionKeys
from shared.chat.repository import ConversationRepository, set_fields
from shared.conversation.state import SCHEMA_VERSION, ConversationState, Message, Stage, utcnow
from shared.crm.rollups import COLLECTION as ROLLUPS

Db = AsyncDatabase[dict[str, Any]]


def said(text: str) -> list[Message]:
    return [Message(role="user", text=text), Message(role="assistant", text="ok")]


async def first_turn(repo: ConversationRepository, session_id: str) -> ConversationState:
    before = ConversationState()
    after = before.model_copy(deep=True)
    after.collected["name"] = "Maya"
    await repo.save_turn(
        session_id, before, after, said("I'm Maya"), utcnow(), SessionKeys("digest", "client")
    )
    loaded = await repo.load_state(session_id)
    assert loaded is not None
    return loaded


def test_a_new_state_writes_every_field_and_a_stored_one_only_its_changes() -> None:
    fresh = ConversationState()
    changed = fresh.model_copy(deep=True)
    changed.stage = Stage.INTEREST_DETECTED
    assert len(set_fields(fresh, changed)) == len(ConversationState.model_fields) - 2  # counters
    stored = ConversationState.upgrade(fresh.model_dump(mode="python"))
    assert stored.stored_version == SCHEMA_VERSION
    after = stored.model_copy(deep=True)
    after.stage = Stage.INTEREST_DETECTED
    assert set_fields(stored, after) == {"state.stage": after.stage}


async def test_the_first_turn_creates_the_document_with_its_secret_digest(db: Db) -> None:
    repo = ConversationRepository(db)
    state = await first_turn(repo, "s1")
    doc = await db.conversations.find_one({"_id": "s1"})
    assert doc is not None
    assert (doc["secret_digest"], doc["client_digest"]) == ("digest", "client")
    assert doc["state"]["schema_version"] == SCHEMA_VERSION
    assert set(doc["state"]) >= set(ConversationState.model_fields) - {"turns", "rag_questions"}
    assert state.collected == {"name": "Maya"}
    assert state.stored_version == SCHEMA_VERSION


async def test_a_later_turn_leaves_the_fields_it_did_not_change(db: Db) -> None:
    """What another turn wrote meanwhile to a field this turn did not touch survives."""
    repo = ConversationRepository(db)
    before = await first_turn(repo, "s2")
    await db.conversations.update_one({"_id": "s2"}, {"$set": {"state.topics": ["grinders"]}})
    after = before.model_copy(deep=True)
    after.collected["email"] = "maya@brightcup.co"
    await repo.save_turn("s2", before, after, said("maya@brightcup.co"), utcnow())
    state = await repo.load_state("s2")
    assert state is not None
    assert state.topics == ["grinders"]
    assert state.collected == {"name": "Maya", "email": "maya@brightcup.co"}


async def test_concurrent_turns_changing_different_fields_keep_both(db: Db) -> None:
    repo = ConversationRepository(db)
    before = await first_turn(repo, "s3")
    one, two = before.model_copy(deep=True), before.model_copy(deep=True)
    one.collected["email"] = "maya@brightcup.co"
    two.topics = ["financing"]
    await asyncio.gather(
        repo.save_turn("s3", before, one, said("maya@brightcup.co"), utcnow()),
        repo.save_turn("s3", before, two, said("financing?"), utcnow()),
    )
    state = await repo.load_state("s3")
    doc = await db.conversations.find_one({"_id": "s3"})
    assert state is not None
    assert doc is not None
    assert state.collected["email"] == "maya@brightcup.co"
    assert state.topics == ["financing"]
    assert len(doc["messages"]) == 6


async def test_a_document_of_an_older_schema_is_rewritten_whole(db: Db) -> None:
    """A version-1 document (no held details, language or contact channel) gets every field
    of the current schema on its next turn, not only the changed ones."""
    current = ConversationState().model_dump(mode="python")
    old = {k: v for k, v in current.items() if k not in {"held", "language", "contact_by"}}
    old["schema_version"] = 1
    await db.conversations.insert_one({"_id": "s4", "state": old, "messages": []})
    before = await ConversationRepository(db).load_state("s4")
    assert before is not None
    assert before.stored_version == 1
    after = before.model_copy(deep=True)
    after.collected["name"] = "Ana"
    await ConversationRepository(db).save_turn("s4", before, after, said("Ana"), utcnow())
    doc = await db.conversations.find_one({"_id": "s4"})
    assert doc is not None
    assert doc["state"]["schema_version"] == SCHEMA_VERSION
    assert {"held", "language", "contact_by"} <= set(doc["state"])


async def counters(db: Db) -> dict[str, int]:
    """The day's non-zero analytics counters."""
    day = await db[ROLLUPS].find_one({})
    assert day is not None
    return {key: value for key, value in day["c"].items() if value}


async def test_a_turn_whose_update_fails_leaves_the_daily_counters_as_they_were(db: Db) -> None:
    """The counters are written beside the turn's update; when the update fails, the turn's
    difference is taken back, so the day counts only stored turns."""
    repo = ConversationRepository(db)
    await first_turn(repo, "s5")
    counted = await counters(db)
    await db.conversations.update_one({"_id": "s5"}, {"$set": {"messages": "not a list"}})
    before = await repo.load_state("s5")
    assert before is not None
    after = before.model_copy(deep=True)
    after.stage = Stage.QUALIFIED
    after.collected["email"] = "maya@brightcup.co"
    with pytest.raises(PyMongoError):
        await repo.save_turn("s5", before, after, said("maya@brightcup.co"), utcnow())
    assert await counters(db) == counted


async def test_a_stored_session_is_known_without_a_read_until_this_repository_erases_it(
    db: Db,
) -> None:
    """The rate limit's question is answered from memory for a session saved here (even with
    its document gone behind the repository's back), and an erasure here forgets it."""
    repo = ConversationRepository(db)
    await first_turn(repo, "s6")
    await db.conversations.delete_one({"_id": "s6"})
    assert await repo.known("s6")
    await first_turn(repo, "s7")
    assert await repo.delete("s7")
    assert not await repo.known("s7")
    assert not await repo.known("never-stored")
    await db.conversations.insert_one({"_id": "s8", "state": {}, "messages": []})
    assert await ConversationRepository(db).known("s8")


def test_a_copied_state_is_equal_and_independent_of_the_original() -> None:
    """``copied`` (the turn's fast deep copy) keeps every value and the stored version, and
    shares no container with the original."""
    stored = ConversationState.upgrade(
        ConversationState(
            collected={"name": "Maya", "equipment_needs": ["Pico", ["grinder"]]},
            held={"email": {"typed": ["a"]}},
            topics=["pricing"],
        ).model_dump(mode="python")
    )
    copy = stored.copied()
    assert copy == stored
    assert copy.model_dump() == stored.model_dump()
    assert copy.stored_version == stored.stored_version == SCHEMA_VERSION
    copy.collected["equipment_needs"][1].append("brewer")
    copy.held["email"]["typed"].append("b")
    copy.topics.append("delivery")
    copy.context.country = "US"
    assert stored.collected["equipment_needs"] == ["Pico", ["grinder"]]
    assert stored.held == {"email": {"typed": ["a"]}}
    assert stored.topics == ["pricing"]
    assert stored.context.country is None


def test_a_state_stored_before_tickets_were_recorded_does_not_know_it() -> None:
    """A stored state without the ``tickets`` marker loads as unknown (None), a new one as
    False, so only conversations known to have no ticket skip the tickets collection."""
    legacy = ConversationState().model_dump(mode="python")
    del legacy["tickets"]
    assert ConversationState.upgrade(legacy).tickets is None
    assert ConversationState().tickets is False
    assert ConversationState.upgrade(ConversationState().model_dump()).tickets is False
