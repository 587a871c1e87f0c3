"""Set AK (session 31): a quote request with a question in a clause of its own ("... by email,
and tell me how fast it ships") goes to sales and gets the question answered too."""

from __future__ import annotations

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState


async def test_a_clause_asked_beside_a_quote_is_retrieved(brain: LocalBrain) -> None:
    """'email me a quote on the Pico, and let me know when it could ship.' is a handoff and a
    question looked up."""
    heard = await brain.understand(
        "email me a quote on the Pico, and let me know when it could ship.", ConversationState()
    )
    assert heard.human
    assert heard.question
    assert heard.retrieve


async def test_a_quote_alone_asks_nothing_else(brain: LocalBrain) -> None:
    """Negative: 'send me a quote for two Atlas 75s, thanks.' is the handoff only."""
    heard = await brain.understand(
        "send me a quote for two Atlas 75s, thanks.", ConversationState()
    )
    assert heard.human
    assert not heard.question
