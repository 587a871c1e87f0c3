"""Where the company delivers at all, figures written with a thousands point, and a bag
named by its weight (set N).

A place outside every area the knowledge base says it delivers to is told so, not quoted the
fee for outside the free-delivery zone; "12.000 dollars" is twelve thousand dollars; "a 5 lb
bag of X" is 5 lb of X.
"""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.bags import BagSize, by_weight
from shared.rag.delivery import delivery_line, delivery_terms, served_area
from shared.rag.rules import paid_amount, stated_amount
from shared.understanding.entities.places import CANADA, US, place_in

FREE = "Delivery is free on orders over $250 within the continental United States."
FEE = (
    "Smaller orders, and orders shipped outside the continental US, pay a flat delivery fee of $18."
)
FIVE = BagSize(5.0, "lb", "We roast five coffees for wholesale customers, each in 5 lb bags.")
SERVED = "We ship to the United States and Canada: in 3 days here and a week there."


def test_the_served_area_is_read_with_its_zones() -> None:
    """ "We ship to the United States and Canada:" names two zones the gazetteer reads."""
    assert served_area([(SERVED, "faq.md")]) == (
        "the United States and Canada",
        frozenset({US, CANADA}),
    )


def test_an_area_the_gazetteer_does_not_read_refuses_nothing() -> None:
    """ "We deliver across the Pacific Northwest." is no area a place can be checked against."""
    assert served_area([("We deliver across the Pacific Northwest.", "faq.md")]) == (
        "",
        frozenset(),
    )


def test_a_place_abroad_is_told_we_do_not_deliver_there() -> None:
    """An order to Madrid gets no fee sum: the company delivers to the US and Canada only."""
    terms = delivery_terms([(FREE, "w.md"), (FEE, "w.md"), (SERVED, "faq.md")])
    assert terms is not None
    line, derived = delivery_line(terms, 120.0, place_in("madrid"))
    assert line == "We deliver to the United States and Canada only, so not to Madrid."
    assert derived == []
    toronto, _ = delivery_line(terms, 120.0, place_in("toronto"))
    assert "$18" in toronto


@pytest.mark.parametrize(
    "question",
    [
        "we have a coffee bar in berlin germany, can you ship there?",
        "We are a café in Paris, France. Do you ship to Europe?",
        "im in london uk, can u deliver to me",
    ],
)
def test_a_delivery_question_from_abroad_names_where_we_deliver(
    answerer: Answerer, question: str
) -> None:
    """The demo knowledge base delivers across the US and Canada: the answer says so."""
    answer = answerer.answer(question)
    assert "United States and Canada only" in answer.text
    assert "$18 delivery fee applies" not in answer.text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the old one cost 8.500 dollars new", "$8,500"),
        ("we paid 1.250.000 for the building", "$1,250,000"),
        ("it was 3.5k", "$3,500"),
    ],
)
def test_a_thousands_point_is_read_as_thousands(text: str, amount: str) -> None:
    """A figure grouped with points in threes is thousands; one decimal point stays a decimal."""
    assert stated_amount(text) == amount
    assert paid_amount(text) == amount


def test_one_bag_of_a_stated_weight_is_that_weight() -> None:
    """ "a 5 lb bag of X" is asked as "5 lb of X", with no conversion to show; "a bag" alone
    and "an order" are left as typed."""
    bagged = by_weight("price of a 5 lb bag of the sunrise?", FIVE)
    assert bagged is not None
    assert bagged.text == "price of 5 lb of the sunrise?"
    assert bagged.derivations == []
    assert by_weight("price of a bag of the sunrise?", None) is None
    assert by_weight("an order of 20 lb", FIVE) is None


def test_a_bag_named_by_its_weight_is_priced(answerer: Answerer) -> None:
    """ "a 5 lb bag of the Ethiopian coffee" is 5 lb of the Sunrise at $15.90 per lb."""
    answer = answerer.answer("How much would a 5 lb bag of your Ethiopian coffee be?")
    assert "$79.50" in answer.text
