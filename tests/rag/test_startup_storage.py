"""The chat's bundle comes from Cloud Storage at every cold start, recovers, and falls back."""

from __future__ import annotations

import asyncio
import shutil
import socket
import time
from pathlib import Path

import httpx
import pytest
from google.cloud import storage

from index_builder.build import build_bundle
from index_builder.publish import publish_bundle
from shared.errors import DependencyUnavailable
from shared.objects import object_reader
from shared.rag.embedding import Embedder
from shared.rag.startup import locate_bundle
from shared.settings import Settings

from ..conftest import FunctionClient
from .conftest import KNOWLEDGE_BASE

PREFIX = "index"
QUESTION = "How much is the Lumen 2-Group?"


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> tuple[Path, Path]:
    """Bundle v1 (the demo knowledge base) and v2 (the Lumen 2-Group repriced to $9,900)."""
    root = tmp_path_factory.mktemp("versions")
    shutil.copytree(KNOWLEDGE_BASE, root / "kb2")
    machines = root / "kb2" / "products" / "espresso-machines.md"
    machines.write_text(machines.read_text().replace("$9,800", "$9,900"))
    v1, v2 = root / "v1", root / "v2"
    build_bundle(KNOWLEDGE_BASE, v1, lambda: embedder)
    build_bundle(root / "kb2", v2, lambda: embedder)
    return v1, v2


def chat_env(bucket: str, cache: Path) -> dict[str, str]:
    return {
        "INDEX_LOCAL_DIR": "",
        "STORAGE_BUCKET": bucket,
        "INDEX_PREFIX": PREFIX,
        "INDEX_CACHE_DIR": str(cache),
    }


async def ask(client: httpx.AsyncClient, message: str) -> str:
    response = await client.post("/messages", json={"message": message})
    assert response.status_code == 200, response.text
    reply: str = response.json()["reply"]
    return reply


async def test_a_newly_published_bundle_is_served_by_the_next_cold_start(
    function_client: FunctionClient,
    gcs: storage.Client,
    bucket_name: str,
    two_versions: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    """Publish v1, start, ask; publish v2, start again, ask: v2's answer, no redeploy."""
    v1, v2 = two_versions
    first = publish_bundle(gcs, v1, f"gs://{bucket_name}/{PREFIX}")
    chat = await function_client("chat", **chat_env(bucket_name, tmp_path / "cache"))
    assert "$9,800" in await ask(chat, QUESTION)
    health = (await chat.get("/health")).json()["checks"]["index"]
    assert (health["bundle_version"], health["bundle_origin"]) == (first.version, "storage")
    second = publish_bundle(gcs, v2, f"gs://{bucket_name}/{PREFIX}")
    chat = await function_client("chat", **chat_env(bucket_name, tmp_path / "cache"))
    assert "$9,900" in await ask(chat, QUESTION)
    health = (await chat.get("/health")).json()["checks"]["index"]
    assert health["bundle_version"] == second.version


async def test_a_missing_bundle_is_retried_and_answers_recover_without_restart(
    function_client: FunctionClient,
    gcs: storage.Client,
    bucket_name: str,
    two_versions: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    """Nothing published at start: /health reports it, then a publish is picked up live."""
    chat = await function_client("chat", **chat_env(bucket_name, tmp_path / "cache"))
    health = await chat.get("/health")
    assert health.json()["checks"]["index"]["status"] == "error"
    assert "$9,800" not in await ask(chat, QUESTION)
    publish_bundle(gcs, two_versions[0], f"gs://{bucket_name}/{PREFIX}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        index = (await chat.get("/health")).json()["checks"]["index"]
        if index["status"] == "ok":
            break
        await asyncio.sleep(0.25)
    assert index["bundle_origin"] == "storage"
    assert "$9,800" in await ask(chat, QUESTION)


async def test_a_corrupt_bundle_is_reported_then_replaced(
    function_client: FunctionClient,
    gcs: storage.Client,
    bucket_name: str,
    two_versions: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    """A published file that fails its sha256 is not served; a good publish recovers."""
    pointer = publish_bundle(gcs, two_versions[0], f"gs://{bucket_name}/{PREFIX}")
    blob = gcs.bucket(bucket_name).blob(f"{PREFIX}/versions/{pointer.version}/chunks.jsonl")
    blob.upload_from_string(b"tampered\n")
    chat = await function_client("chat", **chat_env(bucket_name, tmp_path / "cache"))
    assert (await chat.get("/health")).json()["checks"]["index"]["error"] == "BundleCorrupt"
    publish_bundle(gcs, two_versions[1], f"gs://{bucket_name}/{PREFIX}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if (await chat.get("/health")).json()["checks"]["index"]["status"] == "ok":
            break
        await asyncio.sleep(0.25)
    assert "$9,900" in await ask(chat, QUESTION)


def test_unreachable_storage_falls_back_to_the_baked_copy(
    two_versions: tuple[Path, Path],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With storage unreachable (nothing listens on its port), the baked copy is served and a
    WARNING says so; without a baked copy the failure is reported."""
    function_dir = tmp_path / "function"
    shutil.copytree(two_versions[0], function_dir / "index")
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", f"http://127.0.0.1:{closed}")
    settings = Settings(index_cache_dir=str(tmp_path / "cache"))
    unreachable = object_reader
    with caplog.at_level("WARNING"):
        located = locate_bundle(settings, unreachable, function_dir)
    assert (located.origin, located.path) == ("baked", function_dir / "index")
    assert any(r.levelname == "WARNING" and "baked" in r.message for r in caplog.records)
    with pytest.raises(DependencyUnavailable):
        locate_bundle(settings, unreachable, tmp_path / "no-baked-copy")
