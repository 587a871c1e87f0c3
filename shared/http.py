"""HTTP plumbing shared by every function: JSON bodies in, JSON (and JSON errors) out.

This is the one place where exceptions become responses: :func:`error_response` renders any
:class:`shared.errors.AppError`, and :func:`as_app_error` translates the few foreign exceptions
that have a meaning for the client (a database that is down, a duplicate key).
"""

from __future__ import annotations

import json
import logging
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pymongo.errors import (
    AutoReconnect,
    ConnectionFailure,
    DuplicateKeyError,
    ExecutionTimeout,
    NetworkTimeout,
    PyMongoError,
    ServerSelectionTimeoutError,
)
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from shared.errors import (
    AppError,
    Conflict,
    DependencyUnavailable,
    MalformedJSON,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)

MAX_BODY_BYTES = 64 * 1024
M = TypeVar("M", bound=BaseModel)
log = logging.getLogger(__name__)

_UNAVAILABLE = (
    ServerSelectionTimeoutError,
    ConnectionFailure,
    AutoReconnect,
    NetworkTimeout,
    ExecutionTimeout,
)


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> JSONResponse:
    """A JSON response; ``data`` may be a pydantic model."""
    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json")
    return JSONResponse(data, status_code=status, headers=headers)


def error_response(error: AppError) -> JSONResponse:
    """Render an :class:`AppError` as ``{"error": {"code", "message"[, "details"]}}``."""
    body: dict[str, Any] = {"code": error.code, "message": error.message}
    if error.details:
        body["details"] = error.details
    return JSONResponse({"error": body}, status_code=error.status, headers=error.headers)


def as_app_error(exc: Exception) -> AppError:
    """Map any exception to the :class:`AppError` the client should see."""
    if isinstance(exc, AppError):
        return exc
    if isinstance(exc, DuplicateKeyError):
        return Conflict()
    if isinstance(exc, _UNAVAILABLE):
        log.warning("database unavailable: %s: %s", type(exc).__name__, str(exc)[:300])
        return DependencyUnavailable("The database is unavailable; please try again shortly.")
    if isinstance(exc, PyMongoError):
        log.error("database error", exc_info=exc)
        return DependencyUnavailable()
    log.error("unhandled error", exc_info=exc)
    return AppError()


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The raw body, refusing more than ``limit`` bytes without reading them all."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise PayloadTooLarge(f"The request body must be at most {limit // 1024} KiB.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The request body must be at most {limit // 1024} KiB.")
        chunks.append(chunk)
    return b"".join(chunks)


def _require_json_content_type(request: Request) -> None:
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise UnsupportedMediaType()


def validation_details(error: ValidationError) -> list[dict[str, Any]]:
    """Field-level details of a pydantic error, without echoing the rejected input."""
    return [
        {"field": ".".join(str(p) for p in e["loc"]) or "body", "issue": e["msg"]}
        for e in error.errors(include_url=False, include_input=False)
    ]


def parse_model(model: type[M], data: Any) -> M:
    """Validate already-decoded data into ``model``; 422 with field details on failure."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(details=validation_details(exc)) from None


def parse_query(model: type[M], items: list[tuple[str, str]]) -> M:
    """Validate query parameters into ``model``; a name given more than once is 422."""
    names = [name for name, _ in items]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValidationFailed(
            details=[{"field": name, "issue": "given more than once"} for name in repeated]
        )
    return parse_model(model, dict(items))


async def read_json(request: Request, model: type[M], limit: int = MAX_BODY_BYTES) -> M:
    """Parse the request body into ``model``: 415, 413, 400 and 422 as the contract says."""
    _require_json_content_type(request)
    raw = await read_body(request, limit)
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise MalformedJSON() from None
    return parse_model(model, data)


def no_content() -> Response:
    """An empty 204 response."""
    return Response(status_code=204)
