"""Stage 6: train the visitor-type classifier on labelled messages and write ``types.npz``.

Layout: ``training/types/<family>.yaml``, each a YAML list of ``{text, type}`` with ``type`` one
of ``new``, ``existing``, ``home`` or ``none``; the file name is a family of businesses (carts
and trucks, hospitality, workplaces, homes, ...). Each message is read the way the chat reads
it (normalised, then embedded by the bundle's model). Thresholds are calibrated on families
held out of training: each family's messages are scored by a model trained on the others, the
shift the chat meets when a visitor runs a kind of business nobody wrote about.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from shared.rag.retriever import TextEmbedder
from shared.understanding.fuzzy import normalise
from shared.understanding.intents import NEVER
from shared.understanding.intents_threshold import MIN_DECIDED, TARGET_PRECISION
from shared.understanding.intents_train import fit_all, out_of_author
from shared.understanding.visitor_model import KINDS, SCALE, TYPES_FILE, TypeModel

log = logging.getLogger(__name__)
TYPES_DIR = Path(__file__).resolve().parents[1] / "training" / "types"
NONE = "none"
# never decided below this: the rules type most visitors, this model only the ones they miss,
# and a wrong type costs a conversation (precision first)
FLOOR = 0.8


@dataclass(frozen=True)
class TypedMessage:
    """One labelled message and the family of businesses its file holds."""

    text: str
    kind: str
    family: str


def load_typed(folder: Path = TYPES_DIR) -> list[TypedMessage]:
    """Every labelled message under ``folder``, files in name order; ``ValueError`` naming the
    file for a row without text or with an unknown type."""
    found: list[TypedMessage] = []
    for path in sorted(folder.glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            kind = row.get("type") if isinstance(row, dict) else None
            if kind not in (*KINDS, NONE) or not isinstance(row.get("text"), str):
                raise ValueError(f"{path}: a row needs a text and a type of {KINDS}/none: {row!r}")
            found.append(TypedMessage(row["text"], kind, path.stem))
    return found


def types_digest(folder: Path) -> str:
    """A hash of every training file's name and bytes (new labels rebuild the bundle)."""
    digest = hashlib.sha256(f"{KINDS}\n".encode())
    for path in sorted(folder.glob("*.yaml")):
        digest.update(f"{path.name}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def kind_threshold(probs: np.ndarray, truth: np.ndarray) -> float:
    """The lowest cut-off at which the held-out precision of everything above it is at least
    the target (``TARGET_PRECISION``), backed by ``MIN_DECIDED`` positives; never below
    ``FLOOR``. It does not stop at the first wrong message near the top: one family held
    out leaves the model few of its kind's counter-examples (the
    questions file holds most messages stating no business), so one early miss is expected
    and says less than the precision over all that would be decided."""
    order = np.argsort(-probs, kind="stable")
    hits = np.cumsum(truth[order])
    precision = hits / np.arange(1, len(order) + 1)
    backed = (hits >= MIN_DECIDED) & (precision >= TARGET_PRECISION)
    if not backed.any():
        return max(NEVER, FLOOR)
    return max(float(probs[order[int(np.flatnonzero(backed)[-1])]]), FLOOR)


def train_types(rows: list[TypedMessage], embedder: TextEmbedder) -> TypeModel:
    """Fit on every row; each kind's threshold from predictions on held-out families."""
    vectors = embedder.embed([normalise(r.text) for r in rows])
    inputs = np.asarray(vectors, dtype=np.float64) * SCALE
    labels = np.array([[float(r.kind == k) for k in KINDS] for r in rows])
    families = [r.family for r in rows]
    held_out = out_of_author(inputs, labels, families, KINDS)
    cuts = [kind_threshold(held_out[:, i], labels[:, i]) for i in range(len(KINDS))]
    fitted = fit_all(inputs, labels, KINDS)
    return TypeModel(KINDS, fitted.weights, fitted.bias, np.array(cuts, dtype=np.float32))


def build_types(folder: Path, out: Path, embedder: TextEmbedder) -> str:
    """Train on the messages under ``folder`` and write the model into the bundle folder."""
    rows = load_typed(folder)
    if not rows:
        raise ValueError(f"No labelled messages under {folder}.")
    train_types(rows, embedder).save(out / TYPES_FILE)
    log.info("trained the visitor-type classifier on %d messages", len(rows))
    return TYPES_FILE
