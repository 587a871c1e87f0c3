"""The auth function's routes: parse into a model, call :class:`AuthService`, render.

``POST /login``, ``POST /refresh``, ``POST /logout`` (signed in), ``GET /me`` (signed in), and
for admins ``POST /users``, ``GET /users``, ``PATCH /users/{id}``.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from shared.auth import devices, refresh_cookie
from shared.auth.guard import Principal, TokenGuard
from shared.auth.models import (
    LoginRequest,
    LogoutRequest,
    RefreshRequest,
    TokenPair,
    UserCreate,
    UserListQuery,
    UserOut,
    UserPage,
    UserPatch,
)
from shared.auth.service import AuthService
from shared.errors import Conflict, Unauthorized
from shared.http import json_response, no_content
from shared.routing import Router
from shared.security.client_ip import client_ip


def _page(users: list[UserOut], limit: int) -> UserPage:
    cursor = users[-1].email if len(users) == limit else None
    return UserPage(items=users, next_cursor=cursor)


def build_router(service: AuthService, guard: TokenGuard) -> Router:
    """Every route of the auth function, bound to its service and guard."""
    router = Router(guard)

    @router.route(
        "POST",
        "/login",
        summary="Sign in with email and password",
        request=LoginRequest,
        response=TokenPair,
        errors=(401, 429),
    )
    async def login(request: Request, body: LoginRequest) -> Response:
        address = client_ip(request, service.trusted_proxy_count)
        device = request.cookies.get(devices.COOKIE)
        pair, cookie = await service.login(body.email, body.password, address, device)
        return devices.with_cookie(request, refresh_cookie.pair_response(request, pair), cookie)

    @router.route(
        "POST",
        "/refresh",
        summary="Rotate a refresh token for a new token pair",
        request=RefreshRequest,
        response=TokenPair,
        errors=(401,),
    )
    async def refresh(request: Request, body: RefreshRequest) -> Response:
        token = refresh_cookie.presented_token(request, body.refresh_token)
        return refresh_cookie.pair_response(request, await service.rotate(token))

    @router.route(
        "POST",
        "/logout",
        summary="Revoke one session or every session",
        request=LogoutRequest,
        status=204,
        roles=("sales", "admin"),
    )
    async def logout(request: Request, principal: Principal, body: LogoutRequest) -> Response:
        token, family = body.refresh_token, principal.family_id
        await service.logout(principal.user_id, token, body.everywhere, family)
        return refresh_cookie.cleared(request, no_content())

    @router.route(
        "GET", "/me", summary="The signed-in user", response=UserOut, roles=("sales", "admin")
    )
    async def me(request: Request, principal: Principal) -> Response:
        user = await service.users.by_id(principal.user_id)
        if user is None:
            raise Unauthorized()
        return json_response(UserOut.of(user))

    @router.route(
        "POST",
        "/users",
        summary="Create a user",
        request=UserCreate,
        response=UserOut,
        status=201,
        roles=("admin",),
        errors=(409,),
    )
    async def create_user(request: Request, principal: Principal, body: UserCreate) -> Response:
        return json_response(UserOut.of(await service.create_user(body)), status=201)

    @router.route(
        "GET",
        "/users",
        summary="List users",
        query=UserListQuery,
        response=UserPage,
        roles=("admin",),
    )
    async def list_users(request: Request, principal: Principal, query: UserListQuery) -> Response:
        users = await service.users.page(query.limit, query.cursor)
        return json_response(_page([UserOut.of(u) for u in users], query.limit))

    @router.route(
        "PATCH",
        "/users/{user_id}",
        summary="Change a user's role or active flag",
        request=UserPatch,
        response=UserOut,
        roles=("admin",),
        errors=(409,),
    )
    async def update_user(
        request: Request, user_id: str, principal: Principal, body: UserPatch
    ) -> Response:
        if user_id == principal.user_id and (body.role == "sales" or body.active is False):
            raise Conflict("You cannot remove your own admin access.")
        return json_response(UserOut.of(await service.update_user(user_id, body)))

    return router
