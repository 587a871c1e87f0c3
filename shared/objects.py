"""Reading Cloud Storage objects over its JSON API with the standard library's HTTP client.

The chat only reads a few objects (the bundle's ``current`` pointer and files), so it does not
import ``google-cloud-storage`` (with its gRPC, protobuf and requests stack: a tenth of a second
of every cold start). :class:`ObjectReader` downloads one object whole from
``{endpoint}/download/storage/v1/b/{bucket}/o/{name}?alt=media``, the request the Storage client
makes, with the same retry policy (``google.cloud.storage.retry.DEFAULT_RETRY``: 408, 429, 5xx
and connection failures retried with exponential back-off until a deadline). Against the
emulator named by ``STORAGE_EMULATOR_HOST`` it is anonymous; otherwise it sends the runtime's
default credentials (``google.auth.default``), refreshed through :class:`AuthRequest`.
Publishing still uses the Storage client (``shared.storage``).
"""

from __future__ import annotations

import os
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from shared.errors import DependencyUnavailable

PRODUCTION_ENDPOINT = "https://storage.googleapis.com"
READ_SCOPE = "https://www.googleapis.com/auth/devstorage.read_only"
RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
FIRST_BACKOFF_S = 1.0
MAX_BACKOFF_S = 60.0


class ObjectMissing(Exception):
    """The bucket or the object does not exist (HTTP 404)."""


class _Transient(Exception):
    """A failure worth retrying (a retried status or a connection failure)."""


def _http_request(url: str, **options: Any) -> urllib.request.Request:
    """A urllib request, refused for any scheme but http and https (urllib also opens
    ``file:`` addresses)."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"Not an http(s) address: {url[:40]}")
    return urllib.request.Request(url, **options)  # noqa: S310  # scheme checked above


@dataclass(frozen=True)
class _AuthResponse:
    """google.auth's transport response: status, headers and body."""

    status: int
    headers: Mapping[str, str]
    data: bytes


class AuthRequest:
    """google.auth's transport request (``google.auth.transport.Request``) over urllib, so
    credentials refresh (the metadata server on Cloud Run) without importing requests."""

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        **_: Any,
    ) -> _AuthResponse:
        request = _http_request(url, headers=dict(headers or {}), data=body, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout or 120) as response:  # noqa: S310  # http(s) only (_http_request)
                return _AuthResponse(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as exc:
            return _AuthResponse(exc.code, dict(exc.headers), exc.read())
        except OSError as exc:
            from google.auth.exceptions import TransportError

            raise TransportError(exc) from exc  # type: ignore[no-untyped-call]  # unannotated


def media_url(endpoint: str, bucket: str, name: str) -> str:
    """The JSON API download address of one object (names quoted whole, slashes included)."""
    return (
        f"{endpoint.rstrip('/')}/download/storage/v1/b/{quote(bucket, safe='')}"
        f"/o/{quote(name, safe='')}?alt=media"
    )


class ObjectReader:
    """Downloads objects whole; ``credentials`` None means anonymous (the emulator)."""

    def __init__(self, endpoint: str, credentials: Any = None) -> None:
        self.endpoint = endpoint
        self._credentials = credentials

    def read(self, bucket: str, name: str, timeout: float, deadline: float) -> bytes:
        """The object's bytes, retrying transient failures for up to ``deadline`` seconds
        (each attempt waits at most ``timeout``). Raises :class:`ObjectMissing` on 404 and
        :class:`~shared.errors.DependencyUnavailable` when storage cannot be read."""
        url = media_url(self.endpoint, bucket, name)
        give_up = time.monotonic() + deadline
        backoff = FIRST_BACKOFF_S
        while True:
            try:
                return self._attempt(url, timeout)
            except _Transient as exc:
                left = give_up - time.monotonic()
                if left <= 0:
                    raise DependencyUnavailable(f"Cloud Storage is unavailable: {exc}") from exc
                time.sleep(min(backoff, left))
                backoff = min(backoff * 2, MAX_BACKOFF_S)

    def _attempt(self, url: str, timeout: float) -> bytes:
        request = _http_request(url, headers=self._headers())
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  # http(s) only (_http_request)
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                raise ObjectMissing(url) from exc
            if exc.code in RETRIED_STATUSES:
                raise _Transient(f"HTTP {exc.code}") from exc
            raise DependencyUnavailable(f"Cloud Storage is unavailable: HTTP {exc.code}") from exc
        except OSError as exc:  # refused, reset, timed out, DNS
            raise _Transient(type(exc).__name__) from exc

    def _headers(self) -> dict[str, str]:
        if self._credentials is None:
            return {}
        headers: dict[str, str] = {}
        self._credentials.before_request(AuthRequest(), "GET", self.endpoint, headers)
        return headers


def object_reader(_settings: object = None) -> ObjectReader:
    """The reader for this runtime: anonymous against ``STORAGE_EMULATOR_HOST`` when set,
    else Cloud Storage with the default credentials (raises google.auth's
    ``DefaultCredentialsError`` when there are none). ``_settings`` keeps the shape of a
    storage client factory (``start_retrieval`` calls it with the settings)."""
    emulator = os.environ.get("STORAGE_EMULATOR_HOST")
    if emulator:
        return ObjectReader(emulator if "://" in emulator else f"http://{emulator}")
    import google.auth

    credentials, _project = google.auth.default(scopes=[READ_SCOPE])
    return ObjectReader(PRODUCTION_ENDPOINT, credentials)
