"""The structured answers the model gives: one pydantic model per call purpose.

The SDK turns each into a strict JSON schema (every property required, nullable where the
type allows None) and parses the answer back into it. The schema's name (the class name) is
what the tests' OpenAI-compatible server keys its scripted answers on.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

TypeLabel = Literal["new_cafe", "existing_cafe", "casual_browser"]
FieldName = Literal[
    "name",
    "email",
    "phone",
    "opening_timeline",
    "coffee_preferences",
    "equipment_needs",
    "expected_volume",
    "pain_points",
    "locations",
    "support_needs",
]  # the fields of Details (a test keeps them in step)
EVIDENCE = "the visitor's words that show it, copied exactly from the message; empty if none"


class TypeDetection(BaseModel):
    """Before qualification: what kind of visitor this is."""

    customer_type: TypeLabel | None = Field(
        description="new_cafe: opening a cafe; existing_cafe: runs one now; casual_browser: "
        "home barista or just curious; null when the message does not tell"
    )
    business_context: bool = Field(description="the visitor talks about their business")
    question: bool = Field(description="the visitor asks something about products or services")
    evidence: str = Field(description=EVIDENCE)


class ContactDetails(BaseModel):
    """Contact details the visitor gave about themselves in this message (null if none)."""

    name: str | None = Field(description="the visitor's own name, as written")
    email: str | None = Field(description="the visitor's email address, as written")
    phone: str | None = Field(description="the visitor's phone number, as written")


class FlowSignals(BaseModel):
    """During qualification: what the message does to the conversation."""

    question: bool = Field(description="asks something about products, services or the company")
    refused_fields: list[FieldName] = Field(
        description="the details the visitor declines to give; empty if none"
    )
    skip: bool = Field(description="wants to skip the current question for now")
    human: bool = Field(description="asks for a person / the sales team")
    restart: bool = Field(description="wants to start the conversation over")
    goodbye: bool = Field(description="ends the conversation")
    affirm: bool = Field(description="says yes")
    deny: bool = Field(description="says no")
    evidence: str = Field(description=EVIDENCE)


class FieldValues(BaseModel):
    """Details given in this message, in the visitor's own words; null when not given.

    The same fields as :class:`shared.conversation.details.Details` (a test keeps them in
    step), without its length limits: one over-long value must not void the whole answer, so
    each value is validated into ``Details`` on its own.
    """

    name: str | None
    email: str | None
    phone: str | None
    opening_timeline: str | None = Field(description="when the new cafe opens, e.g. 'March 2027'")
    coffee_preferences: str | None = Field(description="coffee styles or roasts wanted")
    equipment_needs: str | None = Field(description="machines, grinders, brewers needed")
    expected_volume: str | None = Field(description="expected cups or kg per day/week")
    pain_points: str | None = Field(description="what troubles the existing cafe today")
    locations: int | None = Field(description="how many cafe locations they run")
    support_needs: str | None = Field(description="service or training they want")


class ReplyDraft(BaseModel):
    """The reply to show the visitor, and the ids of the sources it used."""

    reply: str = Field(description="plain text, no links, no markdown, no HTML")
    sources_used: list[str] = Field(description="ids of the 'sources' the reply draws on")
