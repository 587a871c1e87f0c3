"""Retrieval benchmark: quality on the evaluation set, latency, cold start, build, 100k scale.

Run: ``.venv/bin/python bench/rag_bench.py`` (``make bench``). Writes bench/results/rag.json and
prints a table. Nothing here runs in the timed test suite.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import faiss  # noqa: E402
import numpy as np  # noqa: E402
import yaml  # noqa: E402

from index_builder.build import build_bundle, categories_of, write_bundle  # noqa: E402
from index_builder.evaluate import evaluate, load_questions  # noqa: E402
from shared.rag.bundle import MANIFEST_FILE, sha256_file, verify_bundle, write_json  # noqa: E402
from shared.rag.dense import FaissIndex  # noqa: E402
from shared.rag.embedding import Embedder  # noqa: E402
from shared.rag.retriever import RELEVANCE_THRESHOLD, Retriever  # noqa: E402
from shared.rag.types import Chunk, Manifest  # noqa: E402

EVAL_FILE = ROOT / "tests" / "rag" / "eval_questions.yaml"
TARGET_HIT_AT_3 = 0.97
RESULTS = ROOT / "bench" / "results" / "rag.json"
SCALE = 100_000


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {"p50_ms": round(pick(0.50), 3), "p99_ms": round(pick(0.99), 3), "n": len(ordered)}


def timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def quality(retriever: Retriever) -> dict[str, Any]:
    result = evaluate(retriever, load_questions(EVAL_FILE))
    return result.model_dump()


def calibration(retriever: Retriever) -> dict[str, Any]:
    data = yaml.safe_load(EVAL_FILE.read_text())

    def best(q: str) -> float:
        return float(retriever._index.search(retriever.embed([q])[0], 1)[0][1])

    inside = sorted(best(row["question"]) for row in data["questions"])
    outside = sorted(best(q) for q in data["out_of_domain"])
    return {
        "threshold": RELEVANCE_THRESHOLD,
        "in_domain_min": round(inside[0], 3),
        "in_domain_p05": round(inside[len(inside) // 20], 3),
        "out_of_domain_max": round(outside[-1], 3),
        "out_of_domain_p95": round(outside[int(len(outside) * 0.95)], 3),
        "false_rejects": sum(s < RELEVANCE_THRESHOLD for s in inside),
        "false_accepts": sum(s >= RELEVANCE_THRESHOLD for s in outside),
        "in_domain": len(inside),
        "out_of_domain": len(outside),
    }


def latency(retriever: Retriever, questions: list[str], rounds: int = 300) -> dict[str, Any]:
    for q in questions[:20]:
        retriever.search(q)
    single = [timed(partial(retriever.search, q)) for q in (questions * 10)[:rounds]]
    vectors = retriever.embed(questions)
    search_only = [
        timed(partial(retriever._index.search, v, 20)) for v in np.tile(vectors, (5, 1))[:rounds]
    ]
    with ThreadPoolExecutor(max_workers=50) as pool:
        start = time.perf_counter()
        concurrent = list(pool.map(lambda q: timed(lambda: retriever.search(q)), questions * 6))
        wall = time.perf_counter() - start
    return {
        "single_query": percentiles(single),
        "faiss_search_only": percentiles(search_only),
        "concurrent_50": {
            **percentiles(concurrent),
            "queries_per_s": round(len(concurrent) / wall),
        },
    }


def cold_start(bundle: Path) -> dict[str, Any]:
    from google.auth.credentials import AnonymousCredentials
    from google.cloud import storage

    from index_builder.publish import publish_bundle
    from infra.local.services import start_storage_emulator
    from shared.objects import ObjectReader
    from shared.rag.bundle import load_bundle_from_storage

    with tempfile.TemporaryDirectory() as tmp:
        service = start_storage_emulator(Path(tmp) / "logs")
        try:
            import os

            os.environ["STORAGE_EMULATOR_HOST"] = f"http://127.0.0.1:{service.port}"
            credentials = AnonymousCredentials()  # type: ignore[no-untyped-call]  # google-auth is unannotated
            client = storage.Client(project="bench", credentials=credentials)
            client.create_bucket("kb")
            publish_bundle(client, bundle, "gs://kb/index")
            model_ms = timed(Embedder)
            embedder = Embedder()
            cache = Path(tmp) / "cache"
            reader = ObjectReader(os.environ["STORAGE_EMULATOR_HOST"])
            fetched: list[Path] = []
            download_ms = timed(
                lambda: fetched.append(load_bundle_from_storage(reader, "kb", "index", cache))
            )
            cached_ms = timed(lambda: load_bundle_from_storage(reader, "kb", "index", cache))
            open_ms = timed(lambda: Retriever.from_bundle_dir(fetched[0], embedder))
        finally:
            service.stop()
    return {
        "model_load_ms": round(model_ms, 1),
        "bundle_download_verify_ms": round(download_ms, 1),
        "bundle_cached_ms": round(cached_ms, 1),
        "retriever_open_ms": round(open_ms, 1),
        "cold_start_total_ms": round(model_ms + download_ms + open_ms, 1),
    }


def build_demo(embedder: Embedder) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        manifest = build_bundle(ROOT / "knowledge_base", Path(tmp) / "b", lambda: embedder)
        return {
            "chunks": manifest.chunk_count,
            "build_ms": round((time.perf_counter() - start) * 1000),
        }


def synthetic_vectors(n: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, 384)).astype(np.float32)
    normed: np.ndarray = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    return normed


def index_at_scale(
    name: str, factory: Callable[[], Any], vectors: np.ndarray, queries: np.ndarray
) -> dict[str, Any]:
    index = factory()
    start = time.perf_counter()
    if not index.is_trained:
        index.train(vectors)
    index.add(vectors)
    build_s = time.perf_counter() - start
    exact = faiss.IndexFlatIP(384)
    exact.add(vectors)
    _, truth = exact.search(queries[:50], 10)
    _, found = index.search(queries[:50], 10)
    recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(truth, found, strict=True)]))
    samples = [timed(partial(index.search, q.reshape(1, -1), 20)) for q in queries]
    return {
        "index": name,
        "build_s": round(build_s, 2),
        "recall_at_10": round(recall, 3),
        **percentiles(samples),
    }


def saved_bundle_open(
    chunks: list[Chunk], vectors: np.ndarray, embedder: Embedder
) -> dict[str, Any]:
    """Write a complete 100k-chunk bundle (FAISS, chunks, keyword index, categories, manifest)
    and time opening it: without the sha256 pass (a bundle verified when it was downloaded)
    and the sha256 pass alone."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = write_bundle(folder, chunks, vectors)
        manifest = Manifest(
            model=embedder.name,
            dimension=embedder.dimension,
            files={name: sha256_file(folder / name) for name in names},
            source_hash="0" * 64,
            chunk_count=len(chunks),
            built_at="2026-01-01T00:00:00+00:00",
            categories=categories_of(chunks),
        )
        write_json(folder / MANIFEST_FILE, manifest.model_dump())
        opens = []
        for _ in range(3):
            start = time.perf_counter()
            opened = Retriever.from_bundle_dir(folder, embedder, verify=False)
            opens.append(time.perf_counter() - start)
            del opened
        start = time.perf_counter()
        verify_bundle(folder)
        verify_s = time.perf_counter() - start
        size = sum(p.stat().st_size for p in folder.iterdir())
    return {
        "open_s_min": round(min(opens), 3),
        "open_s_max": round(max(opens), 3),
        "sha256_verify_s": round(verify_s, 3),
        "bundle_mib": round(size / 2**20, 1),
        "budget_s": 1.0,
    }


def synthetic_scale(embedder: Embedder, questions: list[str]) -> dict[str, Any]:
    vectors = synthetic_vectors(SCALE)
    queries = synthetic_vectors(300, seed=11)

    def ivf() -> Any:
        index = faiss.index_factory(384, "IVF316,Flat", faiss.METRIC_INNER_PRODUCT)
        faiss.extract_index_ivf(index).nprobe = 16
        return index

    indexes = [
        index_at_scale("IndexFlatIP", lambda: faiss.IndexFlatIP(384), vectors, queries),
        index_at_scale(
            "IndexHNSWFlat(M=32)",
            lambda: faiss.IndexHNSWFlat(384, 32, faiss.METRIC_INNER_PRODUCT),
            vectors,
            queries,
        ),
        index_at_scale("IndexIVFFlat(nlist=316,nprobe=16)", ivf, vectors, queries),
    ]
    words = sorted({w for q in questions for w in q.lower().split()}) + [
        f"w{i}" for i in range(5000)
    ]
    rng = random.Random(3)
    chunks = [
        Chunk(
            text=" ".join(rng.choices(words, k=60)),
            title="T",
            category=f"c{i % 4}",
            source=f"c{i % 4}/d.md",
            heading="H",
        )
        for i in range(SCALE)
    ]
    bundle_open = saved_bundle_open(chunks, vectors, embedder)
    flat = faiss.IndexFlatIP(384)
    flat.add(vectors)
    start = time.perf_counter()
    retriever = Retriever(chunks, FaissIndex(flat), embedder, threshold=-1.0)
    open_s = time.perf_counter() - start
    full = [timed(partial(retriever.search, q)) for q in (questions * 3)[:200]]
    filtered = [timed(partial(retriever.search, q, category="c1")) for q in questions[:100]]
    return {
        "chunks": SCALE,
        "indexes": indexes,
        "hybrid_retriever_build_in_memory_s": round(open_s, 2),
        "bundle_open": bundle_open,
        "hybrid_search_embed_dense_bm25": percentiles(full),
        "hybrid_search_with_category": percentiles(filtered),
    }


def pair(stats: dict[str, Any]) -> str:
    return f"{stats['p50_ms']} / {stats['p99_ms']}"


def table(results: dict[str, Any]) -> str:
    q, lat, cold = results["quality"], results["latency_demo_kb"], results["cold_start"]
    cal, conc = results["calibration"], lat["concurrent_50"]
    rows = [
        ("eval questions", q["count"]),
        ("hit@1 / hit@3 / MRR", f"{q['hit_at_1']:.3f} / {q['hit_at_3']:.3f} / {q['mrr']:.3f}"),
        ("missed at 3", "; ".join(q["missed"]) or "-"),
        (
            "threshold (false rejects, accepts)",
            f"{cal['threshold']} ({cal['false_rejects']}, {cal['false_accepts']})",
        ),
        ("1 query embed+search p50/p99 ms", pair(lat["single_query"])),
        ("FAISS search only p50/p99 ms", pair(lat["faiss_search_only"])),
        ("50 concurrent p50/p99 ms (q/s)", f"{pair(conc)} ({conc['queries_per_s']})"),
        (
            "cold start: model / fetch+verify / open ms",
            f"{cold['model_load_ms']} / "
            f"{cold['bundle_download_verify_ms']} / {cold['retriever_open_ms']}",
        ),
        (
            "demo KB build ms (chunks)",
            f"{results['build_demo']['build_ms']} ({results['build_demo']['chunks']})",
        ),
    ]
    for idx in results["scale_100k"]["indexes"]:
        detail = f"build {idx['build_s']} s, recall@10 {idx['recall_at_10']}"
        rows.append((f"100k {idx['index']} p50/p99 ms", f"{pair(idx)} ({detail})"))
    hybrid = results["scale_100k"]["hybrid_search_embed_dense_bm25"]
    rows.append(("100k hybrid embed+flat+BM25 p50/p99 ms", pair(hybrid)))
    opened = results["scale_100k"]["bundle_open"]
    rows.append(
        (
            "100k bundle open (verified) / sha256 s",
            f"{opened['open_s_min']}-{opened['open_s_max']} / {opened['sha256_verify_s']}",
        )
    )
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    embedder = Embedder()
    questions = [q.question for q in load_questions(EVAL_FILE)]
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "bundle"
        build_bundle(ROOT / "knowledge_base", bundle, lambda: embedder)
        retriever = Retriever.from_bundle_dir(bundle, embedder)
        results: dict[str, Any] = {
            "quality": quality(retriever),
            "calibration": calibration(retriever),
            "latency_demo_kb": latency(retriever, questions),
            "cold_start": cold_start(bundle),
            "build_demo": build_demo(embedder),
            "scale_100k": synthetic_scale(embedder, questions),
            "faiss_threads": faiss.omp_get_max_threads(),
        }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\nfull results: {RESULTS.relative_to(ROOT)}")
    hit3 = float(results["quality"].get("hit@3", results["quality"].get("hit_at_3", 1.0)))
    return 0 if hit3 >= TARGET_HIT_AT_3 else 1


if __name__ == "__main__":
    sys.exit(main())
