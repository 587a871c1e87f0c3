"""Fixtures for the crm tests: the real crm function with real users' tokens."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pymongo.asynchronous.database import AsyncDatabase

from tests.leads.factories import qualified_new_cafe
from tests.leads.sales import make_lead, token_for

Db = AsyncDatabase[dict[str, Any]]


@pytest.fixture
async def crm(function_client: Any, db: Db) -> httpx.AsyncClient:
    """The crm function served by the real framework, signed in as a sales user."""
    client: httpx.AsyncClient = await function_client("crm")
    client.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    return client


@pytest.fixture
async def admin_headers(db: Db) -> dict[str, str]:
    return {"Authorization": f"Bearer {await token_for(db, 'admin')}"}


@pytest.fixture
async def deal(crm: httpx.AsyncClient, db: Db) -> dict[str, Any]:
    """The deal lead_events opened for a qualified new café."""
    lead_id = await make_lead(db, *qualified_new_cafe())
    body = (await crm.get("/deals")).json()
    found = [d for d in body["items"] if d["lead_id"] == lead_id]
    assert len(found) == 1
    return dict(found[0])
