"""`index_builder publish` needs only the rights Terraform gives the deployer on the bundles'
bucket: every request it makes to Cloud Storage (the emulator here) maps to a permission of the
roles accounts.tf grants (the publish step failed with 403 on `storage.buckets.get`, which the
storage library also calls in the background)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from google.auth.credentials import AnonymousCredentials
from google.cloud import storage

from index_builder.build import build_bundle
from index_builder.publish import publish_bundle
from shared.rag.embedding import Embedder

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = ROOT / "infra" / "terraform" / "accounts.tf"
# The permissions of the predefined roles used on buckets (Cloud Storage's IAM documentation).
ROLE_PERMISSIONS = {
    "roles/storage.objectAdmin": {
        "storage.objects.create", "storage.objects.delete", "storage.objects.get",
        "storage.objects.list", "storage.objects.update",
    },
    "roles/storage.objectViewer": {"storage.objects.get", "storage.objects.list"},
    "roles/storage.legacyBucketReader": {"storage.buckets.get", "storage.objects.list"},
}  # fmt: skip
CALLS = (
    (re.compile(r"^POST /upload/storage/v1/b/[^/]+/o$"), "storage.objects.create"),
    (re.compile(r"^GET /(download/)?storage/v1/b/[^/]+/o/.+"), "storage.objects.get"),
    (re.compile(r"^GET /storage/v1/b/[^/]+/o$"), "storage.objects.list"),
    (re.compile(r"^GET /storage/v1/b/[^/]+$"), "storage.buckets.get"),
)


def permission(method: str, path: str) -> str:
    """The IAM permission a JSON API request needs (pure)."""
    call = f"{method} {path}"
    return next((p for pattern, p in CALLS if pattern.match(call)), f"unknown: {call}")


def deployer_kb_permissions() -> set[str]:
    """What accounts.tf lets the deployer do on the KB bucket (bucket-level grants)."""
    text = ACCOUNTS.read_text()
    granted: set[str] = set()
    for block in re.findall(
        r'resource "google_storage_bucket_iam_member" "\w+" \{(.*?)\n\}', text, re.S
    ):
        if "deployer" in block and "google_storage_bucket.kb.name" in block:
            role = re.search(r'role\s+=\s+"([^"]+)"', block)
            granted |= ROLE_PERMISSIONS[role.group(1)] if role else set()
    return granted


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo knowledge base as a bundle folder."""
    out = tmp_path_factory.mktemp("publish") / "bundle"
    build_bundle(ROOT / "knowledge_base", out, Embedder)
    return out


def test_publish_needs_only_what_the_deployer_is_granted(storage_host: str, bundle: Path) -> None:
    """Every request of a publish is allowed by the deployer's roles on the bundles' bucket."""
    calls: list[str] = []
    session = requests.Session()
    session.hooks["response"].append(
        lambda response, *_, **__: calls.append(
            permission(response.request.method, urlsplit(response.request.url or "").path)
        )
    )
    credentials = AnonymousCredentials()  # type: ignore[no-untyped-call]  # google-auth is unannotated
    setup = storage.Client(project="test", credentials=credentials)
    name = f"kb-{uuid.uuid4().hex[:10]}"
    setup.create_bucket(name)
    publish_bundle(
        storage.Client(project="test", credentials=credentials, _http=session),
        bundle,
        f"gs://{name}/index",
    )
    assert "storage.objects.create" in calls
    assert set(calls) - deployer_kb_permissions() == set()
    assert setup.bucket(name).blob("index/current").exists()
