"""Reasons to acknowledge a lead event without processing it (retrying cannot help)."""

from __future__ import annotations


class SkipEvent(Exception):
    """The event is acknowledged and logged; nothing is written."""

    reason = "skipped"


class UnknownSession(SkipEvent):
    reason = "unknown_session"


class CorruptConversation(SkipEvent):
    reason = "corrupt_conversation"


class NotALead(SkipEvent):
    reason = "not_a_lead"
