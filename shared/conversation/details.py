"""The typed details a visitor can give: the fields sales needs, one attribute each.

Every brain returns its findings as :class:`Details`; an LLM brain can use
``Details.model_json_schema()`` as its output schema. Values are canonical: email lower-case,
phone E.164, locations an integer, everything else short plain text. The field registry
(:mod:`shared.conversation.registry`) holds one spec per attribute; a test keeps them in step.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Details(BaseModel):
    """Details found in one message (None: not given in this message)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=80, description="The visitor's name")
    email: str | None = Field(default=None, max_length=254, description="Email, lower-case")
    phone: str | None = Field(default=None, max_length=20, description="Phone number, E.164")
    opening_timeline: str | None = Field(
        default=None, max_length=120, description="When a new café opens ('next spring')"
    )
    coffee_preferences: str | None = Field(
        default=None, max_length=300, description="Coffee styles, roasts or blends wanted"
    )
    equipment_needs: str | None = Field(
        default=None, max_length=300, description="Machines, grinders, brewers needed"
    )
    expected_volume: str | None = Field(
        default=None, max_length=120, description="Expected volume ('300 cups a day')"
    )
    pain_points: str | None = Field(
        default=None, max_length=300, description="What is not working for an existing café"
    )
    locations: int | None = Field(
        default=None, ge=1, le=10000, description="How many sites an existing café runs"
    )
    support_needs: str | None = Field(
        default=None, max_length=300, description="Service, training or repair needs"
    )

    def filled(self) -> dict[str, Any]:
        """The details given, as ``{field: value}`` (every value is a str or an int: read as
        set, without a dump)."""
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def with_values(self, values: dict[str, Any]) -> Details:
        """A copy with these values set (None values are ignored)."""
        given = {k: v for k, v in values.items() if v is not None}
        return self.model_validate({**self.filled(), **given})
