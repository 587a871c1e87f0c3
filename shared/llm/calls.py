"""The API-call log (the brief's "API Logger"): one document per LLM call in ``api_calls``.

Only what operations need: time, a hash of the session id, purpose, model, latency, tokens
(cached prompt tokens among them), cost at list price, outcome and a masked snippet of the
visitor's message. Documents expire after 90 days (TTL index on ``at``). This module is the
only code that writes the collection; GDPR erasure finds a person's calls through
:func:`sessions_filter`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import PyMongoError

from shared.db import Document, IndexSpec
from shared.llm.budget import session_hash
from shared.pii import mask_text

log = logging.getLogger(__name__)
COLLECTION = "api_calls"
RETENTION_S = 90 * 24 * 3600
SNIPPET_CHARS = 80
Purpose = Literal["detect_type", "extract_contact", "flow", "fields", "reply"]
Outcome = Literal["ok", "timeout", "error", "invalid", "fallback"]
ERROR_OUTCOMES = ("timeout", "error", "invalid")

INDEXES = [
    IndexSpec(COLLECTION, [("at", 1)], "api_calls_ttl", {"expireAfterSeconds": RETENTION_S}),
]


def snippet(text: str) -> str:
    """A short masked excerpt: emails and phone numbers keep only their last 4 characters."""
    flat = " ".join(mask_text(text).split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


class ApiCall(BaseModel):
    """One call to the LLM, as logged."""

    at: datetime
    session: str | None = None
    purpose: Purpose
    model: str
    latency_ms: float = Field(ge=0)
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    cached_tokens: int = Field(default=0, ge=0)  # of the prompt tokens, billed at less
    cost_usd: float = Field(default=0.0, ge=0)
    outcome: Outcome
    error: str | None = None
    snippet: str | None = None


def sessions_filter(session_ids: list[str]) -> Document:
    """The erasure hook: the filter that finds the calls logged for these sessions (calls are
    logged under :func:`shared.llm.budget.session_hash`, never the id itself)."""
    return {"session": {"$in": [session_hash(s) for s in session_ids]}}


class ApiCallLog:
    """Writes call documents; a database failure is logged, never raised into the turn."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._calls = db[COLLECTION]

    async def record(self, call: ApiCall) -> None:
        try:
            await self._calls.insert_one(call.model_dump())
        except PyMongoError as exc:
            log.warning("API call not logged: %s", type(exc).__name__)
