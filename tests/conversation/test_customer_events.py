"""The existing-customer flag leaves the chat with its lead events: in the payload and as a
Pub/Sub attribute, and as a ``lead.customer`` event when it is read after the lead went out
(real chat and lead_events functions, real database, a loopback receiver)."""

from __future__ import annotations

import base64
import json
from typing import Any

from shared.conversation.lead_outbox import record_events
from shared.conversation.state import ConversationState
from tests.conftest import FunctionClient, load_function_app
from tests.conversation.test_chat_events import CAPTURED_ONLY, Receiver, play
from tests.foundation.conftest import serve
from tests.leads.factories import T0

CUSTOMER = [
    "hi, we've been ordering your foundry blend for 2 years at our café in Seattle",
    "I'm Tom Okafor, tom@okafor-coffee.com",
]


def published(receiver: Receiver) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """Each posted event's decoded payload and its message attributes."""
    return [
        (json.loads(base64.b64decode(e["message"]["data"])), e["message"]["attributes"])
        for e in receiver.events
    ]


async def test_a_customer_event_carries_the_flag(
    function_client: FunctionClient, receiver: Receiver
) -> None:
    """A visitor who says they already order from us is published as a customer, in the
    payload and the attribute; a prospect's event says false in both."""
    url = f"http://127.0.0.1:{receiver.port}/"
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url)
    await play(client, CUSTOMER)
    await play(client, CAPTURED_ONLY)
    flags = [
        (
            payload["session_id"],
            payload["type"],
            payload["existing_customer"],
            attributes["existing_customer"],
        )
        for payload, attributes in published(receiver)
    ]
    customer, prospect = flags[0][0], flags[-1][0]
    assert customer != prospect
    assert next(f[1:] for f in flags if f[0] == customer) == ("lead.captured", True, "true")
    assert {f[2:] for f in flags if f[0] == customer} == {(True, "true")}
    assert [f[1:] for f in flags if f[0] == prospect] == [("lead.captured", False, "false")]


def test_a_customer_found_late_gets_one_lead_customer_event() -> None:
    """A flag read after the lead went out records ``lead.customer`` once; a flag known when
    the first event was recorded, or a prospect, records none."""
    late = ConversationState(collected={"email": "tom@okafor-coffee.com"})
    record_events(late, T0)
    late.existing_customer = True
    record_events(late, T0)
    record_events(late, T0)
    assert [(e.type, e.existing_customer) for e in late.outbox] == [
        ("lead.captured", False),
        ("lead.customer", True),
    ]
    early = ConversationState(collected={"email": "tom@okafor-coffee.com"}, existing_customer=True)
    record_events(early, T0)
    record_events(early, T0)
    assert [(e.type, e.existing_customer) for e in early.outbox] == [("lead.captured", True)]
    prospect = ConversationState(collected={"email": "tom@okafor-coffee.com"})
    record_events(prospect, T0)
    record_events(prospect, T0)
    assert [e.type for e in prospect.outbox] == ["lead.captured"]


async def test_a_lead_relabelled_when_the_visitor_turns_out_a_customer(
    function_client: FunctionClient, db: Any
) -> None:
    """Through the real chat and lead_events: a visitor whose lead went out as a prospect's and
    who then says they order from us has the same lead moved to account management."""
    async with serve(load_function_app("lead_events")) as url:
        chat = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url + "/")
        sid = await play(chat, CAPTURED_ONLY)
        lead = await db.leads.find_one({"session_id": sid})
        assert lead is not None
        assert (lead["existing_customer"], lead["team"]) == (False, "new_business")
        await play(chat, ["oh and we've been ordering your foundry blend for 2 years"], sid)
    relabelled = await db.leads.find_one({"_id": lead["_id"]})
    assert relabelled is not None
    assert (relabelled["existing_customer"], relabelled["team"]) == (True, "account_management")
    assert await db.leads.count_documents({}) == 1
