"""A price asked of nothing ("pricing?", "what are your prices") gets the catalog's prices at a
glance and one question back, not "I don't know" and not one product's price picked at random;
a price asked of something named, a quote or a follow-up about an item is answered as before."""

from __future__ import annotations

import re

import pytest

from shared.rag.answering import Answerer
from shared.understanding.asked import asks_prices_only

MONEY = re.compile(r"\$[\d,]+(?:\.\d+)?")


@pytest.mark.parametrize(
    "question",
    [
        "pricing",
        "prices?",
        "price list",
        "what are your prices",
        "what do you charge",
        "ur pricing pls",
    ],
)
def test_a_price_asked_of_nothing_gets_the_prices_at_a_glance(
    answerer: Answerer, question: str
) -> None:
    answer = answerer.answer(question)
    assert answer.grounded
    assert "$3,900 to $13,400" in answer.text  # the espresso machines, as the catalog prices them
    assert "$10.80 to $15.90 per lb" in answer.text
    assert answer.text.endswith("Which would you like to know more about?")
    catalog_prices = {e.price.text.split()[0] for e in answerer.catalog.priced() if e.price}
    assert set(MONEY.findall(answer.text)) <= catalog_prices  # nothing derived, nothing invented
    assert {s.source for s in answer.sources} >= {"products/espresso-machines.md"}


@pytest.mark.parametrize(
    "question",
    [
        "how much is the pico",
        "what's the price of the atlas 64",
        "can i get a quote",
        "how much does delivery cost",
        "what's your cheapest coffee",
        "any fees?",
    ],
)
def test_a_price_asked_of_something_is_not_a_price_list(question: str) -> None:
    assert not asks_prices_only(question)


def test_a_price_follow_up_about_an_item_stays_about_it(answerer: Answerer) -> None:
    """ "pricing?" after the Pico was discussed is the Pico's price, not the overview."""
    answer = answerer.answer("pricing?", recent=["Pico 1-Group"])
    assert "$3,900" in answer.text
    assert "at a glance" not in answer.text
