"""``GET /analytics/llm`` (admin only), a self-contained piece of the crm function's router."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from shared.auth.guard import TokenGuard
from shared.http import json_response, parse_query
from shared.llm.usage import LlmUsage, UsageQuery, UsageReport
from shared.routing import Router


def add_llm_analytics(router: Router, guard: TokenGuard, report: UsageReport) -> None:
    """Register ``GET /analytics/llm`` on ``router``."""

    @router.route(
        "GET",
        "/analytics/llm",
        summary="LLM calls, tokens, cost and failures (admin)",
        response=LlmUsage,
        query=UsageQuery,
        roles=("admin",),
        errors=(401, 403, 422),
    )
    async def llm_usage(request: Request) -> Response:
        await guard.require(request, "admin")
        query = parse_query(UsageQuery, list(request.query_params.multi_items()))
        return json_response(await report.usage(query))
