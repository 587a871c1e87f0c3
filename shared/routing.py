"""A small method-and-path router for a function's single entry point.

Route metadata acts: ``@router.route("PATCH", "/deals/{id}", request=DealPatch, roles=("sales",
"admin"))`` authenticates the caller (401/403 before anything is read), parses the JSON body into
the model (415/413/400/422) and hands ``principal`` and ``body`` (and ``query`` when a query model
is declared) to the handler as keyword arguments; the same metadata describes the route in the
OpenAPI document, so what is documented is what is enforced.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import Response

from shared.errors import MethodNotAllowed, NotFound
from shared.http import MAX_BODY_BYTES, parse_query, read_json

Handler = Callable[..., Awaitable[Response]]
_PARAM = re.compile(r"\{(\w+)\}")


class Authorizer(Protocol):
    """Who is asking, if their role is one of ``roles`` (any role when none), else 401/403."""

    async def require(self, request: Request, *roles: str) -> Any: ...


@dataclass(frozen=True)
class RouteDoc:
    """What a route requires and returns (see :mod:`shared.openapi`)."""

    summary: str = ""
    request: type[Any] | None = None
    response: type[Any] | None = None
    status: int = 200
    roles: tuple[str, ...] = ()
    query: type[Any] | None = None
    errors: tuple[int, ...] = ()
    tags: tuple[str, ...] = field(default_factory=tuple)
    headers: tuple[tuple[str, str], ...] = ()  # optional request headers: (name, description)
    response_headers: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # name, text, values
    body_limit: int = MAX_BODY_BYTES
    response_media_types: tuple[str, ...] = ()


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


def _accepted(handler: Handler) -> Callable[[str], bool]:
    """Which of ``principal``, ``body`` and ``query`` the handler takes as keyword arguments."""
    parameters = inspect.signature(handler).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return lambda name: True
    names = {p.name for p in parameters}
    return lambda name: name in names


def _enforcing(handler: Handler, doc: RouteDoc, authorizer: Authorizer | None) -> Handler:
    """The handler behind its declared roles, body model and query model."""
    if doc.roles and authorizer is None:
        raise ValueError("a route with roles needs a router built with an authorizer")
    wants = _accepted(handler)

    async def enforced(request: Request, **params: str) -> Response:
        extra: dict[str, Any] = {}
        if doc.roles:
            assert authorizer is not None
            extra["principal"] = await authorizer.require(request, *doc.roles)
        if doc.query is not None:
            extra["query"] = parse_query(doc.query, request.query_params.multi_items())
        if doc.request is not None:
            extra["body"] = await read_json(request, doc.request, limit=doc.body_limit)
        # a handler gets the values it names; one that names none is still protected
        return await handler(request, **params, **{k: v for k, v in extra.items() if wants(k)})

    enforced.__doc__ = handler.__doc__
    enforced.__name__ = handler.__name__
    enforced.__qualname__ = handler.__qualname__
    return enforced


class Router:
    """Routes ``(method, path)`` to a handler; 404 for an unknown path, 405 for a wrong method."""

    def __init__(self, authorizer: Authorizer | None = None) -> None:
        self._routes: list[Route] = []
        self.authorizer = authorizer

    def add(self, method: str, path: str, handler: Handler, doc: RouteDoc | None = None) -> None:
        doc = doc or RouteDoc(summary=(handler.__doc__ or "").strip().split("\n")[0])
        enforced = _enforcing(handler, doc, self.authorizer)
        self._routes.append(Route(method.upper(), path, _compile(path), enforced, doc))

    def route(self, method: str, path: str, **doc: Any) -> Callable[[Handler], Handler]:
        """Register a handler; keyword arguments are its :class:`RouteDoc` (they are enforced)."""

        def register(handler: Handler) -> Handler:
            summary = doc.pop("summary", None) or (handler.__doc__ or "").strip().split("\n")[0]
            self.add(method, path, handler, RouteDoc(summary=summary, **doc))
            return handler

        return register

    def include(self, other: Router) -> None:
        """Serve another router's routes too (a self-contained piece built elsewhere)."""
        self._routes.extend(other.routes)

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
