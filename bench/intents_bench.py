"""The intent classifier's cost: per turn (cues + one matrix product), and at cold start (load).

Builds the demo bundle (with the classifier) into a scratch folder, then times, over every
labelled training message: the lexical cues, the classifier's reading of the precomputed
embedding, and for scale the embedding itself (which the brain computes once per turn anyway).
Writes ``bench/results/intents.json``.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from index_builder.build import build_bundle
from shared.rag.embedding import Embedder
from shared.understanding.fuzzy import normalise
from shared.understanding.intents import INTENTS_FILE, load_intents
from shared.understanding.intents_data import TRAINING_DIR, load_utterances
from shared.understanding.intents_features import cues

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "intents.json"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def elapsed_us(started: float) -> float:
    return (time.perf_counter() - started) * 1e6


def main(argv: list[str] | None = None) -> int:
    embedder = Embedder()
    with tempfile.TemporaryDirectory() as scratch:
        bundle = Path(scratch) / "bundle"
        build_bundle(ROOT / "knowledge_base", bundle, lambda: embedder, intents=TRAINING_DIR)
        size = (bundle / INTENTS_FILE).stat().st_size
        loads = []
        for _ in range(20):
            started = time.perf_counter()
            model = load_intents(bundle / INTENTS_FILE)
            loads.append(elapsed_us(started))
    texts = [row.text for row in load_utterances()]
    normalised = [normalise(text) for text in texts]
    vectors = embedder.embed(normalised)
    cue_us, read_us, embed_us = [], [], []
    for text, norm, vector in zip(texts, normalised, vectors, strict=True):
        started = time.perf_counter()
        cue_vector = cues(text, norm, False)
        cue_us.append(elapsed_us(started))
        started = time.perf_counter()
        model.read(vector, cue_vector)
        read_us.append(elapsed_us(started))
    for norm in normalised[:200]:
        started = time.perf_counter()
        embedder.embed([norm])
        embed_us.append(elapsed_us(started))
    results = {
        "messages": len(texts),
        "model_file_bytes": size,
        "load_ms_p50": round(statistics.median(loads) / 1000, 3),
        "cues_us_p50": round(statistics.median(cue_us), 1),
        "cues_us_p95": round(percentile(cue_us, 0.95), 1),
        "read_us_p50": round(statistics.median(read_us), 1),
        "read_us_p95": round(percentile(read_us, 0.95), 1),
        "embed_us_p50_for_scale": round(statistics.median(embed_us), 1),
    }
    print(json.dumps(results, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
