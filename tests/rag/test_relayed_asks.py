"""Set W (issue 23): asks relayed for someone else answered from the catalog: a difference of
the two items discussed, contents asked as "what's in X", and honest gaps for what the knowledge
base never holds (live stock, a recipe's dose and yield)."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.understanding.asked import asked_heads, asks_stock


def test_a_difference_weighs_the_item_pointed_to_against_the_one_discussed(
    answerer: Answerer,
) -> None:
    """ "how much more is the bigger one?" after the Lumens: worked out from both prices."""
    first = answerer.answer("the owner is torn between the two Lumens")
    said = answerer.answer("how much more is the bigger one?", first.entities, first.attribute)
    assert "$13,400 - $9,800 = $3,600" in said.text


@pytest.mark.parametrize(
    "question",
    [
        "what's in the café launch consulting, and what does it cost?",
        "whats in the launch consulting",
    ],
)
def test_whats_in_an_item_asks_its_contents(answerer: Answerer, question: str) -> None:
    """ "what's in X" is answered with what X includes (and its price when asked too)."""
    text = answerer.answer(question).text
    assert "Menu design" in text
    assert ("$2,500" in text) == ("cost" in question)


def test_whether_an_item_is_in_stock_is_an_honest_gap(answerer: Answerer) -> None:
    """The knowledge base says what in-stock items do, never which are in stock today."""
    text = answerer.answer("Is the Atlas 75 actually in stock today? My boss wants it this week.")
    assert text.text.startswith("I don't have live stock levels for the Atlas 75")


def test_a_made_to_order_item_asked_in_stock_gets_its_lead_time(answerer: Answerer) -> None:
    """The Lumen 3-Group is built to order: its lead time answers, not a gap."""
    text = answerer.answer("need the 3 group before the trade fair in march, is it in stock?").text
    assert "three-week" in text


def test_two_nouns_asked_together_are_each_an_asked_head(answerer: Answerer) -> None:
    """ "what dose and yield does ..." asks both; "yield" is nowhere in the knowledge base."""
    question = "What dose and yield does your head roaster recommend for the Foundry espresso?"
    assert asked_heads(question) == ["dose", "yield"]
    assert asked_heads("is the pico plug and play") == ["plug and play"]
    assert answerer.answer(question).text.startswith("I don't have information on")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is the atlas 75 actually in stock today?", True),
        ("do you have the pico in stock", True),
        ("How long does the Lumen 3-Group take to ship? And a grinder that's in stock?", False),
        ("how quick can you ship an atlas 64 if its in stock", False),
    ],
)
def test_a_stock_ask_is_a_yes_no_question_about_an_item(question: str, asks: bool) -> None:
    """Only a question whether an item is in stock; not a shipping time asked of stock."""
    assert asks_stock(question) is asks


@pytest.mark.parametrize(
    "question", ["we want both grinder prices side by side", "price of both grinders"]
)
def test_both_members_priced_at_once_is_the_kind_listed(answerer: Answerer, question: str) -> None:
    """ "both" and "side by side" ask every member of the kind, no other topic."""
    text = answerer.answer(question).text
    assert "$2,450" in text
    assert "$1,350" in text
