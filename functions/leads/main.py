"""The leads function: lead list, detail, updates, export and GDPR requests for sales and admins."""

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import TokenGuard
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.leads.processing import INDEXES
from shared.leads.routes import build_router
from shared.leads.service import LeadsService
from shared.logs import configure_logging
from shared.security import standard_middleware
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
router = build_router(LeadsService(db), TokenGuard(settings, db), settings)


async def startup() -> None:
    await ensure_indexes(db, INDEXES)


app = HttpFunction(
    "leads",
    router,
    health_checks={"mongodb": mongodb_check(db)},
    middleware=standard_middleware(settings, kind="console"),
    startup=startup,
)


@functions_framework.aio.http
async def leads(request: Request) -> Response:
    return await app(request)
