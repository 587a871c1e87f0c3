"""A question that carries the visitor's situation (a place, a count of sites, how sure they
are) is still answered: the situation says who asks, never what is asked (issue 23)."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer


@pytest.mark.parametrize(
    "question",
    [
        "is the Riverbend really certified organic?",
        "our guests ask a lot - is riverbend truly certified organic?",
        "is the riverbend even certified organic",
    ],
)
def test_a_doubting_adverb_asks_the_certification_named(answerer: Answerer, question: str) -> None:
    """ "actually"/"really"/"even" before "certified" is no standard the KB lacks."""
    assert "USDA Organic" in answerer.answer(question).text


def test_a_standard_the_kb_lacks_is_still_unknown_after_an_adverb(answerer: Answerer) -> None:
    """ "really SCA certified" still names SCA, which the KB never mentions: don't know."""
    said = answerer.answer("is the online course really SCA certified?")
    assert not said.grounded


@pytest.mark.parametrize(
    "question",
    [
        "Pro plan for our 4 cafes in Kansas City, what's the monthly total?",
        "the Essential plan for our shop in Sioux Falls - what's included?",
    ],
)
def test_a_place_beside_a_plan_question_is_no_unknown_topic(
    answerer: Answerer, question: str
) -> None:
    """A gazetteer place of several words ("kansas city") is who asks, not an unknown ask."""
    said = answerer.answer(question)
    assert said.grounded
    assert "plan" in said.text


def test_a_place_does_not_make_an_unknown_attribute_known(answerer: Answerer) -> None:
    """ "is the Pico noisy in Kansas City" still asks a loudness the KB never states."""
    assert not answerer.answer("is the Pico noisy in Kansas City?").grounded


def test_a_single_cafe_is_a_count_not_a_one_off_job(answerer: Answerer) -> None:
    """ "single cafe" tells one site; the plan's monthly price is still the answer."""
    said = answerer.answer("Essential plan, how much? just a single cafe in Tucson")
    assert "$49" in said.text


def test_a_single_repair_visit_is_still_a_one_off(answerer: Answerer) -> None:
    """ "a single repair visit" asks a price outside the plans, which the KB does not give."""
    assert not answerer.answer("how much is a single repair visit?").grounded


@pytest.mark.parametrize(
    "question", ["Pro plan: cost and what we get?", "the essential plan, what would i get?"]
)
def test_what_you_get_without_do_asks_the_contents(answerer: Answerer, question: str) -> None:
    """The terse "what you get" (no auxiliary) asks what the plan includes."""
    said = answerer.answer(question).text
    assert "includes" in said or "include" in said


def test_our_monthly_bill_asks_the_sum_of_the_stated_weight(answerer: Answerer) -> None:
    """ "what would our monthly bill be" after a stated 150 lb a month: the sum and discount."""
    said = answerer.answer(
        "we go through 150 lb of riverbend a month. what would our monthly bill be?"
    ).text
    assert "$1,912.50" in said
    assert "10%" in said


def test_a_bill_for_a_thing_is_not_a_sum(answerer: Answerer) -> None:
    """ "can we pay the bill by card" asks no total: no sum rule answers it."""
    said = answerer.answer("can we pay our monthly bill by card?")
    assert "Together" not in said.text
    assert not said.derived


def test_one_item_counted_says_its_unit_price(answerer: Answerer) -> None:
    """A count of one item shows the unit price the total is made of."""
    said = answerer.answer("we want a lumen 2 group for each of our 2 cafes, how much all up?").text
    assert "2 x the Lumen 2-Group at $9,800 each = $19,600" in said


def test_several_counted_items_keep_lines_without_unit_prices(answerer: Answerer) -> None:
    """Several lines keep the form whose total is the sum of the other amounts."""
    said = answerer.answer("2 atlas 64 and a lumen 2 group, total?").text
    assert "each" not in said
    assert "$12,500" in said


def test_a_machine_beside_a_weighed_coffee_is_on_the_same_bill(answerer: Answerer) -> None:
    """ "BatchPro 2 plus 20 lb of X ... delivery free?": both lines, their total, delivery."""
    said = answerer.answer(
        "a BatchPro 2 plus 20 lb of foundry for our Denver shop - what do we pay, free shipping?"
    ).text
    assert "$1,980" in said
    assert "$230" in said
    assert "$2,210" in said
    assert "free" in said


def test_a_weighed_coffee_alone_keeps_its_delivery_quote(answerer: Answerer) -> None:
    """One weighed line with no machine beside it is quoted as before (fee under $250)."""
    said = answerer.answer("20 lb of foundry to Denver, is delivery free?").text
    assert "$230 + $18 = $248" in said
    assert "Together" not in said


def test_a_story_after_the_question_may_still_say_what_is_asked(answerer: Answerer) -> None:
    """Only a count of sites after the last "?" is passed over: "the beans we got were weeks
    old" after "is it roasted fresh?" still brings the freshness sentence."""
    said = answerer.answer("is it roasted fresh? the beans we got last time were weeks old").text
    assert "48 hours" in said
