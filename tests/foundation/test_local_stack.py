"""`make run`'s stack comes up on real components and reports every function healthy."""

from __future__ import annotations

import httpx
import pytest

FUNCTION_HEALTH = ("/chat/health", "/auth/health", "/leads/health", "/crm/health")


def test_gateway_health_reports_all_five_functions(live_stack: str) -> None:
    """The gateway's /health is 200 and names every function, lead_events included."""
    body = httpx.get(live_stack + "/health", timeout=10).json()
    assert body["status"] == "ok"
    assert set(body["functions"]) == {"chat", "auth", "leads", "crm", "lead_events"}
    assert body["functions"]["lead_events"]["loaded"] is True


@pytest.mark.parametrize("path", FUNCTION_HEALTH)
def test_each_function_answers_health_through_the_gateway(live_stack: str, path: str) -> None:
    """Every HTTP function is mounted under its name and its dependencies answer."""
    answer = httpx.get(live_stack + path, timeout=10)
    assert answer.status_code == 200
    assert all(c["status"] == "ok" for c in answer.json()["checks"].values())


def test_demo_page_is_served_at_the_root(live_stack: str) -> None:
    """The page a person opens embeds the widget pointed at the local chat function."""
    page = httpx.get(live_stack + "/", timeout=10)
    assert page.status_code == 200
    assert "widget.js" in page.text
    assert "data-chat-url" in page.text


@pytest.mark.parametrize("path", ["/nope", "/chat/nope", "/crm/deals/../../etc/passwd"])
def test_unknown_paths_are_json_404(live_stack: str, path: str) -> None:
    """Unknown paths under the gateway answer 404 (JSON under a function)."""
    answer = httpx.get(live_stack + path, timeout=10)
    assert answer.status_code == 404
