"""The crm function: deals, the pipeline, analytics and support tickets behind the console."""

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import TokenGuard
from shared.crm.deals import INDEXES as DEAL_INDEXES
from shared.crm.routes import build_router
from shared.crm.tickets import INDEXES as TICKET_INDEXES
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.llm.routes import add_llm_analytics
from shared.llm.usage import UsageReport
from shared.logs import configure_logging
from shared.security import standard_middleware
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
guard = TokenGuard(settings, db)
router = build_router(db, guard)
add_llm_analytics(router, guard, UsageReport(db))  # GET /analytics/llm (admin)


async def startup() -> None:
    await ensure_indexes(db, DEAL_INDEXES + TICKET_INDEXES)


app = HttpFunction(
    "crm",
    router,
    health_checks={"mongodb": mongodb_check(db)},
    middleware=standard_middleware(settings, kind="console"),
    startup=startup,
)


@functions_framework.aio.http
async def crm(request: Request) -> Response:
    return await app(request)
