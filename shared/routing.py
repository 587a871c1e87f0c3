"""A small method-and-path router for a function's single entry point."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from shared.errors import MethodNotAllowed, NotFound

Handler = Callable[..., Awaitable[Response]]
_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class RouteDoc:
    """What the OpenAPI description says of a route (see :mod:`shared.openapi`)."""

    summary: str = ""
    request: type[Any] | None = None
    response: type[Any] | None = None
    status: int = 200
    roles: tuple[str, ...] = ()
    query: type[Any] | None = None
    errors: tuple[int, ...] = ()
    tags: tuple[str, ...] = field(default_factory=tuple)
    headers: tuple[tuple[str, str], ...] = ()  # optional request headers: (name, description)


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    pattern: re.Pattern[str]
    handler: Handler
    doc: RouteDoc = field(default_factory=RouteDoc)


def _compile(path: str) -> re.Pattern[str]:
    return re.compile("^" + _PARAM.sub(r"(?P<\1>[^/]+)", path) + "$")


def relative_path(request: Request) -> str:
    """The path as the function sees it, whether it is deployed alone or mounted under a prefix.

    functions-framework routes everything to ``/{path:path}``; the captured ``path`` is the path
    relative to the function's root in both cases.
    """
    path = "/" + str(request.path_params.get("path", "")).strip("/")
    return path


class Router:
    """Routes ``(method, path)`` to a handler; 404 for an unknown path, 405 for a wrong method."""

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(self, method: str, path: str, handler: Handler, doc: RouteDoc | None = None) -> None:
        doc = doc or RouteDoc(summary=(handler.__doc__ or "").strip().split("\n")[0])
        self._routes.append(Route(method.upper(), path, _compile(path), handler, doc))

    def route(self, method: str, path: str, **doc: Any) -> Callable[[Handler], Handler]:
        """Register a handler; keyword arguments describe it for OpenAPI (:class:`RouteDoc`)."""

        def register(handler: Handler) -> Handler:
            summary = doc.pop("summary", None) or (handler.__doc__ or "").strip().split("\n")[0]
            self.add(method, path, handler, RouteDoc(summary=summary, **doc))
            return handler

        return register

    @property
    def routes(self) -> list[Route]:
        return list(self._routes)

    def resolve(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """The handler and path parameters, or :class:`NotFound` / :class:`MethodNotAllowed`."""
        allowed: list[str] = []
        for route in self._routes:
            match = route.pattern.match(path)
            if match is None:
                continue
            if route.method == method or (method == "HEAD" and route.method == "GET"):
                return route.handler, match.groupdict()
            allowed.append(route.method)
        if allowed:
            raise MethodNotAllowed(allowed)
        raise NotFound()

    @property
    def methods(self) -> set[str]:
        return {route.method for route in self._routes}
