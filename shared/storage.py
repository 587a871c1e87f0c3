"""The Cloud Storage client: the only code that talks to GCS (or its local emulator)."""

from __future__ import annotations

import os

from google.auth.credentials import AnonymousCredentials
from google.cloud import storage

from shared.settings import Settings


def storage_client(settings: Settings) -> storage.Client:
    """A client for GCS; anonymous against the emulator named by ``STORAGE_EMULATOR_HOST``."""
    if os.environ.get("STORAGE_EMULATOR_HOST"):
        return storage.Client(project=settings.gcp_project, credentials=AnonymousCredentials())  # type: ignore[no-untyped-call]  # google-auth is unannotated
    return storage.Client(project=settings.gcp_project)


def ensure_bucket(client: storage.Client, name: str) -> storage.Bucket:
    """The bucket, created when missing (used by the local stack and the index publisher)."""
    bucket = client.lookup_bucket(name)
    return bucket if bucket is not None else client.create_bucket(name)


def read_bytes(client: storage.Client, bucket: str, name: str) -> bytes:
    """The content of one object; raises ``google.api_core.exceptions.NotFound``."""
    data: bytes = client.bucket(bucket).blob(name).download_as_bytes()
    return data


def write_bytes(client: storage.Client, bucket: str, name: str, data: bytes) -> None:
    """Write one object whole."""
    client.bucket(bucket).blob(name).upload_from_string(data)
