"""The chat function: the public chat API the widget talks to.

Only the settings (all of them, read from the environment once) and logging are set up at
import: functions-framework imports this module in gunicorn's master and forks the worker, so
the model, the bundle (and its watcher thread), the database client and the service are
assembled in the worker (shared.worker), starting as soon as it is forked (at once where the
module is imported by the serving process itself); the first request waits for them. The
garbage collector is paused from before the imports until the app is built (shared.worker).
"""

# ruff: noqa: E402  (the imports below run with the collector paused)
from shared.worker import WorkerApp, before_imports

before_imports()

from pathlib import Path

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.chat.repository import INDEXES
from shared.chat.routes import build_router
from shared.chat.wiring import build_service, start_knowledge, use_bundle
from shared.crm import tickets
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.http import as_app_error, error_response
from shared.llm import calls
from shared.llm.settings import load_llm_settings
from shared.llm.wiring import llm_client
from shared.logs import configure_logging
from shared.security import standard_middleware
from shared.settings import load_settings

HERE = Path(__file__).resolve().parent

settings = load_settings()  # every setting is read here, at import, like the other functions
llm_settings = load_llm_settings()
configure_logging(settings.log_level, settings.gcp_project)


def build() -> HttpFunction:
    """The chat's app: the model and the bundle concurrently, then the service around them."""
    db = database(settings)
    embedder, bundles, retriever = start_knowledge(settings, HERE)
    llm = llm_client(llm_settings, db)  # None without OPENAI_API_KEY: local brain only
    service = build_service(settings, db, embedder, retriever, llm)
    bundles.on_ready(lambda loaded: use_bundle(service, loaded))

    async def index_check() -> dict[str, object]:
        return bundles.health()

    async def llm_check() -> dict[str, object]:
        """The LLM's circuit: open means calls are paused and the local brain answers."""
        return llm.health() if llm else {"mode": "off"}

    async def startup() -> None:
        # the support desk writes and reads tickets by session: their index is the chat's too
        await ensure_indexes(db, INDEXES + tickets.INDEXES + (calls.INDEXES if llm else []))

    return HttpFunction(
        "chat",
        build_router(service, settings.trusted_proxy_count),
        health_checks={
            "mongodb": mongodb_check(db),
            "index": index_check,
            **({"llm": llm_check} if llm else {}),
        },
        middleware=standard_middleware(
            settings, kind="chat", known_session=service.repository.known
        ),
        startup=startup,
    )


app = WorkerApp(build)
app.start_where_served()


@functions_framework.aio.http
async def chat(request: Request) -> Response:
    try:
        served = await app.get()
    except Exception as exc:  # start-up failed: a JSON error, and the next request retries
        return error_response(as_app_error(exc))
    return await served(request)
