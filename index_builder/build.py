"""Stage 4: write the bundle (FAISS index, chunk metadata, manifest) for a source folder.

Building is deterministic: the same source, builder settings and model give byte-identical
files. ``built_at`` is therefore not the wall clock but ``SOURCE_DATE_EPOCH`` when set (the
reproducible-builds convention), else the newest modification time of the source files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import faiss
import numpy as np
import numpy.typing as npt

from index_builder.chunk import MAX_CHARS, OVERLAP, chunk_documents
from index_builder.embed import embed_chunks
from index_builder.facts import write_facts
from index_builder.intents import build_intents, training_digest
from index_builder.load import Document, load_documents
from index_builder.visitor_types import build_types, types_digest
from shared.catalog import CATALOG_FILE, build_catalog, save_catalog
from shared.rag.bm25 import BM25
from shared.rag.bundle import (
    CATEGORIES_FILE,
    CHUNKS_FILE,
    INDEX_FILE,
    MANIFEST_FILE,
    sha256_file,
    verify_bundle,
    write_json,
)
from shared.rag.errors import BundleError, IndexBuildError
from shared.rag.facts import PROTOTYPES
from shared.rag.model_files import MODEL_NAME
from shared.rag.retriever import TextEmbedder, search_text
from shared.rag.types import Chunk, Manifest

FORMAT = 4  # 2: the entity catalog; 3: the saved keyword index; 4: sentences and facts
log = logging.getLogger(__name__)


def source_hash(documents: list[Document], settings: dict[str, object]) -> str:
    """A hash of every document's path and bytes and of the builder settings."""
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    for document in documents:
        digest.update(f"{document.source}\0{document.sha256}\n".encode())
    return digest.hexdigest()


def build_time(documents: list[Document]) -> str:
    """``SOURCE_DATE_EPOCH`` if set, else the newest source modification time, as ISO 8601."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch else int(max(doc.mtime for doc in documents))
    return datetime.fromtimestamp(seconds, UTC).isoformat()


def flat_index(vectors: npt.NDArray[np.float32]) -> faiss.Index:
    """An exact inner-product index over the (already normalised) vectors."""
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def _replace(path: Path, write: Callable[[Path], object]) -> None:
    staging = path.with_name(f".{path.name}.tmp")
    write(staging)
    os.replace(staging, path)


def write_bundle(out: Path, chunks: list[Chunk], vectors: npt.NDArray[np.float32]) -> list[str]:
    """Write ``index.faiss``, ``chunks.jsonl``, the keyword index and the chunks' categories;
    return the names written."""
    out.mkdir(parents=True, exist_ok=True)
    index = flat_index(vectors)
    _replace(out / INDEX_FILE, lambda path: faiss.write_index(index, str(path)))
    lines = "".join(chunk.model_dump_json() + "\n" for chunk in chunks)
    _replace(out / CHUNKS_FILE, lambda path: _write_text(path, lines))
    keyword_files = BM25.build([search_text(chunk) for chunk in chunks]).save(out)
    names = categories_of(chunks)
    codes = np.array([names.index(c.category) for c in chunks], dtype=np.int32)
    np.save(out / CATEGORIES_FILE, codes, allow_pickle=False)
    return [INDEX_FILE, CHUNKS_FILE, *keyword_files, CATEGORIES_FILE]


def categories_of(chunks: list[Chunk]) -> list[str]:
    """The chunks' category names, sorted (the codes of ``chunk_categories.npy``)."""
    return sorted({chunk.category for chunk in chunks})


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def write_catalog(out: Path, documents: list[Document]) -> str:
    """Write ``catalog.json``: the entities parsed from the markdown documents."""
    catalog = build_catalog([(d.source, d.text) for d in documents if d.markdown])
    _replace(out / CATALOG_FILE, lambda path: save_catalog(catalog, path))
    return CATALOG_FILE


CODE_ROOTS = (Path(__file__).resolve().parent, Path(__file__).resolve().parents[1] / "shared")


def code_digest(roots: tuple[Path, ...] = CODE_ROOTS) -> str:
    """A digest of the Python code that shapes a bundle (the builder and the shared package:
    catalog and fact extraction, chunking, the intent classifier's features), so a bundle built
    by other code is rebuilt rather than kept."""
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root.parent).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _up_to_date(out: Path, expected_hash: str) -> Manifest | None:
    try:
        manifest = verify_bundle(out)
    except BundleError:
        return None
    return manifest if manifest.source_hash == expected_hash else None


def build_bundle(
    source: Path,
    out: Path,
    embedder_factory: Callable[[], TextEmbedder],
    max_chars: int = MAX_CHARS,
    overlap: int = OVERLAP,
    intents: Path | None = None,
    types: Path | None = None,
) -> Manifest:
    """Build (or keep, when unchanged) the bundle for ``source`` in ``out``; with ``intents``
    (a folder of labelled utterances) the intent classifier is trained into it too, and with
    ``types`` (a folder of messages labelled with the business they state) the visitor-type
    classifier."""
    if not source.is_dir():
        raise IndexBuildError(f"The source folder {source} does not exist.")
    loaded = load_documents(source)
    if not loaded.documents:
        raise IndexBuildError(f"No readable documents in {source}; refusing an empty index.")
    settings = {
        "format": FORMAT,
        "max_chars": max_chars,
        "overlap": overlap,
        "model": MODEL_NAME,
        "facts": hashlib.sha256(json.dumps(PROTOTYPES).encode()).hexdigest()[:16],
        "code": code_digest(),
    }
    if intents is not None:
        settings["intents"] = training_digest(intents)
    if types is not None:
        settings["types"] = types_digest(types)
    digest = source_hash(loaded.documents, settings)
    kept = _up_to_date(out, digest)
    if kept is not None:
        log.info("bundle in %s is up to date", out)
        return kept
    embedder = embedder_factory()
    chunks = chunk_documents(loaded.documents, max_chars, overlap)
    names = write_bundle(out, chunks, embed_chunks(chunks, embedder))
    names.append(write_catalog(out, loaded.documents))
    names.extend(write_facts(out, chunks, embedder))
    if intents is not None:
        names.append(build_intents(intents, out, embedder))
    if types is not None:
        names.append(build_types(types, out, embedder))
    manifest = Manifest(
        format=FORMAT,
        model=embedder.name,
        dimension=embedder.dimension,
        files={name: sha256_file(out / name) for name in names},
        source_hash=digest,
        chunk_count=len(chunks),
        built_at=build_time(loaded.documents),
        categories=categories_of(chunks),
    )
    _replace(out / MANIFEST_FILE, lambda path: write_json(path, manifest.model_dump()))
    log.info("built %d chunks from %d documents into %s", len(chunks), len(loaded.documents), out)
    return manifest
