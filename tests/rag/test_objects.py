"""The chat's Cloud Storage reader (JSON API over urllib) against the storage emulator."""

from __future__ import annotations

import socket
import time

import pytest
from google.cloud import storage

from shared.errors import DependencyUnavailable
from shared.objects import AuthRequest, ObjectMissing, ObjectReader, media_url, object_reader


def test_an_object_is_read_whole_whatever_its_name(
    gcs: storage.Client, reader: ObjectReader, bucket_name: str
) -> None:
    """Bytes come back unchanged for names with slashes, spaces and non-ASCII characters."""
    name = "index/versions/v 1/café+chunks.jsonl"
    data = bytes(range(256)) * 64
    gcs.bucket(bucket_name).blob(name).upload_from_string(data)
    assert reader.read(bucket_name, name, timeout=5, deadline=5) == data


def test_a_missing_object_is_object_missing_at_once(reader: ObjectReader, bucket_name: str) -> None:
    """A 404 is not retried: it raises ObjectMissing well before the deadline."""
    started = time.monotonic()
    with pytest.raises(ObjectMissing):
        reader.read(bucket_name, "index/current", timeout=5, deadline=10)
    assert time.monotonic() - started < 5


def test_unreachable_storage_is_retried_until_the_deadline() -> None:
    """Refused connections are retried, then reported as DependencyUnavailable."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    reader = ObjectReader(f"http://127.0.0.1:{closed}")
    started = time.monotonic()
    with pytest.raises(DependencyUnavailable):
        reader.read("kb", "index/current", timeout=1, deadline=1.5)
    assert 1.4 <= time.monotonic() - started < 5


def test_the_runtime_reader_is_anonymous_against_the_emulator(storage_host: str) -> None:
    """With STORAGE_EMULATOR_HOST set, object_reader targets it and sends no credentials."""
    reader = object_reader()
    assert reader.endpoint == storage_host
    assert media_url(reader.endpoint, "b", "a/b c").endswith("/b/b/o/a%2Fb%20c?alt=media")


def test_the_auth_transport_returns_status_and_body(
    gcs: storage.Client, storage_host: str, bucket_name: str
) -> None:
    """google.auth's transport (used to refresh credentials) reports 200 with the body and
    404 without raising, as google.auth expects."""
    gcs.bucket(bucket_name).blob("token").upload_from_string(b'{"access_token": "t"}')
    found = AuthRequest()(media_url(storage_host, bucket_name, "token"), timeout=5)
    assert (found.status, found.data) == (200, b'{"access_token": "t"}')
    missing = AuthRequest()(media_url(storage_host, bucket_name, "nothing"), timeout=5)
    assert missing.status == 404


def test_only_http_addresses_are_opened() -> None:
    """A file: endpoint is refused instead of reading the local disk."""
    with pytest.raises(ValueError, match="http"):
        ObjectReader("file:///etc").read("b", "passwd", timeout=1, deadline=1)
