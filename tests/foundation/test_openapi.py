"""openapi.yaml is generated from the routers' pydantic models and must not drift from them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_committed_openapi_matches_the_code(
    function_env: dict[str, str], kb_bundle_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regenerating the description gives the committed file (run `make openapi` after a change)."""
    monkeypatch.setenv("INDEX_LOCAL_DIR", str(kb_bundle_dir))
    from infra.openapi import generate

    assert (ROOT / "openapi.yaml").read_text() == generate()


def test_every_route_is_described() -> None:
    """The chat contract's three routes and every console route appear with their methods."""
    import yaml

    paths = yaml.safe_load((ROOT / "openapi.yaml").read_text())["paths"]
    assert set(paths["/chat/messages"]) == {"post"}
    assert set(paths["/chat/sessions/{session_id}"]) == {"get", "delete"}
    assert {"/auth/login", "/auth/users/{user_id}", "/leads/", "/leads/{lead_id}"} <= set(paths)
    assert all(f"/{name}/health" in paths for name in ("chat", "auth", "leads", "crm"))


def test_describing_the_chat_builds_nothing() -> None:
    """The chat is described without importing its main.py: no build thread starts and neither
    the embedding model nor its runtime is loaded (in a fresh interpreter, with no bundle)."""
    probe = (
        "import sys, threading\n"
        "from infra.openapi import load_router\n"
        "assert '/messages' in {r.path for r in load_router('chat').routes}\n"
        "print(sorted(m for m in ('_openapi_chat', 'onnxruntime', 'shared.chat.wiring')"
        " if m in sys.modules), [t.name for t in threading.enumerate()])\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "LOG_LEVEL": "ERROR"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] ['MainThread']"
