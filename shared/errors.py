"""The project's exception tree.

Every error a request can end in is an :class:`AppError`. Each subclass fixes the HTTP status
and a stable machine-readable ``code``; :mod:`shared.http` is the one place that turns them
into ``{"error": {"code", "message"}}`` responses.

    AppError
    ├── BadRequest (400)
    │   └── MalformedJSON (400)
    ├── Unauthorized (401)
    ├── Forbidden (403)
    ├── NotFound (404)
    ├── MethodNotAllowed (405)
    ├── Conflict (409)
    ├── PayloadTooLarge (413)
    ├── UnsupportedMediaType (415)
    ├── ValidationFailed (422)
    ├── RateLimited (429)
    └── DependencyUnavailable (503)
"""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    """Base of every error that maps to an HTTP response."""

    status = 500
    code = "internal"
    default_message = "Something went wrong on our side."

    def __init__(
        self,
        message: str | None = None,
        *,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.details = details
        self.headers = headers or {}
        super().__init__(self.message)


class BadRequest(AppError):
    status = 400
    code = "bad_request"
    default_message = "The request could not be understood."


class MalformedJSON(BadRequest):
    code = "malformed_json"
    default_message = "The request body is not valid JSON."


class Unauthorized(AppError):
    status = 401
    code = "unauthorized"
    default_message = "Authentication is required."

    def __init__(self, message: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.headers.setdefault("WWW-Authenticate", "Bearer")


class Forbidden(AppError):
    status = 403
    code = "forbidden"
    default_message = "You are not allowed to do this."


class NotFound(AppError):
    status = 404
    code = "not_found"
    default_message = "Nothing was found at this address."


class MethodNotAllowed(AppError):
    status = 405
    code = "method_not_allowed"
    default_message = "This method is not allowed here."

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(headers={"Allow": ", ".join(sorted(allowed))})


class Conflict(AppError):
    status = 409
    code = "conflict"
    default_message = "This conflicts with something that already exists."


class PayloadTooLarge(AppError):
    status = 413
    code = "payload_too_large"
    default_message = "The request body is too large."


class UnsupportedMediaType(AppError):
    status = 415
    code = "unsupported_media_type"
    default_message = "Send the body as application/json."


class ValidationFailed(AppError):
    status = 422
    code = "validation_failed"
    default_message = "Some fields are invalid."


class RateLimited(AppError):
    status = 429
    code = "rate_limited"
    default_message = "Too many requests; please wait a moment."

    def __init__(self, retry_after: int, message: str | None = None) -> None:
        super().__init__(message, headers={"Retry-After": str(max(1, retry_after))})
        self.retry_after = max(1, retry_after)


class DependencyUnavailable(AppError):
    status = 503
    code = "dependency_unavailable"
    default_message = "A service we depend on is unavailable; please try again shortly."
