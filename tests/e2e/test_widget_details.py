"""Issue 16, finding 7 in real Chromium: scrolling, ended state, 429, pending sends, tabs, links."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route

from tests.e2e.conftest import OpenPage
from tests.e2e.widget_page import HOST, Widget, fulfill_json, reply_shape, text_of

pytestmark = pytest.mark.browser
LONG_REPLY = "\n".join(f"Line {i}: our Pro plan covers this part of your café." for i in range(60))


class Held:
    """Chat messages held at the HTTP boundary until the test lets each go on to the real server.

    (Sleeping in a route handler would block Playwright's sync dispatcher, and the test with it.)
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.routes: list[Route] = []
        page.route("**/chat/messages", lambda route: self.routes.append(route))

    def release(self) -> None:
        for _ in range(200):
            if self.routes:
                self.routes.pop(0).continue_()
                return
            self.page.wait_for_timeout(50)
        raise AssertionError("no chat message arrived to release")


def scroll_top(w: Widget) -> float:
    return float(w.log.evaluate("el => el.scrollTop"))


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_a_long_reply_is_shown_from_its_start(new_page: OpenPage, viewport: str) -> None:
    """A reply taller than the log is scrolled to its first line, not its last.

    The reply is served at the HTTP boundary (page.route): the demo knowledge base has no answer
    this long.
    """
    page, w = new_page(viewport)
    w.open()
    page.route("**/chat/messages", lambda r: fulfill_json(r, reply_shape(reply=LONG_REPLY)))
    w.say("Tell me everything about the Pro plan")
    reply = page.locator(f"#{HOST} .msg-assistant").last
    top = reply.evaluate("el => el.getBoundingClientRect().top")
    log = w.log.evaluate("el => el.getBoundingClientRect()")
    assert log["top"] <= top < log["top"] + 40, (top, log)


def test_a_reader_who_scrolled_up_is_left_alone(new_page: OpenPage) -> None:
    """A reply arriving while the visitor reads further up stays put; a button leads down."""
    page, w = new_page("phone")
    w.open()
    questions = iter(
        (
            "Do you ship to Canada?",
            "What are your payment terms?",
            "Do you lease?",
            "What warranty do the machines have?",
            "Do you offer barista training?",
        )
    )
    asked = 0
    # Enough conversation that the log scrolls well past the 'at the bottom' margin (24 px),
    # whatever the length of the knowledge base's answers.
    while w.log.evaluate("el => el.scrollHeight - el.clientHeight") < 200:
        w.say(next(questions))
        asked += 1
    held = Held(page)
    w.input.fill("How much is the Lumen 2-Group?")
    w.input.press("Enter")
    w.log.evaluate("el => { el.scrollTop = 0; }")
    held.release()
    w.assistant.nth(asked + 1).wait_for()
    assert scroll_top(w) == 0, "the reader stays where they were"
    jump = page.get_by_role("button", name="New message below")
    jump.click()
    jump.wait_for(state="hidden")
    assert scroll_top(w) > 0


def test_an_ended_conversation_disables_the_box_and_offers_a_new_one(new_page: OpenPage) -> None:
    """Real stack: after a goodbye the box is off and the keyboard starts a new conversation."""
    page, w = new_page("desktop")
    w.open()
    w.say("Hi, just browsing")
    w.say("Thanks, that's all, goodbye!")
    w.notice.wait_for()
    assert w.input.is_disabled()
    assert "ended" in text_of(w.notice)
    assert w.tab_until("Start a new conversation", key="Shift+Tab")
    page.keyboard.press("Enter")
    assert w.input.is_enabled()
    assert w.focused() == "TEXTAREA"
    assert w.user.count() == 0
    w.say("Do you ship to Canada?")


def test_429_counts_down_and_blocks_sending_until_it_is_over(new_page: OpenPage) -> None:
    """On 429 the bar counts down from Retry-After (announced once); Enter sends nothing."""
    page, w = new_page("phone")
    w.open()
    calls: list[str] = []

    def limited(route: Route) -> None:
        calls.append(route.request.url)
        route.fulfill(
            status=429,
            headers={"Retry-After": "3"},
            content_type="application/json",
            body='{"error": {"code": "rate_limited", "message": "Too many requests"}}',
        )

    page.route("**/chat/messages", limited)
    w.input.fill("What are your payment terms?")
    w.input.press("Enter")
    w.alert.filter(has_text="wait 3 seconds").wait_for()
    countdown = page.locator(".error p[aria-hidden='true']")
    countdown.filter(has_text="wait 2 seconds").wait_for(timeout=2500)
    assert "wait 3 seconds" in text_of(w.alert), "the alert is written once, not every second"
    w.input.press("Enter")
    w.send_button.click()
    assert len(calls) == 1, "nothing is sent while the limit lasts"
    assert w.input.input_value() == "What are your payment terms?"
    assert w.retry.is_disabled()
    w.alert.filter(has_text="send your message again now").wait_for(timeout=4000)
    page.unroute_all(behavior="ignoreErrors")
    w.input.press("Enter")
    w.assistant.nth(1).wait_for()


def test_enter_during_a_pending_reply_sends_after_it(new_page: OpenPage) -> None:
    """A second message typed while a reply is pending is shown, sent after it, and answered."""
    page, w = new_page("desktop")
    w.open()
    held = Held(page)
    w.input.fill("Do you ship to Canada?")
    w.input.press("Enter")
    w.input.fill("And to Mexico?")
    w.input.press("Enter")
    assert w.user.all_text_contents() == ["Do you ship to Canada?", "And to Mexico?"]
    assert w.input.input_value() == ""
    held.release()
    w.assistant.nth(1).wait_for()
    assert len(held.routes) <= 1, "the second message waits for the first answer"
    held.release()
    w.assistant.nth(2).wait_for()
    roles = page.locator(f"#{HOST} .log > .msg").evaluate_all("els => els.map(e => e.className)")
    assert roles[1:] == ["msg msg-user", "msg msg-assistant"] * 2, "each answer under its question"
    assert w.user.all_text_contents() == ["Do you ship to Canada?", "And to Mexico?"]


def test_typing_dots_sit_under_the_last_message(new_page: OpenPage) -> None:
    """While waiting, the typing indicator is drawn right below the visitor's message."""
    page, w = new_page("desktop")
    w.open()
    held = Held(page)
    w.input.fill("Do you ship to Canada?")
    w.input.press("Enter")
    dots = page.locator(f"#{HOST} .typing")
    dots.wait_for()
    last = w.box(".log > :nth-last-child(2)")
    gap = w.box(".typing")["y"] - last["bottom"]
    assert 0 <= gap <= 16, gap
    held.release()
    w.assistant.nth(1).wait_for()
    dots.wait_for(state="detached")


def test_the_panel_comes_back_open_after_a_reload(new_page: OpenPage) -> None:
    """An open panel is open again after a reload, with its transcript; a closed one stays shut."""
    page, w = new_page("desktop")
    w.open()
    w.say("Do you ship to Canada?")
    page.reload()
    w.user.first.wait_for()
    assert w.dialog.is_visible()
    page.get_by_role("button", name="Close chat").click()
    page.reload()
    w.launcher.wait_for()
    page.wait_for_timeout(300)
    assert not w.dialog.is_visible()


def test_a_second_tab_sees_the_other_tabs_messages(new_page: OpenPage) -> None:
    """Two tabs share the conversation: a message sent in one appears in the other."""
    page, w = new_page("desktop")
    w.open()
    w.say("Do you ship to Canada?")
    other = Widget(page.context.new_page(), w.base)
    other.open()
    other.user.first.wait_for()
    other.say("What are your payment terms?")
    w.user.nth(1).wait_for(timeout=5000)
    assert w.user.all_text_contents() == ["Do you ship to Canada?", "What are your payment terms?"]
    other.page.close()


def test_source_links_are_focusable_and_labels_do_not_look_like_links(new_page: OpenPage) -> None:
    """A source with a web address is a link reached by Tab; a file source is plain text.

    Sources with a web address are served at the HTTP boundary: the demo knowledge base cites files.
    """
    page, w = new_page("desktop")
    w.open()
    sources = [
        {"title": "Espresso machines", "category": "products", "source": "products/m.md"},
        {"title": "Price list", "category": "products", "source": "https://copperline.example/p"},
    ]
    page.route("**/chat/messages", lambda r: fulfill_json(r, reply_shape(sources=sources)))
    w.say("Prices?")
    link = page.get_by_role("link", name="Price list")
    assert link.get_attribute("href") == "https://copperline.example/p"
    assert w.tab_until("Price list", key="Shift+Tab")
    label = page.locator(f"#{HOST} span.source")
    assert label.evaluate("el => getComputedStyle(el).textDecorationLine") == "none"
    assert label.evaluate("el => getComputedStyle(el).borderTopStyle") == "none"


def test_addresses_in_a_real_reply_are_links(new_page: OpenPage) -> None:
    """Real stack: the contact answer's email is a mailto link, built as elements with text;
    a recorded reply's web address is a link too, and a javascript: address never is."""
    page, w = new_page("desktop")
    w.open()
    w.say("How do I contact your sales team by email?")
    link = w.log.get_by_role("link", name="sales@copperline.coffee")
    assert link.get_attribute("href") == "mailto:sales@copperline.coffee"
    # a fresh visitor (a recorded reply to the first message of a new conversation)
    page, w = new_page("desktop")
    page.route(
        "**/chat/messages",
        lambda r: fulfill_json(
            r, reply_shape(reply="See https://copperline.example/prices. Not javascript:alert(1)")
        ),
    )
    w.open()
    w.say("Prices?")
    web = w.log.get_by_role("link", name="https://copperline.example/prices")
    assert web.get_attribute("href") == "https://copperline.example/prices"
    assert w.log.locator("a[href^='javascript']").count() == 0


def test_a_counter_shows_near_the_limit_and_over_it_nothing_is_cut(new_page: OpenPage) -> None:
    """Near 2,000 characters a counter appears; past it the text is kept whole and not sent."""
    page, w = new_page("phone")
    w.open()
    counter = page.locator(f"#{HOST} .counter")
    w.input.fill("a" * 1500)
    assert not counter.is_visible()
    w.input.fill("a" * 1900)
    assert text_of(counter) == "1,900 / 2,000"
    w.input.fill("a" * 2100)
    assert "100 over the limit" in text_of(counter)
    assert w.input.get_attribute("aria-invalid") == "true"
    w.input.press("Enter")
    assert len(w.input.input_value()) == 2100, "nothing was cut"
    assert w.user.count() == 0, "nothing was sent"


def test_dark_mode_is_dark_and_readable(new_page: OpenPage) -> None:
    """With prefers-color-scheme: dark the panel is dark and its text keeps 4.5:1 contrast."""
    page, w = new_page("desktop", color_scheme="dark")
    w.open()
    ratios = page.evaluate(
        """(id) => {
          const root = document.getElementById(id).shadowRoot;
          const rgb = (c) => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
          const lum = (c) => { const [r, g, b] = rgb(c).map(v => v / 255).map(v =>
            v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
            return (x + 0.05) / (y + 0.05); };
          const style = (sel) => getComputedStyle(root.querySelector(sel));
          const panel = style('.panel').backgroundColor;
          return {
            panelLum: lum(panel),
            bubble: ratio(style('.msg-assistant .text').color,
                          style('.msg-assistant').backgroundColor),
            input: ratio(style('textarea').color, style('textarea').backgroundColor),
          };
        }""",
        HOST,
    )
    assert ratios["panelLum"] < 0.05, ratios
    assert ratios["bubble"] >= 4.5, ratios
    assert ratios["input"] >= 4.5, ratios


def test_the_launcher_says_what_it_does_and_stays_small_on_a_phone(new_page: OpenPage) -> None:
    """Open, the launcher is named "Hide chat"; on a phone it is a 52 px round button."""
    page, w = new_page("desktop")
    w.open()
    hide = page.get_by_role("button", name="Hide chat")
    assert hide.get_attribute("aria-expanded") == "true"
    phone, pw = new_page("phone")
    phone.goto(pw.base + "/")
    box = pw.launcher.bounding_box()
    assert box is not None
    assert box["width"] <= 56
    assert box["height"] <= 56


def test_each_reply_is_announced_once_and_a_restore_is_not_read_aloud(new_page: OpenPage) -> None:
    """The live region gets each new reply once, never while busy, and nothing on a restore."""
    page, w = new_page("desktop")
    w.open()
    page.evaluate(
        """(id) => {
          const root = document.getElementById(id).shadowRoot;
          const live = root.querySelector('.root > [aria-live="polite"]');
          window.__said = [];
          new MutationObserver(() => window.__said.push(live.textContent)).observe(
            live, {childList: true, subtree: true, characterData: true});
        }""",
        HOST,
    )
    reply = w.say("Do you ship to Canada?")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__said") == [f"Assistant: {reply}"]
    assert w.log.get_attribute("aria-live") == "off"
    assert w.log.get_attribute("aria-busy") != "true"
    page.reload()
    w.user.first.wait_for()
    live = page.locator(f"#{HOST} .root > [aria-live='polite']")
    assert text_of(live) == "", "the restored transcript is not announced"
