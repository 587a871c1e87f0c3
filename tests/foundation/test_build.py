"""`make build` writes self-contained function folders that start alone from their folder."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from pymongo import AsyncMongoClient

from infra.build import ROOT, vendor
from infra.local.processes import free_port, wait_for_port
from shared import compiled_patterns
from shared.events import cloudevent_headers, pubsub_envelope
from tests.leads.factories import insert_conversation, qualified_new_cafe

RAG_PACKAGES = ("faiss", "fastembed", "onnxruntime")


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    for name in ("chat", "auth", "leads", "crm", "lead_events"):
        vendor(name, out)
    return out


@pytest.mark.parametrize("name", ["auth", "leads", "crm", "lead_events"])
def test_functions_without_rag_exclude_the_rag_stack(build_dir: Path, name: str) -> None:
    """A function without retrieval ships neither faiss, fastembed nor onnxruntime."""
    requirements = (build_dir / name / "requirements.txt").read_text().lower()
    assert not any(f"\n{p}" in requirements for p in RAG_PACKAGES)
    assert not (build_dir / name / "shared" / "rag").exists()
    assert "==" in requirements


def test_chat_folder_carries_model_and_bundle(build_dir: Path) -> None:
    """The chat folder has the offline model (its optimised graph's weights apart, mapped at
    load), the knowledge-base bundle and the programs of the regular expressions its modules
    compile at import baked in."""
    assert (build_dir / "chat" / "model" / "model.onnx").is_file()
    assert (build_dir / "chat" / "model" / "model.optimized.onnx.data").is_file()
    patterns = build_dir / "chat" / "shared" / "compiled_patterns.py"
    table = patterns.parent / "precomputed" / "patterns.marshal"
    assert len(compiled_patterns.load(table)) > 100
    assert any((build_dir / "chat" / "index").iterdir())
    assert "faiss-cpu==" in (build_dir / "chat" / "requirements.txt").read_text()


@pytest.fixture(scope="module")
def venvs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One virtual environment per distinct requirements file, installed from it alone."""
    made: dict[str, Path] = {}

    def python_for(requirements: Path) -> Path:
        key = requirements.read_text()
        if key not in made:
            venv = tmp_path_factory.mktemp("venv")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run(
                [
                    str(venv / "bin" / "python"),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    "-r",
                    str(requirements),
                ],
                check=True,
                capture_output=True,
            )
            made[key] = venv / "bin" / "python"
        return made[key]

    return python_for  # type: ignore[return-value]


def isolated_env(mongo_uri: str) -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "TMPDIR")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(
        MONGODB_URI=mongo_uri,
        MONGODB_DB=f"b_{uuid.uuid4().hex[:8]}",
        ENV="test",
        EVENTS_MODE="off",
        PYTHONNOUSERSITE="1",
        # Storage unreachable on loopback (nothing listens on port 9): the chat falls back to
        # its baked bundle at once instead of asking the cloud metadata server for credentials.
        STORAGE_EMULATOR_HOST="http://127.0.0.1:9",
    )
    return env


def start_from_folder(
    python: Path, folder: Path, name: str, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], int]:
    """functions-framework started in a copy of the build folder, the repository out of reach."""
    port = free_port()
    copy = folder.parent / f"{name}-alone"
    if not copy.exists():
        shutil.copytree(folder, copy)
    argv = [str(python), "-I", "-m", "functions_framework", "--target", name, "--source",
            "main.py", "--asgi", "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    with (copy / "function.log").open("wb") as log:
        process = subprocess.Popen(
            argv, cwd=copy, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    return process, port


@pytest.mark.venv
@pytest.mark.parametrize("name", ["chat", "auth", "leads", "crm", "lead_events"])
def test_built_function_starts_alone(
    build_dir: Path, venvs: Any, mongo_uri: str, name: str
) -> None:
    """Each built folder serves its function from its own requirements, without the repo (the
    chat folder answers a question through its model and bundle)."""
    python = venvs(build_dir / name / "requirements.txt")
    process, port = start_from_folder(python, build_dir / name, name, isolated_env(mongo_uri))
    log = build_dir / f"{name}-alone" / "function.log"
    try:
        try:
            wait_for_port(port, 60, process)
        except RuntimeError:
            pytest.fail(log.read_text(errors="replace")[-3000:])
        base = f"http://127.0.0.1:{port}"
        if name == "lead_events":
            message_id = uuid.uuid4().hex
            answer = httpx.post(
                base + "/",
                json=pubsub_envelope(b'{"type": "lead.captured"}', {}, message_id),
                headers=cloudevent_headers(message_id, "//test"),
                timeout=30,
            )
        else:
            answer = httpx.get(base + "/health", timeout=30)
        assert answer.status_code == 200, answer.text
        if name == "chat":  # the retrieval stack of its own requirements answers a question
            chat = httpx.post(
                base + "/messages", json={"message": "Do you sell decaf?"}, timeout=60
            )
            assert chat.status_code == 200, chat.text
            assert chat.json()["reply"]
            assert chat.json()["sources"]
    finally:
        process.terminate()
        process.wait(20)


class _Hook(BaseHTTPRequestHandler):
    """A real HTTP server standing in for the sales webhook: records each POST, answers 200."""

    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        type(self).received.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"ok": true}')

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        return


@pytest.fixture
def webhook_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The webhook receiver on 127.0.0.1; yields its URL and the payloads it received."""
    _Hook.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", _Hook.received
    finally:
        server.shutdown()
        server.server_close()


async def _stored_estimate(mongo_uri: str, db_name: str, session_id: str) -> dict[str, Any]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_uri)
    try:
        lead = await client[db_name]["leads"].find_one({"session_id": session_id})
        assert lead is not None, "no lead was stored"
        estimate: dict[str, Any] = lead["estimate"]
        return estimate
    finally:
        await client.close()


async def _seed_qualified_conversation(mongo_uri: str, db_name: str) -> str:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_uri)
    try:
        return await insert_conversation(client[db_name], *qualified_new_cafe())
    finally:
        await client.close()


def test_built_lead_events_sends_the_sales_webhook(
    build_dir: Path, venvs: Any, mongo_uri: str, webhook_server: tuple[str, list[Any]]
) -> None:
    """The built lead_events, on its own requirements, turns a qualified conversation into a
    hot lead priced from its own copy of the knowledge base, and POSTs it to a configured
    webhook (the path that broke with httpx 1.0.dev6)."""
    url, received = webhook_server
    env = isolated_env(mongo_uri) | {"SALES_WEBHOOK_URL": url}
    session_id = asyncio.run(_seed_qualified_conversation(mongo_uri, env["MONGODB_DB"]))
    python = venvs(build_dir / "lead_events" / "requirements.txt")
    folder = build_dir.parent / "lead-events-webhook"
    if not folder.exists():
        shutil.copytree(build_dir / "lead_events", folder / "lead_events")
    process, port = start_from_folder(python, folder / "lead_events", "lead_events", env)
    try:
        wait_for_port(port, 60, process)
        message_id = uuid.uuid4().hex
        data = json.dumps(
            {
                "type": "lead.qualified",
                "session_id": session_id,
                "occurred_at": "2026-03-02T17:10:00Z",
            }
        ).encode()
        answer = httpx.post(
            f"http://127.0.0.1:{port}/",
            json=pubsub_envelope(data, {"type": "lead.qualified"}, message_id),
            headers=cloudevent_headers(message_id, "//test"),
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        assert len(received) == 1, received
        assert received[0]["classification"] == "hot"
        assert "maya.chen@brightcup.co" not in json.dumps(received[0])
        estimate = asyncio.run(_stored_estimate(mongo_uri, env["MONGODB_DB"], session_id))
        assert estimate["line_items"], "the built folder found no catalog to price the lead"
        assert all(line["low"] > 0 for line in estimate["line_items"]), estimate
    finally:
        process.terminate()
        process.wait(20)


def test_image_command_serves_a_built_folder(build_dir: Path, venvs: Any, mongo_uri: str) -> None:
    """The Dockerfile's CMD (bare `functions-framework`, configured only by the image's ENV)
    serves the built auth folder, and the image's HEALTHCHECK script reports it healthy."""
    python = venvs(build_dir / "auth" / "requirements.txt")
    folder = build_dir.parent / "auth-image"
    if not folder.exists():
        shutil.copytree(build_dir / "auth", folder)
    port = free_port()
    image_env = dockerfile_env() | {
        "FUNCTION_TARGET": "auth",
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }
    env = isolated_env(mongo_uri) | image_env | {"PATH": f"{python.parent}:{os.environ['PATH']}"}
    assert dockerfile_cmd() == ["functions-framework"]
    with (folder / "function.log").open("wb") as log:
        process = subprocess.Popen(
            dockerfile_cmd(), cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    try:
        try:
            wait_for_port(port, 60, process)
        except RuntimeError:
            pytest.fail((folder / "function.log").read_text(errors="replace")[-3000:])
        assert httpx.get(f"http://127.0.0.1:{port}/health", timeout=30).status_code == 200
        check = ROOT / "infra" / "container" / "healthcheck.py"
        healthy = subprocess.run([str(python), str(check)], env=env, check=False, timeout=30)
        assert healthy.returncode == 0
    finally:
        process.terminate()
        process.wait(20)
    stopped = subprocess.run([str(python), str(check)], env=env, check=False, timeout=30)
    assert stopped.returncode == 1  # the HEALTHCHECK fails once nothing answers


def dockerfile_cmd() -> list[str]:
    """The exec-form CMD of the Dockerfile's final stage."""
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    cmd = [line for line in lines if line.startswith("CMD ")][-1]
    parsed: list[str] = json.loads(cmd.removeprefix("CMD "))
    return parsed


def dockerfile_env() -> dict[str, str]:
    """The runtime stage's ENV block with the image's values (FUNCTION and PATH left out)."""
    text = (ROOT / "Dockerfile").read_text()
    block = text[text.rindex("\nENV ") + 5 :].split("\nUSER")[0]
    pairs = [p.strip(" \\") for p in block.replace("\\\n", "\n").split()]
    values = dict(pair.split("=", 1) for pair in pairs if "=" in pair)
    return {k: v for k, v in values.items() if "$" not in v}
