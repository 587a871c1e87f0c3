"""The intent classifier's parts: its file, its decisions, its training and its data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from shared.understanding.intents import (
    CUES,
    INTENTS_FILE,
    NEVER,
    IntentModel,
    features,
    load_intents,
)
from shared.understanding.intents_data import INTENTS, TRAINING_DIR, load_utterances
from shared.understanding.intents_features import cues
from shared.understanding.intents_threshold import FLOOR, first_dip, threshold
from shared.understanding.intents_train import fit_all

DIM = 384


def model(thresholds: list[float]) -> IntentModel:
    """A two-intent model whose logits are the first two embedding components, scaled."""
    weights = np.zeros((2, DIM + len(CUES)), dtype=np.float32)
    weights[0, 0] = weights[1, 1] = 5.0
    return IntentModel(
        labels=("handoff", "other_language"),
        weights=weights,
        bias=np.zeros(2, dtype=np.float32),
        thresholds=np.array(thresholds, dtype=np.float32),
    )


def unit(index: int, length: float = 1.0) -> npt.NDArray[np.float32]:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[index] = length
    return vector


def test_saved_model_loads_back_with_the_same_bytes_and_readings(tmp_path: Path) -> None:
    """Saving twice gives identical bytes (reproducible bundles); the loaded model reads alike."""
    original = model([0.6, 0.6])
    original.save(tmp_path / "a.npz")
    original.save(tmp_path / INTENTS_FILE)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / INTENTS_FILE).read_bytes()
    loaded = load_intents(tmp_path / INTENTS_FILE)
    no_cues = np.zeros(len(CUES), dtype=np.float32)
    assert loaded.read(unit(0), no_cues) == original.read(unit(0), no_cues)


def test_a_model_trained_on_other_cues_is_refused(tmp_path: Path) -> None:
    """Weights whose cue list differs from the code's cannot be loaded silently."""
    path = tmp_path / INTENTS_FILE
    model([0.5, 0.5]).save(path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["cues"] = np.array(["question_mark"])
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="other lexical cues"):
        load_intents(path)


def test_an_intent_is_decided_only_at_its_threshold() -> None:
    """A probability below the intent's threshold leaves it undecided; above, it is decided."""
    no_cues = np.zeros(len(CUES), dtype=np.float32)
    vector = unit(0, 0.25)  # logit 5 * 4 (scale) / 4 = 5: p = 0.993
    assert model([0.99, 0.99]).read(vector, no_cues).has("handoff")
    assert not model([0.999, 0.99]).read(vector, no_cues).has("handoff")


def test_a_foreign_message_decides_only_its_language() -> None:
    """With the foreign cue set, a confident handoff is left to the rules."""
    foreign = np.zeros(len(CUES), dtype=np.float32)
    foreign[CUES.index("foreign")] = 1.0
    reading = model([0.6, 0.6]).read(unit(0, 0.5) + unit(1, 0.5), foreign)
    assert reading.decided == {"other_language"}
    assert reading.score("handoff") > 0.6


def test_training_separates_labels_that_the_inputs_separate() -> None:
    """Logistic regression on two separable clusters gives each its intent with confidence."""
    rng = np.random.default_rng(7)
    inputs = np.vstack([rng.normal(1, 0.3, (40, 5)), rng.normal(-1, 0.3, (40, 5))])
    labels = np.array([[1, 0]] * 40 + [[0, 1]] * 40, dtype=np.float64)
    trained = fit_all(inputs, labels, ("a", "b"))
    probs = trained.probabilities(inputs.astype(np.float32))
    assert (probs[:40, 0] > 0.9).all()
    assert (probs[40:, 0] < 0.1).all()
    assert (probs[40:, 1] > 0.9).all()


def test_the_first_dip_keeps_precision_from_the_top_down() -> None:
    """On one list the walk stops above the first wrong high score that would drop precision
    below target (each bootstrap resample's cut-off, averaged by ``threshold``)."""
    probs = np.array([0.99, 0.98, 0.97, 0.96, 0.9, 0.8, 0.7])
    truth = np.array([1, 1, 1, 1, 0, 1, 0], dtype=np.float64)
    assert first_dip(probs, truth) == pytest.approx(0.96)
    assert threshold(np.array([0.99, 0.9]), np.array([0.0, 1.0])) == NEVER
    assert threshold(np.array([0.55, 0.54, 0.53]), np.ones(3)) == FLOOR


def test_cues_follow_the_declared_order() -> None:
    """Each cue lands in its named slot (the weights depend on the order)."""
    typed = "pls delete my email from your system?"
    vector = cues(typed, typed.replace("pls", "please"), False)
    assert vector.shape == (len(CUES),)
    assert vector[CUES.index("privacy")] == 1.0
    assert vector[CUES.index("question_mark")] == 1.0
    assert vector[CUES.index("foreign")] == 0.0
    assert features(unit(3), vector).shape == (DIM + len(CUES),)


def test_the_training_data_is_labelled_with_known_intents_by_known_authors() -> None:
    """Every file parses, the three outside authors have their 150 messages, and 1,500 in all."""
    rows = load_utterances(TRAINING_DIR)
    authors = {row.author for row in rows}
    assert {"outside-a", "outside-b", "outside-c", "team"} <= authors
    for author in ("outside-a", "outside-b", "outside-c"):
        assert sum(row.author == author for row in rows) == 150
    assert len(rows) >= 1500
    assert all(row.intents <= set(INTENTS) for row in rows)


def test_an_unknown_intent_names_its_file(tmp_path: Path) -> None:
    """A typo in a label fails the build with the file and the message named."""
    folder = tmp_path / "someone"
    folder.mkdir()
    (folder / "x.yaml").write_text('- {text: "call me", intents: [handof]}\n')
    with pytest.raises(ValueError, match=r"x\.yaml.*handof"):
        load_utterances(tmp_path)
