"""The chat function's routes: thin handlers that parse, call the service and render."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from shared.chat.models import ChatRequest, ChatResponse, SessionView
from shared.chat.service import ChatService
from shared.http import json_response, no_content
from shared.routing import Router

MAX_CHAT_BODY = 16 * 1024


def build_router(service: ChatService) -> Router:
    """``POST /messages``, ``GET /sessions/{id}``, ``DELETE /sessions/{id}``."""
    router = Router()

    @router.route(
        "POST",
        "/messages",
        summary="Send one visitor message and get the bot's reply",
        request=ChatRequest,
        response=ChatResponse,
        body_limit=MAX_CHAT_BODY,
    )
    async def post_message(request: Request, body: ChatRequest) -> Response:
        return json_response(await service.turn(body))

    @router.route(
        "GET",
        "/sessions/{session_id}",
        summary="A conversation's state and transcript",
        response=SessionView,
    )
    async def get_session(request: Request, session_id: str) -> Response:
        return json_response(await service.session(session_id))

    @router.route("DELETE", "/sessions/{session_id}", summary="Erase a conversation", status=204)
    async def delete_session(request: Request, session_id: str) -> Response:
        await service.erase(session_id)
        return no_content()

    return router
