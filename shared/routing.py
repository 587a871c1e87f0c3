"""A small method-and-path router for a function's single entry point."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from shared.errors import MethodNotAllowed, NotFound

Handler = Callable[..., Awaitable[Response]]
_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


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

    def add(self, method: str, path: str, handler: Handler) -> None:
        self._routes.append(Route(method.upper(), _compile(path), handler))

    def route(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.add(method, path, handler)
            return handler

        return register

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
