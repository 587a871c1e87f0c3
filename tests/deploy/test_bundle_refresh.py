"""The built chat function, started by functions-framework as Cloud Run starts it (gunicorn's
master imports main.py and forks the worker that serves), loads its bundle in the worker and
swaps in a version published to storage while it serves, without a restart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from google.auth.credentials import AnonymousCredentials
from google.cloud import storage

from index_builder.build import build_bundle
from index_builder.publish import publish_bundle
from infra.build import vendor
from infra.local.processes import free_port, wait_for_port
from shared.rag.embedding import WEIGHTS, Embedder

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "What is the Moonbeam blend?"
NEW_FACT = """# Moonbeam Blend

## What is the Moonbeam blend?

The Moonbeam blend is our limited spring espresso roast, with notes of plum and cocoa.
"""


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Bundle v1 (the demo knowledge base) and v2 (the same plus the Moonbeam blend)."""
    root = tmp_path_factory.mktemp("refresh")
    shutil.copytree(ROOT / "knowledge_base", root / "kb2")
    (root / "kb2" / "faq" / "moonbeam.md").write_text(NEW_FACT)
    embedder = Embedder()
    build_bundle(ROOT / "knowledge_base", root / "v1", lambda: embedder)
    build_bundle(root / "kb2", root / "v2", lambda: embedder)
    return root / "v1", root / "v2"


@pytest.fixture(scope="module")
def built_chat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``make build``'s chat folder (main.py, shared/, the model, a baked bundle)."""
    return vendor("chat", tmp_path_factory.mktemp("build"))


@pytest.fixture
def served(
    built_chat: Path, mongo_uri: str, storage_host: str, tmp_path: Path, versions: tuple[Path, Path]
) -> Iterator[tuple[str, subprocess.Popen[bytes], storage.Client, str]]:
    """v1 published, then the built chat served by ``functions-framework --asgi`` (gunicorn
    with a uvicorn worker) from its folder alone, polling ``current`` every second."""
    credentials = AnonymousCredentials()  # type: ignore[no-untyped-call]  # google-auth is unannotated
    gcs = storage.Client(project="test", credentials=credentials)
    bucket = f"kb-{uuid.uuid4().hex[:10]}"
    gcs.create_bucket(bucket)
    publish_bundle(gcs, versions[0], f"gs://{bucket}/index")
    port = free_port()
    env = {
        "PATH": os.environ["PATH"], "HOME": str(tmp_path), "ENV": "test", "EVENTS_MODE": "off",
        "MONGODB_URI": mongo_uri, "MONGODB_DB": f"r_{uuid.uuid4().hex[:8]}",
        "STORAGE_EMULATOR_HOST": storage_host, "STORAGE_BUCKET": bucket, "INDEX_PREFIX": "index",
        "INDEX_CACHE_DIR": str(tmp_path / "cache"), "INDEX_REFRESH_SECONDS": "1",
        "RATE_LIMIT_CHAT": "10000/minute", "RATE_LIMIT_DEFAULT": "10000/minute",
    }  # fmt: skip
    argv = [sys.executable, "-I", "-m", "functions_framework", "--target", "chat", "--source",
            "main.py", "--asgi", "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    log = (tmp_path / "chat.log").open("wb")
    process = subprocess.Popen(argv, cwd=built_chat, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, 60, process)
        yield f"http://127.0.0.1:{port}", process, gcs, bucket
    finally:
        process.terminate()
        process.wait(20)
        log.close()


def ask(base: str, message: str) -> str:
    answer = httpx.post(f"{base}/messages", json={"message": message}, timeout=60)
    assert answer.status_code == 200, answer.text
    reply: str = answer.json()["reply"]
    return reply


def bundle_version(base: str) -> str | None:
    checks = httpx.get(f"{base}/health", timeout=60).json()["checks"]
    version: str | None = checks["index"].get("bundle_version")
    return version


def rss_mib(pid: int, field: str = "VmHWM") -> float:
    """Peak resident memory of a process, MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no {field} for {pid}")


def test_a_publish_reaches_the_serving_worker(
    served: tuple[str, subprocess.Popen[bytes], storage.Client, str], versions: tuple[Path, Path]
) -> None:
    """The worker answers from v1, a v2 published meanwhile is served within seconds, and the
    gunicorn master never loaded the model or a bundle (the worker maps the model's weights,
    the master never did, and its peak memory stays far below the worker's)."""
    base, process, gcs, bucket = served
    assert "plum" not in ask(base, QUESTION)
    first = bundle_version(base)
    second = publish_bundle(gcs, versions[1], f"gs://{bucket}/index")
    assert first is not None
    assert first != second.version
    deadline = time.monotonic() + 30
    while bundle_version(base) != second.version and time.monotonic() < deadline:
        time.sleep(0.5)
    assert bundle_version(base) == second.version
    assert "plum" in ask(base, QUESTION)
    workers = [
        int(p) for p in os.listdir("/proc") if p.isdigit() and _parent(int(p)) == process.pid
    ]
    assert len(workers) == 1
    # The model, the bundle and the service were never loaded in the master (the model's
    # weights are mapped from their file, so they no longer take a second copy at load).
    assert maps_weights(workers[0])
    assert not maps_weights(process.pid)
    assert rss_mib(workers[0]) - rss_mib(process.pid) > 50


def maps_weights(pid: int) -> bool:
    """Whether the process has the optimised model's weights file mapped."""
    return WEIGHTS in Path(f"/proc/{pid}/maps").read_text()


def _parent(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])
