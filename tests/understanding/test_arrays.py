"""The classifiers' weight files: one writer and one reader for both."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from shared.understanding.arrays import read_arrays, write_arrays
from shared.understanding.intents import CUES, IntentModel, load_intents
from shared.understanding.visitor_model import TypeModel, load_types


def _weights(rows: int, columns: int) -> npt.NDArray[np.float32]:
    return (
        (np.arange(rows * columns, dtype=np.float32) / 10).astype(np.float32).reshape(rows, columns)
    )


def test_the_same_arrays_give_the_same_bytes_and_read_back(tmp_path: Path) -> None:
    """Written twice, the file is byte for byte the same (a reproducible bundle), and reading
    it gives every array back by name, unchanged."""
    arrays = {"labels": np.array(["a", "b"]), "weights": _weights(2, 3)}
    first, second = tmp_path / "1.npz", tmp_path / "2.npz"
    write_arrays(first, arrays)
    write_arrays(second, arrays)
    assert first.read_bytes() == second.read_bytes()
    read = read_arrays(first)
    assert list(read) == ["labels", "weights"]
    assert read["labels"].tolist() == ["a", "b"]
    assert np.array_equal(read["weights"], arrays["weights"])


def test_both_classifiers_round_trip_through_the_one_writer(tmp_path: Path) -> None:
    """The intent and the visitor-type models save and load through the shared writer."""
    width = 4 + len(CUES)
    intents = IntentModel(
        labels=("question", "human"),
        weights=_weights(2, width),
        bias=np.zeros(2, np.float32),
        thresholds=np.full(2, 0.5, np.float32),
    )
    types = TypeModel(
        labels=("new", "existing", "home"),
        weights=_weights(3, 4),
        bias=np.ones(3, np.float32),
        thresholds=np.full(3, 0.7, np.float32),
    )
    intents.save(tmp_path / "intents.npz")
    types.save(tmp_path / "types.npz")
    read_intents = load_intents(tmp_path / "intents.npz")
    read_types = load_types(tmp_path / "types.npz")
    assert read_intents.labels == intents.labels
    assert np.array_equal(read_intents.weights, intents.weights)
    assert read_types.labels == types.labels
    assert np.array_equal(read_types.thresholds, types.thresholds)
