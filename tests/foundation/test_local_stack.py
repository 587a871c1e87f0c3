"""`make run`'s stack comes up on real components and reports every function healthy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from infra.local.processes import free_port
from tests.conftest import ROOT

FUNCTION_HEALTH = ("/chat/health", "/auth/health", "/leads/health", "/crm/health")


@pytest.fixture(scope="module")
def running_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``python -m infra.local`` in its own process group, as ``make run`` starts it."""
    port = free_port()
    data = tmp_path_factory.mktemp("run")
    log = (data / "stack.log").open("wb")
    env = {k: v for k, v in os.environ.items() if k not in ("MONGODB_URI", "STORAGE_EMULATOR_HOST")}
    process = subprocess.Popen(
        [sys.executable, "-m", "infra.local", "--port", str(port), "--data-dir", str(data)],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, process, data / "stack.log")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        log.close()


def wait_healthy(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the stack exited early:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(base + "/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"the stack was not healthy within 90 s:\n{log.read_text(errors='replace')[-3000:]}")


def test_gateway_health_reports_all_five_functions(running_stack: str) -> None:
    """The gateway's /health is 200 and names every function, lead_events included."""
    body = httpx.get(running_stack + "/health", timeout=10).json()
    assert body["status"] == "ok"
    assert set(body["functions"]) == {"chat", "auth", "leads", "crm", "lead_events"}
    assert body["functions"]["lead_events"]["loaded"] is True


@pytest.mark.parametrize("path", FUNCTION_HEALTH)
def test_each_function_answers_health_through_the_gateway(running_stack: str, path: str) -> None:
    """Every HTTP function is mounted under its name and its dependencies answer."""
    answer = httpx.get(running_stack + path, timeout=10)
    assert answer.status_code == 200
    assert all(c["status"] == "ok" for c in answer.json()["checks"].values())


def test_demo_page_is_served_at_the_root(running_stack: str) -> None:
    """The page a person opens embeds the widget pointed at the local chat function."""
    page = httpx.get(running_stack + "/", timeout=10)
    assert page.status_code == 200
    assert "widget.js" in page.text and "data-chat-url" in page.text


@pytest.mark.parametrize("path", ["/nope", "/chat/nope", "/crm/deals/../../etc/passwd"])
def test_unknown_paths_are_json_404(running_stack: str, path: str) -> None:
    """Unknown paths under the gateway answer 404 (JSON under a function)."""
    answer = httpx.get(running_stack + path, timeout=10)
    assert answer.status_code == 404
