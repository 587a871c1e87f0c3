"""The refresh token's browser transport: an httpOnly cookie the console's script never reads.

A client opts in with the header ``X-Refresh-Transport: cookie`` on ``POST /login`` and
``POST /refresh``. The answer then sets :data:`COOKIE` (HttpOnly, Secure, SameSite=Strict,
``Path`` = the refresh route, so the browser sends it nowhere else) and leaves
``refresh_token`` out of the body. ``POST /refresh`` reads the cookie only when that header is
present: a cross-site form cannot set a custom header, and a cross-origin script must pass a
CORS preflight that unlisted origins fail (docs/decisions/console-session-cookie.md).
Clients that do not send the header (scripts, tests, the API's other users) keep the body
transport unchanged.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from shared.auth.models import TokenPair
from shared.errors import Unauthorized
from shared.http import json_response
from shared.routing import relative_path

COOKIE = "cl_refresh"
HEADER = "X-Refresh-Transport"
REFRESH_ROUTE = "/refresh"


def wants_cookie(request: Request) -> bool:
    """Whether the caller asked for the cookie transport (and so may be answered with it)."""
    return request.headers.get(HEADER, "").strip().lower() == "cookie"


def cookie_path(request: Request) -> str:
    """The refresh route's full path as the browser sees it (``/auth/refresh`` behind the local
    gateway, ``/refresh`` on the deployed function), from the path of the current request."""
    full, relative = request.url.path, relative_path(request)
    prefix = full[: len(full) - len(relative)] if full.endswith(relative) else ""
    return prefix.rstrip("/") + REFRESH_ROUTE


def presented_token(request: Request, body_token: str | None) -> str:
    """The refresh token of the body, else of the cookie when the header allows it; else 401."""
    if body_token:
        return body_token
    if not wants_cookie(request):
        raise Unauthorized(f"Send refresh_token, or the session cookie with {HEADER}: cookie.")
    token = request.cookies.get(COOKIE, "")
    if not token:
        raise Unauthorized("There is no session to refresh; sign in again.")
    return token


def pair_response(request: Request, pair: TokenPair) -> Response:
    """The token pair as JSON; with the cookie transport the refresh token goes in the cookie."""
    if not wants_cookie(request):
        return json_response(pair)
    response = json_response(pair.model_copy(update={"refresh_token": None}))
    response.set_cookie(
        COOKIE,
        pair.refresh_token or "",
        max_age=pair.refresh_expires_in,
        path=cookie_path(request),
        secure=True,
        httponly=True,
        samesite="strict",
    )
    return response


def cleared(request: Request, response: Response) -> Response:
    """``response`` also telling the browser to forget the session cookie."""
    response.delete_cookie(
        COOKIE, path=cookie_path(request), secure=True, httponly=True, samesite="strict"
    )
    return response
