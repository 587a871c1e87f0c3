"""The OpenAPI description of the functions, generated from their routers' pydantic models."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from shared.routing import Route, Router

ERROR_STATUS_TEXT = {
    400: "Malformed request",
    401: "Missing or invalid access token",
    403: "Authenticated but not allowed",
    404: "Not found (a path functions-framework itself cannot route, such as one with control "
    "characters, gets its plain-text 404)",
    405: "Method not allowed",
    409: "Conflict",
    413: "Body over 64 KiB",
    415: "Body is not JSON",
    422: "Invalid fields",
    429: "Rate limited (see Retry-After)",
    503: "A dependency is unavailable",
}
_PARAM = re.compile(r"\{(\w+)\}")


class ErrorDetail(BaseModel):
    field: str
    issue: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[ErrorDetail] | None = None


class ErrorResponse(BaseModel):
    """Every error: ``{"error": {"code", "message"}}``."""

    error: ErrorBody


class Components:
    """Collects model schemas under ``#/components/schemas``."""

    def __init__(self) -> None:
        self.schemas: dict[str, Any] = {}

    def ref(self, model: type[BaseModel]) -> dict[str, str]:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        self.schemas.update(schema.pop("$defs", {}))
        self.schemas[model.__name__] = schema
        return {"$ref": f"#/components/schemas/{model.__name__}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    schema = model.model_json_schema()
    required = set(schema.get("required", []))
    return [
        {"name": name, "in": "query", "required": name in required, "schema": prop}
        for name, prop in schema.get("properties", {}).items()
    ]


def _error_statuses(route: Route) -> list[int]:
    statuses = {429, 503, *route.doc.errors}
    if route.doc.request is not None:
        statuses |= {400, 413, 415, 422}
    if route.doc.query is not None or route.doc.headers:  # headers have a maxLength
        statuses.add(422)
    if route.doc.roles:
        statuses |= {401, 403}
    if _PARAM.search(route.path):
        statuses.add(404)
    return sorted(statuses)


def _error_response(status: int, error: dict[str, str]) -> dict[str, Any]:
    response: dict[str, Any] = {"description": ERROR_STATUS_TEXT[status]} | _json(error)
    if status == 404:
        response["content"]["text/plain"] = {"schema": {"type": "string"}}
    return response


def operation(route: Route, function: str, components: Components) -> dict[str, Any]:
    """The OpenAPI operation object of one route."""
    doc = route.doc
    success: dict[str, Any] = {"description": "Success"}
    if doc.response is not None:
        success.update(_json(components.ref(doc.response)))
    if doc.response_media_types:  # a file download: text in each of these media types
        success["content"] = {m: {"schema": {"type": "string"}} for m in doc.response_media_types}
    if doc.response_headers:
        success["headers"] = {
            name: {"description": text, "schema": {"type": "string", "enum": list(values)}}
            for name, text, values in doc.response_headers
        }
    error = components.ref(ErrorResponse)
    op: dict[str, Any] = {
        "operationId": f"{function}_{route.handler.__name__}",
        "summary": doc.summary,
        "tags": list(doc.tags) or [function],
        "responses": {str(doc.status): success}
        | {str(s): _error_response(s, error) for s in _error_statuses(route)},
    }
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in _PARAM.findall(route.path)
    ]
    if doc.query is not None:
        parameters += _query_parameters(doc.query)
    parameters += [
        {"name": name, "in": "header", "required": False, "description": text,
         "schema": {"type": "string", "maxLength": 128}}
        for name, text in doc.headers
    ]  # fmt: skip
    if parameters:
        op["parameters"] = parameters
    if doc.request is not None:
        op["requestBody"] = {"required": True} | _json(components.ref(doc.request))
    if doc.roles:
        op["security"] = [{"bearer": []}]
        op["description"] = "Roles: " + ", ".join(doc.roles)
    return op


def _health(function: str) -> dict[str, Any]:
    return {
        "get": {
            "operationId": f"{function}_health",
            "summary": f"Health of the {function} function and its dependencies",
            "tags": [function],
            "responses": {
                "200": {"description": "Every dependency answers"},
                "503": {"description": "A dependency does not answer"},
            },
        }
    }


def document(routers: Mapping[str, Router], title: str, version: str) -> dict[str, Any]:
    """The whole OpenAPI 3.1 document, paths prefixed as the local gateway serves them."""
    components = Components()
    paths: dict[str, Any] = {}
    for function, router in routers.items():
        paths[f"/{function}/health"] = _health(function)
        for route in router.routes:
            path = f"/{function}{route.path}".rstrip("/") or "/"
            path = path if route.path != "/" else f"/{function}/"
            paths.setdefault(path, {})[route.method.lower()] = operation(
                route, function, components
            )
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "servers": [{"url": "http://127.0.0.1:8080", "description": "local gateway"}],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(components.schemas.items())),
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
            },
        },
    }
