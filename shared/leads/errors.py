"""Reasons to acknowledge a lead event without processing it (retrying cannot help), and the
one failure raised on purpose so the event is delivered again."""

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


class ErasedInChat(SkipEvent):
    """The visitor erased the conversation in chat: no lead is built from it again."""

    reason = "erased_in_chat"


class ErasureNotAsked(SkipEvent):
    """A ``lead.erased`` event for a conversation that recorded no such request."""

    reason = "erasure_not_asked"


class NoticeNotDelivered(Exception):
    """The sales webhook did not take the erasure notice (after its retries): the erasure is
    done and logged, and the event is delivered again so the notice is sent again."""
