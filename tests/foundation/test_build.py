"""`make build` writes self-contained function folders that start alone from their folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from infra.build import vendor
from infra.local.processes import free_port, wait_for_port
from shared.events import cloudevent_headers, pubsub_envelope

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
    """The chat folder has the offline model and the knowledge-base bundle baked in."""
    assert (build_dir / "chat" / "model" / "model.onnx").is_file()
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


@pytest.mark.parametrize("name", ["chat", "auth", "leads", "crm", "lead_events"])
def test_built_function_starts_alone(
    build_dir: Path, venvs: Any, mongo_uri: str, name: str
) -> None:
    """Each built folder serves its function from its own requirements, without the repo."""
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
    finally:
        process.terminate()
        process.wait(20)
