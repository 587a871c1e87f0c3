"""The channel sales will use to reach a visitor who asked for a person.

Kept apart from the state machine so the leads function (which has no language models) can
read it from a stored state without importing the reader.
"""

from __future__ import annotations

from shared.conversation.registry import CHANNELS
from shared.conversation.state import ConversationState


def handoff_channel(s: ConversationState) -> str | None:
    """The channel sales will use: the one asked for if we have it, else any we have."""
    if not s.handoff:
        return None
    preferred = [s.contact_by] if s.contact_by else []
    for channel in [*preferred, *CHANNELS]:
        if channel in s.collected:
            return channel
    return None
