"""The visitor-type classifier: trained into the bundle from ``training/types``, decided only
above its thresholds, asked only where the rules typed nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index_builder.visitor_types import FLOOR, TYPES_DIR, load_typed
from shared.conversation.brain import LocalBrain
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState, CustomerType
from shared.rag.embedding import Embedder
from shared.understanding.fuzzy import normalise
from shared.understanding.intents import INTENTS_FILE, load_intents
from shared.understanding.visitor_model import KINDS, TYPES_FILE, TypeModel, load_types


@pytest.fixture(scope="module")
def model(kb_bundle_dir: Path) -> TypeModel:
    """The demo bundle's type classifier, as the chat loads it."""
    return load_types(kb_bundle_dir / TYPES_FILE)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


def test_the_training_files_cover_every_kind_in_several_families() -> None:
    """Each kind is written in at least three families of businesses (held out in turn to set
    its threshold), with several hundred messages in all."""
    rows = load_typed(TYPES_DIR)
    assert len(rows) >= 250
    for kind in (*KINDS, "none"):
        assert len({r.family for r in rows if r.kind == kind}) >= 3, kind


def test_thresholds_never_fall_below_the_floor(model: TypeModel) -> None:
    """No kind is decided below the floor, whatever the validation allowed."""
    assert model.labels == KINDS
    assert all(float(t) >= FLOOR for t in model.thresholds)


def test_a_message_above_two_thresholds_decides_nothing() -> None:
    """Two kinds above their thresholds are a contradiction: nothing is decided."""
    both = TypeModel(
        labels=("new", "existing"),
        weights=np.ones((2, 3), dtype=np.float32),
        bias=np.zeros(2, dtype=np.float32),
        thresholds=np.array([0.8, 0.8], dtype=np.float32),
    )
    assert both.read(np.ones(3, dtype=np.float32)) is None
    one = TypeModel(both.labels, both.weights, both.bias, np.array([0.8, 1.01], np.float32))
    assert one.read(np.ones(3, dtype=np.float32)) == "new"


def test_save_and_load_keep_the_weights(tmp_path: Path, model: TypeModel) -> None:
    """The saved file loads back to the same model, byte for byte the same on a second save."""
    model.save(tmp_path / "a.npz")
    again = load_types(tmp_path / "a.npz")
    again.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert again.labels == model.labels


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("what's the price of the big grinder", None),
        ("maybe 90 a day", None),
        ("ok thanks", None),
    ],
)
def test_a_message_stating_no_business_is_not_typed(
    model: TypeModel, embedder: Embedder, message: str, kind: str | None
) -> None:
    """A price question, a bare volume or thanks state no business: no kind is decided."""
    assert model.read(embedder.embed([normalise(message)])[0]) is kind


async def test_the_brain_types_what_the_rules_miss_and_only_then(
    kb_bundle_dir: Path, model: TypeModel
) -> None:
    """A message the rules cannot type is typed by the model (a clinic's first coffee station
    next month); one the rules type keeps the rules' type."""
    intents = load_intents(kb_bundle_dir / INTENTS_FILE)
    brain = LocalBrain(PrototypeClassifier(Embedder()), lambda: intents, types=lambda: model)
    opening = "the dental clinic will have its first coffee station next month"
    heard = await brain.understand(opening, ConversationState())
    assert heard.customer_type is CustomerType.NEW_CAFE
    running = "we run a cafe downtown and the grinder is slow"
    heard = await brain.understand(running, ConversationState())
    assert heard.customer_type is CustomerType.EXISTING_CAFE
