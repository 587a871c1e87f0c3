"""The visitor types and qualification stages (the chat API contract's canonical values)."""

from __future__ import annotations

from enum import StrEnum


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
