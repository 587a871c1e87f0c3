"""The chat function: the public chat API the widget talks to."""

from pathlib import Path

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.chat.repository import INDEXES
from shared.chat.routes import build_router
from shared.chat.wiring import build_service, start_knowledge
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.logs import configure_logging
from shared.security import standard_middleware
from shared.settings import load_settings

HERE = Path(__file__).resolve().parent

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
# The model (eagerly, never inside a request) and the bundle, concurrently, at cold start.
embedder, bundles, retriever = start_knowledge(settings, HERE)
service = build_service(settings, db, embedder, retriever)
bundles.on_ready(service.knowledge.use)
router = build_router(service)


async def index_check() -> dict[str, object]:
    return bundles.health()


async def startup() -> None:
    await ensure_indexes(db, INDEXES)


app = HttpFunction(
    "chat",
    router,
    health_checks={"mongodb": mongodb_check(db), "index": index_check},
    middleware=standard_middleware(settings, kind="chat"),
    startup=startup,
)


@functions_framework.aio.http
async def chat(request: Request) -> Response:
    return await app(request)
