"""The Customer badge in real headless Chromium against the real local stack: a visitor who
says they already order from us becomes a lead that the console shows as a customer's, on the
lead view and on its pipeline card (``E2E_SCREENSHOT=1`` saves the lead view to /tmp)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT
from tests.e2e.test_console_browser import CHROMIUM, api_token, converse, first_lead, sales_user

__all__ = ["sales_user"]  # the salesperson fixture, shared with the console's other browser test


@pytest.mark.browser
def test_a_customer_lead_wears_the_badge(live_stack: str, sales_user: dict[str, str]) -> None:
    """A customer's lead shows "Customer" and who follows up on the lead view and its deal card;
    the API says account management."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make setup installs it as root)")
    if not (ROOT / "web" / "console" / "dist" / "index.html").exists():
        pytest.skip("the console is not built (make setup builds it)")
    from playwright.sync_api import expect, sync_playwright

    email = f"omar.{uuid.uuid4().hex[:8]}@beaverbeans.co"
    converse(
        live_stack,
        [
            "hi, we've been ordering your foundry blend for 2 years for our cafe in corvallis",
            "we'd like a second grinder, can someone from sales call me?",
            f"Omar Haddad, {email}, 541-555-0199",
        ],
    )
    lead_id = first_lead(live_stack, {"q": email})
    assert lead_id, "the customer's conversation did not become a lead within 60 s"
    headers = api_token(live_stack, sales_user["email"], sales_user["password"])
    lead = httpx.get(f"{live_stack}/leads/{lead_id}", headers=headers, timeout=30).json()
    assert (lead["existing_customer"], lead["team"]) == (True, "account_management")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{live_stack}/console/#/leads/{lead_id}")
            page.get_by_label("Email").fill(sales_user["email"])
            page.get_by_label("Password").fill(sales_user["password"])
            page.get_by_role("button", name="Sign in").click()
            detail = page.get_by_role("complementary", name="Lead detail")
            expect(detail.get_by_role("heading", level=2)).to_contain_text("Customer")
            expect(detail.get_by_test_id("team")).to_contain_text("account management")
            if os.environ.get("E2E_SCREENSHOT") == "1":
                page.screenshot(path="/tmp/console-customer-lead.png", full_page=True)
            if lead["deal"]:
                page.get_by_role("link", name="Pipeline").click()
                card = page.locator(f'[data-deal-id="{lead["deal"]["id"]}"]')
                expect(card.get_by_text("Customer", exact=True)).to_be_visible()
                if os.environ.get("E2E_SCREENSHOT") == "1":
                    page.screenshot(path="/tmp/console-customer-card.png", full_page=True)
        finally:
            browser.close()
