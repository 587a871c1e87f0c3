"""The local brain: rules, phonenumbers, email-validator and embedding similarity.

Detections that do not depend on each other run concurrently; the embedding model is asked
only when the rules leave the visitor type or a refusal undecided, so a turn costs at most one
embedding here (retrieval, when the message is a question, runs beside it in the service).
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from shared.conversation import signals
from shared.conversation.emails import find_email, mentions_domain_of
from shared.conversation.fields import business_fields, free_text_answer
from shared.conversation.names import find_name
from shared.conversation.phones import find_phone
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState, CustomerType, PendingEmail
from shared.conversation.text import has_letters_or_digits, words
from shared.conversation.understanding import Understanding

TYPE_LABELS = ("new_cafe", "existing_cafe", "casual_browser")
NAME_WORD_RE = re.compile(r"\bname\b", re.I)


class LocalBrain:
    """Understands messages without any remote model."""

    def __init__(self, classifier: PrototypeClassifier | None = None) -> None:
        self._classifier = classifier

    async def understand(self, message: str, state: ConversationState) -> Understanding:
        if not has_letters_or_digits(message):
            return Understanding(unreadable=True)
        flags, contact, business, kind, refused = await asyncio.gather(
            self._flags(message),
            self._contact(message, state),
            self._business(message, state),
            self._customer_type(message),
            self._refusal(message, state),
        )
        result = Understanding(**flags, **contact, customer_type=kind, refused=refused)
        result.fields.update(business)
        self._settle(message, state, result)
        scores = await self._semantic(message, state, result)
        if scores:
            self._apply_semantic(result, scores, state)
        if not result.gave_details and _answers_asked_field(result):
            result.fields.update(free_text_answer(message, state.asking))
        return result

    def _settle(self, message: str, state: ConversationState, result: Understanding) -> None:
        """Resolve signals that depend on each other or on the conversation so far."""
        if result.human and result.question:
            result.question = signals.asks_beyond_handoff(message)
        pending = state.pending_email
        if pending and not result.deny and mentions_domain_of(message, pending.suggested):
            result.affirm = True
        if pending and result.deny and not signals.REFUSAL_RE.search(message):
            result.refused = None  # "no" answers "did you mean ...?", it refuses nothing

    async def _flags(self, message: str) -> dict[str, bool]:
        return signals.flags(message)

    async def _contact(self, message: str, state: ConversationState) -> dict[str, Any]:
        found: dict[str, Any] = {"fields": {}}
        name = find_name(message, asked=state.asking == "name")
        if name and ("name" not in state.collected or _explicit(message)):
            found["fields"]["name"] = name
        email = find_email(message)
        if email and not email.valid:
            found["invalid_contact"] = "email"
        elif email and email.suggestion:
            found["email_typo"] = PendingEmail(typed=email.address, suggested=email.suggestion)
        elif email:
            found["fields"]["email"] = email.address
        phone, seen = find_phone(message, state.context.country)
        if phone:
            found["fields"]["phone"] = phone
        elif seen and state.asking == "phone":
            found["invalid_contact"] = "phone"
        return found

    async def _business(self, message: str, state: ConversationState) -> dict[str, object]:
        return business_fields(message, state.asking, signals.is_question(message))

    async def _customer_type(self, message: str) -> CustomerType | None:
        return signals.customer_type(message)

    async def _refusal(self, message: str, state: ConversationState) -> str | None:
        return signals.refused_field(message, state.asking)

    async def _semantic(
        self, message: str, state: ConversationState, found: Understanding
    ) -> dict[str, float]:
        """Embedding similarity, only when the rules left something open (one embedding)."""
        if self._classifier is None or not _needs_semantic(message, state, found):
            return {}
        return await asyncio.to_thread(self._classifier.scores, message)

    def _apply_semantic(
        self, result: Understanding, scores: dict[str, float], state: ConversationState
    ) -> None:
        assert self._classifier is not None
        if result.customer_type is None and state.customer_type is None:
            match = self._classifier.classify(scores, TYPE_LABELS)
            casual = match is not None and match.label == "casual_browser"
            if match and not (casual and (result.business_context or result.fields)):
                result.customer_type = CustomerType(match.label)
        if result.fields or result.question or result.dodge or result.skip or result.refused:
            return
        match = self._classifier.classify(scores, ("refusal", "human"))
        if match and match.label == "refusal" and state.asking:
            result.refused = state.asking
        elif match and match.label == "human":
            result.human = True


def _explicit(message: str) -> bool:
    return bool(NAME_WORD_RE.search(message))


def _needs_semantic(message: str, state: ConversationState, found: Understanding) -> bool:
    """Only when rules could not decide something that matters for this turn."""
    count = len(words(message))
    decided = found.question or found.gave_details or found.refused or found.human
    if decided or found.dodge or found.skip or found.restart or count < 2:
        return False
    if state.customer_type is None and found.customer_type is None and count >= 4:
        return True
    return state.asking is not None and count <= 10


def _answers_asked_field(result: Understanding) -> bool:
    quiet = not (result.question or result.dodge or result.skip or result.refused)
    return quiet and not (result.restart or result.human or result.goodbye)
