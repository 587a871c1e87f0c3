"""Helpers for the widget's browser tests: the visitor's view of the widget in a Playwright page.

The widget lives in an open shadow root; Playwright's locators pierce it, and the small
``evaluate`` helpers below read what only script can see (focus inside the shadow root, sizes).
"""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import Locator, Page, Route

HOST = "copperline-chat-widget"
# Viewports of issue 16: desktop, a phone held upright (touch), the same phone on its side,
# and a laptop at 200% zoom.
VIEWPORTS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
    "landscape": {"viewport": {"width": 844, "height": 390}, "has_touch": True, "is_mobile": True},
    "zoomed": {"viewport": {"width": 640, "height": 400}},
}
SMALL = ("phone", "landscape", "zoomed")


class Widget:
    """The widget on one page, found the way a visitor and assistive technology find it."""

    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.base = base
        self.launcher = page.get_by_role("button", name="Chat with us")
        self.dialog = page.get_by_role("dialog")
        self.log = page.get_by_role("log", name="Conversation")
        self.input = page.get_by_role("textbox", name="Your message")
        self.send_button = page.get_by_role("button", name="Send")
        self.alert = page.get_by_role("alert")
        self.retry = page.get_by_role("button", name="Try again")
        self.start_over = page.get_by_role("button", name="Start over")
        self.notice = page.locator(f"#{HOST} .notice")
        self.assistant = page.locator(".msg-assistant:not(.typing) .text")
        self.user = page.locator(".msg-user .text")

    def open(self, path: str = "/") -> Widget:
        """Load the demo page and open the panel by clicking the launcher."""
        self.page.goto(self.base + path)
        self.launcher.click()
        self.input.wait_for()
        self.assistant.first.wait_for()
        return self

    def say(self, text: str, timeout: float = 15_000) -> str:
        """Type, press Enter, and return the assistant's answer."""
        before = self.assistant.count()
        self.input.fill(text)
        self.input.press("Enter")
        self.assistant.nth(before).wait_for(timeout=timeout)
        return self.assistant.nth(before).text_content() or ""

    def focused(self) -> str | None:
        """What has focus: 'page:<tag>' outside the widget, or the widget element's class/tag."""
        focus: str | None = self.page.evaluate(
            """(id) => {
              const host = document.getElementById(id);
              const active = document.activeElement;
              if (active !== host) return 'page:' + (active ? active.tagName : 'none');
              const inner = host.shadowRoot.activeElement;
              if (!inner) return 'widget:none';
              return inner.getAttribute('aria-label') || inner.textContent.trim() || inner.tagName;
            }""",
            HOST,
        )
        return focus

    def box(self, selector: str) -> dict[str, float]:
        """Bounding box of an element in the shadow root."""
        box: dict[str, float] = self.page.evaluate(
            """([id, sel]) => {
              const root = document.getElementById(id).shadowRoot;
              const r = root.querySelector(sel).getBoundingClientRect();
              const {x, y, width, height, bottom, right} = r;
              return {x, y, width, height, bottom, right};
            }""",
            [HOST, selector],
        )
        return box

    def tab_until(self, wanted: str, limit: int = 40, key: str = "Tab") -> bool:
        """Press Tab until the focused element is ``wanted``; False if it never comes."""
        for _ in range(limit):
            if self.focused() == wanted:
                return True
            self.page.keyboard.press(key)
        return self.focused() == wanted


def fulfill_json(route: Route, body: dict[str, Any], status: int = 200) -> None:
    route.fulfill(status=status, content_type="application/json", body=json.dumps(body))


def reply_shape(**overrides: Any) -> dict[str, Any]:
    """A ``POST /chat/messages`` response as the contract shapes it."""
    body: dict[str, Any] = {
        "session_id": "e2e-recorded",
        "reply": "Thanks!",
        "stage": "exploring",
        "customer_type": None,
        "collected": {},
        "missing": [],
        "asking": None,
        "sources": [],
        "handoff": False,
        "closed": False,
    }
    body.update(overrides)
    return body


def text_of(locator: Locator) -> str:
    return (locator.text_content() or "").strip()
