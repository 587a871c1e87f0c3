"""What the leads endpoints return: list items, pages, the detail view, stats."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from shared.db import Document
from shared.leads.contact_request import business_minutes
from shared.leads.followup import zone
from shared.leads.models import Enrichment, Estimate, FollowUp, ScoreBreakdown, Summary, Team


class ContactRequestView(BaseModel):
    """A visitor's request for a person, and how long it has waited in sales hours."""

    requested_at: datetime
    channel: Literal["email", "phone"] | None
    preferred_time: str | None
    conditions: list[str] = Field(
        default_factory=list,
        description="Conditions the visitor put on being contacted, as written ('after 3pm "
        "only', 'texts only', 'not on weekends'); empty for requests stored before them",
    )
    items: list[str]
    waited_business_minutes: int = Field(
        description="Minutes of sales hours (Monday to Friday, 8:00 to 18:00 Pacific) since "
        "the request"
    )

    @classmethod
    def of(cls, stored: Document | None, now: datetime) -> ContactRequestView | None:
        if not stored:
            return None
        at = stored["requested_at"]
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        return cls.model_validate(
            {**stored, "requested_at": at, "waited_business_minutes": business_minutes(at, now)}
        )


class LeadItem(BaseModel):
    """One lead in the list."""

    id: str
    score: int
    classification: str
    priority: str
    customer_type: str | None
    existing_customer: bool = Field(
        default=False,
        description="The visitor already buys from us; false for leads stored before the flag",
    )
    team: Team = Field(
        default="new_business",
        description="Who follows the lead up: account management for a customer, else new business",
    )
    stage: str
    status: str = "new"
    owner_id: str | None = None
    name: str | None
    email: str | None
    phone: str | None
    created_at: datetime
    updated_at: datetime
    contact_request: ContactRequestView | None = None

    @classmethod
    def of(cls, doc: Document, now: datetime | None = None) -> LeadItem:
        request = ContactRequestView.of(doc.get("contact_request"), now or datetime.now(UTC))
        return cls.model_validate({**doc, "id": doc["_id"], "contact_request": request})


class LeadPage(BaseModel):
    items: list[LeadItem]
    next_cursor: str | None
    total: int = Field(description="Leads matching the filters, on every page")


class TranscriptLine(BaseModel):
    role: str
    text: str
    at: datetime
    sources: list[dict[str, str]] | None = None


class DealRef(BaseModel):
    id: str
    stage: str
    amount: float


class LeadDetail(LeadItem):
    """One lead with everything computed about it and the conversation."""

    session_id: str
    breakdown: ScoreBreakdown
    follow_up: FollowUp
    summary: Summary
    estimate: Estimate
    enrichment: Enrichment
    deal: DealRef | None
    notifications: list[dict[str, Any]]
    transcript: list[TranscriptLine]


def _local(value: Any, tz: ZoneInfo) -> Any:
    return value.astimezone(tz) if isinstance(value, datetime) else value


def follow_up_view(stored: Document) -> FollowUp:
    """The stored follow-up (UTC in MongoDB) with its dates back in the visitor's timezone."""
    tz = zone(stored.get("timezone"))
    return FollowUp.model_validate({k: _local(v, tz) for k, v in stored.items()})


def lead_detail(
    lead: Document,
    deal: Document | None,
    notifications: list[Document],
    messages: list[Document],
) -> LeadDetail:
    """The detail view of a stored lead."""
    enrichment = dict(lead["enrichment"])
    geography = dict(enrichment["geography"])
    geography["local_time"] = _local(geography["local_time"], zone(geography.get("timezone")))
    enrichment["geography"] = geography
    return LeadDetail.model_validate(
        {
            **lead,
            "id": lead["_id"],
            "follow_up": follow_up_view(lead["follow_up"]),
            "enrichment": enrichment,
            "deal": {"id": deal["_id"], **deal} if deal else None,
            "notifications": [_notification_view(n) for n in notifications],
            "transcript": messages,
            "contact_request": ContactRequestView.of(
                lead.get("contact_request"), datetime.now(UTC)
            ),
        }
    )


def _notification_view(doc: Document) -> dict[str, Any]:
    keep = ("reason", "classification", "previous_classification", "score", "created_at", "webhook")
    return {"id": doc["_id"], **{k: doc.get(k) for k in keep}}


class ClassStats(BaseModel):
    count: int
    average_score: float
    estimated_low: float
    estimated_high: float


class LeadStats(BaseModel):
    """Counts and value per classification."""

    total: int
    by_classification: dict[str, ClassStats]


def lead_stats(groups: list[Document]) -> LeadStats:
    by_class = {
        str(g["_id"]): ClassStats(
            count=g["count"],
            average_score=round(float(g["average_score"] or 0), 1),
            estimated_low=float(g["estimated_low"] or 0),
            estimated_high=float(g["estimated_high"] or 0),
        )
        for g in groups
    }
    return LeadStats(total=sum(s.count for s in by_class.values()), by_classification=by_class)
