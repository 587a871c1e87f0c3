"""The chat function's routes: thin handlers that parse, call the service and render."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from shared.chat.models import ChatRequest, SessionView, is_session_id
from shared.chat.privacy import ChatTurnResponse, masked_view, presented_secret, secret_matches
from shared.chat.service import ChatService
from shared.errors import Forbidden, NotFound
from shared.http import json_response, no_content
from shared.routing import Router

MAX_CHAT_BODY = 16 * 1024
SECRET_DOC = (
    "X-Session-Secret",
    "The session_secret returned by the turn that created the session; without it contact "
    "details are masked (GET) and erasure is refused (DELETE, 403).",
)

TURN_SECRET_DOC = (
    "X-Session-Secret",
    "The session_secret returned by the turn that created the session; without it a turn on "
    "an existing session shows email and phone masked (collected fields and reply).",
)


def build_router(service: ChatService) -> Router:
    """``POST /messages``, ``GET /sessions/{id}``, ``DELETE /sessions/{id}``."""
    router = Router()

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
        return json_response(await service.turn(body, presented_secret(request)))

    async def holds_secret(request: Request, session_id: str) -> bool:
        """Whether the caller sent the session's secret; 404 for an unknown session."""
        exists, digest = (
            await service.repository.secret_digest(session_id)
            if is_session_id(session_id)
            else (False, None)
        )
        if not exists:
            raise NotFound("No conversation with this id.")
        return secret_matches(presented_secret(request), digest)

    @router.route(
        "GET",
        "/sessions/{session_id}",
        summary="A conversation's state and transcript (contact details masked without "
        "X-Session-Secret)",
        response=SessionView,
        headers=(SECRET_DOC,),
    )
    async def get_session(request: Request, session_id: str) -> Response:
        view = await service.session(session_id)
        if not await holds_secret(request, session_id):
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
        if not await holds_secret(request, session_id):
            raise Forbidden("Send the session's X-Session-Secret to erase it.")
        await service.erase(session_id)
        return no_content()

    return router
