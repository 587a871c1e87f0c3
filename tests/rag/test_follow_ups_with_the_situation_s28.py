"""Follow-ups and fact questions that carry the visitor's situation (issue 23): the attribute
asked before is kept past "for our second shop", a family word and a number name the one
member, a wish told is what "that" points at, whether the visitor qualifies is the item's own
threshold, and a delivery fee is asked whatever the order is called."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer


def test_a_follow_up_for_another_site_keeps_the_attribute(answerer: Answerer) -> None:
    """ "and the atlas 75, for our downtown cafe?" after a warranty asks the Atlas 75's."""
    said = answerer.answer(
        "and the atlas 75, for our downtown cafe?", recent=["Atlas 64"], attribute="warranty"
    )
    assert said.attribute == "warranty"
    assert "2-year" in said.text


def test_a_site_inside_a_new_question_is_kept(answerer: Answerer) -> None:
    """ "which machine for our kiosk?" is no follow-up: the kiosk still picks the machine."""
    said = answerer.answer("which machine for our kiosk?")
    assert said.entities == ["Pico 1-Group"]


@pytest.mark.parametrize(
    ("question", "member"),
    [("how long does the lumen 3 take to ship?", "Lumen 3-Group"), ("and the lumen 2?", "")],
)
def test_a_family_word_and_number_name_the_member(
    answerer: Answerer, question: str, member: str
) -> None:
    """ "lumen 3" is the Lumen 3-Group (its lead time); "lumen 2" after it the Lumen 2-Group."""
    recent = [] if member else ["Lumen 3-Group"]
    said = answerer.answer(question, recent=recent, attribute=None if member else "lead time")
    assert said.entities == [member or "Lumen 2-Group"]
    assert ("three-week" in said.text) == bool(member)


def test_a_number_no_member_carries_is_still_an_unknown_model(answerer: Answerer) -> None:
    """ "a lumen 4" is no member: the catalog's honest "we don't make" stays."""
    assert "don't make a Lumen 4" in answerer.answer("do you have a lumen 4?").text


def test_that_points_at_the_wish_told(answerer: Answerer) -> None:
    """A custom blend told as a wish, then "how long does that take", is its 4 weeks."""
    said = answerer.answer(
        "how long would that take from start to end?",
        details={"coffee_preferences": "a house blend with our own name on the bag"},
    )
    assert "4 weeks" in said.text


def test_that_with_no_topic_told_is_not_anchored(answerer: Answerer) -> None:
    """A told detail naming no company topic leaves "that" as it was (no custom blend)."""
    said = answerer.answer(
        "how long does that take?", details={"support_needs": "espresso machine keeps leaking"}
    )
    assert "blend" not in said.text


@pytest.mark.parametrize(
    "question",
    ["we run 2 shops, are we eligible?", "do we qualify with just two cafes?"],
)
def test_whether_we_qualify_is_the_items_threshold(answerer: Answerer, question: str) -> None:
    """After the Multi-site plan, qualifying is its "3 or more locations"."""
    said = answerer.answer(question, recent=["Multi-site plan"])
    assert "3 or more" in said.text


def test_qualifying_for_something_without_a_threshold_is_not_a_description(
    answerer: Answerer,
) -> None:
    """ "does the pico qualify for free install" is the installation rule, not what the Pico
    is made for."""
    said = answerer.answer("does the pico qualify for free install?").text
    assert "nstallation" in said
    assert "kiosks" not in said


@pytest.mark.parametrize(
    "question",
    [
        "is there a delivery charge on smaller coffee orders?",
        "do we pay extra for shipping on a little bean order?",
    ],
)
def test_a_delivery_fee_on_a_small_order_is_the_delivery_rule(
    answerer: Answerer, question: str
) -> None:
    """ "a small coffee order" places no coffee by size; the fee and threshold answer it."""
    said = answerer.answer(question).text
    assert "$250" in said
    assert "$18" in said


def test_the_smallest_coffee_machine_is_still_ranked(answerer: Answerer) -> None:
    """ "your smallest espresso machine" still places a member by size."""
    assert "Pico" in answerer.answer("price of your smallest espresso machine?").text
