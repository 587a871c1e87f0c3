"""The conversation state: the pydantic model persisted in MongoDB.

The chat API shows part of it (stage, type, collected details, what is missing and asked; see
``shared/chat/models.py``). ``schema_version`` lets old documents load:
:func:`ConversationState.upgrade` fills the fields an older version lacked with their defaults
and remembers the version it read. Loading writes nothing; the next turn's save writes the
whole state in the current schema (``shared/chat/repository.py``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

# Re-exported: the registry is the one source of field lists.
from shared.conversation.kinds import CustomerType as CustomerType
from shared.conversation.kinds import Stage as Stage
from shared.conversation.registry import ALL_FIELDS as ALL_FIELDS
from shared.conversation.registry import CONTACT_FIELDS as CONTACT_FIELDS
from shared.conversation.registry import fields_for as fields_for
from shared.events import LeadEventType

SCHEMA_VERSION = 2
MAX_ASKS = 3


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


# the lead events a conversation records in its outbox are the events published (see
# shared.events.LeadEventType: lead.updated coalesced, at most one unsent at a time, and the
# handler re-reads the conversation anyway; lead.erased the last event a conversation records)
OutboxEventType = LeadEventType


class OutboxEvent(BaseModel):
    """A lead event recorded with the turn that caused it, published after the save."""

    type: OutboxEventType
    occurred_at: datetime
    sent: bool = False
    existing_customer: bool = False  # what the state knew when the event was recorded


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
    # the contact fields erased on request (a subset of ``refused``): given again they are held
    # neither in the state nor in the transcript; a field refused in words only ("no phone for
    # now") is taken when the visitor gives it later; older documents: their refused contact
    # fields (``upgrade``)
    erased: list[str] = Field(default_factory=list)
    asking: str | None = None
    visitor_topic: str | None = None  # the field the visitor's last message asked about
    supposed_volume: str | None = None  # the volume last supposed ("if we bumped to 160 lb")
    # the start of a phone the last message broke off ("my cell is 306 555"), for the next one
    # to finish ("0155 sorry"); kept one turn; older documents: None
    phone_start: str | None = None
    topics: list[str] = Field(default_factory=list)
    pending_email: PendingEmail | None = None
    rag_questions: int = 0
    answered: bool = False
    questions_since_progress: int = 0
    redirects: int = 0
    alternative_offered: list[str] = Field(default_factory=list)
    business_context: bool = False
    commitment: bool = False
    handoff: bool = False
    privacy_pending: bool = False
    privacy_asks: int = 0
    # the read-back offered to delete what it listed: the next message may accept
    privacy_offered: bool = False
    support: bool = False
    # the visitor already buys from Copperline (a past order, a plan, equipment, an account):
    # no switching-supplier question, their account team follows up; older documents: False
    existing_customer: bool = False
    # the visitor said the plan is undecided or they are only looking: contact waits for a
    # request of theirs (``docs/decisions/when-contact-is-asked.md``); older documents: False
    unsure_plans: bool = False
    # the visitor brought an agenda (a list or a letter of three lines or more): contact waits
    # for a request of theirs too; older documents: False
    agenda: bool = False
    # the visitor declined contact in general (a detail refused while saying they only want
    # information): no contact detail is asked until they offer one or ask for a next step;
    # older documents: False
    contact_declined: bool = False
    # the business closes, is sold or cancels its service with us: no sales questions
    leaving: bool = False
    # every place the visitor said they are at lies outside the area the company delivers to
    # (the latest place said decides): no sales questions; older documents: False
    unserved: bool = False
    # the support desk filed a ticket in this conversation; None: not known (a state stored
    # before this was recorded), so its tickets are still given every new contact detail
    tickets: bool | None = False
    contact_by: Literal["email", "phone"] | None = None
    held: dict[str, Any] = Field(default_factory=dict)
    language: str | None = None
    wrapped_up: bool = False
    welcome_asks: int = 0
    closed: bool = False
    last_reply: str | None = None
    turns: int = 0
    context: RequestContext = Field(default_factory=RequestContext)
    outbox: list[OutboxEvent] = Field(default_factory=list)
    # a digest of what the lead is computed from, as of the last recorded lead event
    lead_digest: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    _stored_version: int | None = PrivateAttr(default=None)

    @classmethod
    def upgrade(cls, document: dict[str, Any]) -> ConversationState:
        """Load a stored state of any schema version (remembered in :attr:`stored_version`)."""
        data = dict(document)
        stored = data.setdefault("schema_version", 0)
        # version 0 (pre-release) had no outbox and no topic memory; version 1 no held
        # details, contact channel or language: defaults fill them all
        data["schema_version"] = SCHEMA_VERSION
        data.setdefault("tickets", None)  # stored before tickets were recorded: not known
        # stored before erasure and refusal were told apart: every refused contact detail was
        # kept out of the record, so each counts as erased (a detail typed again stays out)
        data.setdefault("erased", [f for f in data.get("refused") or [] if f in CONTACT_FIELDS])
        state = cls.model_validate(data)
        state._stored_version = stored if isinstance(stored, int) else 0
        return state

    def copied(self) -> ConversationState:
        """A deep copy (the stored version included), made by pydantic-core (dumped and
        validated again) rather than ``copy.deepcopy``: a fifth of the time on a chat turn's
        state, which the state machine copies once a turn."""
        copy = type(self).model_validate(self.model_dump())
        copy._stored_version = self._stored_version
        return copy

    @property
    def stored_version(self) -> int | None:
        """The schema version of the stored document this state was loaded from (None for a
        state that was never stored)."""
        return self._stored_version

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
