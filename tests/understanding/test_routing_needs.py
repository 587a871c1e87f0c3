"""Routing of a visitor's message: a question asked after a condition is answered, a need is no
fault, a business running coffee equipment is an existing one (issues 22, 23)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState, CustomerType
from shared.understanding.fuzzy import normalise
from shared.understanding.questions import is_question
from shared.understanding.support_issues import detect
from shared.understanding.visitor import visitor_type

NOW = datetime(2026, 12, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "if we order 40 bags every month would we get a better price",
        "say we sign up for the pro plan does it cover the grinder too",
        "we are in tucson, do your people come out this far",
    ],
)
def test_a_question_after_a_condition_or_place_is_a_question(text: str) -> None:
    """An inverted auxiliary after an "if" clause, or "do your ..." after a comma, asks."""
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "roughly what would a lumen 3 group cost per month on a lease",
        "ballpark, how much is a year of the pro plan",
        "honestly how long does delivery take to canada",
    ],
)
def test_a_hedge_before_the_question_word_still_asks(text: str) -> None:
    """A hedging word before the question word ("roughly what would ...") leaves a question."""
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "roughly 200 cups a day",
        "honestly the beans we get now are fine",
    ],
)
def test_a_hedge_before_a_statement_asks_nothing(text: str) -> None:
    """The hedge alone does not make a question of a statement."""
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "if you can we would like a call",
        "if it breaks we will call you",
        "if the price is right we would do it",
    ],
)
def test_a_condition_that_states_a_plan_asks_nothing(text: str) -> None:
    """An auxiliary after its subject or another verb is a statement, not a question."""
    assert not is_question(text)


async def test_a_conditional_question_is_sent_to_the_knowledge_base(brain: LocalBrain) -> None:
    """A conditional question that also gives a quantity is searched, not welcomed."""
    for text in (
        "if we buy 60 lb of beans a month do we get a discount",
        "say we need 3 grinders, would you give us a better price",
    ):
        heard = await brain.understand(text, ConversationState())
        assert heard.retrieve, text


@pytest.mark.parametrize(
    "text",
    [
        "need a grinder for the truck, we park at the market on sundays",
        "we want an espresso machine for the kiosk, the spot where we park has no water",
        "looking for a machine for our cart since the park we sell in has no 220",
    ],
)
def test_a_need_beside_a_common_word_opens_no_ticket(text: str) -> None:
    """ "park" is an English word, no typo of the fault "spark": a need is no fault."""
    assert detect(text, existing_customer=True) is None


def test_a_typo_of_a_fault_still_opens_a_ticket() -> None:
    """A misspelt fault that is no English word ("brokn") still reports one."""
    assert detect("our grinder is brokn", existing_customer=True) is not None


@pytest.mark.parametrize(
    "text",
    [
        "we run two taprooms, both with espresso machines that need descaling",
        "I look after the kitchen at a 40 room inn and the brewer we have keeps dripping",
        "we have 3 yoga studios all with espresso machines",
    ],
)
def test_a_business_running_coffee_equipment_is_existing(text: str) -> None:
    """Coffee equipment in use now at a named business makes it a running one."""
    assert visitor_type(normalise(text)) is CustomerType.EXISTING_CAFE


@pytest.mark.parametrize(
    "text",
    [
        "the machine we have at home is broken",
        "the machine we have in mind for the cafe is the lumen",
    ],
)
def test_home_or_planned_equipment_is_no_running_business(text: str) -> None:
    """A home machine or one only planned does not make a running business."""
    assert visitor_type(normalise(text)) is not CustomerType.EXISTING_CAFE


async def test_existing_type_is_kept_through_the_machine(brain: LocalBrain) -> None:
    """The type read from the equipment a business runs is stored by the state machine."""
    state = ConversationState()
    heard = await brain.understand(
        "we own 4 sandwich shops, all with espresso machines, and the pumps are noisy", state
    )
    state, _ = advance(state, heard, NOW)
    assert state.customer_type is CustomerType.EXISTING_CAFE


@pytest.mark.parametrize(
    "later",
    [
        "hmm ok",
        "good to know",
        "interesting",
    ],
)
async def test_a_later_type_question_greets_no_one_again(brain: LocalBrain, later: str) -> None:
    """After the first turn, the question of what brings them here comes without a "Hi!"."""
    from shared.conversation.replies import compose

    state = ConversationState()
    replies: list[str] = []
    for message in ["how much is the lumen 2 group?", later]:
        heard = await brain.understand(message, state)
        state, plan = advance(state, heard, NOW)
        replies.append(compose(plan, state, replies[-1] if replies else None, "ANSWER."))
    assert plan.welcome
    assert not replies[-1].startswith(("Hi", "Happy to help"))


@pytest.mark.parametrize(
    "text",
    ["I run the cafe in a 60 room hotel", "we run a 120-seat restaurant", "a 40 bed clinic cafe"],
)
def test_a_venue_size_is_no_count_of_sites(text: str) -> None:
    """Rooms, seats or beds size a venue; they are never stored as its number of locations."""
    from shared.understanding.entities.quantities import find_locations

    assert find_locations(text, False) is None
    assert find_locations("we run 3 hotels", False) == 3
