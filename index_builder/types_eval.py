"""Leave-one-family-out evaluation of the visitor-type classifier (``make eval-types``).

Each family's messages (``training/types/<family>.yaml``) are scored by a model trained on the
other families, with the thresholds the bundle build would calibrate; the table gives, per kind,
how many messages were decided, how many of those were right, and how many there were.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from index_builder.visitor_types import TYPES_DIR, kind_threshold, load_typed
from shared.rag.embedding import Embedder
from shared.understanding.fuzzy import normalise
from shared.understanding.intents_train import out_of_author
from shared.understanding.visitor_model import KINDS, SCALE


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m index_builder.types_eval")
    parser.add_argument("--data", type=Path, default=TYPES_DIR, help="training/types folder")
    rows = load_typed(parser.parse_args().data)
    vectors = Embedder().embed([normalise(r.text) for r in rows])
    inputs = np.asarray(vectors, dtype=np.float64) * SCALE
    labels = np.array([[float(r.kind == k) for k in KINDS] for r in rows])
    held = out_of_author(inputs, labels, [r.family for r in rows], KINDS)
    print(f"{len(rows)} messages; kind, threshold, decided, right, messages of the kind")
    for i, kind in enumerate(KINDS):
        cut = kind_threshold(held[:, i], labels[:, i])
        decided = held[:, i] >= cut
        right = int((decided & (labels[:, i] > 0)).sum())
        print(f"{kind:9} {cut:.2f} {int(decided.sum()):4} {right:4} {int(labels[:, i].sum()):4}")


if __name__ == "__main__":
    main()
