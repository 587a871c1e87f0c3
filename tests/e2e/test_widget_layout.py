"""Issue 25's widget leftovers in real Chromium against the real stack, at 1280, 768, 390 and
360 px and at 390 x 300 (a phone with its keyboard up): axe-core finds nothing serious inside
the widget's shadow root; the handoff notice never hides the newest reply; a short viewport
keeps the latest message in view; the keyboard alone opens the widget and sends; sources show
titles, never file paths."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser

from tests.e2e.console_page import WIDTHS, axe_problems, shot
from tests.e2e.widget_page import HOST, Widget

pytestmark = pytest.mark.browser
SHORT: dict[str, Any] = {
    "viewport": {"width": 390, "height": 300},
    "has_touch": True,
    "is_mobile": True,
}
HANDOFF = "Can I talk to a person? My email is ada.stone@brightcup.co"


@pytest.fixture
def widget_at(chromium: Browser, widget_base: str) -> Iterator[Any]:
    """``widget_at(options)``: the demo page's widget in a fresh context; page errors fail."""
    contexts: list[Any] = []
    problems: list[str] = []

    def make(options: dict[str, Any]) -> Widget:
        context = chromium.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        return Widget(page, widget_base)

    yield make
    for context in contexts:
        context.close()
    assert not problems, problems


def newest_reply_in_view(w: Widget) -> dict[str, float]:
    """How the newest reply sits in the message log: its top and bottom against the log's."""
    box: dict[str, float] = w.page.evaluate(
        """(id) => {
          const root = document.getElementById(id).shadowRoot;
          const log = root.querySelector('.log').getBoundingClientRect();
          const replies = root.querySelectorAll('.msg-assistant:not(.typing)');
          const last = replies[replies.length - 1].getBoundingClientRect();
          return {top: last.top - log.top, below: last.bottom - log.bottom, log: log.height};
        }""",
        HOST,
    )
    return box


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_open_widget_passes_axe_and_the_keyboard_alone_sends(
    widget_at: Any, width: str
) -> None:
    """Tab reaches the launcher, Enter opens, typing and Enter send, focus stays in the box;
    axe finds no serious or critical issue in the page or the widget."""
    w = widget_at(WIDTHS[width])
    w.page.goto(w.base + "/")
    assert w.tab_until("Chat with us"), "the launcher is reachable with Tab"
    w.page.keyboard.press("Enter")
    w.assistant.first.wait_for()
    assert w.focused() == "TEXTAREA"
    w.page.keyboard.type("Which grinders do you sell?")
    w.page.keyboard.press("Enter")
    w.assistant.nth(1).wait_for()
    assert w.focused() == "TEXTAREA"
    assert axe_problems(w.page) == []
    paths = w.page.evaluate(
        """(id) => [...document.getElementById(id).shadowRoot.querySelectorAll('.source')]
             .map(s => (s.getAttribute('title') || '') + ' ' + s.textContent)""",
        HOST,
    )
    assert not [p for p in paths if ".md" in p], paths


@pytest.mark.parametrize("width", ["390", "360"])
def test_the_handoff_notice_never_hides_the_newest_reply_on_a_phone(
    widget_at: Any, width: str
) -> None:
    """When the handoff notice appears under the log, the reply that caused it stays in view."""
    w = widget_at(WIDTHS[width])
    w.open()
    w.say("Do you sell espresso machines?")
    w.say(HANDOFF)
    w.notice.wait_for()
    w.page.wait_for_timeout(300)  # the notice's own layout pass
    place = newest_reply_in_view(w)
    assert place["below"] <= 1, f"the reply's last {place['below']:.0f} px are hidden at {width}"
    if width == "360":
        shot(w.page, "widget-handoff-360.png", full_page=False)


def test_a_300_px_tall_viewport_keeps_the_latest_message_in_view(widget_at: Any) -> None:
    """With the keyboard up (390 x 300) the log keeps its room and follows the newest message."""
    w = widget_at(SHORT)
    w.open()
    for question in ("Do you sell grinders?", "What about decaf?", HANDOFF):
        w.say(question)
    w.notice.wait_for()
    w.page.wait_for_timeout(300)
    place = newest_reply_in_view(w)
    assert place["below"] <= 1, f"the newest reply runs {place['below']:.0f} px below the log"
    assert place["log"] >= 110, f"the messages get {place['log']:.0f} px of 300"
    composer = w.box(".composer")
    assert composer["bottom"] <= 300, "the message box is on screen"
    shot(w.page, "widget-short-viewport.png", full_page=False)
