"""HTTP plumbing shared by every function: JSON bodies in, JSON (and JSON errors) out.

This is the one place where exceptions become responses: :func:`error_response` renders any
:class:`shared.errors.AppError`, and :func:`as_app_error` translates the few foreign exceptions
that have a meaning for the client (a database that is down, a duplicate key, a value nested
too deeply or too large to store).

JSON bodies are refused beyond :data:`MAX_JSON_DEPTH` levels of nesting *before* they are
parsed: Python's parser recurses per level, so a 2 KB body of 1,000 brackets would otherwise end
in a ``RecursionError``.
"""

from __future__ import annotations

import json
import logging
from typing import Any, TypeVar

from bson.errors import InvalidDocument
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
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from shared.errors import (
    AppError,
    BadRequest,
    Conflict,
    DependencyUnavailable,
    MalformedJSON,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)

MAX_BODY_BYTES = 64 * 1024
MAX_JSON_DEPTH = 32
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
    if isinstance(exc, ClientDisconnect):  # the client left (or was dropped) mid-request
        log.info("client disconnected before the request was read")
        return BadRequest("The client disconnected.")
    if isinstance(exc, RecursionError):
        return BadRequest(f"The input is nested too deeply (at most {MAX_JSON_DEPTH} levels).")
    if isinstance(exc, (OverflowError, InvalidDocument)):
        # an integer beyond 64 bits or a date outside years 1-9999 once converted to UTC
        log.info("value out of range: %s", type(exc).__name__)
        return ValidationFailed("A number or date in the request is out of range.")
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


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON text, brackets inside strings not
    counted (pure, one pass, no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def loads_json(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Decoded JSON, or 400 when it is malformed or nested deeper than ``max_depth``."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise MalformedJSON() from None
    brackets = text.count("[") + text.count("{")  # fast path: too few to be deep
    if brackets > max_depth and json_depth(text) > max_depth:
        raise MalformedJSON(f"The JSON is nested too deeply (at most {max_depth} levels).")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise MalformedJSON() from None


async def read_json(request: Request, model: type[M], limit: int = MAX_BODY_BYTES) -> M:
    """Parse the request body into ``model``: 415, 413, 400 and 422 as the contract says."""
    _require_json_content_type(request)
    raw = await read_body(request, limit)
    return parse_model(model, loads_json(raw))


def no_content(headers: dict[str, str] | None = None) -> Response:
    """An empty 204 response."""
    return Response(status_code=204, headers=headers)
