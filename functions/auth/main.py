"""The auth function: sign-in, token rotation, sign-out and user management for the console."""

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import TokenGuard
from shared.auth.routes import build_router
from shared.auth.service import INDEXES, AuthService
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.logs import configure_logging
from shared.security import standard_middleware
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
service = AuthService.create(settings, db)
router = build_router(service, TokenGuard(settings, db))


async def startup() -> None:
    await ensure_indexes(db, INDEXES)
    await service.bootstrap_admin(settings.bootstrap_admin_email, settings.bootstrap_admin_password)


app = HttpFunction(
    "auth",
    router,
    health_checks={"mongodb": mongodb_check(db)},
    middleware=standard_middleware(settings, kind="auth"),
    startup=startup,
)


@functions_framework.aio.http
async def auth(request: Request) -> Response:
    return await app(request)
