"""The conversation state: the pydantic model persisted in MongoDB and exposed by the chat API.

Field names and canonical values follow the chat API contract (DESIGN.md). ``schema_version``
lets old documents load: :func:`ConversationState.upgrade` migrates them on read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
MAX_ASKS = 3


class Stage(StrEnum):
    EXPLORING = "exploring"
    INTEREST_DETECTED = "interest_detected"
    INTENT_CONFIRMED = "intent_confirmed"
    QUALIFIED = "qualified"

    @property
    def rank(self) -> int:
        return list(Stage).index(self)


class CustomerType(StrEnum):
    NEW_CAFE = "new_cafe"
    EXISTING_CAFE = "existing_cafe"
    CASUAL_BROWSER = "casual_browser"


CONTACT_FIELDS = ("name", "email", "phone")
BUSINESS_FIELDS: dict[CustomerType, tuple[str, ...]] = {
    CustomerType.NEW_CAFE: (
        "opening_timeline",
        "coffee_preferences",
        "equipment_needs",
        "expected_volume",
    ),
    CustomerType.EXISTING_CAFE: ("pain_points", "locations", "support_needs"),
    CustomerType.CASUAL_BROWSER: (),
}
ALL_FIELDS = CONTACT_FIELDS + tuple(
    dict.fromkeys(f for fields in BUSINESS_FIELDS.values() for f in fields)
)


def fields_for(customer_type: CustomerType | None) -> tuple[str, ...]:
    """Every field sales needs for this type of visitor, contact details first."""
    if customer_type is None or customer_type is CustomerType.CASUAL_BROWSER:
        return ()
    return CONTACT_FIELDS + BUSINESS_FIELDS[customer_type]


def utcnow() -> datetime:
    return datetime.now(UTC)


class RequestContext(BaseModel):
    """What the widget tells us about the visitor's browser."""

    model_config = ConfigDict(extra="ignore")

    page_url: str | None = Field(default=None, max_length=2000)
    locale: str | None = Field(default=None, max_length=35)
    timezone: str | None = Field(default=None, max_length=64)
    country: str | None = Field(default=None, max_length=2)


class PendingEmail(BaseModel):
    """An email whose domain looks mistyped, waiting for the visitor's confirmation."""

    typed: str
    suggested: str


class OutboxEvent(BaseModel):
    """A lead event recorded with the turn that caused it, published after the save."""

    type: Literal["lead.captured", "lead.qualified"]
    occurred_at: datetime
    sent: bool = False


class ConversationState(BaseModel):
    """Everything the engine knows about one conversation."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    stage: Stage = Stage.EXPLORING
    customer_type: CustomerType | None = None
    collected: dict[str, Any] = Field(default_factory=dict)
    ask_counts: dict[str, int] = Field(default_factory=dict)
    skipped: list[str] = Field(default_factory=list)
    refused: list[str] = Field(default_factory=list)
    asking: str | None = None
    topics: list[str] = Field(default_factory=list)
    pending_email: PendingEmail | None = None
    rag_questions: int = 0
    questions_since_progress: int = 0
    redirects: int = 0
    alternative_offered: list[str] = Field(default_factory=list)
    business_context: bool = False
    commitment: bool = False
    handoff: bool = False
    closed: bool = False
    last_reply: str | None = None
    turns: int = 0
    context: RequestContext = Field(default_factory=RequestContext)
    outbox: list[OutboxEvent] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    @classmethod
    def upgrade(cls, document: dict[str, Any]) -> ConversationState:
        """Load a stored state of any schema version."""
        data = dict(document)
        data.setdefault("schema_version", 0)
        # version 0 (pre-release) had no outbox and no topic memory; defaults fill them
        data["schema_version"] = SCHEMA_VERSION
        return cls.model_validate(data)

    def missing(self) -> list[str]:
        """Fields still needed: not collected, not skipped, not refused."""
        done = set(self.collected) | set(self.skipped) | set(self.refused)
        return [f for f in fields_for(self.customer_type) if f not in done]


class Message(BaseModel):
    """One line of the transcript."""

    role: Literal["user", "assistant"]
    text: str
    at: datetime = Field(default_factory=utcnow)
    sources: list[dict[str, str]] | None = None
