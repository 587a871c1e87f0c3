"""Helpers for the console's browser tests: viewports, signing in, axe-core, screenshots.

axe-core comes from the console's dev dependencies (``web/console/node_modules/axe-core``); it
is evaluated through the DevTools protocol, which the console's CSP (no inline scripts) does not
apply to, so the page under test keeps its real policy.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import ROOT

AXE = ROOT / "web" / "console" / "node_modules" / "axe-core" / "axe.min.js"
DOCS = ROOT / "docs"
# Issue 25's widths: a laptop, a tablet upright, two phones (touch).
WIDTHS: dict[str, dict[str, Any]] = {
    "1280": {"viewport": {"width": 1280, "height": 800}},
    "768": {"viewport": {"width": 768, "height": 1024}, "has_touch": True},
    "390": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
    "360": {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True},
}
SERIOUS = ("serious", "critical")


def axe_problems(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now (WCAG 2.x A/AA)."""
    if not AXE.exists():
        pytest.skip(f"{AXE} is missing (npm ci in web/console installs axe-core)")
    if not page.evaluate("() => Boolean(window.axe)"):
        page.evaluate(AXE.read_text())
    found: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}
           )).violations.map(v => ({id: v.id, impact: v.impact,
             targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""
    )
    return [f"{v['id']} ({v['impact']}): {v['targets']}" for v in found if v["impact"] in SERIOUS]


def overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0: nothing runs off the side)."""
    return int(page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))


def sign_in(page: Page, base: str, email: str, password: str, path: str = "") -> None:
    """Open the console (at ``path``, a hash route) and sign in through the form."""
    page.goto(f"{base}/console/{path}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def tab_to(page: Page, selector: str, limit: int = 120) -> None:
    """Press Tab until the element ``selector`` has focus (keyboard-only navigation)."""
    script = "(sel) => document.activeElement === document.querySelector(sel)"
    for _ in range(limit):
        if page.evaluate(script, selector):
            return
        page.keyboard.press("Tab")
    assert page.evaluate(script, selector), f"Tab never reached {selector}"


def shot(page: Page, name: str, full_page: bool = True) -> None:
    """A screenshot for the README, written to docs/ when ``E2E_SCREENSHOT=1``."""
    if os.environ.get("E2E_SCREENSHOT") == "1":
        page.screenshot(path=str(DOCS / name), full_page=full_page)
