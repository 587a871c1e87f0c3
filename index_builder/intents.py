"""Stage 5: train the intent classifier on the labelled utterances and write ``intents.npz``.

Each utterance is read the way the chat reads a message: normalised (text-speak expanded), then
embedded by the same model the bundle uses, joined with the lexical cues. The digest of the
training files joins the bundle's source hash, so new labels rebuild the bundle.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np
import numpy.typing as npt

from shared.rag.retriever import TextEmbedder
from shared.understanding.fuzzy import normalise
from shared.understanding.intents import CUES, EMBED_SCALE, INTENTS_FILE, features
from shared.understanding.intents_data import INTENTS, Utterance, label_matrix, load_utterances
from shared.understanding.intents_features import cues
from shared.understanding.intents_train import train
from shared.understanding.languages import language_of

log = logging.getLogger(__name__)


def training_digest(folder: Path) -> str:
    """A hash of every training file's path and bytes and of the features' definition (the
    cues and the embedding's scale), so a change to either retrains the classifier."""
    digest = hashlib.sha256(f"{CUES}\0{EMBED_SCALE}\n".encode())
    for path in sorted(folder.glob("*/*.yaml")):
        digest.update(f"{path.relative_to(folder)}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def inputs_of(rows: list[Utterance], embedder: TextEmbedder) -> npt.NDArray[np.float64]:
    """The classifier's feature rows for the utterances, as the chat computes them."""
    texts = [normalise(row.text) for row in rows]
    vectors = embedder.embed(texts)
    return np.array(
        [
            features(vector, cues(row.text, text, language_of(row.text) is not None))
            for row, text, vector in zip(rows, texts, vectors, strict=True)
        ],
        dtype=np.float64,
    )


def build_intents(folder: Path, out: Path, embedder: TextEmbedder) -> str:
    """Train on every utterance under ``folder`` and write the model into the bundle folder
    ``out``; returns the file name (for the manifest)."""
    rows = load_utterances(folder)
    if not rows:
        raise ValueError(f"No labelled utterances under {folder}.")
    labels = np.array(label_matrix(rows), dtype=np.float64)
    model = train(inputs_of(rows, embedder), labels, [r.author for r in rows], INTENTS)
    model.save(out / INTENTS_FILE)
    log.info("trained the intent classifier on %d utterances", len(rows))
    return INTENTS_FILE
