"""Classes of an eleventh author's set (buyers for hotels, offices and caterers who paste formal
messages): an erasure request naming the visitor's name and contact details in one object,
with phrasings of our own and requests about other things the rule must not take, through the
real reader."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState
from shared.understanding.privacy import asks_erasure, erasure_fields
from shared.understanding.questions import asks_something, is_question
from shared.understanding.refusals import refused_fields
from shared.understanding.support_issues import detect
from shared.understanding.text import clauses

NOW = datetime(2026, 12, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # the visitor's data named after another word of it: all of it goes
        (
            "Our compliance team says no vendor records yet, so please delete my name and"
            " contact details.",
            [],
        ),
        ("could you remove my name, email and phone from your system", []),
        ("kindly erase our company's details", []),
        ("pls delete the details i gave you earlier", []),
        ("can you wipe the info you have, thanks", []),
        ("delete my name and number please", []),
        # one or two contact fields named: those go, the name stays
        ("please remove my email and phone", ["phone", "email"]),
        ("delete my mobile number", ["phone"]),
    ],
)
def test_an_erasure_naming_the_visitors_data(text: str, fields: list[str]) -> None:
    assert asks_erasure(text)
    assert erasure_fields(text) == fields


@pytest.mark.parametrize(
    "text",
    [
        "remove my grinder from the quote",
        "can we delete my second site from the order, we're only doing one",
        "delete my old order and start fresh",
        "remove my espresso machine from the list",
        "what details do you need from me?",
    ],
)
def test_a_removal_of_something_else_is_no_erasure(text: str) -> None:
    assert not asks_erasure(text)


async def test_an_erasure_midway_then_a_question_forgets_everything(brain: LocalBrain) -> None:
    """Details given, then "please delete my name and contact details", then a thank-you with
    a question: nothing the visitor gave is held, and the question still goes to the answerer."""
    state = ConversationState()
    messages = [
        "Hello, Tomasz Wrona here, beverage lead at the Harbourline Hotel in Seattle.",
        "You can reach me at t.wrona@harbourline.com or 206 555 0183.",
        "On reflection our policy forbids sharing details before a tender. Please delete my name"
        " and contact details from your records.",
    ]
    for message in messages:
        state, plan = advance(state, await brain.understand(message, state), NOW)
    assert plan.erased
    heard = await brain.understand("Thank you. Does your espresso blend come in 5 lb bags?", state)
    state, plan = advance(state, heard, NOW)
    assert heard.question
    assert not state.collected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an arrival expected and past, on an order of theirs
        (
            "PO 5521, 40 lb of espresso ordered on the 2nd, it was meant to be here Friday",
            "delivery",
        ),
        ("our beans should have arrived by now, order #88213", "delivery"),
        ("we ordered decaf last week and there's still no sign of it", "delivery"),
        # a charge gone wrong on their own bill
        ("We were charged twice for invoice 40021 on our company card.", "billing"),
        ("I think you overcharged us on the last order", "billing"),
    ],
)
def test_an_order_or_a_bill_gone_wrong_is_a_report(text: str, category: str) -> None:
    issue = detect(text)
    assert issue is not None
    assert issue.category == category


@pytest.mark.parametrize(
    "text",
    [
        # a price request naming a blend whose name holds a fault word, beside a place
        "Standing order for our two cafés in Boise, please price: Foundry Espresso 80 lb,"
        " Harbor Cold Brew 30 lb",
        # future expectations and other suppliers' bills
        "our order is supposed to arrive thursday, right?",
        "our old supplier overcharged us constantly, that's why we're looking",
        "how long should delivery take to Boise?",
    ],
)
def test_a_request_or_an_expectation_is_no_report(text: str) -> None:
    assert detect(text) is None


async def test_a_priced_standing_order_opens_no_ticket(brain: LocalBrain) -> None:
    """A list of blends to price, one named Cold Brew, from a café group in Boise: no support
    turn (a sales request), while a late order with its PO number is one."""
    order = (
        "Hi team, monthly order for our 3 cafés in Boise. Can you price this up:\n"
        "• Foundry Espresso – 100 lb\n• Harbor Cold Brew – 30 lb\nThanks, Lee"
    )
    heard = await brain.understand(order, ConversationState())
    assert not heard.support_issue
    late = "PO# 30418: 50 lb Foundry, ordered Monday, it was supposed to be here yesterday."
    heard = await brain.understand(late, ConversationState())
    assert heard.support_issue


def test_a_clause_never_breaks_inside_a_number() -> None:
    """ "$1,380.00" and "12.50" stay whole; a comma or full stop between words still splits."""
    assert clauses("we were charged twice for invoice 77 ($1,380.00) on our card.") == [
        "we were charged twice for invoice 77 ($1,380.00) on our card"
    ]
    assert clauses("price went to 12.50/lb, too much. 2 sites") == [
        "price went to 12.50/lb",
        "too much",
        "2 sites",
    ]
    assert clauses("we have 3, maybe 4 sites") == ["we have 3", "maybe 4 sites"]


def test_dont_tell_me_refuses_nothing() -> None:
    """ "don't tell me ..." tells the bot what not to say; "won't tell you my name" refuses."""
    assert refused_fields("don't tell me it's another six weeks", "name") == []
    assert refused_fields("i won't tell you my name", "name") == ["name"]
    assert refused_fields("rather not say", "name") == ["name"]


async def test_a_question_with_a_dont_refuses_no_field_asked(brain: LocalBrain) -> None:
    """Asked for a name after a fault report, a question with "so don't tell me ..." refuses
    no field: the name may still be given later."""
    state = ConversationState()
    fault = "Our Atlas 64 quit grinding at lunch, it just clicks. We bought it from you in 2025."
    state, _ = advance(state, await brain.understand(fault, state), NOW)
    state.asking = "name"
    asked = (
        "Is that still covered? We're in El Paso, so don't tell me someone drives from Portland."
    )
    heard = await brain.understand(asked, state)
    assert heard.question
    assert heard.refused == []


@pytest.mark.parametrize(
    "text",
    [
        "grinder cost",
        "the batch brewer price pls",
        "service desk hours",
        "pico & atlas 64 total",
        "lumen 3 + two grinders total please",
        "Kindly advise the lead time for a 3-group.",
        "pls confirm the minimum order",
        "let us know the delivery fee to Alaska",
        "got anything chocolatey for milk drinks",
        "shipping times to ottawa",
    ],
)
def test_a_terse_request_is_a_question(text: str) -> None:
    """A request typed without a question word or mark asks something."""
    assert is_question(text)
    assert asks_something(text)


@pytest.mark.parametrize(
    "text",
    [
        "price is fine",
        "the cost is too high for us",
        "our opening hours are 7 to 3",
        "3 shops total",
        "2 sites and 150 cups total",
        "we want good coffee at a fair price",
        "Regards, Ana Ruiz, Purchasing, Hotel Ruiz",
    ],
)
def test_a_remark_on_an_attribute_is_no_question(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please total this list: 1x pico, 2x atlas 64",
        "can you add it all up",
        "tally these for me: two picos and a grinder",
        "price this up: a lumen 2 group and an atlas 75",
        "work out the total for the lot",
    ],
)
def test_a_sum_asked_in_the_imperative_is_a_question(text: str) -> None:
    """A sum asked as an order ("total this list", "add it all up") is answered."""
    assert is_question(text)


@pytest.mark.parametrize(
    "text", ["we will add them to our menu", "add this to the order", "these prices are fine"]
)
def test_adding_to_a_menu_or_an_order_asks_no_sum(text: str) -> None:
    """ "add them to our menu" and "add this to the order" ask nothing."""
    assert not is_question(text)
