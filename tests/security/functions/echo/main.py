"""A chat-shaped HTTP function with the standard security middleware, for the security tests.

``ECHO_KIND`` picks the middleware kind (chat by default).
"""

import os

import functions_framework.aio
from pydantic import BaseModel, ConfigDict, Field
from starlette.requests import Request
from starlette.responses import Response

from shared.function import HttpFunction
from shared.http import json_response, read_json
from shared.routing import Router
from shared.security import standard_middleware
from shared.settings import load_settings

settings = load_settings()
router = Router()


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")
    session_id: str | None = None
    message: str = Field(min_length=1, max_length=2000)


@router.route("POST", "/messages")
async def messages(request: Request) -> Response:
    body = await read_json(request, Message)
    return json_response({"session_id": body.session_id, "echo": body.message})


@router.route("GET", "/ping")
async def ping(request: Request) -> Response:
    return json_response({"ok": True})


@router.route("POST", "/login")
async def login(request: Request) -> Response:
    return json_response({"ok": True})


kind = os.environ.get("ECHO_KIND", "chat")
KNOWN = set(os.environ.get("ECHO_KNOWN_SESSIONS", "").split(","))  # sessions "the chat holds"


async def known_session(session_id: str) -> bool:
    return session_id in KNOWN


app = HttpFunction(
    "echo",
    router,
    middleware=standard_middleware(settings, kind=kind, known_session=known_session),  # type: ignore[arg-type]
)


@functions_framework.aio.http
async def echo(request: Request) -> Response:
    return await app(request)
