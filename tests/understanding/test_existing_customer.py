"""Visitors who already buy from Copperline: read, kept in the state, and used by flow and replies.

Through the real local brain, state machine and reply writer; the phrasings are fresh (typos and
lower case included), none copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from shared.conversation.state import ConversationState, CustomerType
from shared.understanding.entities.relationship import already_customer
from tests.understanding.test_behaviours import play

SWITCHING = ("prompting you to look", "current setup or supplier", "biggest headaches")


@pytest.mark.parametrize(
    "text",
    [
        "weve been getting ur espresso blend for like 3 yrs",
        "we're on your essential plan at both shops",
        "the grinder we bought from you last year is acting up",
        "our pico from copperline stopped steaming",
        "account no 5521, the cafe on 4th street",
        "we are already copperline customers btw",
        "our usual monthly delivery hasnt shown up",
        "we ordered the pico 3 weeks ago and it still hasnt come",
        "our order of 40 lb foundry came with 2 bags split",
    ],
)
def test_customer_relation_is_read(text: str) -> None:
    """An order, a plan, equipment bought from us, an account or a plain statement is read as
    an existing customer."""
    assert already_customer(text)


@pytest.mark.parametrize(
    "text",
    [
        "we use a lumen at the bar",
        "we have two grinders and a batch brewer already",
        "could we order the foundry from you?",
        "if we went on the pro plan would a tech come same day",
        "we havent ordered from you before",
        "do existing customers get a discount",
        "we got a quote from you guys last week",
        "how do i open an account with you",
        "our usual delivery from our roaster is always late",
        "we ordered a la marzocco last year",
        "whats the minimum for our order of foundry?",
    ],
)
def test_owning_asking_or_hypothesising_is_not_a_customer(text: str) -> None:
    """A machine that may be bought elsewhere, a question, a hypothesis, a negation, a first
    contact or another supplier's order is not read as an existing customer (precision first)."""
    assert not already_customer(text)


def test_old_document_loads_as_not_a_customer() -> None:
    """A stored state from before the flag loads with its default, and the flag is saved."""
    old = ConversationState().model_dump()
    old.pop("existing_customer")
    assert ConversationState.upgrade(old).existing_customer is False
    kept = ConversationState(existing_customer=True).model_dump()
    assert ConversationState.upgrade(kept).existing_customer is True


@pytest.mark.parametrize(
    "message",
    [
        "weve been ordering ur house blend for 2 yrs, paying by card",
        "hi, we're on the pro plan with you guys",
        "i ordered beans from you last month",
        "existing account, #8812",
    ],
)
async def test_customer_is_not_asked_why_they_switch(message: str) -> None:
    """A customer of ours is kept as one (an existing café) and never asked the switching-
    supplier question or greeted as a café we just heard of."""
    state, replies = await play([message])
    assert state.existing_customer
    assert state.customer_type is CustomerType.EXISTING_CAFE
    assert not any(words in replies[-1] for words in SWITCHING)
    assert "hear about your" not in replies[-1]


@pytest.mark.parametrize(
    "message",
    [
        "the lumen we got from you is leaking all over the counter",
        "our grinder from copperline wont turn on since this morning",
        "we're on ur essential plan and the machine is broken, no steam",
    ],
)
async def test_customer_with_a_fault_gets_support_first(message: str) -> None:
    """A customer reporting a fault gets the support path: no greeting, no sales question."""
    state, replies = await play([message])
    assert state.existing_customer
    assert state.support
    assert not any(words in replies[-1] for words in (*SWITCHING, "Copperline customer"))
    assert state.asking in (None, "name", "email", "phone")


@pytest.mark.parametrize(
    "messages",
    [
        ["we buy your foundry every week", "can someone from your team call me? jo, 503-555-0117"],
        ["our account is with you since 2024", "pls have a person email me, kit@brewhaus.com"],
        ["we're on the multi-site plan", "i'd like to talk to someone. ana 971 555 0123"],
    ],
)
async def test_customer_who_wants_more_is_handed_to_their_account(messages: list[str]) -> None:
    """A customer asking for a person is handed off as an existing customer's request."""
    state, replies = await play(messages)
    assert state.handoff
    assert "existing customer" in replies[-1]


@pytest.mark.parametrize(
    "message",
    [
        "existing account here, we want to add a second grinder",
        "we've been buying beans from you for years, need a maintenance plan now",
        "im a longtime customer, looking for barista training for new staff",
    ],
)
async def test_customer_need_said_is_not_asked_again(message: str) -> None:
    """A customer who says what they want is not asked what we can help with."""
    state, replies = await play([message])
    assert state.existing_customer
    assert state.asking != "pain_points"
    assert "help with your account" not in replies[-1]


async def test_customer_lead_wraps_up_for_their_account() -> None:
    """A customer whose needs and contact are in is told their account's team follows up,
    not that sales will be in touch."""
    state, replies = await play(
        [
            "existing acct, 2 cafes, we want to add a grinder",
            "its pat, pat@roastnook.com, 503 555 0161",
        ]
    )
    assert state.stage == "qualified"
    assert "your account" in replies[-1]
    assert "sales" not in replies[-1]
    assert state.asking is None  # a customer is asked no optional field once it is in
