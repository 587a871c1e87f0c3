"""The lead and its parts, as stored in the ``leads`` collection and returned by the API."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

#: Who follows a lead up (:mod:`shared.leads.team`).
Team = Literal["new_business", "account_management"]


class Classification(StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"
    UNQUALIFIED = "unqualified"


class Priority(StrEnum):
    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"


class ScoreItem(BaseModel):
    """One rule of the scoring table and the points it gave."""

    category: str
    rule: str
    points: int
    max_points: int
    detail: str


class ScoreBreakdown(BaseModel):
    """The score and every point of it, explained."""

    total: int = Field(ge=0, le=100)
    categories: dict[str, int]
    items: list[ScoreItem]


class FollowUp(BaseModel):
    """What sales (or automation) does next, and by when, in the visitor's timezone."""

    action: str
    due_at: datetime
    latest_at: datetime | None = None
    timezone: str
    steps: list[str] = Field(default_factory=list)


class Summary(BaseModel):
    """A short human-readable account of the conversation for sales."""

    text: str
    who: str
    needs: list[str]
    when: str | None
    asked_about: list[str]
    objections: list[str]
    budget: float | None = Field(
        default=None, description="The largest amount of money the visitor stated"
    )
    currency: str = "USD"


class LineItem(BaseModel):
    """One assumed purchase in the deal estimate."""

    item: str
    quantity: float
    unit: str
    low: float
    high: float
    basis: str
    recurring: bool = False  # recurring lines: low/high are the first year, monthly_* a month
    monthly_low: float | None = None
    monthly_high: float | None = None


class Estimate(BaseModel):
    """A first-year deal value range computed from the knowledge base's prices: one-off
    equipment and services plus twelve months of the recurring lines."""

    currency: str = "USD"
    low: float
    high: float
    one_off_low: float = 0.0
    one_off_high: float = 0.0
    first_year_recurring_low: float = 0.0
    first_year_recurring_high: float = 0.0
    line_items: list[LineItem]
    assumptions: list[str]

    @property
    def amount(self) -> float:
        """The single figure a deal carries: the middle of the range."""
        return round((self.low + self.high) / 2, 2)


class Signals(BaseModel):
    """Behavioural signals found in the visitor's messages."""

    urgency: list[str] = Field(default_factory=list)
    pricing_questions: int = 0
    competitors: list[str] = Field(default_factory=list)
    objections: list[str] = Field(default_factory=list)


class Geography(BaseModel):
    """Where the visitor probably is, and what time it is there."""

    country: str | None
    timezone: str
    source: str
    local_time: datetime


class Engagement(BaseModel):
    """How the visitor engaged."""

    pattern: str
    visitor_messages: int
    questions: int
    average_message_length: float
    average_reply_seconds: float | None


class Enrichment(BaseModel):
    """Facts about the conversation that help sales prepare the call."""

    duration_seconds: float
    message_count: int
    signals: Signals
    geography: Geography
    engagement: Engagement


class ContactRequest(BaseModel):
    """A handoff that reached sales: when, by which channel, when to call, on what conditions,
    what they named."""

    requested_at: datetime
    channel: Literal["email", "phone"] | None
    preferred_time: str | None
    conditions: list[str] = Field(
        default_factory=list,
        description="Conditions the visitor put on being contacted, as written ('after 3pm "
        "only', 'texts only', 'not on weekends')",
    )
    items: list[str]


class LeadAnalysis(BaseModel):
    """Everything computed from one conversation: a pure function of state and transcript."""

    score: ScoreBreakdown
    classification: Classification
    priority: Priority
    follow_up: FollowUp
    summary: Summary
    estimate: Estimate
    enrichment: Enrichment
    contact_request: ContactRequest | None = None
    existing_customer: bool = Field(
        default=False, description="The visitor already buys from us (an order, a plan, an account)"
    )
    team: Team = Field(
        default="new_business",
        description="Who follows the lead up: account management for a customer, else new business",
    )
