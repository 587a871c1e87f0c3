"""Sentence embeddings from the offline all-MiniLM-L6-v2 ONNX model (FastEmbed's pipeline).

Construct one :class:`Embedder` at cold start: the ONNX session is created eagerly in
``__init__`` (loading it lazily inside a request made the process crash at shutdown). Creating
it optimises the graph (folding the int8 weights' dequantisation, fusing attention), about
0.4 s; ``make build`` saves the optimised graph beside the model (:func:`write_optimized`) and a
session made from that copy skips the work, with the same outputs (a test compares them). The
build also saves the vectors of the fixed sentences the chat embeds at every start (the visitor
type prototypes, :func:`write_known`); :meth:`Embedder.embed` returns those instead of running
the model again.

The optimised graph keeps its weights in a separate file (:data:`WEIGHTS`, ONNX external
data), which onnxruntime maps into memory instead of reading and copying: the session is
created in about a third of the CPU time (most of it was page faults on two copies of 90 MB of
weights), with the same outputs and the same per-query speed.

Within one chat turn (:func:`turn_memo`) a text the turn already embedded is not run through
the model again: the reader embeds the message and the retriever its question, and when both
come to the same tokens (the tokenizer lowercases) the second call returns the first's vector.
The memo is keyed by the model's input (the token ids), so a hit returns exactly what the model
would; it lives only as long as the turn.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from tokenizers import AddedToken, Encoding, Tokenizer

from shared.rag.memo import MEMO, Memo, Vectors, turn_memo
from shared.rag.model_files import DIMENSION, MODEL_NAME, model_dir

__all__ = [
    "DIMENSION",
    "MODEL_NAME",
    "Embedder",
    "model_dir",
    "turn_memo",
    "write_known",
    "write_optimized",
]
#: The optimised graph saved by :func:`write_optimized` (device-independent optimisations only).
OPTIMIZED = "model.optimized.onnx"
#: The optimised graph's weights, beside it (ONNX external data, memory-mapped when loaded).
WEIGHTS = "model.optimized.onnx.data"
#: Fixed sentences and their vectors, saved by :func:`write_known`.
KNOWN = "known_vectors.npz"


def normalise(vectors: npt.NDArray[np.floating]) -> Vectors:
    """Scale each row to unit length (zero rows stay zero)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.ascontiguousarray(matrix / np.maximum(norms, 1e-12), dtype=np.float32)


def valid_text(text: str) -> str:
    """``text`` with anything the tokenizer refuses (lone surrogates) replaced by "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


def load_tokenizer(folder: Path) -> Tokenizer:
    """The model's tokenizer, truncating and padding as FastEmbed sets it up for this model
    (the stricter of ``model_max_length``/``max_length``; batch-longest right padding)."""
    config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    limits = [
        v for v in (config.get("model_max_length"), config.get("max_length"))
        if isinstance(v, int) and not isinstance(v, bool) and 0 < v < 2**31
    ]  # fmt: skip
    truncation = tokenizer.truncation or {}
    tokenizer.enable_truncation(
        max_length=min(limits),
        direction=config.get("truncation_side") or truncation.get("direction", "right"),
    )
    special = folder / "special_tokens_map.json"
    tokens: dict[str, Any] = json.loads(special.read_text()) if special.is_file() else {}
    for value in tokens.values():
        for token in value if isinstance(value, list) else [value]:
            added = AddedToken(**token) if isinstance(token, dict) else token
            tokenizer.add_special_tokens([added])
    padding = tokenizer.padding or {}
    pad_token = padding.get("pad_token") or config.get("pad_token")
    pad_id = padding.get("pad_id")
    if pad_id is None:
        pad_id = tokenizer.token_to_id(pad_token)
    tokenizer.enable_padding(
        direction=config.get("padding_side") or padding.get("direction", "right"),
        pad_id=pad_id,
        pad_type_id=padding.get("pad_type_id", 0),
        pad_token=pad_token,
        pad_to_multiple_of=padding.get("pad_to_multiple_of"),
        length=None,
    )
    return tokenizer


class Embedder:
    """Turns texts into L2-normalised 384-dimensional float32 vectors, fully offline.

    The ONNX model runs directly under onnxruntime with mean pooling, exactly as FastEmbed runs
    it (a test compares the two): importing FastEmbed cost a third of the chat's cold start.
    """

    name = MODEL_NAME
    dimension = DIMENSION

    def __init__(self, model_dir: Path | None = None, threads: int = 1) -> None:
        folder = model_dir or _default_model_dir()
        optimized = folder / OPTIMIZED
        if optimized.is_file():
            options = _options(ort.GraphOptimizationLevel.ORT_DISABLE_ALL, threads)
            path = optimized
        else:
            options = _options(ort.GraphOptimizationLevel.ORT_ENABLE_ALL, threads)
            path = folder / "model.onnx"
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self._inputs = {node.name for node in self._session.get_inputs()}
        self._tokenizer = load_tokenizer(folder)
        self._known = _known_vectors(folder / KNOWN)

    def embed(self, texts: list[str], batch_size: int = 32) -> Vectors:
        """Embed ``texts`` in order; returns an array of shape ``(len(texts), 384)`` (the saved
        vectors when every text is one of the model folder's known sentences)."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        if self._known and all(text in self._known for text in texts):
            return np.stack([self._known[text] for text in texts])
        clean = [valid_text(t) for t in texts]
        memo = MEMO.get()
        if memo is not None and len(clean) == 1:
            return self._remembered(memo, clean[0])
        rows = [self._batch(clean[i : i + batch_size]) for i in range(0, len(clean), batch_size)]
        return normalise(np.vstack(rows))

    def _remembered(self, memo: Memo, text: str) -> Vectors:
        """One text's vector, from the turn's memo when its tokens were embedded already."""
        encoded = self._tokenizer.encode_batch([text])
        key = tuple(encoded[0].ids)
        if key not in memo:
            memo[key] = normalise(self._run(encoded))
        return memo[key].copy()

    def _batch(self, texts: list[str]) -> npt.NDArray[np.float64]:
        return self._run(self._tokenizer.encode_batch(texts))

    def _run(self, encoded: list[Encoding]) -> npt.NDArray[np.float64]:
        """Mean-pooled, L2-normalised model output of tokenized texts."""
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids}
        if "attention_mask" in self._inputs:
            feed["attention_mask"] = mask
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        output: npt.NDArray[np.float32] = self._session.run(None, feed)[0]
        summed = np.sum(output, axis=1, where=mask[:, :, np.newaxis].astype(bool), dtype=np.float64)
        pooled = summed / np.maximum(np.sum(mask, axis=1, keepdims=True), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        result: npt.NDArray[np.float64] = pooled / norms
        return result


def _options(level: ort.GraphOptimizationLevel, threads: int) -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.graph_optimization_level = level
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = threads
    return options


def write_optimized(folder: Path) -> Path:
    """Save ``folder``'s model, optimised, as ``folder/model.optimized.onnx`` (done by ``make
    build``). Only the device-independent levels are applied (``ORT_ENABLE_EXTENDED``: the
    layout transforms of ``ORT_ENABLE_ALL`` are specific to the CPU that saves them). The
    weights go to ``folder/model.optimized.onnx.data`` (:data:`WEIGHTS`)."""
    options = _options(ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED, 1)
    options.optimized_model_filepath = str(folder / OPTIMIZED)
    external = "session.optimized_model_external_initializers_"
    options.add_session_config_entry(external + "file_name", WEIGHTS)
    options.add_session_config_entry(external + "min_size_in_bytes", "1024")
    ort.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
    return folder / OPTIMIZED


def write_known(folder: Path, texts: list[str]) -> Path:
    """Save the vectors of ``texts`` (embedded in one call, as their user embeds them) as
    ``folder/known_vectors.npz`` (done by ``make build``)."""
    vectors = Embedder(folder).embed(texts)
    np.savez(folder / KNOWN, texts=np.array(texts, dtype=np.str_), vectors=vectors)
    return folder / KNOWN


def _known_vectors(path: Path) -> dict[str, Vectors]:
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as saved:
        texts, vectors = saved["texts"].tolist(), saved["vectors"]
    return {text: vectors[n] for n, text in enumerate(texts)}


def _default_model_dir() -> Path:
    return model_dir()
