"""Stage 5: upload a bundle to Cloud Storage as a new version, then move ``current`` to it.

Order matters: the data files, then the manifest, then the pointer. A reader follows
``current`` to a version whose files are all in place, so it never sees half a bundle. The
version name is derived from the manifest's sha256, so publishing the same bundle twice
rewrites the same bytes under the same name.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from shared.rag.bundle import (
    MANIFEST_FILE,
    pointer_name,
    sha256_bytes,
    verify_bundle,
    version_of,
    version_prefix,
)
from shared.rag.errors import IndexBuildError
from shared.rag.types import Pointer

log = logging.getLogger(__name__)


class StorageURL(BaseModel):
    """A parsed ``gs://BUCKET/PREFIX`` address."""

    bucket: str
    prefix: str

    @classmethod
    def parse(cls, url: str) -> StorageURL:
        """Parse ``gs://bucket/prefix``; raises :class:`IndexBuildError` on anything else."""
        if not url.startswith("gs://"):
            raise IndexBuildError(f"Expected gs://BUCKET/PREFIX, got {url!r}.")
        bucket, _, prefix = url[5:].partition("/")
        if not bucket or not prefix.strip("/"):
            raise IndexBuildError(f"Expected gs://BUCKET/PREFIX, got {url!r}.")
        return cls(bucket=bucket, prefix=prefix.strip("/"))


def _upload(bucket: Any, name: str, data: bytes, content_type: str) -> None:
    blob = bucket.blob(name)
    blob.cache_control = "no-store"  # the pointer must never be served stale from a cache
    blob.upload_from_string(data, content_type=content_type)


def publish_bundle(client: Any, folder: Path, url: str) -> Pointer:
    """Verify the local bundle, upload it as a version and point ``current`` at it."""
    target = StorageURL.parse(url)
    manifest = verify_bundle(folder)
    manifest_bytes = (folder / MANIFEST_FILE).read_bytes()
    pointer = Pointer(
        version=version_of(manifest_bytes), manifest_sha256=sha256_bytes(manifest_bytes)
    )
    bucket = client.bucket(target.bucket)
    base = version_prefix(target.prefix, pointer.version)
    for name in sorted(manifest.files):
        _upload(bucket, f"{base}/{name}", (folder / name).read_bytes(), "application/octet-stream")
    _upload(bucket, f"{base}/{MANIFEST_FILE}", manifest_bytes, "application/json")
    _upload(
        bucket, pointer_name(target.prefix), pointer.model_dump_json().encode(), "application/json"
    )
    log.info("published version %s to gs://%s/%s", pointer.version, target.bucket, target.prefix)
    return pointer
