"""The console's and the demo page's security headers, on the real Starlette static-file app the
gateway mounts (the live gateway is checked by tests/e2e/test_console_screens.py)."""

from __future__ import annotations

from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from infra.local.headers import CONSOLE_HEADERS, DEMO_HEADERS, WithHeaders


def console_app(folder: Path) -> Starlette:
    (folder / "index.html").write_text("<!doctype html><title>console</title>")
    files = StaticFiles(directory=folder, html=True)
    return Starlette(routes=[Mount("/console", app=WithHeaders(files, CONSOLE_HEADERS))])


async def get(app: Starlette, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        return await client.get(path)


async def test_console_pages_forbid_framing_and_foreign_code(tmp_path: Path) -> None:
    """The console's index carries a CSP with frame-ancestors 'none', DENY and no referrer."""
    answer = await get(console_app(tmp_path), "/console/")
    assert answer.status_code == 200
    policy = answer.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["referrer-policy"] == "no-referrer"


async def test_missing_console_files_get_the_headers_too(tmp_path: Path) -> None:
    """A 404 from the static files is a JSON error protected the same way as a page."""
    answer = await get(console_app(tmp_path), "/console/nothing.js")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


async def test_headers_the_app_sets_itself_are_kept() -> None:
    """A header the wrapped app already set is not duplicated or overwritten."""

    async def page(request: object) -> PlainTextResponse:
        return PlainTextResponse("x", headers={"Referrer-Policy": "same-origin"})

    app = Starlette(
        routes=[Mount("/d", app=WithHeaders(Starlette(routes=[Route("/", page)]), DEMO_HEADERS))]
    )
    answer = await get(app, "/d/")
    assert answer.headers.get_list("referrer-policy") == ["same-origin"]
    assert "'unsafe-inline'" in answer.headers["content-security-policy"]
