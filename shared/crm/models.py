"""The crm function's request and response models (the API contract)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.crm.stages import SYSTEM, DealStage
from shared.leads.models import Team

Id = Field(pattern=r"^[0-9a-f]{32}$")
OwnerId = Field(default=None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


SYSTEM_NAME = "Automatic (from the chat)"


class StageChange(BaseModel):
    stage: DealStage
    at: datetime
    by: str = Field(description="The user id of who moved the deal, or system")
    by_name: str | None = Field(
        default=None, description="Who moved the deal, as shown: display name or email"
    )


class Deal(BaseModel):
    """A deal as the console sees it."""

    id: str
    lead_id: str
    session_id: str | None
    title: str
    company: str | None
    stage: DealStage
    existing_customer: bool = Field(
        default=False, description="The lead's visitor already buys from us (false before the flag)"
    )
    team: Team = Field(
        default="new_business",
        description="Who follows the deal up: account management for a customer, else new business",
    )
    amount: float
    probability: float
    weighted_amount: float
    owner_id: str | None
    expected_close: date | None
    lost_reason: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    stage_history: list[StageChange]

    @classmethod
    def of(cls, doc: dict[str, Any], names: Mapping[str, str] | None = None) -> Deal:
        """The deal of a stored document; ``names`` maps user ids to the names shown."""
        close = doc.get("expected_close")
        shown = {SYSTEM: SYSTEM_NAME, **(names or {})}
        return cls(
            id=doc["_id"],
            lead_id=doc["lead_id"],
            session_id=doc.get("session_id"),
            title=doc.get("title") or "Untitled deal",
            company=doc.get("company"),
            stage=doc["stage"],
            existing_customer=bool(doc.get("existing_customer")),
            team=doc.get("team") or "new_business",
            amount=float(doc.get("amount") or 0.0),
            probability=float(doc.get("probability") or 0.0),
            weighted_amount=float(doc.get("weighted_amount") or 0.0),
            owner_id=doc.get("owner_id"),
            expected_close=close.date() if isinstance(close, datetime) else close,
            lost_reason=doc.get("lost_reason"),
            version=int(doc.get("version") or 1),
            created_at=doc["created_at"],
            updated_at=doc["updated_at"],
            stage_history=[
                {**entry, "by_name": shown.get(entry.get("by", ""))}
                for entry in doc.get("stage_history") or []
            ],
        )


class Note(BaseModel):
    id: str
    text: str
    author_id: str
    at: datetime


class DealDetail(Deal):
    notes: list[Note]


class DealPage(BaseModel):
    items: list[Deal]
    next_cursor: str | None


class DealQuery(Strict):
    stage: DealStage | None = None
    owner_id: str | None = OwnerId
    existing_customer: bool | None = Field(
        default=None,
        description="true: only existing customers' deals (account management); false: others",
    )
    cursor: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    limit: int = Field(default=50, ge=1, le=200)


class DealCreate(Strict):
    lead_id: str = Id
    title: str | None = Field(default=None, min_length=1, max_length=200)
    amount: float | None = Field(default=None, ge=0, le=100_000_000)


class DealPatch(Strict):
    stage: DealStage | None = None
    owner_id: str | None = OwnerId
    amount: float | None = Field(default=None, ge=0, le=100_000_000)
    expected_close: date | None = None
    lost_reason: str | None = Field(default=None, min_length=1, max_length=500)
    version: int | None = Field(default=None, ge=1)


class NoteCreate(Strict):
    text: str = Field(min_length=1, max_length=5000)


class PipelineColumn(BaseModel):
    stage: DealStage
    count: int
    amount: float
    weighted_amount: float


class Pipeline(BaseModel):
    columns: list[PipelineColumn]


TicketStatus = Literal["open", "pending", "resolved"]


class TicketContact(BaseModel):
    name: str | None = None
    email: str | None = None
    phone: str | None = None


class Ticket(BaseModel):
    """A support request opened from a conversation."""

    id: str
    session_id: str = Field(description="The conversation: its transcript is on the ticket's page")
    status: TicketStatus
    category: str
    issue: str
    contact: TicketContact
    emergency_offered: bool
    owner_id: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, doc: dict[str, Any]) -> Ticket:
        return cls(id=doc["_id"], **{k: v for k, v in doc.items() if k != "_id"})


class TicketPage(BaseModel):
    items: list[Ticket]


class TranscriptLine(BaseModel):
    role: str
    text: str
    at: datetime


class TicketDetail(Ticket):
    """A ticket with its conversation's transcript."""

    transcript: list[TranscriptLine]


class TicketQuery(Strict):
    status: TicketStatus | Literal["any"] = Field(
        default="any", description="One status, or any (every ticket, whatever its status)"
    )
    limit: int = Field(default=100, ge=1, le=500)


class TicketPatch(Strict):
    status: TicketStatus
    owner_id: str | None = OwnerId
