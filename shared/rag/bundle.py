"""The search bundle: its files, their verification, and loading it from Cloud Storage.

A bundle is a folder with ``index.faiss`` (FAISS inner-product index), ``chunks.jsonl`` (one
chunk per line, in index order) and ``manifest.json`` (:class:`~shared.rag.types.Manifest`, with
the sha256 of every other file). In storage, each published bundle lives under
``PREFIX/versions/VERSION/`` and the small ``PREFIX/current`` object names the version to read;
it is moved only after every file of the new version is uploaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from shared.objects import ObjectMissing, ObjectReader
from shared.rag.errors import BundleCorrupt, BundleError, BundleNotFound
from shared.rag.types import Chunk, Manifest, Pointer

INDEX_FILE = "index.faiss"
CHUNKS_FILE = "chunks.jsonl"
MANIFEST_FILE = "manifest.json"
CATEGORIES_FILE = "chunk_categories.npy"
POINTER_NAME = "current"
REQUIRED_FILES = (INDEX_FILE, CHUNKS_FILE)
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TIMEOUT_S = 10.0
_DEADLINE_S = 20.0
# The pointer is read first at a cold start: an unreachable storage must fail fast, so the chat
# can fall back to its baked copy (and retry in the background) instead of stalling.
_POINTER_TIMEOUT_S = 2.0
_POINTER_DEADLINE_S = 3.0

log = logging.getLogger(__name__)


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_manifest(data: bytes) -> Manifest:
    """Parse and sanity-check manifest bytes; raises :class:`BundleCorrupt`."""
    try:
        manifest = Manifest.model_validate_json(data)
    except ValidationError as exc:
        raise BundleCorrupt(f"The bundle manifest is invalid: {exc.error_count()} errors.") from exc
    bad = [name for name in manifest.files if not _PLAIN_NAME.match(name)]
    missing = [name for name in REQUIRED_FILES if name not in manifest.files]
    if bad or missing:
        raise BundleCorrupt(f"The bundle manifest lists bad or missing files: {bad + missing}")
    return manifest


def read_manifest(folder: Path) -> Manifest:
    """The manifest of a local bundle; raises :class:`BundleNotFound` when there is none."""
    path = Path(folder) / MANIFEST_FILE
    if not path.is_file():
        raise BundleNotFound(f"No bundle manifest at {path}.")
    return parse_manifest(path.read_bytes())


def verify_bundle(folder: Path) -> Manifest:
    """Check every file of a local bundle against its manifest and return the manifest."""
    manifest = read_manifest(folder)
    for name, expected in manifest.files.items():
        path = Path(folder) / name
        if not path.is_file():
            raise BundleNotFound(f"The bundle file {name} is missing.")
        if sha256_file(path) != expected:
            raise BundleCorrupt(f"The bundle file {name} does not match its sha256.")
    return manifest


def read_chunks(folder: Path, manifest: Manifest) -> list[Chunk]:
    """The chunks of a verified bundle, in index order."""
    lines = (Path(folder) / CHUNKS_FILE).read_text(encoding="utf-8").splitlines()
    try:
        chunks = [Chunk.model_validate_json(line) for line in lines if line]
    except ValidationError as exc:
        raise BundleCorrupt("The bundle's chunk metadata is invalid.") from exc
    if len(chunks) != manifest.chunk_count:
        raise BundleCorrupt(f"Expected {manifest.chunk_count} chunks, found {len(chunks)}.")
    return chunks


def version_of(manifest_bytes: bytes) -> str:
    """The version name of a bundle: a prefix of its manifest's sha256 (content addressed)."""
    return sha256_bytes(manifest_bytes)[:20]


def version_prefix(prefix: str, version: str) -> str:
    """The storage prefix holding one published version."""
    return f"{prefix.strip('/')}/versions/{version}"


def pointer_name(prefix: str) -> str:
    """The storage object name of the ``current`` pointer."""
    return f"{prefix.strip('/')}/{POINTER_NAME}"


def _download(
    reader: ObjectReader,
    bucket: str,
    name: str,
    timeout: float = _TIMEOUT_S,
    deadline: float = _DEADLINE_S,
) -> bytes:
    try:
        return reader.read(bucket, name, timeout, deadline)
    except ObjectMissing as exc:
        raise BundleNotFound(f"gs://{bucket}/{name} does not exist.") from exc


def _read_pointer(reader: ObjectReader, bucket: str, prefix: str) -> Pointer:
    data = _download(reader, bucket, pointer_name(prefix), _POINTER_TIMEOUT_S, _POINTER_DEADLINE_S)
    try:
        return Pointer.model_validate_json(data)
    except ValidationError as exc:
        raise BundleCorrupt("The `current` pointer is not valid.") from exc


def _fetch_version(
    reader: ObjectReader, bucket: str, prefix: str, pointer: Pointer, staging: Path
) -> None:
    base = version_prefix(prefix, pointer.version)
    manifest_bytes = _download(reader, bucket, f"{base}/{MANIFEST_FILE}")
    if sha256_bytes(manifest_bytes) != pointer.manifest_sha256:
        raise BundleCorrupt(f"The manifest of version {pointer.version} does not match `current`.")
    manifest = parse_manifest(manifest_bytes)
    for name in manifest.files:
        (staging / name).write_bytes(_download(reader, bucket, f"{base}/{name}"))
    (staging / MANIFEST_FILE).write_bytes(manifest_bytes)
    verify_bundle(staging)


def _cached(folder: Path, pointer: Pointer) -> bool:
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        return False
    if sha256_file(manifest_path) != pointer.manifest_sha256:
        return False
    try:
        verify_bundle(folder)
    except BundleError:
        log.warning("cached bundle %s is damaged; downloading it again", folder.name)
        return False
    return True


def _install(staging: Path, target: Path, pointer: Pointer) -> None:
    shutil.rmtree(target, ignore_errors=True)
    try:
        os.rename(staging, target)
    except OSError:
        if not _cached(target, pointer):  # another process did not install it either
            raise


def load_bundle_from_storage(
    reader: ObjectReader, bucket: str, prefix: str, cache_dir: Path
) -> Path:
    """Follow ``current``, download and verify that version once, and return its local folder.

    Raises :class:`BundleNotFound` (no pointer or a missing file), :class:`BundleCorrupt`
    (sha256 mismatch) or :class:`~shared.errors.DependencyUnavailable` (storage unreachable).
    """
    pointer = _read_pointer(reader, bucket, prefix)
    target = Path(cache_dir) / pointer.version
    if _cached(target, pointer):
        return target
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{pointer.version}-", dir=cache_dir))
    try:
        _fetch_version(reader, bucket, prefix, pointer, staging)
        _install(staging, target, pointer)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("loaded bundle %s from gs://%s/%s", pointer.version, bucket, prefix)
    return target


def current_pointer(reader: ObjectReader, bucket: str, prefix: str) -> Pointer:
    """The published ``current`` pointer (one small read: what a serving instance polls)."""
    return _read_pointer(reader, bucket, prefix)


def prune_cache(cache_dir: Path, keep: str) -> None:
    """Delete the cached versions other than ``keep`` (Cloud Run's disk is its memory); a
    folder another process is installing (a dot-prefixed staging folder) is left alone."""
    for folder in Path(cache_dir).iterdir() if Path(cache_dir).is_dir() else []:
        if folder.is_dir() and folder.name != keep and not folder.name.startswith("."):
            shutil.rmtree(folder, ignore_errors=True)


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` as canonical JSON (sorted keys), so equal values give equal bytes."""
    path.write_text(json.dumps(value, sort_keys=True, indent=2) + "\n", encoding="utf-8")
