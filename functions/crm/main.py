"""The crm function: the sales pipeline (deals) behind the console."""

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import TokenGuard
from shared.db import database
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.llm.routes import add_llm_analytics
from shared.llm.usage import UsageReport
from shared.logs import configure_logging
from shared.routing import Router
from shared.security import standard_middleware
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
router = Router()
add_llm_analytics(router, TokenGuard(settings, db), UsageReport(db))
app = HttpFunction(
    "crm",
    router,
    health_checks={"mongodb": mongodb_check(db)},
    middleware=standard_middleware(settings, kind="console"),
)


@functions_framework.aio.http
async def crm(request: Request) -> Response:
    return await app(request)
