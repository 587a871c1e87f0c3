"""Set AB's follow-ups and two-part asks (s27): "ok and prices on both?" after two items is
their prices (the acknowledgement opens nothing, the hedged pick after it is told, not asked);
"which of your coffees would you put through it?" after the brewer is the coffee the
brewer's own section names; "how fast do orders reach boise" after another place's question is
a delivery time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.rag.answering import Answerer
from shared.rag.place_answers import travel_named
from shared.rag.resolve import kind_named
from shared.rag.told import tells
from shared.understanding.entities.places import place_in
from shared.understanding.reference import without_opener

GRINDERS = ["Atlas 75", "Atlas 64"]


@pytest.mark.parametrize(
    "question",
    [
        "okay, and the price of each?",
        "alright what do they cost? prob the 64 for our second shop",
        "cool. prices on both? maybe one of each",
    ],
)
def test_prices_on_both_after_two_items(answerer: Answerer, question: str) -> None:
    """Each item discussed is priced; the hedged pick after the ask is not answered."""
    said = answerer.answer(question, recent=GRINDERS).text
    assert "$2,450" in said
    assert "$1,350" in said
    assert "couldn't find" not in said


def test_an_acknowledgement_is_an_opener() -> None:
    """ "ok" / "got it" before the ask is taken off; a word that asks is kept."""
    assert without_opener("ok and prices on both?") == "and prices on both?"
    assert without_opener("got it. warranty on them?") == "warranty on them?"
    assert without_opener("okra latte?") == "okra latte?"


@pytest.mark.parametrize(
    "part",
    ["probably the 75 for the new place and a 64 for the old", "maybe a pico for the cart"],
)
def test_a_hedged_pick_is_told(part: str) -> None:
    assert tells(part)


@pytest.mark.parametrize("part", ["maybe the pico?", "probably what we need is a grinder?"])
def test_a_hedged_question_still_asks(part: str) -> None:
    """Negative: with a question mark the hedge asks."""
    assert not tells(part)


@pytest.mark.parametrize(
    "question",
    [
        "which of your blends would you use in it?",
        "which of the coffees would you run through it?",
        "which of your coffees suits it best?",
    ],
)
def test_a_coffee_for_the_item_just_discussed(answerer: Answerer, question: str) -> None:
    """The brewer's own sentence naming a blend answers, with that blend's price."""
    said = answerer.answer(question, recent=["BatchPro 2 batch brewer"]).text
    assert "Riverbend" in said


def test_which_coffee_names_the_blends_but_not_a_coffee_machine(answerer: Answerer) -> None:
    """ "which of your coffees" asks the blends; "which of your coffee machines" and "no clue
    which coffee to go with" do not."""
    assert kind_named(answerer.catalog, "which of your coffees is darkest") == "coffee blend"
    machines = "which of your coffee machines is smallest"
    assert kind_named(answerer.catalog, machines) == "espresso machine"
    assert kind_named(answerer.catalog, "no clue which coffee to go with") is None


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        (
            "how quickly do bean orders reach Spokane?",
            "how quickly do bean orders get delivered to Spokane?",
        ),
        (
            "does your tech cover oregon, and how fast does coffee get to Portland?",
            "does your tech cover oregon, and how fast does coffee get delivered to Portland?",
        ),
    ],
)
def test_the_way_to_a_place_is_a_delivery(question: str, rewritten: str) -> None:
    assert travel_named(question, place_in(question)) == rewritten


@pytest.mark.parametrize(
    "question",
    ["can your tech reach us in boise", "how fast can you reach a decision, we're in boise"],
)
def test_reaching_no_place_is_no_delivery(question: str) -> None:
    """Negative: "reach" of a person or a decision is left as it is."""
    assert travel_named(question, place_in(question)) == question


def test_both_halves_of_a_service_and_delivery_question(follow: Callable[..., str]) -> None:
    """The techs' area and the delivery time, each answered."""
    said = follow("do your techs cover washington, and how fast do coffee orders reach Spokane?")
    assert "Washington" in said
    assert "3 business days" in said
