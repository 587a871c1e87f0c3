"""The auth function's part of the OpenAPI description, generated from its pydantic models.

:func:`openapi_paths` gives the paths (as the function sees them), :func:`openapi_components`
the schemas they reference, and :func:`openapi_document` a complete OpenAPI 3.1 document of the
auth function alone (used by the schemathesis test; the lead merges the parts into
``openapi.yaml``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from shared.auth.models import (
    LoginRequest,
    LogoutRequest,
    RefreshRequest,
    TokenPair,
    UserCreate,
    UserOut,
    UserPage,
    UserPatch,
)

REF = "#/components/schemas/{model}"
_REQUESTS: list[type[BaseModel]] = [
    LoginRequest,
    RefreshRequest,
    LogoutRequest,
    UserCreate,
    UserPatch,
]
_RESPONSES: list[type[BaseModel]] = [TokenPair, UserOut, UserPage]
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {"type": "array", "items": {"type": "object"}},
            },
        }
    },
}
_ERRORS = {
    "400": "Malformed JSON.",
    "401": "Missing, invalid, expired or revoked token (or bad credentials on /login).",
    "403": "The caller's role does not allow this, or the origin is not allowed.",
    "404": "No such resource.",
    "409": "Conflicts with existing data.",
    "413": "Body over 64 KiB.",
    "415": "Body is not application/json.",
    "422": "Invalid fields, unknown fields, or a password over 72 bytes or too weak.",
    "429": "Rate limited or sign-in locked; see Retry-After.",
    "503": "The database is unavailable.",
}
RATE_HEADERS: dict[str, Any] = {
    "RateLimit": {"schema": {"type": "string"}},
    "RateLimit-Policy": {"schema": {"type": "string"}},
}


def openapi_components() -> dict[str, Any]:
    """``components``: the models' schemas, the error body and the bearer scheme."""
    pairs: list[tuple[type[BaseModel], JsonSchemaMode]] = [
        *((m, "validation") for m in _REQUESTS),
        *((m, "serialization") for m in _RESPONSES),
    ]
    _, top = models_json_schema(pairs, ref_template=REF)
    schemas = dict(top.get("$defs", {}))
    schemas["Error"] = ERROR_SCHEMA
    security = {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
    return {"schemas": schemas, "securitySchemes": security}


def _ref(model: type[BaseModel]) -> dict[str, Any]:
    return {"$ref": REF.format(model=model.__name__)}


def _json(model: type[BaseModel]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": _ref(model)}}}


def _error(status: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "description": _ERRORS[status],
        "content": {"application/json": {"schema": {"$ref": REF.format(model="Error")}}},
    }
    if status == "429":
        body["headers"] = {"Retry-After": {"schema": {"type": "string"}, "required": True}}
    return body


def _operation(
    summary: str,
    ok: tuple[str, dict[str, Any]],
    errors: list[str],
    body: type[BaseModel] | None = None,
    *,
    secured: bool = True,
    parameters: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    status, response = ok
    operation: dict[str, Any] = {
        "summary": summary,
        "responses": {status: response, **{e: _error(e) for e in ["429", "503", *errors]}},
    }
    if body is not None:
        operation["requestBody"] = {"required": True, **_json(body)}
    if secured:
        operation["security"] = [{"bearer": []}]
    if parameters:
        operation["parameters"] = parameters
    return operation


def _ok(model: type[BaseModel], description: str) -> dict[str, Any]:
    return {"description": description, "headers": RATE_HEADERS, **_json(model)}


_BODY_ERRORS = ["400", "413", "415", "422"]
_LIST_PARAMETERS = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
    {"name": "cursor", "in": "query", "schema": {"type": "string", "maxLength": 254}},
]
_USER_ID = [{"name": "user_id", "in": "path", "required": True, "schema": {"type": "string"}}]


def openapi_paths() -> dict[str, Any]:
    """The auth function's paths, relative to the function's root."""
    pair = ("200", _ok(TokenPair, "A new access and refresh token."))
    user = _ok(UserOut, "The user.")
    return {
        "/login": {
            "post": _operation("Sign in", pair, ["401", *_BODY_ERRORS], LoginRequest, secured=False)
        },
        "/refresh": {
            "post": _operation(
                "Rotate a refresh token",
                pair,
                ["401", *_BODY_ERRORS],
                RefreshRequest,
                secured=False,
            )
        },
        "/logout": {
            "post": _operation(
                "Sign out (one session or everywhere)",
                ("204", {"description": "Signed out."}),
                ["401", *_BODY_ERRORS],
                LogoutRequest,
            )
        },
        "/me": {"get": _operation("The signed-in user", ("200", user), ["401"])},
        "/users": {
            "get": _operation(
                "List users (admin)",
                ("200", _ok(UserPage, "A page of users.")),
                ["401", "403", "422"],
                parameters=_LIST_PARAMETERS,
            ),
            "post": _operation(
                "Create a user (admin)",
                ("201", user),
                ["401", "403", "409", *_BODY_ERRORS],
                UserCreate,
            ),
        },
        "/users/{user_id}": {
            "patch": _operation(
                "Change a user's role or active flag (admin)",
                ("200", user),
                ["401", "403", "404", "409", *_BODY_ERRORS],
                UserPatch,
                parameters=_USER_ID,
            )
        },
    }


def openapi_document() -> dict[str, Any]:
    """A complete OpenAPI 3.1 document for the auth function alone."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Copperline auth function", "version": "1.0.0"},
        "paths": openapi_paths(),
        "components": openapi_components(),
    }
