"""The offline embedding model: its assembled folder, its vectors, and no network at all."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from shared.rag.embedding import (
    DIMENSION,
    KNOWN,
    OPTIMIZED,
    WEIGHTS,
    Embedder,
    model_dir,
    turn_memo,
    write_known,
    write_optimized,
)


def refuse(*args: Any, **kwargs: Any) -> Any:
    raise OSError("network access attempted")


def test_model_folder_is_assembled_from_the_two_packages(tmp_path: Path) -> None:
    """The folder holds the ONNX file and tokenizer files, with the 256-token limit set."""
    folder = model_dir(tmp_path)
    names = {path.name for path in folder.iterdir()}
    assert names == {
        "model.onnx",
        "tokenizer.json",
        "config.json",
        "special_tokens_map.json",
        "tokenizer_config.json",
    }
    config = json.loads((folder / "tokenizer_config.json").read_text())
    assert config["model_max_length"] == 256
    assert model_dir(tmp_path) == folder  # built once, then reused


def test_embedding_needs_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Assembling, loading and running the model works with every socket refused."""
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    offline = Embedder(model_dir(tmp_path))
    vectors = offline.embed(["How much is the Atlas 64 grinder?"])
    assert vectors.shape == (1, DIMENSION)


def test_vectors_are_normalised_float32(embedder: Embedder) -> None:
    """Vectors have the model's dimension, unit length and float32 type."""
    vectors = embedder.embed(["espresso machine", "cold brew coffee", ""])
    assert vectors.dtype == np.float32
    assert vectors.shape == (3, DIMENSION)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, DIMENSION)


def test_similar_meanings_are_closer(embedder: Embedder) -> None:
    """The model behaves like a sentence model: a paraphrase is nearer than an unrelated text."""
    a, b, c = embedder.embed(["How much does it cost?", "What is the price?", "Penguins swim."])
    assert float(a @ b) > float(a @ c) + 0.2


def test_embedding_is_deterministic(embedder: Embedder) -> None:
    """The same text gives the same vector every time (needed for identical rebuilds)."""
    first = embedder.embed(["Lumen 2-Group", "Riverbend Organic"])
    assert np.array_equal(first, embedder.embed(["Lumen 2-Group", "Riverbend Organic"]))


def test_embedder_matches_fastembed_exactly(embedder: Embedder) -> None:
    """The direct onnxruntime pipeline gives FastEmbed's vectors (truncation, padding, pooling)."""
    import numpy as np
    from fastembed import TextEmbedding

    from shared.rag.embedding import MODEL_NAME, _default_model_dir

    texts = ["How much is the Lumen 2-Group?", "x", "a long text " * 200, "café ☕", ""]
    reference = TextEmbedding(MODEL_NAME, specific_model_path=str(_default_model_dir()), threads=1)
    theirs = np.vstack(list(reference.embed(texts)))
    theirs = theirs / np.linalg.norm(theirs, axis=1, keepdims=True)
    assert np.abs(embedder.embed(texts) - theirs).max() < 1e-5


@pytest.fixture(scope="module")
def built_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the model folder with what ``make build`` adds: the optimised graph and the
    vectors of two known sentences."""
    folder = tmp_path_factory.mktemp("built") / "model"
    folder.mkdir()
    for source in model_dir().iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    assert write_optimized(folder) == folder / OPTIMIZED
    assert write_known(folder, KNOWN_TEXTS) == folder / KNOWN
    return folder


KNOWN_TEXTS = ["I am opening a new coffee shop soon", "home espresso hobbyist here"]


def test_optimised_copy_gives_the_same_vectors(built_model: Path, embedder: Embedder) -> None:
    """A model folder with the optimised graph ``make build`` saves embeds exactly as the
    model optimised at load does (the copy is the one a built chat function loads)."""
    texts = ["Do you sell decaf?", "We run 3 cafés, what maintenance plans do you have?"]
    assert np.allclose(Embedder(built_model).embed(texts), embedder.embed(texts), atol=1e-6)


def test_optimised_graph_keeps_its_weights_apart(built_model: Path) -> None:
    """The optimised graph's weights are saved in their own file (external data, which
    onnxruntime maps into memory at load instead of copying), not inside the graph."""
    assert (built_model / WEIGHTS).stat().st_size > 50_000_000
    assert (built_model / OPTIMIZED).stat().st_size < 1_000_000


def test_known_sentences_are_not_embedded_again(
    built_model: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The known sentences' saved vectors are returned without running the model, equal to
    what the model gives; a batch with any other text runs the model."""
    built = Embedder(built_model)
    expected = embedder.embed(KNOWN_TEXTS)
    ran: list[list[str]] = []
    original = built._batch

    def batch(texts: list[str]) -> Any:
        ran.append(texts)
        return original(texts)

    monkeypatch.setattr(built, "_batch", batch)
    assert np.allclose(built.embed(list(reversed(KNOWN_TEXTS))), expected[::-1], atol=1e-6)
    assert ran == []
    built.embed([KNOWN_TEXTS[0], "Do you sell decaf?"])
    assert ran == [[KNOWN_TEXTS[0], "Do you sell decaf?"]]


def test_a_turn_runs_the_model_once_per_tokenized_text(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within a turn's memo a text with the same tokens (the tokenizer lowercases) returns the
    vector the model gave the first time, equal to an unmemoised embedding; outside the memo,
    and for a new turn, the model runs again."""
    runs: list[int] = []
    original = embedder._run

    def run(encoded: Any) -> Any:
        runs.append(len(encoded))
        return original(encoded)

    monkeypatch.setattr(embedder, "_run", run)
    plain = embedder.embed(["Is installation included?"])
    with turn_memo():
        first = embedder.embed(["is installation included?"])
        again = embedder.embed(["Is installation included?"])
        other = embedder.embed(["do you sell decaf?"])
    with turn_memo():
        embedder.embed(["Is installation included?"])
    assert runs == [1, 1, 1, 1]
    assert np.array_equal(first, plain)
    assert np.array_equal(again, plain)
    assert not np.allclose(other, plain)
