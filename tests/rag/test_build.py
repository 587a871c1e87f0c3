"""Building bundles: contents, determinism, refused inputs, and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import faiss
import pytest

from index_builder.build import build_bundle
from shared.catalog import CATALOG_FILE, load_catalog
from shared.rag.bm25 import FILES as KEYWORD_FILES
from shared.rag.bundle import CATEGORIES_FILE, CHUNKS_FILE, INDEX_FILE, MANIFEST_FILE, sha256_file
from shared.rag.embedding import Embedder
from shared.rag.errors import IndexBuildError
from shared.rag.facts import FACT_VECTORS_FILE, FACTS_FILE
from shared.rag.sentences import SENTENCES_FILE, VECTORS_FILE

from .conftest import KNOWLEDGE_BASE, ROOT

Tree = Callable[[dict[str, str | bytes]], Path]


def bundle_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_bundle_holds_index_chunks_and_manifest(rag_bundle: Path) -> None:
    """The manifest names the model, dimension, every file's sha256 (catalog, sentence index
    and company facts included)."""
    manifest = json.loads((rag_bundle / MANIFEST_FILE).read_text())
    assert manifest["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["dimension"] == 384
    assert manifest["files"] == {
        name: sha256_file(rag_bundle / name)
        for name in (
            INDEX_FILE,
            CHUNKS_FILE,
            CATALOG_FILE,
            CATEGORIES_FILE,
            *KEYWORD_FILES,
            SENTENCES_FILE,
            VECTORS_FILE,
            FACTS_FILE,
            FACT_VECTORS_FILE,
        )
    }
    assert load_catalog(rag_bundle / CATALOG_FILE).get("Lumen 2-Group") is not None
    assert len(manifest["source_hash"]) == 64
    assert manifest["built_at"]
    index = faiss.read_index(str(rag_bundle / INDEX_FILE))
    lines = (rag_bundle / CHUNKS_FILE).read_text().splitlines()
    assert index.ntotal == len(lines) == manifest["chunk_count"] > 40
    assert isinstance(index, faiss.IndexFlatIP)
    row = json.loads(lines[0])
    assert set(row) == {"text", "title", "category", "source", "heading"}


def test_rebuilding_unchanged_source_gives_identical_bundle(
    tmp_path: Path, embedder: Embedder, rag_bundle: Path
) -> None:
    """A fresh build of the same knowledge base is byte-for-byte the session's bundle."""
    build_bundle(KNOWLEDGE_BASE, tmp_path / "again", lambda: embedder)
    assert bundle_bytes(tmp_path / "again") == bundle_bytes(rag_bundle)


def test_unchanged_bundle_is_kept_without_loading_the_model(
    write_tree: Tree, tmp_path: Path, embedder: Embedder
) -> None:
    """When the source is unchanged the build keeps the bundle; a change rebuilds it."""
    source = write_tree({"faq/a.md": "# A\n\nAlpha answers."})
    first = build_bundle(source, tmp_path / "b", lambda: embedder)

    def no_model() -> Embedder:
        raise AssertionError("the model should not be needed")

    assert build_bundle(source, tmp_path / "b", no_model) == first
    (source / "faq" / "b.md").write_text("# B\n\nBeta answers.")
    assert build_bundle(source, tmp_path / "b", lambda: embedder).chunk_count == 2


def test_empty_source_is_refused(write_tree: Tree, tmp_path: Path, embedder: Embedder) -> None:
    """An empty (or all-unreadable) source folder is an error, never an empty index."""
    source = write_tree({"faq/bad.md": b"\xff\xfe\xfa not utf-8"})
    with pytest.raises(IndexBuildError, match="No readable documents"):
        build_bundle(source, tmp_path / "out", lambda: embedder)
    with pytest.raises(IndexBuildError, match="does not exist"):
        build_bundle(tmp_path / "missing", tmp_path / "out", lambda: embedder)
    assert not (tmp_path / "out").exists()


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "index_builder", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
        timeout=120,
    )


def test_cli_builds_and_searches_as_json(write_tree: Tree, tmp_path: Path) -> None:
    """`build` then `search --json` print one JSON list per question, best first."""
    source = write_tree(
        {
            "products/grinders.md": "# Grinders\n\n## Atlas 64\n\nThe Atlas 64 costs $1,350.",
            "faq/pay.md": "# Payment\n\n## Cards\n\nNew accounts pay by card.",
            "faq/odd.md": b"\xff\xfe not utf-8",
        }
    )
    built = run_cli("build", "--source", str(source), "--out", str(tmp_path / "b"))
    assert built.returncode == 0, built.stderr
    assert "skipped faq/odd.md" in built.stderr
    found = run_cli(
        "search",
        "--index",
        str(tmp_path / "b"),
        "--k",
        "2",
        "--json",
        stdin="How much is the Atlas 64 grinder?\n\nHow can I pay for my order?\n",
    )
    assert found.returncode == 0, found.stderr
    first, empty, third = (json.loads(line) for line in found.stdout.splitlines())
    assert first[0]["source"] == "products/grinders.md"
    assert set(first[0]) == {"text", "title", "category", "source", "score"}
    assert first[0]["score"] >= first[-1]["score"]
    assert empty == []
    assert third[0]["category"] == "faq"


def test_cli_reports_refused_input_without_a_traceback(tmp_path: Path) -> None:
    """An empty source folder exits with status 2 and a one-line reason."""
    (tmp_path / "empty").mkdir()
    result = run_cli("build", "--source", str(tmp_path / "empty"), "--out", str(tmp_path / "o"))
    assert result.returncode == 2
    assert "No readable documents" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_code_digest_changes_with_the_code_that_shapes_a_bundle(write_tree: Tree) -> None:
    """A change to the builder's or the shared package's Python code gives another digest, so
    ``make run`` rebuilds a bundle that older code built (a catalog rule change was kept)."""
    from index_builder.build import code_digest

    root = write_tree({"shared/catalog/extract.py": "ALIASES = ['pro plan']\n"})
    before = code_digest((root / "shared",))
    assert code_digest((root / "shared",)) == before
    (root / "shared" / "catalog" / "extract.py").write_text("ALIASES = ['pro maintenance plan']\n")
    assert code_digest((root / "shared",)) != before
