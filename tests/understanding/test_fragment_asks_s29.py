"""A question typed as a fragment (set AI's terse visitors): a topic with the attribute asked of
it is a question; a bare answer to the chat's own question stays an answer."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.asked import amount_asked
from shared.understanding.fragment_asks import asks_as_fragment
from shared.understanding.questions import asks_something, is_question


@pytest.mark.parametrize(
    "fragment",
    [
        "pico boiler size",
        "atlas 64 warranty",
        "warranty on lumen vs pico",
        "service team hrs",
        "showroom hours",
        "repair techs go where",
        "pro plan. monthly",
        "essential plan, 2 cafes, monthly",
        "house blend minimum",
        "foundry 20 lb + pico. total",
        "batchpro weight",
    ],
)
def test_a_topic_with_its_attribute_asks(fragment: str) -> None:
    """A verbless fragment naming a topic and an attribute at its edge is a question, for the
    flow (``is_question``) and for the check that keeps a question beside a field
    (``asks_something``)."""
    assert asks_as_fragment(fragment)
    assert is_question(fragment)
    assert asks_something(fragment)


@pytest.mark.parametrize(
    "answer",
    [
        "4",
        "sept",
        "lumen",
        "yes the big one",
        "the 2-group",
        "5 cafes total",
        "3 sites",
        "12 hrs",
        "medium size shop",
        "small size",
        "hours vary",
        "our hours are 7 to 3",
        "we need the warranty",
        "not sure where",
        "downtown portland",
    ],
)
def test_a_bare_answer_or_statement_stays_one(answer: str) -> None:
    """An answer to the field asked (a count, a month, a machine), the visitor's own counts
    with a word like "total", a size described or a judgement of hours ask nothing."""
    assert not asks_as_fragment(answer)
    assert not is_question(answer)


def test_a_fragment_closing_on_weight_asks_the_weight() -> None:
    """ "pico weight kg" asks the weight (so a knowledge base without it abstains), while
    "grind by weight" names a way of working, not an amount."""
    assert amount_asked("pico weight kg") == "weight"
    assert amount_asked("batchpro weight") == "weight"
    assert amount_asked("do you grind by weight") is None


async def test_the_brain_reads_a_fragment_ask_as_a_question(brain: LocalBrain) -> None:
    """Through the brain, "pico boiler size" is a question even though it names a machine (a
    field); the machine named alone when the chat asks which one stays an answer."""
    asked = await brain.understand("pico boiler size", ConversationState())
    assert asked.question
    told = await brain.understand("the 2-group", ConversationState(asking="equipment_needs"))
    assert not told.question


async def test_a_topic_typed_before_its_question_is_no_detail(brain: LocalBrain) -> None:
    """ "house blend. minimum?" names what the question asks about: no field is stored from it,
    whereas a detail told before a question ("we have 2 cafes.") still is."""
    topic = await brain.understand("private label blend. minimum?", ConversationState())
    assert topic.question
    assert "support_needs" not in topic.fields
    assert "coffee_preferences" not in topic.fields
    told = await brain.understand("we have 2 cafes. how much is the pro plan", ConversationState())
    assert told.fields.get("locations") == 2


async def test_a_topic_first_that_answers_the_field_asked_is_kept(brain: LocalBrain) -> None:
    """When the chat asked which coffee, "riverbend. price per lb?" both answers it and asks."""
    state = ConversationState(asking="coffee_preferences")
    heard = await brain.understand("riverbend. price per lb?", state)
    assert heard.question
    assert "riverbend" in str(heard.fields.get("coffee_preferences", "")).lower()
