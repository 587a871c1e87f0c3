"""The sales console in real headless Chromium against the real stack, at 1280, 768, 390 and
360 px: every screen passes axe-core (0 serious or critical) and fits the width; the Kanban,
the detail sheets and sign-in work from the keyboard alone; the session survives a reload (an
httpOnly refresh cookie) and its end is explained; deep links and Back work; Export downloads
the filtered CSV; the page carries its security headers.

Screenshots for the README are written to docs/ when ``E2E_SCREENSHOT=1``."""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.conftest import LIVE_ADMIN, ROOT
from tests.e2e.console_page import WIDTHS, axe_problems, overflow, shot, sign_in, tab_to
from tests.e2e.test_console_browser import (
    CHROMIUM,
    api_token,
    converse,
    first_lead,
    scripted_lead,
)

PASSWORD = "Console-Screens-2026!"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base(request: pytest.FixtureRequest) -> str:
    """The running stack: ``E2E_BASE_URL`` when given, else one started for this module."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make setup installs it as root)")
    if not (ROOT / "web" / "console" / "dist" / "index.html").exists():
        pytest.skip("the console is not built (make setup builds it)")
    given = os.environ.get("E2E_BASE_URL", "").rstrip("/")
    return given or str(request.getfixturevalue("live_stack"))


@pytest.fixture(scope="module")
def browser(base: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def data(base: str) -> dict[str, str]:
    """A salesperson, a scripted lead with its deal (in stage new), and a support ticket."""
    admin = api_token(base, LIVE_ADMIN["email"], LIVE_ADMIN["password"])
    email = f"sam.{uuid.uuid4().hex[:8]}@copperline.coffee"
    body = {"email": email, "password": PASSWORD, "role": "sales"}
    assert httpx.post(f"{base}/auth/users", json=body, headers=admin, timeout=30).status_code == 201
    visitor_email = f"lena.{uuid.uuid4().hex[:8]}@brightcup.co"
    lead_id = scripted_lead(base, "Lena Okafor", visitor_email)
    lead = httpx.get(f"{base}/leads/{lead_id}", headers=admin, timeout=30).json()
    answer = httpx.post(
        f"{base}/chat/messages",
        json={"message": "Our espresso machine is leaking water everywhere"},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    tickets = httpx.get(f"{base}/crm/tickets", headers=admin, timeout=30).json()["items"]
    ticket = next(t for t in tickets if t["session_id"] == answer.json()["session_id"])
    return {
        "ticket_id": ticket["id"],
        "email": email,
        "password": PASSWORD,
        "lead_id": lead_id,
        "visitor_email": visitor_email,
        "deal_id": lead["deal"]["id"],
        "deal_title": lead_deal_title(base, admin, lead["deal"]["id"]),
    }


def lead_deal_title(base: str, headers: dict[str, str], deal_id: str) -> str:
    deal = httpx.get(f"{base}/crm/deals/{deal_id}", headers=headers, timeout=30).json()
    return str(deal["title"])


@pytest.fixture
def page_at(browser: Browser) -> Iterator[Any]:
    """``page_at("390")``: a page in a fresh context at one of the widths; script errors and
    CSP violations fail the test."""
    contexts: list[Any] = []
    problems: list[str] = []

    def make(width: str) -> Page:
        context = browser.new_context(**WIDTHS[width])
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on(
            "console",
            lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
        )
        return page

    yield make
    for context in contexts:
        context.close()
    assert not problems, problems


SCREENS = [
    ("#/queue", "Requested contact"),
    ("#/leads", "Leads"),
    ("#/leads/{lead_id}", "Lead detail"),
    ("#/pipeline", "Pipeline"),
    ("#/pipeline/{deal_id}", "Deal detail"),
    ("#/tickets", "Support tickets"),
    ("#/tickets/{ticket_id}", "Ticket detail"),
    ("#/analytics", "Analytics"),
]


PHONE_SHOTS = {
    "#/queue": "console-queue-390.png",
    "#/leads/{lead_id}": "console-lead-sheet-390.png",
    "#/pipeline": "console-pipeline-390.png",
    "#/analytics": "console-analytics-390.png",
}


def show(page: Page, route: str, marker: str) -> None:
    """Follow a deep link and wait until its screen (or detail sheet) has loaded."""
    page.evaluate("(hash) => { window.location.hash = hash }", route)
    if marker.endswith("detail"):
        sheet = page.get_by_label(marker, exact=True)
        expect(sheet.get_by_role("heading", level=2)).to_be_visible()
        expect(sheet.get_by_text("Loading…")).to_have_count(0)
    else:
        expect(page.get_by_role("heading", name=marker, level=2)).to_be_visible()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_screen_passes_axe_and_fits_the_width(
    page_at: Any, base: str, data: dict[str, str], width: str
) -> None:
    """Each screen and sheet: one h1 and a main landmark, no serious axe issue, no sideways run."""
    page = page_at(width)
    sign_in(page, base, data["email"], data["password"])
    assert axe_problems(page) == [], "the queue"
    for route, marker in SCREENS:
        show(page, route.format(**data), marker)
        assert page.locator("h1").count() == 1
        assert page.get_by_role("main").count() == 1
        assert axe_problems(page) == [], route
        assert overflow(page) <= 0, f"{route} is {overflow(page)} px too wide at {width} px"
        if width == "390" and route in PHONE_SHOTS:
            shot(page, PHONE_SHOTS[route])
    header = page.locator("header").bounding_box()
    sign_out = page.get_by_role("button", name="Sign out").bounding_box()
    assert header
    assert sign_out
    assert sign_out["x"] + sign_out["width"] <= int(width), "Sign out stays on screen"


def test_the_kanban_works_from_the_keyboard_alone(
    page_at: Any, base: str, data: dict[str, str]
) -> None:
    """Arrows move the focused card and focus stays on it; moves are announced by title and
    column; Enter opens the deal, Escape closes it and focus returns to the card."""
    page = page_at("1280")
    sign_in(page, base, data["email"], data["password"], "#/pipeline")
    title, deal = data["deal_title"], data["deal_id"]
    handle = page.locator(f'[data-deal-id="{deal}"] .card-handle')
    expect(handle).to_be_visible()
    page.locator("body").focus()
    tab_to(page, f'[data-deal-id="{deal}"] .card-handle')
    status = page.get_by_test_id("board-status")
    for key, column in (("ArrowRight", "Contacted"), ("ArrowRight", "Meeting")):
        page.keyboard.press(key)
        expect(status).to_have_text(f"Moved “{title}” to the {column} column.")
        card_stage = page.locator(f'[data-stage="{column.lower()}"] [data-deal-id="{deal}"]')
        expect(card_stage).to_be_visible()
        expect(handle).to_be_focused()
    description = handle.get_attribute("aria-describedby") or ""
    said = " ".join(page.locator(f"#{i}").text_content() or "" for i in description.split())
    assert "Left or Right arrow" in said
    assert "space" not in said.lower()
    page.keyboard.press("Enter")
    sheet = page.get_by_label("Deal detail", exact=True)
    expect(sheet.get_by_role("heading", name=title)).to_be_visible()
    history = sheet.get_by_role("list").first
    expect(history).to_contain_text(f"by {data['email']}")
    assert not re.search(r"[0-9a-f]{24,}", history.text_content() or ""), "names, not user ids"
    inside = "() => document.activeElement.closest('[aria-label=\"Deal detail\"]') !== null"
    assert page.evaluate(inside)
    page.keyboard.press("Escape")
    expect(sheet).to_have_count(0)
    expect(handle).to_be_focused()
    page.keyboard.press("ArrowLeft")
    expect(status).to_contain_text("Contacted column")
    page.keyboard.press("ArrowLeft")
    expect(status).to_contain_text("New column")
    expect(handle).to_be_focused()


@pytest.mark.parametrize("width", ["390", "360"])
def test_small_screens_open_details_as_modal_sheets(
    page_at: Any, base: str, data: dict[str, str], width: str
) -> None:
    """On a phone a lead opens as a modal sheet with focus inside; Tab stays in it; Escape
    closes it and focus returns to the lead's link; the board stacks its columns."""
    page = page_at(width)
    sign_in(page, base, data["email"], data["password"], "#/leads")
    page.get_by_label("Search").fill(data["visitor_email"])
    link = page.get_by_role("link", name="Lena Okafor")
    expect(link).to_have_count(1)
    link.focus()
    page.keyboard.press("Enter")
    sheet = page.get_by_role("dialog", name="Lead detail")
    expect(sheet).to_be_visible()
    expect(sheet).to_have_attribute("aria-modal", "true")
    expect(sheet.get_by_role("heading", name="Score breakdown")).to_be_visible()
    for _ in range(25):
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.closest('[role=dialog]') !== null")
    page.keyboard.press("Escape")
    expect(sheet).to_have_count(0)
    expect(link).to_be_focused()
    page.get_by_role("link", name="Pipeline").click()
    columns = page.locator(".column")
    expect(columns).to_have_count(6)
    boxes = [columns.nth(i).bounding_box() for i in range(2)]
    assert boxes[0]
    assert boxes[1]
    assert boxes[1]["y"] > boxes[0]["y"], "columns stack under each other"
    assert overflow(page) <= 0


def test_the_session_survives_a_reload_and_deep_links_work_with_back(
    page_at: Any, base: str, data: dict[str, str]
) -> None:
    """A reload keeps the session (httpOnly, Secure, SameSite=Strict cookie on the refresh
    route); a lead's URL opens it; Back returns to the list; Sign out says so and ends it."""
    page = page_at("1280")
    sign_in(page, base, data["email"], data["password"], "#/leads")
    cookies = [c for c in page.context.cookies() if c["name"] == "cl_refresh"]
    assert len(cookies) == 1
    cookie = cookies[0]
    assert cookie["httpOnly"] is True
    assert cookie["secure"] is True
    assert cookie["sameSite"] == "Strict"
    assert cookie["path"] == "/auth/refresh"
    assert page.evaluate("() => document.cookie") == "", "the script cannot read the token"
    page.goto(f"{base}/console/#/leads/{data['lead_id']}")
    page.reload()
    sheet = page.get_by_label("Lead detail", exact=True)
    expect(sheet.get_by_role("heading", name="Summary")).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(f"{base}/console/#/leads")
    expect(sheet).to_have_count(0)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("status")).to_have_text("You signed out.")
    page.reload()
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()


def test_a_session_ended_elsewhere_is_explained(
    page_at: Any, base: str, data: dict[str, str]
) -> None:
    """Signed out everywhere from another device: the next action says the session ended."""
    page = page_at("768")
    sign_in(page, base, data["email"], data["password"])
    other = api_token(base, data["email"], data["password"])
    everywhere = httpx.post(f"{base}/auth/logout", json={"everywhere": True}, headers=other)
    assert everywhere.status_code == 204
    page.get_by_role("link", name="Tickets").click()
    expect(page.get_by_role("status")).to_contain_text("Your session ended")
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()


def test_sign_in_shows_the_lockout_wait(page_at: Any, base: str) -> None:
    """After the free attempts the form says how long to wait (Retry-After) and stays disabled."""
    page = page_at("390")
    page.goto(f"{base}/console/")
    page.get_by_label("Email").fill(f"nobody.{uuid.uuid4().hex[:8]}@copperline.coffee")
    page.get_by_label("Password").fill("Not-The-Password-1")
    button = page.get_by_role("button", name="Sign in")
    for _ in range(6):
        expect(button).to_be_enabled()
        button.click()
        expect(page.get_by_role("alert")).to_be_visible()
        if page.get_by_test_id("lockout-wait").count():
            break
    expect(page.get_by_test_id("lockout-wait")).to_contain_text("You can try again in")
    expect(button).to_be_disabled()
    assert axe_problems(page) == []


def test_export_downloads_the_current_filter_as_csv(
    page_at: Any, base: str, data: dict[str, str]
) -> None:
    """Export fetches /leads/export with the bearer token and the filter, and saves the CSV."""
    page = page_at("1280")
    sign_in(page, base, data["email"], data["password"], "#/leads")
    page.get_by_label("Search").fill(data["visitor_email"])
    expect(page.locator("tbody tr")).to_have_count(1)
    counted = httpx.get(f"{base}/leads/", headers=api_token(base, data["email"], PASSWORD)).json()
    if "total" in counted:  # the count arrives with the server half of issue 25 (i25-sales)
        expect(page.get_by_test_id("lead-count")).to_have_text("Showing 1 of 1 leads")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export CSV").click()
    path = download.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text())))
    assert len(rows) == 1
    assert data["visitor_email"] in ",".join(rows[0].values())


def test_the_console_is_served_with_its_security_headers(base: str) -> None:
    """CSP with frame-ancestors 'none', X-Frame-Options DENY and no referrer on /console/."""
    answer = httpx.get(f"{base}/console/", timeout=30)
    assert answer.status_code == 200
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["referrer-policy"] == "no-referrer"
    demo = httpx.get(f"{base}/", timeout=30)
    assert "frame-ancestors 'none'" in demo.headers["content-security-policy"]


def handoff_lead(base: str, name: str, email: str) -> str:
    """A visitor asks for a person and leaves an email: the lead id once it is queued."""
    admin = api_token(base, LIVE_ADMIN["email"], LIVE_ADMIN["password"])
    probe = httpx.get(f"{base}/leads/", params={"requested_contact": "true"}, headers=admin)
    if probe.status_code == 422:
        pytest.skip("this leads function has no requested-contact queue (issue 25, server)")
    texts = (
        "Hi, I'm opening a café in Portland and need an espresso machine and two grinders",
        "Can I talk to a person from your sales team?",
        f"My name is {name}, email {email}",
    )
    converse(base, texts)
    lead_id = first_lead(base, {"requested_contact": "true", "q": email})
    assert lead_id, "the handoff did not reach the requested-contact queue within 60 s"
    return lead_id


def test_a_handoff_waits_in_the_requested_contact_queue(
    page_at: Any, base: str, data: dict[str, str]
) -> None:
    """The console opens on the queue; the visitor who asked for a person is there with the
    channel and the wait, and opens from the keyboard with what she asked about."""
    email = f"ana.{uuid.uuid4().hex[:8]}@lumencafe.example"
    lead_id = handoff_lead(base, "Ana Ruiz", email)
    page = page_at("1280")
    sign_in(page, base, data["email"], data["password"])
    expect(page.get_by_role("heading", name="Requested contact", level=2)).to_be_visible()
    entry = page.locator(".queue li").filter(has=page.get_by_text(email))
    expect(entry).to_contain_text("Requested contact by email")
    expect(entry).to_contain_text("of sales hours")
    tab_to(page, f'.queue a[href="#/queue/{lead_id}"]')
    page.keyboard.press("Enter")
    sheet = page.get_by_label("Lead detail", exact=True)
    expect(sheet.get_by_text("Requested contact by email")).to_be_visible()
    assert axe_problems(page) == []
    shot(page, "console-queue.png")


def test_a_ticket_keeps_its_row_after_a_status_change_and_links_its_transcript(
    page_at: Any, base: str, data: dict[str, str]
) -> None:
    """Resolving a ticket under "Open" leaves the row, saying where it went; its transcript
    opens in a sheet."""
    page = page_at("1280")
    sign_in(page, base, data["email"], data["password"], "#/tickets")
    page.get_by_label("Ticket status").select_option("open")
    row = page.locator("tbody tr").filter(has_text="leaking water").first
    expect(row).to_be_visible()
    row.get_by_role("combobox").select_option("resolved")
    expect(row).to_contain_text("Now resolved: listed under “Resolved”.")
    row.get_by_role("link", name="Transcript").click()
    sheet = page.get_by_label("Ticket detail", exact=True)
    transcript = sheet.locator(".transcript")
    expect(transcript).to_contain_text("Our espresso machine is leaking water everywhere")
    assert axe_problems(page) == []
    page.keyboard.press("Escape")
    expect(sheet).to_have_count(0)
