"""Fixtures of the reader's tests: the brain as the chat wires it."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.semantic import PrototypeClassifier
from shared.rag.embedding import Embedder
from shared.understanding.intents import INTENTS_FILE, IntentModel, load_intents


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    """One embedder and the demo bundle's intent classifier (a module may define its own)."""
    intents: IntentModel = load_intents(kb_bundle_dir / INTENTS_FILE)
    return LocalBrain(PrototypeClassifier(Embedder()), lambda: intents)
