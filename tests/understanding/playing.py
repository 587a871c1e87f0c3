"""The chat's brain over the demo bundle, and a conversation played through it and the machine
(shared by the author-class tests that need whole turns)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState
from shared.rag.embedding import Embedder
from shared.understanding.intents import INTENTS_FILE, IntentModel, load_intents

NOW = datetime(2026, 12, 5, tzinfo=UTC)


def wired_brain(bundle: Path) -> LocalBrain:
    """The brain as the chat wires it: one embedder, the bundle's intent classifier."""
    intents: IntentModel = load_intents(bundle / INTENTS_FILE)
    return LocalBrain(PrototypeClassifier(Embedder()), lambda: intents)


async def play(brain: LocalBrain, messages: list[str]) -> ConversationState:
    """Every message through the brain and the machine; the final state."""
    state = ConversationState()
    for message in messages:
        heard = await brain.understand(message, state)
        state, _ = advance(state, heard, NOW)
    return state
