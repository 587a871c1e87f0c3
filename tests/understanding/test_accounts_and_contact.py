"""Who the visitor is and when contact is asked (issue 22): a business closing, sold or
cancelling its service is a running one and is asked nothing; a plan said to be undecided earns
no request for contact until the visitor asks for a next step; a stall or pop-up being started
and a cart's first machine are new; one detail given in reply to our question has not yet
earned a request for a name. Phrasings of our own, each class with a case it must not take."""

from __future__ import annotations

import pytest

from shared.conversation.asking import engaged
from shared.conversation.brain import LocalBrain
from shared.conversation.kinds import CustomerType
from shared.conversation.registry import CONTACT_FIELDS
from shared.conversation.state import ConversationState
from shared.understanding.commitment import leaves_business, unsure_plans
from shared.understanding.entities.quantities import find_locations
from shared.understanding.fuzzy import normalise
from shared.understanding.support_issues import detect
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("text", "leaving"),
    [
        ("we are shutting down our little espresso bar after christmas", True),
        ("the bakery closes for good in february so we need to wrap things up", True),
        ("we sold the shop last week, the new owners will get in touch", True),
        ("please cancel our fortnightly standing order from next month", True),
        ("how do we stop the subscription while we renovate", True),
        ("going out of business sadly, what happens to the plan", True),
        # the hour a shop closes, a recipe stopped, a plan asked about: nothing is leaving
        ("we close the cafe at 4 so deliveries in the morning please", False),
        ("closing the shop at noon on the 24th, deliver before", False),
        ("we're closing our kiosk at the end of the season for good", True),
        ("how do i stop the coffee from tasting sour", False),
        ("is there a fee to cancel a plan early", False),
    ],
)
def test_a_business_leaving(text: str, leaving: bool) -> None:
    assert leaves_business(normalise(text)) is leaving


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("no idea when, still figuring out the lease", True),
        ("maybe in a couple of years if the bank loan comes through", True),
        ("honestly just browsing, not buying anything today", True),
        ("nothing is decided, it's early days", True),
        # an estimate or an open choice of gear is no undecided plan
        ("maybe 40 cups a day to start", False),
        ("opening in april, not sure which grinder yet", False),
    ],
)
def test_a_plan_said_to_be_undecided(text: str, unsure: bool) -> None:
    assert unsure_plans(normalise(text)) is unsure


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("setting up a pop-up at the night market, which machine works on a wall socket", "new"),
        ("taking a booth at the summer fair, what grinder would suit", "new"),
        ("need an espresso machine for my coffee trailer", "new"),
        ("we're closing the roastery cafe in spring, can we return the brewer", "existing"),
        # a stall run for years, a cart's own machine broken: running already
        (
            "we've run a stall at the harbour market since 2018 and want a second grinder",
            "existing",
        ),
        ("our cart's machine broke, need a replacement before the weekend", "existing"),
    ],
)
def test_type_of_stalls_carts_and_closings(text: str, kind: str) -> None:
    expected = CustomerType.NEW_CAFE if kind == "new" else CustomerType.EXISTING_CAFE
    assert visitor_type(normalise(text)) is expected


def test_a_percentage_is_no_count_of_sites() -> None:
    assert find_locations("the plan with 15% off spare parts, right?", asked=True) is None
    assert find_locations("4", asked=True) == 4
    # one site among several is no count either
    assert find_locations("the grinder at one of them is the problem", asked=True) is None
    assert find_locations("just one", asked=True) == 1
    # eateries counted by what they serve
    assert find_locations("we have four lunch places downtown", asked=False) == 4


def test_one_detail_in_reply_has_not_earned_a_name_ask() -> None:
    state = ConversationState(customer_type=CustomerType.NEW_CAFE, turns=2)
    state.collected["expected_volume"] = "about 70 cups a day"
    assert not engaged(state)
    state.rag_questions = 1  # an answer given to a question of theirs
    assert engaged(state)


async def test_an_undecided_plan_is_not_asked_for_contact(brain: LocalBrain) -> None:
    state = await play(
        brain,
        [
            "i work in a roastery and keep thinking about a place of my own",
            "no idea when, still figuring out if the money comes together",
            "what does a basic espresso setup cost",
            "and how long is the warranty",
        ],
    )
    assert state.unsure_plans
    assert not any(state.ask_counts.get(f) for f in CONTACT_FIELDS)


async def test_an_undecided_plan_asking_for_a_quote_is_asked_how_to_reach_them(
    brain: LocalBrain,
) -> None:
    state = await play(
        brain,
        [
            "thinking about a small coffee place, nothing is decided",
            "could your team send me a quote for the pico and a grinder",
        ],
    )
    assert state.handoff
    assert state.asking in CONTACT_FIELDS


async def test_a_closing_business_is_asked_nothing(brain: LocalBrain) -> None:
    state = await play(
        brain,
        [
            "we're shutting down our coffee bar at the end of january",
            "can the weekly delivery stop after the 20th",
            "and is there anything to pay to end the maintenance plan",
        ],
    )
    assert state.customer_type is CustomerType.EXISTING_CAFE
    assert state.leaving
    assert not state.ask_counts


@pytest.mark.parametrize(
    ("text", "ticket"),
    [
        ("account 5520, how late can we change our recurring order this week", False),
        ("what's the latest we can add decaf to our order", False),
        ("our recurring order is late again, nothing came on monday", True),
    ],
)
def test_a_deadline_asked_is_no_late_order(text: str, ticket: bool) -> None:
    assert (detect(text, existing_customer=True) is not None) is ticket
