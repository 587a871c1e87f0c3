"""CORS with an explicit allow-list: no reflected arbitrary origins, no ``null``, no credentials.

Origins come from ``CORS_ORIGINS`` (the widget's sites for chat, the console's origin for the
other functions, each function deployed with its own list). A request from an origin that is
not listed, including the opaque ``null`` origin, is refused with 403 before it reaches a
handler, so a cross-site form cannot trigger side effects either. Requests without ``Origin``
(server to server, curl) pass. Tokens travel in the ``Authorization`` header, never in cookies,
so ``Access-Control-Allow-Credentials`` is never sent; a ``*`` entry (refused in production)
answers ``*`` literally instead of echoing the caller.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.requests import Request
from starlette.responses import Response

from shared.errors import Forbidden
from shared.function import CallNext, Middleware

ALLOW_METHODS = "GET, POST, PATCH, DELETE, OPTIONS"
ALLOW_HEADERS = (
    "Authorization, Content-Type, X-Cloud-Trace-Context, X-Session-Secret, X-Refresh-Transport"
)
EXPOSE_HEADERS = "RateLimit, RateLimit-Policy, Retry-After"
MAX_AGE = "600"


class OriginPolicy:
    """Which origins may call, and the header value each gets back."""

    def __init__(self, origins: Iterable[str]) -> None:
        cleaned = {o.strip().rstrip("/").lower() for o in origins if o.strip()}
        self.any = "*" in cleaned
        self.origins = cleaned - {"*", "null"}

    def allow_origin_value(self, origin: str) -> str | None:
        """The ``Access-Control-Allow-Origin`` value for ``origin``, or None when refused."""
        normalised = origin.strip().rstrip("/").lower()
        if normalised in ("", "null"):
            return None
        if normalised in self.origins:
            return origin.strip()
        return "*" if self.any else None


def is_preflight(request: Request) -> bool:
    return (
        request.method == "OPTIONS"
        and "origin" in request.headers
        and "access-control-request-method" in request.headers
    )


def _preflight_response(allowed: str) -> Response:
    headers = {
        "Access-Control-Allow-Origin": allowed,
        "Access-Control-Allow-Methods": ALLOW_METHODS,
        "Access-Control-Allow-Headers": ALLOW_HEADERS,
        "Access-Control-Max-Age": MAX_AGE,
        "Vary": "Origin",
    }
    return Response(status_code=204, headers=headers)


def cors_middleware(origins: Iterable[str]) -> Middleware:
    """The CORS layer for an :class:`~shared.function.HttpFunction` (put it outermost)."""
    policy = OriginPolicy(origins)

    async def cors(request: Request, call_next: CallNext) -> Response:
        origin = request.headers.get("origin")
        if origin is None:
            return await call_next(request)
        allowed = policy.allow_origin_value(origin)
        if allowed is None:
            raise Forbidden("This origin is not allowed to call this API.")
        if is_preflight(request):
            return _preflight_response(allowed)
        response = await call_next(request)  # errors inside arrive already rendered
        response.headers["Access-Control-Allow-Origin"] = allowed
        response.headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
        response.headers.append("Vary", "Origin")
        return response

    return cors
