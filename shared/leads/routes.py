"""The leads function's routes: list, stats, export, GDPR erasure and access, detail, patch.

Roles are declared per route and enforced by the router: sales and admin read and update leads;
only admins erase a person or read everything held about them.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import get_args

from pydantic import BaseModel, ConfigDict, Field
from pymongo.asynchronous.database import AsyncDatabase
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from shared.auth.guard import Principal, TokenGuard
from shared.auth.owners import ensure_active_owner
from shared.db import Document
from shared.errors import NotFound
from shared.http import json_response, no_content
from shared.leads.erasure import (
    ErasureRequest,
    ErasureResult,
    SalesNotice,
    SubjectData,
    SubjectQuery,
    erase_person,
    lead_entry_id,
    pending_recall,
    pending_recalls,
    send_recall,
    subject_data,
)
from shared.leads.export import MEDIA_TYPES, ExportQuery, encoded
from shared.leads.query import LeadQuery, LeadStatus
from shared.leads.service import LeadsService
from shared.leads.views import LeadDetail, LeadItem, LeadPage, LeadStats
from shared.leads.webhook import WebhookNotifier
from shared.routing import Router
from shared.settings import Settings

ROLES = ("sales", "admin")
ADMIN = ("admin",)


class LeadPatch(BaseModel):
    """What sales may change on a lead."""

    model_config = ConfigDict(extra="forbid")

    status: LeadStatus | None = None
    owner_id: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$"
    )


def erasure_key(settings: Settings) -> bytes:
    """``ERASURE_HASH_KEY``, else a key derived from the JWT secret (never stored)."""
    if settings.erasure_hash_key:
        return settings.erasure_hash_key.encode()
    return hmac.new(settings.jwt_secret.encode(), b"erasure-hash-key", hashlib.sha256).digest()


async def tell_sales(
    db: AsyncDatabase[Document], notifier: WebhookNotifier, owed: list[tuple[str, list[str]]]
) -> SalesNotice:
    """Send the sales webhook an erasure notice (lead ids only) for each erasure it is owed
    (log entry id, leads it had been told of and has not acknowledged); the outcome
    (``failed`` if any failed; ``none`` when nothing was owed). A failed notice stays pending
    in the erasure log entry."""
    outcome: SalesNotice = "none"
    for entry_id, leads in owed:
        delivery = await send_recall(db, notifier, entry_id, leads)
        if outcome != "failed":
            outcome = "delivered" if delivery.status == "delivered" else "not_configured"
        if delivery.status == "failed":
            outcome = "failed"
    return outcome


def build_router(service: LeadsService, guard: TokenGuard, settings: Settings) -> Router:
    """Every route of the leads function (fixed paths before ``/{lead_id}``)."""
    router = Router(guard)
    key = erasure_key(settings)
    notifier = WebhookNotifier(settings.sales_webhook_url)

    @router.route(
        "GET",
        "/",
        summary="List leads",
        query=LeadQuery,
        response=LeadPage,
        roles=ROLES,
        errors=(400,),
    )
    async def list_leads(request: Request, principal: Principal, query: LeadQuery) -> Response:
        return json_response(await service.page(query))

    @router.route("GET", "/stats", summary="Lead counts", response=LeadStats, roles=ROLES)
    async def lead_stats(request: Request, principal: Principal) -> Response:
        return json_response(await service.stats())

    @router.route(
        "GET",
        "/export",
        summary="Export leads as CSV or NDJSON (streamed)",
        query=ExportQuery,
        roles=ROLES,
        errors=(400,),
        response_media_types=("text/csv", "application/x-ndjson"),
    )
    async def export(request: Request, principal: Principal, query: ExportQuery) -> Response:
        batches = service.export_batches(query)
        filename = f"leads.{query.format}"
        return StreamingResponse(
            encoded(batches, query.format),
            media_type=MEDIA_TYPES[query.format],
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @router.route(
        "POST",
        "/erasure",
        summary="Erase everything held about a person (admin, GDPR art. 17)",
        request=ErasureRequest,
        response=ErasureResult,
        roles=ADMIN,
    )
    async def erasure(request: Request, principal: Principal, body: ErasureRequest) -> Response:
        result = await erase_person(service.db, body.email, principal.user_id, key)
        owed = await pending_recalls(service.db, body.email, key)  # earlier failures too
        result.sales_notice = await tell_sales(service.db, notifier, owed)
        return json_response(result)

    @router.route(
        "GET",
        "/subject-access",
        summary="Everything held about a person (admin, GDPR art. 15)",
        query=SubjectQuery,
        response=SubjectData,
        roles=ADMIN,
    )
    async def subject_access(
        request: Request, principal: Principal, query: SubjectQuery
    ) -> Response:
        return json_response(await subject_data(service.db, query.email))

    @router.route(
        "GET",
        "/{lead_id}",
        summary="One lead with score, summary, estimate and transcript",
        response=LeadDetail,
        roles=ROLES,
    )
    async def get_lead(request: Request, lead_id: str, principal: Principal) -> Response:
        return json_response(await service.detail(lead_id))

    @router.route(
        "PATCH",
        "/{lead_id}",
        summary="Change a lead's status or owner",
        request=LeadPatch,
        response=LeadItem,
        roles=ROLES,
    )
    async def patch_lead(
        request: Request, lead_id: str, principal: Principal, body: LeadPatch
    ) -> Response:
        changes = body.model_dump(exclude_unset=True)
        await ensure_active_owner(service.db, changes)
        return json_response(await service.update(lead_id, changes))

    @router.route(
        "DELETE",
        "/{lead_id}",
        summary="Erase a lead and its conversation",
        status=204,
        roles=ROLES,
        response_headers=(
            (
                "Sales-Notice",
                "The sales webhook's notice of the erasure (lead id only): a failed one is kept"
                " and sent again by repeating the request, which then answers 204, not 404",
                get_args(SalesNotice),
            ),
        ),
    )
    async def erase_lead(request: Request, lead_id: str, principal: Principal) -> Response:
        entry = lead_entry_id(lead_id)
        try:
            await service.erase(lead_id, principal.user_id)
        except NotFound:  # erased before: 404, unless its webhook notice failed and is resent
            if not await pending_recall(service.db, entry):
                raise
        owed = await pending_recall(service.db, entry)
        notice = await tell_sales(service.db, notifier, [(entry, owed)] if owed else [])
        return no_content({"Sales-Notice": notice})

    return router
