"""The labelled utterances the intent classifier learns from (``training/intents/``).

Layout: ``training/intents/<author>/<any>.yaml``, each file a YAML list of mappings with
``text`` (the visitor's message as typed) and ``intents`` (a list of labels from
:data:`INTENTS`, possibly empty); ``entities`` and ``asked`` may be present and are ignored here.
The folder name is the author, so evaluation can hold one author out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

INTENTS = (
    "answer_field",
    "question",
    "handoff",
    "refusal",
    "correction",
    "restart",
    "goodbye",
    "support_issue",
    "privacy_request",
    "small_talk",
    "other_language",
)
TRAINING_DIR = Path(__file__).resolve().parents[2] / "training" / "intents"


@dataclass(frozen=True)
class Utterance:
    """One labelled visitor message."""

    text: str
    intents: frozenset[str]
    author: str


def load_utterances(folder: Path = TRAINING_DIR) -> list[Utterance]:
    """Every labelled message under ``folder``, authors and files in name order.

    Raises ``ValueError`` naming the file when a row has no text or an unknown intent.
    """
    found: list[Utterance] = []
    for path in sorted(folder.glob("*/*.yaml")):
        rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        found.extend(_utterance(row, path) for row in rows)
    return found


def _utterance(row: object, path: Path) -> Utterance:
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise ValueError(f"{path}: every row needs a text: {row!r}")
    labels = frozenset(row.get("intents") or [])
    unknown = labels - set(INTENTS)
    if unknown:
        raise ValueError(f"{path}: unknown intents {sorted(unknown)} in {row['text']!r}")
    return Utterance(row["text"], labels, path.parent.name)


def label_matrix(rows: list[Utterance]) -> list[list[int]]:
    """0/1 labels, one row per utterance, one column per intent of :data:`INTENTS`."""
    return [[int(name in row.intents) for name in INTENTS] for row in rows]
