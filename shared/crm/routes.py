"""The crm function's routes: deals, notes, the pipeline, analytics and support tickets.

Roles are declared on each route and enforced by the router (sales and admin; deleting a deal
is admin only). ``GET /analytics/llm`` (issue 12) lives with the LLM code and is registered on
the same router by ``shared.llm.routes.add_llm_analytics`` in ``functions/crm/main.py``.
"""

from __future__ import annotations

import re

from pymongo.asynchronous.database import AsyncDatabase
from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import Principal, TokenGuard
from shared.auth.owners import ensure_active_owner
from shared.auth.users import UserRepository
from shared.crm.analytics import Analytics, AnalyticsQuery, AnalyticsReader
from shared.crm.deals import DealStore
from shared.crm.models import (
    Deal,
    DealCreate,
    DealDetail,
    DealPage,
    DealPatch,
    DealQuery,
    Note,
    NoteCreate,
    Pipeline,
    PipelineColumn,
    Ticket,
    TicketDetail,
    TicketPage,
    TicketPatch,
    TicketQuery,
)
from shared.crm.stages import STAGES, SYSTEM
from shared.crm.tickets import TicketStore
from shared.db import Document
from shared.errors import NotFound
from shared.http import json_response, no_content
from shared.leads.conversations import ConversationReader
from shared.leads.repository import LeadRepository
from shared.routing import Router

ROLES = ("sales", "admin")
ADMIN = ("admin",)
ID = re.compile(r"^[0-9a-f]{32}$")


def _id(value: str, what: str) -> str:
    """Path ids are 32 hex characters; anything else cannot exist (404, never a query)."""
    if not ID.match(value):
        raise NotFound(f"No {what} with this id.")
    return value


def _note(doc: Document) -> Note:
    return Note(id=doc["_id"], text=doc["text"], author_id=doc["author_id"], at=doc["at"])


def build_router(db: AsyncDatabase[Document], guard: TokenGuard) -> Router:
    """Every route of the crm function."""
    router = Router(guard)
    deals = DealStore(db)
    tickets = TicketStore(db)
    analytics = AnalyticsReader(db)
    leads = LeadRepository(db)
    conversations = ConversationReader(db)
    users = UserRepository(db)

    async def shown_names(docs: list[Document]) -> dict[str, str]:
        """The names of the users who moved these deals (one query)."""
        ids = {e.get("by") for d in docs for e in d.get("stage_history") or []}
        return await users.display_names({i for i in ids if i and i != SYSTEM})

    @router.route(
        "GET", "/deals", summary="List deals", query=DealQuery, response=DealPage, roles=ROLES
    )
    async def list_deals(request: Request, principal: Principal, query: DealQuery) -> Response:
        docs = await deals.page(
            query.stage, query.owner_id, query.cursor, query.limit, query.existing_customer
        )
        names = await shown_names(docs)
        items = [Deal.of(d, names) for d in docs[: query.limit]]
        cursor = items[-1].id if len(docs) > query.limit else None
        return json_response(DealPage(items=items, next_cursor=cursor))

    @router.route(
        "GET", "/deals/{deal_id}", summary="A deal with its notes", response=DealDetail, roles=ROLES
    )
    async def get_deal(request: Request, deal_id: str, principal: Principal) -> Response:
        deal = await deals.get(_id(deal_id, "deal"))
        notes = [_note(n) for n in await deals.notes(deal_id)]
        shown = Deal.of(deal, await shown_names([deal]))
        return json_response(DealDetail(**shown.model_dump(), notes=notes))

    @router.route(
        "POST",
        "/deals",
        summary="Open a deal for a lead",
        request=DealCreate,
        response=Deal,
        status=201,
        roles=ROLES,
        errors=(404, 409),
    )
    async def create_deal(request: Request, principal: Principal, body: DealCreate) -> Response:
        lead = await leads.by_id(body.lead_id)
        if lead is None:
            raise NotFound("No lead with this id.")
        doc = await deals.create(lead, body.title, body.amount, principal.user_id)
        return json_response(Deal.of(doc, await shown_names([doc])), status=201)

    @router.route(
        "PATCH",
        "/deals/{deal_id}",
        summary="Move, assign or re-value a deal",
        request=DealPatch,
        response=Deal,
        roles=ROLES,
        errors=(409,),
    )
    async def patch_deal(
        request: Request, deal_id: str, principal: Principal, body: DealPatch
    ) -> Response:
        patch = body.model_dump(exclude_unset=True)
        await ensure_active_owner(db, patch)
        doc = await deals.patch(_id(deal_id, "deal"), patch, principal.user_id)
        return json_response(Deal.of(doc, await shown_names([doc])))

    @router.route(
        "DELETE", "/deals/{deal_id}", summary="Delete a deal (admin)", status=204, roles=ADMIN
    )
    async def delete_deal(request: Request, deal_id: str, principal: Principal) -> Response:
        await deals.delete(_id(deal_id, "deal"))
        return no_content()

    @router.route(
        "POST",
        "/deals/{deal_id}/notes",
        summary="Add a note to a deal",
        request=NoteCreate,
        response=Note,
        status=201,
        roles=ROLES,
    )
    async def add_note(
        request: Request, deal_id: str, principal: Principal, body: NoteCreate
    ) -> Response:
        note = await deals.add_note(_id(deal_id, "deal"), body.text, principal.user_id)
        return json_response(_note(note), status=201)

    @router.route(
        "GET", "/pipeline", summary="Deal totals per stage", response=Pipeline, roles=ROLES
    )
    async def pipeline(request: Request, principal: Principal) -> Response:
        totals = await deals.pipeline_totals()
        columns = [
            PipelineColumn(
                stage=stage,
                count=int(totals.get(stage, {}).get("count", 0)),
                amount=round(float(totals.get(stage, {}).get("amount", 0.0)), 2),
                weighted_amount=round(float(totals.get(stage, {}).get("weighted_amount", 0.0)), 2),
            )
            for stage in STAGES
        ]
        return json_response(Pipeline(columns=columns))

    @router.route(
        "GET",
        "/analytics",
        summary="Classification, funnel, series, conversion and field drop-off",
        query=AnalyticsQuery,
        response=Analytics,
        roles=ROLES,
    )
    async def get_analytics(
        request: Request, principal: Principal, query: AnalyticsQuery
    ) -> Response:
        return json_response(await analytics.compute(query))

    @router.route(
        "GET",
        "/tickets",
        summary="Support tickets",
        query=TicketQuery,
        response=TicketPage,
        roles=ROLES,
    )
    async def list_tickets(request: Request, principal: Principal, query: TicketQuery) -> Response:
        status = None if query.status == "any" else query.status
        docs = await tickets.list(status, query.limit)
        return json_response(TicketPage(items=[Ticket.of(d) for d in docs]))

    @router.route(
        "GET",
        "/tickets/{ticket_id}",
        summary="A support ticket with its conversation's transcript",
        response=TicketDetail,
        roles=ROLES,
    )
    async def get_ticket(request: Request, ticket_id: str, principal: Principal) -> Response:
        doc = await tickets.get(_id(ticket_id, "ticket"))
        lines = await conversations.messages(doc["session_id"])
        return json_response(TicketDetail(**Ticket.of(doc).model_dump(), transcript=lines))

    @router.route(
        "PATCH",
        "/tickets/{ticket_id}",
        summary="Change a ticket's status or owner",
        request=TicketPatch,
        response=Ticket,
        roles=ROLES,
    )
    async def patch_ticket(
        request: Request, ticket_id: str, principal: Principal, body: TicketPatch
    ) -> Response:
        changes = body.model_dump(exclude_unset=True)
        await ensure_active_owner(db, changes)
        doc = await tickets.update(_id(ticket_id, "ticket"), changes)
        return json_response(Ticket.of(doc))

    return router
