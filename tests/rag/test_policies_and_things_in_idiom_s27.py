"""Set AB's answers asked without the knowledge base's words (s27): the company's own name in a
company question ("how long has Copperline been around"), a return asked by its verb beside
another topic's word ("the bags are still sealed, can we send them back"), a policy's attribute
asked as a threshold ("how big an order ships free", "how much before you make our own blend"),
and a product named by a generic noun ("your filtration system", "the batch machine")."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.facts import CompanyFacts
from shared.rag.featured import thing_member
from shared.rag.resolve import THING_NOUNS, kind_named


@pytest.mark.parametrize(
    "question",
    [
        "how long has copperline been going?",
        "how long has Copperline Coffee been in business?",
        "is copperline an old company?",
    ],
)
def test_the_company_named_asks_as_you_do(answerer: Answerer, question: str) -> None:
    """Its own name, which the embedding model never learnt, does not hide the founding topic."""
    assert "2011" in answerer.answer(question).text


def test_the_name_is_read_as_the_company(answerer: Answerer) -> None:
    """Only the company's name is replaced: another word is left as it is."""
    facts = answerer._facts
    assert facts.name is not None
    assert facts.name.startswith("Copperline")
    assert facts.as_company("when did Copperline start?") == "when did the company start?"
    assert facts.as_company("is the copper boiler good?") == "is the copper boiler good?"


def test_no_name_changes_nothing() -> None:
    """A bundle without the company's name (an older one) reads the question as written."""
    assert CompanyFacts().as_company("how long has acme been around") == (
        "how long has acme been around"
    )


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("the blend isn't for us, bags never opened. can we ship them back?", "14 days"),
        ("two bags arrived unopened but we over-ordered, could we send those bags back?", "14"),
        ("got a brewer we never switched on, any chance we can return it? fee?", "10%"),
        (
            "the atlas 64 is still boxed, we don't need it. can it go back and what does it cost",
            "10%",
        ),
    ],
)
def test_a_return_asked_beside_another_topic_is_the_returns_policy(
    answerer: Answerer, question: str, wanted: str
) -> None:
    """ "send back" / "return" decide the topic over the bags' packaging or the item's stock."""
    assert wanted in answerer.answer(question).text


def test_bags_asked_without_a_return_are_still_packaging(answerer: Answerer) -> None:
    """Negative: a question about the bags themselves keeps its packaging answer."""
    said = answerer.answer("are your coffee bags compostable?").text
    assert "compostable" in said
    assert "14 days" not in said


@pytest.mark.parametrize(
    ("question", "wanted", "not_wanted"),
    [
        ("what size of order gets delivered for free?", "$250", "20 lb"),
        ("how much do we have to spend for shipping to be free?", "$250", "20 lb"),
        ("how many pounds a month before you'd roast a blend just for us?", "150 lb", "20 lb"),
        ("what volume do we need for our own custom blend?", "150 lb", "20 lb"),
    ],
)
def test_a_threshold_is_the_asked_policys(
    answerer: Answerer, question: str, wanted: str, not_wanted: str
) -> None:
    """Free delivery and the custom blend answer their own threshold, not the order minimum."""
    said = answerer.answer(question).text
    assert wanted in said
    assert not_wanted not in said


def test_the_minimum_asked_is_still_the_minimum(answerer: Answerer) -> None:
    """Negative: the smallest order asked keeps the order minimum."""
    assert "20 lb" in answerer.answer("what's the smallest coffee order you'll take?").text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("scale keeps killing our boiler, what's the price of the filtration system?", "$640"),
        ("how much is the water filter unit?", "$640"),
        ("what does the batch machine cost?", "$1,980"),
        ("warranty on the brewer unit?", "1-year"),
    ],
)
def test_a_product_named_by_a_generic_noun(answerer: Answerer, question: str, wanted: str) -> None:
    """ "system", "unit", "machine" after an item's own word still name that item."""
    assert wanted in answerer.answer(question).text


def test_a_thing_noun_keeps_the_kind(answerer: Answerer) -> None:
    """ "filtration system" names the water filtration kind; "panel cleaning" stays a modifier."""
    assert kind_named(answerer.catalog, "price of your filtration system") == "water filtration"


@pytest.mark.parametrize(
    "question",
    [
        "how much is a coffee machine?",  # "coffee" is many members' word
        "do you sell a cold brew machine?",  # the cold brew blend is sold by weight
        "price of the espresso machine?",  # a kind named whole
        "how much is the cart machine?",  # an alias of the Pico
    ],
)
def test_a_word_before_a_thing_noun_that_names_no_one_item(
    answerer: Answerer, question: str
) -> None:
    """Negative: the question is left as it is, never given another member's name."""
    assert thing_member(question, answerer.catalog, THING_NOUNS) == question


def test_the_minimum_per_delivery_is_no_free_delivery(answerer: Answerer) -> None:
    """Negative: a minimum asked per delivery, with no word of free delivery, is the minimum."""
    said = answerer.answer("is there a minimum per delivery? only need 10 lb").text
    assert "20 lb" in said
    assert "$250" not in said


def test_a_count_before_a_kind_names_no_item(answerer: Answerer) -> None:
    """Negative: "three grinders" counts grinders; it is not the Lumen 3-Group's "three"."""
    said = "three grinders for our sites please"
    assert thing_member(said, answerer.catalog, THING_NOUNS) == said
