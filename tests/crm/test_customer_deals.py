"""The crm deals of existing customers through the real framework and database: the flag and
the team on each deal, the list filter (deals stored before the flag count as prospects'), and
hostile filter values refused with a 422 JSON error."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.crm.conftest import Db
from tests.leads.factories import other_person
from tests.leads.sales import make_lead


async def test_customer_deals_are_labelled_and_filtered(crm: httpx.AsyncClient, db: Db) -> None:
    """A customer's deal says so and is the only one ``existing_customer=true`` lists; ``false``
    lists the prospect's deal and one stored before the flag existed."""
    conversation_state, messages = other_person(1)
    conversation_state.existing_customer = True
    customer_lead = await make_lead(db, conversation_state, messages)
    prospect_lead = await make_lead(db, *other_person(2))
    old_lead = await make_lead(db, *other_person(3))
    await db.deals.update_one(
        {"lead_id": old_lead}, {"$unset": {"existing_customer": "", "team": ""}}
    )
    customers = (await crm.get("/deals", params={"existing_customer": "true"})).json()["items"]
    assert [(d["lead_id"], d["existing_customer"], d["team"]) for d in customers] == [
        (customer_lead, True, "account_management")
    ]
    others = (await crm.get("/deals", params={"existing_customer": "false"})).json()["items"]
    assert {d["lead_id"] for d in others} == {prospect_lead, old_lead}
    assert all(d["team"] == "new_business" for d in others)
    detail = (await crm.get(f"/deals/{customers[0]['id']}")).json()
    assert (detail["existing_customer"], detail["team"]) == (True, "account_management")


@pytest.mark.parametrize(
    "params",
    [
        {"existing_customer": "maybe"},
        {"existing_customer": ""},
        {"existing_customer": "[true]"},
        {"existing_customer[$ne]": "true"},
        [("existing_customer", "true"), ("existing_customer", "true")],
    ],
)
async def test_hostile_customer_filters_are_422(crm: httpx.AsyncClient, params: Any) -> None:
    """A flag that is not a boolean, an operator or a repeated flag is a 422 JSON error."""
    response = await crm.get("/deals", params=params)
    assert response.status_code == 422, response.text
    assert set(response.json()["error"]) >= {"code", "message"}
