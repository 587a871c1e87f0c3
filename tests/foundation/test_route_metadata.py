"""Route metadata acts: the router enforces declared roles and parses declared bodies and
queries before the handler runs, and the OpenAPI document shows the same roles."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pydantic import BaseModel, ConfigDict
from starlette.requests import Request
from starlette.responses import Response

from shared.errors import Forbidden, Unauthorized
from shared.function import HttpFunction
from shared.http import json_response
from shared.routing import Router


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n: int


class Query(BaseModel):
    model_config = ConfigDict(extra="forbid")
    q: str = "x"


class HeaderRoles:
    """An authorizer reading the role from a header (the real one checks a signed token)."""

    async def require(self, request: Request, *roles: str) -> str:
        role = request.headers.get("x-role")
        if role is None:
            raise Unauthorized()
        if roles and role not in roles:
            raise Forbidden()
        return role


def served(router: Router) -> httpx.AsyncClient:
    """A client of an HttpFunction around ``router`` (the path captured as functions-framework
    does)."""
    app = HttpFunction("t", router)

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        scope["path_params"] = {"path": scope["path"].lstrip("/")}
        response = await app(Request(scope, receive))
        await response(scope, receive, send)

    return httpx.AsyncClient(transport=httpx.ASGITransport(app=asgi), base_url="http://t")


def client() -> httpx.AsyncClient:
    router = Router(HeaderRoles())
    seen: list[Any] = []

    @router.route("POST", "/things", request=Body, query=Query, roles=("admin",))
    async def make(request: Request, principal: str, body: Body, query: Query) -> Response:
        seen.append(body)
        return json_response({"who": principal, "n": body.n, "q": query.q})

    return served(router)


async def test_roles_then_body_then_handler() -> None:
    """401 without a caller, 403 for a wrong role (body unread), 422 for a bad body, else 200."""
    async with client() as c:
        assert (await c.post("/things", json={"n": 1})).status_code == 401
        wrong = await c.post("/things", content=b"not json", headers={"x-role": "sales"})
        assert wrong.status_code == 403
        bad = await c.post("/things", json={"n": "one"}, headers={"x-role": "admin"})
        assert bad.status_code == 422
        bad_query = await c.post("/things?zz=1", json={"n": 1}, headers={"x-role": "admin"})
        assert bad_query.status_code == 422
        ok = await c.post("/things?q=y", json={"n": 2}, headers={"x-role": "admin"})
        assert ok.json() == {"who": "admin", "n": 2, "q": "y"}


async def test_a_handler_gets_only_what_it_names() -> None:
    """A handler that takes no principal/body/query is still protected and still called."""
    router = Router(HeaderRoles())

    @router.route("GET", "/plain", query=Query, roles=("admin",))
    async def plain(request: Request) -> Response:
        return json_response({"ok": True})

    async with served(router) as c:
        assert (await c.get("/plain", headers={"x-role": "sales"})).status_code == 403
        assert (await c.get("/plain?zz=1", headers={"x-role": "admin"})).status_code == 422
        assert (await c.get("/plain", headers={"x-role": "admin"})).json() == {"ok": True}


def test_roles_need_an_authorizer() -> None:
    """Declaring roles on a router that cannot check them fails at registration, not at run time."""
    router = Router()
    with pytest.raises(ValueError, match="authorizer"):

        @router.route("GET", "/x", roles=("admin",))
        async def handler(request: Request) -> Response:
            return json_response({})


def test_auth_routes_enforce_what_they_declare() -> None:
    """Every auth, leads and crm route that declares roles is wrapped by the router (the
    documented roles are the enforced ones)."""
    from infra.openapi import load_router

    for name in ("auth", "leads", "crm"):
        for route in load_router(name).routes:
            if route.doc.roles:
                assert route.handler.__qualname__.endswith(route.handler.__name__)
                assert route.handler.__code__.co_name == "enforced", (name, route.path)
