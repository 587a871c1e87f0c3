"""Issue 16, findings 1-3 in real Chromium against the real stack: focus, modal, short screens."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import OpenPage
from tests.e2e.widget_page import HOST, SMALL, VIEWPORTS

pytestmark = pytest.mark.browser
QUESTION = "What are your payment terms?"


def open_with_keyboard(page_widget: OpenPage, viewport: str):  # type: ignore[no-untyped-def]
    page, w = page_widget(viewport)
    page.goto(w.base + "/")
    assert w.tab_until("Chat with us"), "the launcher is reachable with Tab"
    page.keyboard.press("Enter")
    w.dialog.wait_for()
    w.assistant.first.wait_for()
    assert w.focused() == "TEXTAREA", "opening puts focus in the message box"
    return page, w


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_focus_stays_in_the_composer_after_sending_with_the_send_button(
    new_page: OpenPage, viewport: str
) -> None:
    """Sending with the Send button from the keyboard leaves focus in the box, not on <body>."""
    page, w = open_with_keyboard(new_page, viewport)
    page.keyboard.type(QUESTION)
    page.keyboard.press("Tab")
    assert w.focused() == "Send"
    page.keyboard.press("Enter")
    w.assistant.nth(1).wait_for()
    assert w.focused() == "TEXTAREA"
    page.keyboard.type("And delivery?")
    assert w.input.input_value() == "And delivery?", "typing goes on in the box"
    page.keyboard.press("Tab")
    assert not str(w.focused()).startswith("page:"), "the next Tab stays in the widget"


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_try_again_from_the_keyboard_keeps_focus_in_the_widget(
    new_page: OpenPage, viewport: str
) -> None:
    """After a failure, "Try again" pressed from the keyboard sends and focus returns to the box."""
    page, w = open_with_keyboard(new_page, viewport)
    page.route("**/chat/messages", lambda route: route.abort("connectionrefused"))
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    w.alert.wait_for()
    assert w.focused() == "TEXTAREA", "after an error focus stays with the kept text"
    assert w.tab_until("Try again", key="Shift+Tab")
    page.unroute_all(behavior="ignoreErrors")
    page.keyboard.press("Enter")
    w.assistant.nth(1).wait_for()
    w.alert.wait_for(state="hidden")
    assert w.focused() == "TEXTAREA"


@pytest.mark.parametrize("viewport", SMALL)
def test_small_screens_get_a_true_modal(new_page: OpenPage, viewport: str) -> None:
    """Small screens: the panel fills the screen, traps Tab, hides the page and stops its scroll."""
    page, w = new_page(viewport)
    page.goto(w.base + "/")
    page.evaluate("window.scrollTo(0, 400)")
    w.launcher.click()
    w.assistant.first.wait_for()
    size = VIEWPORTS[viewport]["viewport"]
    panel = w.box(".panel")
    assert (panel["x"], panel["y"]) == (0, 0)
    assert (panel["width"], panel["height"]) == (size["width"], size["height"]), panel
    assert w.dialog.get_attribute("aria-modal") == "true"
    inert = page.evaluate(
        "(id) => [...document.body.children].filter(e => e.id !== id).every(e => e.inert)", HOST
    )
    assert inert, "the page behind the panel is inert (no focus, hidden from screen readers)"
    seen = set()
    for _ in range(25):
        page.keyboard.press("Tab")
        seen.add(w.focused())
    assert not any(str(s).startswith("page:") for s in seen), seen
    for _ in range(5):
        page.keyboard.press("Shift+Tab")
        assert not str(w.focused()).startswith("page:")
    scrolled = page.evaluate("window.scrollY")
    page.mouse.move(size["width"] / 2, 20)
    page.mouse.wheel(0, 600)
    page.mouse.move(size["width"] / 2, size["height"] - 30)
    page.mouse.wheel(0, -600)
    page.wait_for_timeout(300)
    assert page.evaluate("window.scrollY") == scrolled, "scrolling over the panel leaves the page"

    page.keyboard.press("Escape")
    w.dialog.wait_for(state="hidden")
    assert w.focused() == "Chat with us", "closing gives focus back to the launcher"
    assert page.evaluate("[...document.body.children].every(e => !e.inert)")
    assert page.evaluate("document.documentElement.style.overflow") == ""


def test_desktop_panel_floats_and_is_not_modal(new_page: OpenPage) -> None:
    """At 1280x800 the panel floats beside the page, which stays usable (like Intercom's)."""
    page, w = new_page("desktop")
    w.open()
    panel = w.box(".panel")
    assert panel["width"] < 500
    assert panel["height"] <= 600
    assert w.dialog.get_attribute("aria-modal") == "false"
    assert page.evaluate("[...document.body.children].every(e => !e.inert)")
    assert w.log.evaluate("el => el.getBoundingClientRect().height") > 300


@pytest.mark.parametrize("viewport", ["landscape", "zoomed"])
def test_short_screens_keep_room_for_messages_with_the_handoff_banner(
    new_page: OpenPage, viewport: str
) -> None:
    """At 844x390 and 640x400 the panel fills the screen; the log keeps 200 px beside the banner."""
    _page, w = new_page(viewport)
    w.open()
    w.say("Can I talk to a human?")
    w.notice.wait_for()
    height = VIEWPORTS[viewport]["viewport"]["height"]
    assert w.box(".panel")["height"] == height
    log = w.log.evaluate("el => el.getBoundingClientRect().height")
    assert log >= 200, f"message area {log:.0f} px of {height}"
    composer = w.box(".composer")
    assert composer["bottom"] <= height, "the message box is on screen"
