"""Screenshots of the widget for the README: ``python -m tests.e2e.widget_screenshots BASE_URL``.

Runs real Chromium against a running stack (``make run``). The "handoff by email" picture serves
issue 10's recorded response shape at the HTTP boundary, as its browser test does, until the
server sends ``handoff_channel`` itself.
"""

from __future__ import annotations

import sys

from playwright.sync_api import sync_playwright

from tests.e2e.conftest import ARGS, CHROMIUM
from tests.e2e.widget_page import VIEWPORTS, Widget, fulfill_json, reply_shape

DOCS = "docs"


def main(base: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)

        def shot(name: str, viewport: str, steps, **options) -> None:  # type: ignore[no-untyped-def]
            context = browser.new_context(**VIEWPORTS[viewport], **options)
            page = context.new_page()
            w = Widget(page, base).open()
            steps(page, w)
            page.wait_for_timeout(300)
            page.screenshot(path=f"{DOCS}/{name}.png")
            context.close()

        def conversation(page, w):  # type: ignore[no-untyped-def]
            w.say("How much does the Lumen 2-Group espresso machine cost?")
            w.say("Do you offer leasing?")

        def refused(page, w):  # type: ignore[no-untyped-def]
            w.say("Can I talk to a human?")
            w.say("No, I don't want to give my email or phone number")

        def by_email(page, w):  # type: ignore[no-untyped-def]
            w.say("Can I talk to a human?")
            body = reply_shape(
                reply="Thanks, Ana. I've passed your request to our sales team.",
                handoff=True,
                handoff_channel="email",
                collected={"email": "ana@example.com"},
            )
            page.route("**/chat/messages", lambda route: fulfill_json(route, body))
            w.say("Sure, it's ana@example.com")

        shot("widget-open", "desktop", conversation)
        shot("widget-mobile", "phone", conversation)
        shot("widget-dark", "phone", conversation, color_scheme="dark")
        shot("widget-handoff-no-contact", "phone", refused)
        shot("widget-handoff-email", "phone", by_email)
        shot("widget-landscape-handoff", "landscape", refused)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
