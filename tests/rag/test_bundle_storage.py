"""Publishing to and loading from Cloud Storage (the emulator), and refusing damaged bundles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from google.cloud import storage

from index_builder.publish import StorageURL, publish_bundle
from shared.objects import ObjectReader
from shared.rag.bundle import (
    CHUNKS_FILE,
    INDEX_FILE,
    MANIFEST_FILE,
    load_bundle_from_storage,
    pointer_name,
    version_prefix,
)
from shared.rag.embedding import Embedder
from shared.rag.errors import BundleCorrupt, BundleNotFound, IndexBuildError
from shared.rag.retriever import Retriever

PREFIX = "index"


def test_published_bundle_loads_and_answers(
    gcs: storage.Client,
    reader: ObjectReader,
    bucket_name: str,
    rag_bundle: Path,
    embedder: Embedder,
    tmp_path: Path,
) -> None:
    """Publish, then load through `current`: same files, and the retriever works on them."""
    pointer = publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    folder = load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")
    assert folder.name == pointer.version
    for name in (INDEX_FILE, CHUNKS_FILE, MANIFEST_FILE):
        assert (folder / name).read_bytes() == (rag_bundle / name).read_bytes()
    hits = Retriever.from_bundle_dir(folder, embedder).search("Atlas 64 price")
    assert hits[0].chunk.heading == "Atlas 64"


def test_current_moves_only_after_the_new_version_is_complete(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, rag_bundle: Path, tmp_path: Path
) -> None:
    """Each version is complete under its own prefix before `current` names it."""
    publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    changed = tmp_path / "changed"
    shutil.copytree(rag_bundle, changed)
    manifest = json.loads((changed / MANIFEST_FILE).read_text())
    manifest["built_at"] = "2030-01-01T00:00:00+00:00"
    (changed / MANIFEST_FILE).write_text(json.dumps(manifest))
    second = publish_bundle(gcs, changed, f"gs://{bucket_name}/{PREFIX}")
    bucket = gcs.bucket(bucket_name)
    current = json.loads(bucket.blob(pointer_name(PREFIX)).download_as_bytes())
    assert current["version"] == second.version
    names = {blob.name for blob in gcs.list_blobs(bucket_name, prefix=f"{PREFIX}/versions/")}
    assert len(names) == 26  # two complete versions, thirteen files each (manifest included)
    folder = load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")
    assert folder.name == second.version


def test_cached_bundle_is_reused_and_repaired(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, rag_bundle: Path, tmp_path: Path
) -> None:
    """A verified local copy is reused; a damaged local copy is downloaded again."""
    publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    folder = load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")
    (folder / CHUNKS_FILE).write_text("tampered")
    again = load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")
    assert again == folder
    assert (again / CHUNKS_FILE).read_bytes() == (rag_bundle / CHUNKS_FILE).read_bytes()


def test_missing_pointer_is_bundle_not_found(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, tmp_path: Path
) -> None:
    """With nothing published, loading raises BundleNotFound (a clear 503, not a crash)."""
    with pytest.raises(BundleNotFound, match="current"):
        load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")


def test_corrupted_remote_file_is_refused(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, rag_bundle: Path, tmp_path: Path
) -> None:
    """A file whose bytes do not match the manifest's sha256 is refused and not cached."""
    pointer = publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    base = version_prefix(PREFIX, pointer.version)
    gcs.bucket(bucket_name).blob(f"{base}/{INDEX_FILE}").upload_from_string(b"garbage")
    with pytest.raises(BundleCorrupt, match=INDEX_FILE):
        load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")
    assert not (tmp_path / "cache" / pointer.version).exists()


def test_partial_remote_bundle_is_refused(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, rag_bundle: Path, tmp_path: Path
) -> None:
    """A version with a file missing is refused with BundleNotFound."""
    pointer = publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    base = version_prefix(PREFIX, pointer.version)
    gcs.bucket(bucket_name).blob(f"{base}/{CHUNKS_FILE}").delete()
    with pytest.raises(BundleNotFound, match=CHUNKS_FILE):
        load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")


def test_pointer_to_a_different_manifest_is_refused(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, rag_bundle: Path, tmp_path: Path
) -> None:
    """A `current` pointer whose manifest hash does not match is refused as corrupt."""
    pointer = publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    bad = pointer.model_copy(update={"manifest_sha256": "0" * 64})
    gcs.bucket(bucket_name).blob(pointer_name(PREFIX)).upload_from_string(bad.model_dump_json())
    with pytest.raises(BundleCorrupt, match="does not match"):
        load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")


def test_garbled_pointer_is_refused(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str, tmp_path: Path
) -> None:
    """A pointer that is not valid JSON (or names a path) is refused as corrupt."""
    blob = gcs.bucket(bucket_name).blob(pointer_name(PREFIX))
    for content in ("not json", json.dumps({"version": "../../etc", "manifest_sha256": "0" * 64})):
        blob.upload_from_string(content)
        with pytest.raises(BundleCorrupt):
            load_bundle_from_storage(reader, bucket_name, PREFIX, tmp_path / "cache")


def test_corrupted_local_bundle_is_refused(
    rag_bundle: Path, embedder: Embedder, tmp_path: Path
) -> None:
    """A baked-in bundle with a changed, missing or truncated file never loads silently."""
    for damage in ("tamper", "delete", "truncate-manifest"):
        folder = tmp_path / damage
        shutil.copytree(rag_bundle, folder)
        if damage == "tamper":
            (folder / INDEX_FILE).write_bytes((folder / INDEX_FILE).read_bytes()[:-8])
        elif damage == "delete":
            (folder / CHUNKS_FILE).unlink()
        else:
            (folder / MANIFEST_FILE).write_text('{"model": ')
        with pytest.raises((BundleCorrupt, BundleNotFound)):
            Retriever.from_bundle_dir(folder, embedder)
    with pytest.raises(BundleNotFound):
        Retriever.from_bundle_dir(tmp_path / "nowhere", embedder)


def test_publish_refuses_a_damaged_bundle_or_a_bad_address(
    gcs: storage.Client, bucket_name: str, rag_bundle: Path, tmp_path: Path
) -> None:
    """Nothing is uploaded from a bundle that fails verification or to a non-gs:// address."""
    folder = tmp_path / "bad"
    shutil.copytree(rag_bundle, folder)
    (folder / CHUNKS_FILE).write_text("tampered")
    with pytest.raises(BundleCorrupt):
        publish_bundle(gcs, folder, f"gs://{bucket_name}/{PREFIX}")
    assert list(gcs.list_blobs(bucket_name)) == []
    for url in ("s3://x/y", "gs://bucket-only", "gs:///prefix"):
        with pytest.raises(IndexBuildError):
            StorageURL.parse(url)


def test_startup_prefers_the_baked_in_bundle_then_storage(
    gcs: storage.Client,
    reader: ObjectReader,
    bucket_name: str,
    rag_bundle: Path,
    embedder: Embedder,
    tmp_path: Path,
) -> None:
    """The chat cold start serves INDEX_LOCAL_DIR when set, else the published bundle."""
    from shared.rag.startup import open_retriever
    from shared.settings import Settings

    local = Settings(index_local_dir=str(rag_bundle))
    assert open_retriever(local, lambda _: reader, embedder).search("Atlas 64")
    publish_bundle(gcs, rag_bundle, f"gs://{bucket_name}/{PREFIX}")
    remote = Settings(
        storage_bucket=bucket_name, index_prefix=PREFIX, index_cache_dir=str(tmp_path / "c")
    )
    assert open_retriever(remote, lambda _: reader, embedder).search("Atlas 64")
