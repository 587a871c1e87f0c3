"""The conversations collection: the only code of the chat that talks to MongoDB.

One document per session: ``{_id, state, messages, created_at, updated_at, secret_digest,
client_digest}`` (the digests recognise the visitor: :mod:`shared.chat.privacy`). A
turn is one ``find_one`` (state only) and one atomic ``update_one``: ``$set`` of the state's
fields, ``$push`` of both messages, ``$inc`` of the counters (and on the first turn
``$setOnInsert`` of the creation time and the digests), so concurrent turns on one
session never lose a message or a count. A turn that changes what analytics counts (stage,
fields asked, given, skipped or refused) adds the difference to the daily counters
(:mod:`shared.crm.rollups`, one ``$inc``) while its own update is in flight (the two writes
overlap; a turn whose update fails takes its difference back), and an erased session takes its
share away.

A turn that erases in chat (:class:`Redaction`) rewrites the earlier transcript lines in that
same update: it is then an update pipeline (``$set`` of the state's fields as literals, the
counters added to, the creation fields set when missing, the lines rewritten and both new
messages appended), still one atomic write, so a line pushed by a concurrent turn is kept.

The ids of sessions this process has seen stored are remembered (at most
:data:`KNOWN_REMEMBERED`), so the rate limit's "is this a real session?" costs no read for
them; an erasure through this repository forgets its id. (An erasure by another process leaves
the id remembered here: the rate limit then keys that id's turns by session and address
instead of address alone; the turn itself still reads the database and starts afresh.)
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import PyMongoError

from shared.chat.privacy import SessionKeys
from shared.conversation.state import SCHEMA_VERSION, ConversationState, Message
from shared.crm.rollups import Rollups, conversation_part
from shared.db import Document, IndexSpec

COLLECTION = "conversations"
COUNTERS = ("turns", "rag_questions")
KNOWN_REMEMBERED = 50_000
INDEXES = [
    IndexSpec(COLLECTION, [("updated_at", -1)], "updated_at_desc"),
    IndexSpec(COLLECTION, [("state.outbox.sent", 1), ("updated_at", 1)], "outbox_unsent"),
]


def set_fields(before: ConversationState, after: ConversationState) -> dict[str, Any]:
    """``$set`` of the state's fields except the counters (which are incremented): the fields
    this turn changed, or every field when the stored document is new, unreadable or of an
    older schema. (Writing only the changes also keeps a concurrent turn's changes to other
    fields, and sends the database less to validate and log.)"""
    old = before.model_dump(mode="python") if before.stored_version is not None else None
    return changed_fields(before.stored_version, old, after.model_dump(mode="python"))


def changed_fields(
    version: int | None, old: dict[str, Any] | None, new: dict[str, Any]
) -> dict[str, Any]:
    """:func:`set_fields` from the two states' dumps (``old``: the stored state's, None when
    it was never stored; ``version``: its stored schema version), so a save dumps each once."""
    data = new
    if version == SCHEMA_VERSION and old is not None:
        data = {key: value for key, value in new.items() if old.get(key) != value}
    return {f"state.{key}": value for key, value in data.items() if key not in COUNTERS}


def counter_deltas(before: ConversationState, after: ConversationState) -> dict[str, int]:
    """``$inc`` of the counters' changes in this turn (0 changes are left out)."""
    deltas = {f"state.{c}": getattr(after, c) - getattr(before, c) for c in COUNTERS}
    return {key: delta for key, delta in deltas.items() if delta}


@dataclass(frozen=True)
class Redaction:
    """How an erasure turn rewrites the transcript stored before it: every line's text becomes
    ``everything`` when it is set, else the lines at the given positions get the given texts."""

    everything: str | None = None
    lines: dict[int, str] = field(default_factory=dict)


def redacted_lines(redaction: Redaction) -> dict[str, Any]:
    """The stored lines, rewritten (an aggregation expression over ``$messages``)."""
    stored = {"$ifNull": ["$messages", []]}
    if redaction.everything is not None:
        text = {"text": {"$literal": redaction.everything}}
        return {"$map": {"input": stored, "as": "m", "in": {"$mergeObjects": ["$$m", text]}}}
    by_position = {str(i): {"text": text} for i, text in redaction.lines.items()}
    at = {"$getField": {"field": {"$toString": "$$i"}, "input": {"$literal": by_position}}}
    line = {"$arrayElemAt": [stored, "$$i"]}
    return {
        "$map": {
            "input": {"$range": [0, {"$size": stored}]},
            "as": "i",
            "in": {"$mergeObjects": [line, {"$ifNull": [at, {}]}]},
        }
    }


def redacting_update(
    update: dict[str, Any], messages: list[dict[str, Any]], redaction: Redaction
) -> list[dict[str, Any]]:
    """The turn's ``$set``/``$inc``/``$setOnInsert``/``$push`` update as one pipeline stage
    that also rewrites the stored lines (values as literals: a visitor's "$name" is text)."""
    stage: dict[str, Any] = {key: {"$literal": value} for key, value in update["$set"].items()}
    for key, delta in update.get("$inc", {}).items():
        stage[key] = {"$add": [{"$ifNull": [f"${key}", 0]}, delta]}
    for key, value in update["$setOnInsert"].items():
        stage[key] = {"$ifNull": [f"${key}", {"$literal": value}]}
    stage["messages"] = {"$concatArrays": [redacted_lines(redaction), {"$literal": messages}]}
    return [{"$set": stage}]


class ConversationRepository:
    """Loads and saves conversations."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._col = db[COLLECTION]
        self._rollups = Rollups(db)
        self._seen: OrderedDict[str, None] = OrderedDict()

    def _remember(self, session_id: str) -> None:
        """Note that the session is stored (the oldest id is forgotten past the bound)."""
        self._seen[session_id] = None
        self._seen.move_to_end(session_id)
        if len(self._seen) > KNOWN_REMEMBERED:
            self._seen.popitem(last=False)

    async def load_state(self, session_id: str) -> ConversationState | None:
        """The state of a session (one read, without the transcript), or None."""
        return (await self.load_turn(session_id))[0]

    async def load_turn(self, session_id: str) -> tuple[ConversationState | None, SessionKeys]:
        """The state of a session and the digests that recognise its visitor (one read,
        without the transcript); ``(None, SessionKeys())`` for an unknown session. Raises
        ``ValidationError`` for an unreadable state."""
        doc = await self._col.find_one({"_id": session_id}, {"state": 1, **KEY_FIELDS})
        if doc is None or not isinstance(doc.get("state"), dict):
            return None, SessionKeys()
        self._remember(session_id)
        return ConversationState.upgrade(doc["state"]), keys_of(doc)

    async def save_turn(
        self,
        session_id: str,
        before: ConversationState,
        after: ConversationState,
        messages: list[Message],
        now: datetime,
        keys: SessionKeys | None = None,
        redaction: Redaction | None = None,
    ) -> None:
        """Persist one turn atomically, and its difference to the daily counters. The first
        turn creates the document, with the digests of the session's secret and creating
        address (set once, never replaced); an erasure turn also rewrites the stored lines
        (``redaction``). Raises the update's error when it fails (the counters are then given
        their difference back)."""
        created: dict[str, Any] = {"created_at": after.created_at}
        if keys is not None and keys.secret is not None:
            created["secret_digest"] = keys.secret
        if keys is not None and keys.client is not None:
            created["client_digest"] = keys.client
        # each state dumped once: for the fields to set and for what it counts
        earlier = before.model_dump(mode="python") if before.stored_version is not None else None
        later = after.model_dump(mode="python")
        fields = changed_fields(before.stored_version, earlier, later)
        lines = [m.model_dump(exclude_none=True) for m in messages]
        update: dict[str, Any] = {
            "$set": {**fields, "updated_at": now},
            "$push": {"messages": {"$each": lines}},
            "$setOnInsert": created,
        }
        deltas = counter_deltas(before, after)
        if deltas:
            update["$inc"] = deltas
        write: dict[str, Any] | list[dict[str, Any]] = update
        if redaction is not None:
            write = redacting_update(update, lines, redaction)
        old = conversation_part(before.created_at, earlier)  # a state never stored: nothing
        new = conversation_part(after.created_at, later)
        saved, counted = await asyncio.gather(
            self._col.update_one({"_id": session_id}, write, upsert=True),
            self._rollups.apply(old, new),
            return_exceptions=True,
        )
        if isinstance(saved, BaseException):
            await self._rollups.apply(new, old)  # the turn was not stored: nor is it counted
            raise saved
        if isinstance(counted, BaseException):
            raise counted
        self._remember(session_id)

    async def mark_sent(self, session_id: str, event_types: list[str]) -> None:
        """Record that outbox events were published, all in one write (array filters:
        SecantusDB lacks ``$``)."""
        await self._col.update_one(
            {"_id": session_id},
            {"$set": {"state.outbox.$[event].sent": True}},
            array_filters=[{"event.type": {"$in": event_types}}],
        )

    async def unsent(self, before: datetime, limit: int) -> list[tuple[str, Document]]:
        """Up to ``limit`` conversations holding an outbox event not yet sent and last saved
        before ``before``, oldest first: their ids and stored states (not yet validated). Served
        by the ``outbox_unsent`` index (equality on ``sent``, range and order on ``updated_at``)."""
        query = {"state.outbox.sent": False, "updated_at": {"$lt": before}}
        cursor = self._col.find(query, {"state": 1}).sort("updated_at", 1).limit(limit)
        return [
            (doc["_id"], doc["state"]) async for doc in cursor if isinstance(doc.get("state"), dict)
        ]

    async def transcript(self, session_id: str) -> list[str]:
        """The texts of a session's stored lines, in order (one read; an erasure turn's)."""
        doc = await self._col.find_one({"_id": session_id}, {"messages.text": 1})
        lines = doc.get("messages") if doc else None
        return [str(m.get("text", "")) if isinstance(m, dict) else "" for m in lines or []]

    async def keys(self, session_id: str) -> tuple[bool, SessionKeys]:
        """Whether the session exists, and the digests that recognise its visitor."""
        doc = await self._col.find_one({"_id": session_id}, KEY_FIELDS)
        if doc is None:
            return False, SessionKeys()
        return True, keys_of(doc)

    async def known(self, session_id: str) -> bool:
        """Whether the session exists (the chat rate limit's question): at once for an id this
        process has seen stored, else one read; False when the database cannot say, so the
        turn is counted by address and then fails on its own read."""
        if session_id in self._seen:
            return True
        try:
            found = await self._col.find_one({"_id": session_id}, {"_id": 1}) is not None
        except PyMongoError:
            return False
        if found:
            self._remember(session_id)
        return found

    async def get(self, session_id: str) -> Document | None:
        """The whole document of a session (its digests included: :func:`keys_of`), or None."""
        return await self._col.find_one({"_id": session_id})

    async def delete(self, session_id: str) -> bool:
        """Erase a session's state and transcript (and what it counted in analytics); False
        when there was none."""
        self._seen.pop(session_id, None)
        gone = await self._col.find_one_and_delete({"_id": session_id}, {"messages": 0})
        if gone is None:
            return False
        await self._rollups.apply(
            conversation_part(gone.get("created_at"), gone.get("state")), None
        )
        return True


KEY_FIELDS = {"secret_digest": 1, "client_digest": 1}


def keys_of(doc: Document) -> SessionKeys:
    """The digests a session's document holds (None where missing or not a string)."""
    secret, client = doc.get("secret_digest"), doc.get("client_digest")
    return SessionKeys(
        secret=secret if isinstance(secret, str) else None,
        client=client if isinstance(client, str) else None,
    )
