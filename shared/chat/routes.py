"""The chat function's routes: thin handlers that parse, call the service and render."""

from __future__ import annotations

from typing import cast

from starlette.requests import Request
from starlette.responses import Response

from shared.chat.models import ChatRequest, SessionView, is_session_id
from shared.chat.privacy import (
    Caller,
    ChatTurnResponse,
    SessionKeys,
    masked_view,
    presented_secret,
    secret_matches,
    sees_contacts,
)
from shared.chat.service import ChatService
from shared.errors import Forbidden, NotFound
from shared.http import json_response, no_content
from shared.routing import Router
from shared.security.client_ip import client_ip

MAX_CHAT_BODY = 16 * 1024
SECRET_DOC = (
    "X-Session-Secret",
    "The session_secret returned by the turn that created the session; without it contact "
    "details are masked (GET, unless called from the address that created the session) and "
    "erasure is refused (DELETE, 403).",
)

TURN_SECRET_DOC = (
    "X-Session-Secret",
    "The session_secret returned by the turn that created the session; without it a turn on "
    "an existing session shows email and phone masked (collected fields and reply), unless it "
    "comes from the address that created the session.",
)


def build_router(service: ChatService, trusted_proxy_count: int = 0) -> Router:
    """``POST /messages``, ``GET /sessions/{id}``, ``DELETE /sessions/{id}``. The client
    address (which may see a session's contacts) is read as the rate limits read it."""
    router = Router()

    def caller(request: Request) -> Caller:
        return Caller(presented_secret(request), client_ip(request, trusted_proxy_count))

    @router.route(
        "POST",
        "/messages",
        summary="Send one visitor message and get the bot's reply",
        request=ChatRequest,
        response=ChatTurnResponse,
        body_limit=MAX_CHAT_BODY,
        headers=(TURN_SECRET_DOC,),
    )
    async def post_message(request: Request, body: ChatRequest) -> Response:
        return json_response(await service.turn(body, caller(request)))

    async def keys(session_id: str) -> SessionKeys:
        """The session's keys; 404 for an unknown session."""
        exists, found = (
            await service.repository.keys(session_id)
            if is_session_id(session_id)
            else (False, SessionKeys())
        )
        if not exists:
            raise NotFound("No conversation with this id.")
        return found

    @router.route(
        "GET",
        "/sessions/{session_id}",
        summary="A conversation's state and transcript (contact details masked without "
        "X-Session-Secret)",
        response=SessionView,
        headers=(SECRET_DOC,),
    )
    async def get_session(request: Request, session_id: str) -> Response:
        view, found = await service.session(session_id)
        if not sees_contacts(caller(request), session_id, found):
            view = masked_view(view)
        return json_response(view)

    @router.route(
        "DELETE",
        "/sessions/{session_id}",
        summary="Erase a conversation (needs X-Session-Secret)",
        status=204,
        errors=(403,),
        headers=(SECRET_DOC,),
    )
    async def delete_session(request: Request, session_id: str) -> Response:
        if not secret_matches(presented_secret(request), (await keys(session_id)).secret):
            raise Forbidden("Send the session's X-Session-Secret to erase it.")
        await service.erase(session_id)
        return no_content()

    return router


def described_router() -> Router:
    """The routes as ``make openapi`` describes them (paths, models, headers), built without a
    service: the handlers, which the description never calls, are the only users of it."""
    return build_router(cast(ChatService, None))
