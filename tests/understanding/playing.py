"""The chat's brain over the demo bundle, a conversation played through it and the machine, and
the visitor type a message states with the types' short names (shared by the reader's tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from shared.conversation import foresight
from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState, CustomerType
from shared.rag.embedding import Embedder
from shared.understanding.fuzzy import normalise
from shared.understanding.intents import INTENTS_FILE, IntentModel, load_intents
from shared.understanding.visitor import visitor_type

NOW = datetime(2026, 12, 5, tzinfo=UTC)
NEW, EXISTING, CASUAL = (
    CustomerType.NEW_CAFE,
    CustomerType.EXISTING_CAFE,
    CustomerType.CASUAL_BROWSER,
)


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


def typed(message: str) -> CustomerType | None:
    """The type the reader finds in a message, read as the brain reads it (normalised)."""
    return visitor_type(normalise(message))


def read_text(message: str) -> str:
    """The message's text as the reader reads it for the state (its turn's reading: cleaned,
    text-speak written out), which the field and type rules are given."""
    return foresight.reading_of(message).text
