"""The leads function: lead list, detail, stats and erasure for sales and admins."""

import functions_framework.aio
from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import TokenGuard
from shared.db import database, ensure_indexes
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.http import json_response, no_content, parse_query
from shared.leads.processing import INDEXES
from shared.leads.query import LeadQuery
from shared.leads.service import LeadsService
from shared.leads.views import LeadDetail, LeadPage, LeadStats
from shared.logs import configure_logging
from shared.routing import Router
from shared.security import standard_middleware
from shared.settings import load_settings

ROLES = ("sales", "admin")

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
guard = TokenGuard(settings, db)
service = LeadsService(db)
router = Router()


@router.route(
    "GET", "/", summary="List leads", query=LeadQuery, response=LeadPage, roles=ROLES, errors=(400,)
)
async def list_leads(request: Request) -> Response:
    await guard.require(request, *ROLES)
    query = parse_query(LeadQuery, request.query_params.multi_items())
    return json_response(await service.page(query))


@router.route("GET", "/stats", summary="Lead counts", response=LeadStats, roles=ROLES)
async def lead_stats(request: Request) -> Response:
    await guard.require(request, *ROLES)
    return json_response(await service.stats())


@router.route(
    "GET",
    "/{lead_id}",
    summary="One lead with score, summary, estimate and transcript",
    response=LeadDetail,
    roles=ROLES,
)
async def get_lead(request: Request, lead_id: str) -> Response:
    await guard.require(request, *ROLES)
    return json_response(await service.detail(lead_id))


@router.route(
    "DELETE", "/{lead_id}", summary="Erase a lead and its conversation", status=204, roles=ROLES
)
async def erase_lead(request: Request, lead_id: str) -> Response:
    await guard.require(request, *ROLES)
    await service.erase(lead_id)
    return no_content()


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
