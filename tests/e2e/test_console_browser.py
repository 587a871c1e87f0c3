"""The sales console in real headless Chromium against the real local stack (``make run``):
a scripted chat becomes a lead and a deal; a salesperson signs in, finds the lead, moves its
deal to "contacted" by drag and by keyboard, adds a note and opens analytics.

Screenshots for the README are written to docs/ when ``E2E_SCREENSHOT=1``."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import LIVE_ADMIN, ROOT
from tests.leads.factories import COOPERATIVE_TEXTS

CHROMIUM = "/usr/bin/chromium"
DOCS = ROOT / "docs"
PASSWORD = "Console-Test-2026!"


def api_token(base: str, email: str, password: str) -> dict[str, str]:
    answer = httpx.post(
        f"{base}/auth/login", json={"email": email, "password": password}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def converse(base: str, texts: list[str] | tuple[str, ...]) -> str:
    """Send a visitor's messages as one conversation; its session id."""
    session: str | None = None
    for text in texts:
        payload: dict[str, Any] = {"message": text, **({"session_id": session} if session else {})}
        response = httpx.post(f"{base}/chat/messages", json=payload, timeout=60)
        assert response.status_code == 200, response.text
        session = response.json()["session_id"]
    assert session is not None
    return session


def first_lead(base: str, params: dict[str, str], within: float = 60) -> str | None:
    """The id of the first lead the admin's list gives for ``params`` within ``within`` s."""
    admin = api_token(base, LIVE_ADMIN["email"], LIVE_ADMIN["password"])
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = httpx.get(f"{base}/leads/", params=params, headers=admin, timeout=30).json()
        if found["items"]:
            return str(found["items"][0]["id"])
        time.sleep(0.5)
    return None


def scripted_lead(base: str, who: str, email: str) -> str:
    """Run the cooperative conversation with a unique visitor; the lead id once it exists."""
    converse(
        base,
        [
            t.replace("Maya Chen", who).replace("maya.chen@brightcup.co", email)
            for t in COOPERATIVE_TEXTS
        ],
    )
    lead_id = first_lead(base, {"q": email})
    assert lead_id, "the scripted conversation did not become a lead within 60 s"
    return lead_id


@pytest.fixture(scope="module")
def sales_user(live_stack: str) -> dict[str, str]:
    """A salesperson created by the admin through the auth API."""
    email = f"sam.{uuid.uuid4().hex[:8]}@copperline.coffee"
    admin = api_token(live_stack, LIVE_ADMIN["email"], LIVE_ADMIN["password"])
    body = {"email": email, "password": PASSWORD, "role": "sales"}
    created = httpx.post(f"{live_stack}/auth/users", json=body, headers=admin, timeout=30)
    assert created.status_code == 201, created.text
    return {"email": email, "password": PASSWORD}


def deal_stage(base: str, headers: dict[str, str], deal_id: str) -> str:
    return str(
        httpx.get(f"{base}/crm/deals/{deal_id}", headers=headers, timeout=30).json()["stage"]
    )


def wait_stage(base: str, headers: dict[str, str], deal_id: str, stage: str) -> None:
    deadline = time.monotonic() + 15
    while deal_stage(base, headers, deal_id) != stage:
        assert time.monotonic() < deadline, f"the deal did not reach {stage}"
        time.sleep(0.2)


def shot(page: Any, name: str) -> None:
    if os.environ.get("E2E_SCREENSHOT") == "1":
        page.screenshot(path=str(DOCS / name), full_page=True)


def drag(page: Any, source: Any, target: Any) -> None:
    """A real pointer drag: press, move past dnd-kit's 5 px activation distance, drop."""
    start, end = source.bounding_box(), target.bounding_box()
    x, y = start["x"] + start["width"] / 2, start["y"] + 12
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 12, y + 4, steps=4)
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + 80, steps=12)
    page.mouse.up()


@pytest.mark.browser
def test_console_end_to_end_in_chromium(live_stack: str, sales_user: dict[str, str]) -> None:
    """Sign in, find the scripted lead, drag and key its deal to contacted, note it, analytics."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make setup installs it as root)")
    if not (ROOT / "web" / "console" / "dist" / "index.html").exists():
        pytest.skip("the console is not built (make setup builds it)")
    from playwright.sync_api import expect, sync_playwright

    visitor = "Nora Lindqvist"
    email = f"nora.{uuid.uuid4().hex[:8]}@brightcup.co"
    lead_id = scripted_lead(live_stack, visitor, email)
    headers = api_token(live_stack, sales_user["email"], sales_user["password"])
    lead = httpx.get(f"{live_stack}/leads/{lead_id}", headers=headers, timeout=30).json()
    assert lead["deal"] is not None, "a qualified lead has a deal in stage new"
    deal_id = lead["deal"]["id"]
    assert deal_stage(live_stack, headers, deal_id) == "new"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 950})
            page.goto(f"{live_stack}/console/")
            page.get_by_label("Email").fill(sales_user["email"])
            page.get_by_label("Password").fill(sales_user["password"])
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_text(f"{sales_user['email']} (sales)")).to_be_visible()
            expect(page.get_by_role("link", name="Admin")).to_have_count(0)

            page.get_by_role("link", name="Leads").click()
            page.get_by_label("Search").fill(email)
            page.get_by_role("link", name=visitor).click()
            detail = page.get_by_role("complementary", name="Lead detail")
            expect(detail.get_by_text("Score breakdown")).to_be_visible()
            expect(detail.get_by_test_id("follow-up")).to_contain_text("visitor's time")
            expect(detail.get_by_text("Transcript")).to_be_visible()
            shot(page, "console-leads.png")

            page.get_by_role("link", name="Pipeline").click()
            card = page.locator(f'[data-deal-id="{deal_id}"]')
            expect(card).to_be_visible()
            drag(page, card, page.locator('[data-stage="contacted"]'))
            wait_stage(live_stack, headers, deal_id, "contacted")
            expect(
                page.locator(f'[data-stage="contacted"] [data-deal-id="{deal_id}"]')
            ).to_be_visible()

            # by keyboard: back to new, then forward to contacted again
            page.locator(f'[data-deal-id="{deal_id}"] .card-handle').focus()
            page.keyboard.press("ArrowLeft")
            wait_stage(live_stack, headers, deal_id, "new")
            expect(page.locator(f'[data-stage="new"] [data-deal-id="{deal_id}"]')).to_be_visible()
            page.locator(f'[data-deal-id="{deal_id}"] .card-handle').focus()
            page.keyboard.press("ArrowRight")
            wait_stage(live_stack, headers, deal_id, "contacted")
            expect(page.get_by_test_id("board-status")).to_contain_text("Contacted")

            page.locator(f'[data-deal-id="{deal_id}"] .card-handle').click()
            panel = page.get_by_role("complementary", name="Deal detail")
            panel.get_by_label("New note").fill("Called Nora: tasting on Friday <b>10am</b>")
            panel.get_by_role("button", name="Add note").click()
            expect(panel.get_by_text("Called Nora: tasting on Friday <b>10am</b>")).to_be_visible()
            shot(page, "console-pipeline.png")
            stored = httpx.get(
                f"{live_stack}/crm/deals/{deal_id}", headers=headers, timeout=30
            ).json()
            assert [n["text"] for n in stored["notes"]] == [
                "Called Nora: tasting on Friday <b>10am</b>"
            ]
            assert [h["stage"] for h in stored["stage_history"]] == [
                "new",
                "contacted",
                "new",
                "contacted",
            ]

            page.get_by_role("link", name="Analytics").click()
            expect(page.get_by_label("Conversation funnel")).to_be_visible()
            expect(page.get_by_label("Leads by classification")).to_contain_text(
                lead["classification"]
            )
            shot(page, "console-analytics.png")

            page.get_by_role("button", name="Sign out").click()
            expect(page.get_by_role("button", name="Sign in")).to_be_visible()
        finally:
            browser.close()
