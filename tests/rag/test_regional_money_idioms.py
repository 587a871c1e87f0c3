"""Set X (issue 23): a price or a total asked in idiom ("what's the damage", "set me back all
up", "what's the tab") is read as the plain price or total ask, and the idiom's noun is no part
of the item nor a topic the knowledge base lacks."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.understanding.asked import asks_price, asks_total, price_idioms


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("Hiya, what's the damage on the Lumen 3-Group?", "$13,400"),
        ("what would the outlay be for a Lumen 2-Group?", "$9,800"),
        ("what's the damage for the Atlas 64?", "$1,350"),
    ],
)
def test_a_price_asked_in_idiom_is_quoted(answerer: Answerer, question: str, price: str) -> None:
    """ "what's the damage on X" quotes X's price instead of saying it does not know."""
    assert price in answerer.answer(question).text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("What would a Lumen 2 group and an Atlas 75 set me back all up?", "$12,250"),
        ("whats the tab for the Lumen 2-Group and Atlas 64?", "$11,150"),
    ],
)
def test_a_total_asked_in_idiom_is_summed(answerer: Answerer, question: str, total: str) -> None:
    """ "all up" and "the tab" ask for the sum of the items named, not a price each."""
    assert f"comes to {total}" in answerer.answer(question).text


def test_the_idiom_words_ask_a_price_only_as_what_a_question_asks() -> None:
    """ "water damage", "a damage policy" and "set it all up" ask no price and no total."""
    assert not asks_price("is water damage covered by the warranty?")
    assert not asks_price("what is the damage policy")
    assert not price_idioms("is water damage covered by the warranty?")
    assert price_idioms("what's the damage on the Lumen?") == {"damage"}
    assert not asks_total("can you set them all up for us")
    assert asks_total("how much all up?")


def test_dead_as_a_degree_is_no_broken_machine(answerer: Answerer) -> None:
    """ "our water is dead hard" is not answered with the trade-in rule for a dead machine."""
    said = answerer.answer("Our water is dead hard. Do you sell anything to protect the machine?")
    assert "not if it is dead" not in said.text


@pytest.mark.parametrize(
    ("question", "price"),
    [
        (
            "How often do we need to change the cartridge on the Clarity filter, and what does "
            "the system cost?",
            "The Clarity water filtration is $640.",
        ),
        ("Tell me about the BatchPro 2. What does the unit cost?", "$1,980"),
    ],
)
def test_the_system_is_the_item_just_named(answerer: Answerer, question: str, price: str) -> None:
    """ "the system" / "the unit" after an item is that item: its own price, no other sentence."""
    text = answerer.answer(question).text
    assert price in text
    assert "separate price" not in text
    assert "trade" not in text.lower()
    assert "Essential plan" not in text
