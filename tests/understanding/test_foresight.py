"""The message's embedding started before the conversation's state is read (foresight): used
when the brain's reading is that text, never in place of another reading's."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.foresight import foresight, reading_of
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState
from shared.rag.embedding import Embedder
from shared.understanding.intents import INTENTS_FILE, IntentModel, load_intents


class CountingClassifier(PrototypeClassifier):
    """The real classifier, counting the texts it embeds."""

    def __init__(self, embedder: Embedder) -> None:
        super().__init__(embedder)
        self.embedded: list[str] = []

    def embed(self, text: str) -> npt.NDArray[np.float32]:
        self.embedded.append(text)
        return super().embed(text)


@pytest.fixture(scope="module")
def classifier() -> CountingClassifier:
    return CountingClassifier(Embedder())


@pytest.fixture(scope="module")
def brain(classifier: CountingClassifier, kb_bundle_dir: Path) -> LocalBrain:
    """The brain as the chat wires it, with the counting classifier."""
    intents: IntentModel = load_intents(kb_bundle_dir / INTENTS_FILE)
    return LocalBrain(classifier, lambda: intents)


async def test_an_english_message_is_embedded_once_and_read_the_same(
    brain: LocalBrain, classifier: CountingClassifier
) -> None:
    """The foreseen embedding is the one the reading uses (one model run), and the reading is
    the one made without foresight."""
    message, state = "hw much is the atlas 75? we're opening a cafe in march", ConversationState()
    plain = await brain.understand(message, state)
    classifier.embedded.clear()
    with foresight():
        brain.foresee(message, None)
        foreseen = await brain.understand(message, state)
    assert len(classifier.embedded) == 1
    assert foreseen == plain


async def test_a_message_in_another_language_is_not_foreseen(
    brain: LocalBrain, classifier: CountingClassifier
) -> None:
    """A message read through a gloss starts nothing early: only its reading is embedded."""
    message = "Hola, quiero abrir una cafetería en Madrid el próximo año"
    classifier.embedded.clear()
    with foresight():
        brain.foresee(message, None)
        await brain.understand(message, ConversationState())
    assert len(classifier.embedded) == 1
    assert classifier.embedded[0] != message


async def test_a_gloss_reading_gets_its_own_embedding(
    brain: LocalBrain, classifier: CountingClassifier
) -> None:
    """In a conversation held in Spanish an English-looking message is read through a gloss:
    the foreseen vector of the plain text is not used for it, and the reading is the one made
    without foresight."""
    message = "ok thanks, we need una máquina"
    state = ConversationState(language="es")
    plain = await brain.understand(message, state)
    classifier.embedded.clear()
    with foresight():
        brain.foresee(message, None)
        foreseen = await brain.understand(message, state)
    assert foreseen == plain
    assert len(set(classifier.embedded)) == 2  # the plain text foreseen, the gloss read


def test_a_message_is_read_once_a_turn() -> None:
    """Within a turn's foresight every step asking for a message's reading gets the one made
    first (its numbers read once); each turn, and a step outside a turn, reads afresh."""
    said = "we pour about two hundred cups a day"
    with foresight():
        first = reading_of(said)
        assert reading_of(said) is first
        assert first.numbers == "we pour about 200 cups a day"
    with foresight():
        assert reading_of(said) is not first
    assert reading_of(said) is not reading_of(said)
    assert reading_of(said) == first
