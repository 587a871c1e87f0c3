"""The chat function: the public chat API the widget talks to."""

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.chat.repository import INDEXES
from shared.chat.routes import build_router
from shared.chat.wiring import build_service, load_retriever
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.logs import configure_logging
from shared.rag.embedding import Embedder
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
embedder = Embedder(threads=1)  # eagerly, at cold start: never inside a request
retriever = load_retriever(settings, embedder)
service = build_service(settings, db, embedder, retriever)


async def index_check() -> dict[str, int]:
    if retriever is None:
        raise RuntimeError("knowledge base not loaded")
    return {"chunks": len(retriever.chunks)}


async def startup() -> None:
    await ensure_indexes(db, INDEXES)


app = HttpFunction(
    "chat",
    build_router(service),
    health_checks={"mongodb": mongodb_check(db), "index": index_check},
    middleware=[],  # the lead wires standard_middleware(settings, kind="chat") here
    startup=startup,
)


@functions_framework.aio.http
async def chat(request: Request) -> Response:
    return await app(request)
