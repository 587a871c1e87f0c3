"""Security headers of the pages the gateway serves: the sales console and the demo page.

The console is a same-origin single-page app (scripts, styles and API calls all from 'self');
it must never be framed (clickjacking a signed-in salesperson), and its URLs carry lead and
deal ids, so no referrer leaves it. The demo page hosts the widget, which puts its stylesheet
in a ``<style>`` element of its shadow root, so its policy allows inline styles but not inline
scripts.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_COMMON = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}

CONSOLE_HEADERS = {
    **_COMMON,
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
}

DEMO_HEADERS = {
    **_COMMON,
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


class WithHeaders:
    """An ASGI app that adds ``headers`` to every response of ``app`` that does not set them,
    including the JSON error it renders for an ``HTTPException`` (StaticFiles' 404)."""

    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.raw if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except HTTPException as exc:
            code = "not_found" if exc.status_code == 404 else "http_error"
            body = {"error": {"code": code, "message": exc.detail}}
            await JSONResponse(body, exc.status_code)(scope, receive, send_with_headers)
