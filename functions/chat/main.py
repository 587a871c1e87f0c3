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
from shared.llm import calls
from shared.llm.settings import load_llm_settings
from shared.llm.wiring import llm_client
from shared.logs import configure_logging
from shared.security import standard_middleware
from shared.settings import load_settings

HERE = Path(__file__).resolve().parent

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
# The model (eagerly, never inside a request) and the bundle, concurrently, at cold start.
embedder, bundles, retriever = start_knowledge(settings, HERE)
llm = llm_client(load_llm_settings(), db)  # None without OPENAI_API_KEY: local brain only
service = build_service(settings, db, embedder, retriever, llm)
bundles.on_ready(service.knowledge.use)
router = build_router(service)


async def index_check() -> dict[str, object]:
    return bundles.health()


async def llm_check() -> dict[str, object]:
    """The LLM's circuit: open means calls are paused and the local brain answers."""
    return llm.health() if llm else {"mode": "off"}


async def startup() -> None:
    await ensure_indexes(db, INDEXES + (calls.INDEXES if llm else []))


app = HttpFunction(
    "chat",
    router,
    health_checks={
        "mongodb": mongodb_check(db),
        "index": index_check,
        **({"llm": llm_check} if llm else {}),
    },
    middleware=standard_middleware(settings, kind="chat", known_session=service.repository.known),
    startup=startup,
)


@functions_framework.aio.http
async def chat(request: Request) -> Response:
    return await app(request)
