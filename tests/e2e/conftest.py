"""Fixtures of the widget's browser tests: real Chromium (Debian's package) against the real stack.

``E2E_BASE_URL`` points the tests at a stack that is already running (handy while working on
the widget); without it they start their own with the ``live_stack`` fixture.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from tests.conftest import ROOT
from tests.e2e.widget_page import VIEWPORTS, Widget

CHROMIUM = os.environ.get("E2E_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync"]
WIDGET_JS = ROOT / "web" / "widget" / "dist" / "widget.js"


@pytest.fixture(scope="module")
def widget_base(request: pytest.FixtureRequest) -> str:
    """Base URL of the running stack that serves the demo page, the widget and the chat API."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (make setup installs Debian's chromium as root)")
    if not WIDGET_JS.exists():
        pytest.skip("the widget is not built (make setup builds it)")
    given = os.environ.get("E2E_BASE_URL", "").rstrip("/")
    return given or str(request.getfixturevalue("live_stack"))


@pytest.fixture(scope="module")
def chromium(widget_base: str) -> Iterator[Browser]:
    """One headless Chromium per module; every test gets fresh contexts (no shared storage)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


OpenPage = Callable[..., tuple[Page, Widget]]


@pytest.fixture
def new_page(chromium: Browser, widget_base: str) -> Iterator[OpenPage]:
    """``new_page("phone", color_scheme="dark")``: a page in a fresh context at a named viewport.

    Script errors and unexpected dialogs on the page fail the test.
    """
    contexts = []
    problems: list[str] = []

    def make(viewport: str = "desktop", **options: object) -> tuple[Page, Widget]:
        context = chromium.new_context(**VIEWPORTS[viewport], **options)  # type: ignore[arg-type]
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on("dialog", lambda dialog: _refuse_dialog(dialog, problems))
        return page, Widget(page, widget_base)

    yield make
    for context in contexts:
        context.close()
    assert not problems, problems


def _refuse_dialog(dialog: Dialog, problems: list[str]) -> None:
    """A native dialog is a defect of the widget: record it and dismiss it."""
    problems.append(f"dialog: {dialog.message}")
    dialog.dismiss()
