"""Issue 23, set S: visitors adding coffee as a side line name products by size, price or
jargon, ask an attribute its neighbour must not answer, and ask near misses the knowledge base
cannot answer. Phrasings are our own, not the set's."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.order import ranked_member
from shared.rag.retriever import Retriever
from shared.understanding.asked import asked_heads, asks_minimum_bags, asks_price
from shared.understanding.coffee_service import OWN_PLACE


def test_a_rank_phrase_on_a_kind_is_its_member(retriever: Retriever) -> None:
    """ "the little grinder" and "our biggest espresso machine" are replaced by the member they
    pick; a comparative, a plural and a rank that is itself asked are left alone."""
    catalog = Answerer(retriever).catalog
    assert "the Atlas 64" in ranked_member("is the little grinder loud?", catalog)
    assert "the Lumen 3-Group" in ranked_member(
        "warranty on your biggest espresso machine", catalog
    )
    assert ranked_member("and the smaller grinder?", catalog) == "and the smaller grinder?"
    assert ranked_member("which is your cheapest grinder?", catalog) == (
        "which is your cheapest grinder?"
    )
    assert ranked_member("the cheap grinders", catalog) == "the cheap grinders"


def test_a_rank_phrase_is_answered_as_named(answerer: Answerer) -> None:
    """The plug of "the smallest espresso machine" is the Pico's 110 V outlet, and the cheap
    machine with the little grinder sum to $3,900 + $1,350 = $5,250."""
    plug = answerer.answer("will your smallest espresso machine work off a wall socket?")
    assert "110 V" in plug.text
    summed = answerer.answer("the cheap machine and the little grinder, total please")
    assert "$5,250" in summed.text


def test_what_size_before_an_attribute_asks_that_attribute(answerer: Answerer) -> None:
    """ "what size burrs" asks the burrs (75 mm), not a "size burrs" the catalog lacks."""
    assert asked_heads("what size burrs does the atlas 75 have") == ["burrs"]
    assert "75 mm" in answerer.answer("what size burrs does the atlas 75 have").text


def test_a_day_named_is_no_quality_asked(answerer: Answerer) -> None:
    """ "open sundays" asks a day: the visiting days answer, not a gap on "sundays"."""
    assert asked_heads("is the showroom open sundays") == []
    assert "Monday to Friday" in answerer.answer("is your showroom open sundays?").text


def test_coffee_by_the_pot_is_the_batch_brewer(answerer: Answerer) -> None:
    """Plain coffee for a venue of another trade (a gym's front desk) is the batch brewer."""
    reply = answerer.answer(
        "we don't need espresso, just plain coffee for our gym front desk. what do you have?"
    )
    assert "BatchPro" in reply.text


def test_the_visitors_own_place_is_read() -> None:
    """ "for my florist shop", "at our yoga studio lobby" are the visitor's place."""
    assert OWN_PLACE.search("a grinder for my florist shop")
    assert OWN_PLACE.search("coffee at our yoga studio lobby")
    assert not OWN_PLACE.search("a grinder for decaf")


def test_a_visit_asked_somewhere_says_where(answerer: Answerer) -> None:
    """Coming to taste the coffee "somewhere" is answered with the showroom's address."""
    reply = answerer.answer("is there somewhere we could taste the coffee and try a machine?")
    assert "Portland" in reply.text


def test_what_you_would_give_toward_is_a_trade_in_credit(answerer: Answerer) -> None:
    """ "what would you give us toward" a Lumen on a $4,000 machine is 15%: $600."""
    reply = answerer.answer(
        "our old espresso machine was $4,000 new and runs fine. what would you give us "
        "towards a lumen?"
    )
    assert "$600" in reply.text


def test_the_minimum_counted_in_bags(answerer: Answerer) -> None:
    """The 20 lb minimum in 5 lb bags is 4 bags."""
    assert asks_minimum_bags("whats the least number of bags we can order")
    assert not asks_minimum_bags("how many bags come in a case")
    reply = answerer.answer("whats the least number of bags we can order?")
    assert "4 bags" in reply.text


def test_what_it_comes_to_asks_a_sum() -> None:
    """ "what does it come to a year" asks a price; "can your tech come to us" does not."""
    assert asks_price("what does the essential plan come to a year")
    assert asks_price("what would that work out to")
    assert not asks_price("can your tech come to us")


def test_a_year_of_a_plan_that_comes_to(answerer: Answerer) -> None:
    """The Essential plan "per year" is $49 x 12 = $588."""
    assert "$588" in answerer.answer("what does the essential plan come to per year?").text


def test_a_free_order_with_no_place_is_not_said_to_pay_the_fee(answerer: Answerer) -> None:
    """30 lb of Foundry ($345) ships free; the fee is said only of orders outside the zone."""
    reply = answerer.answer("30 lb of foundry - free shipping?")
    assert "ships free" in reply.text
    assert "fee applies" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "does the lumen 2 group have to be hardwired by a plumber?",
        "can the atlas 64 grind coarse enough for cold brew?",
        "is the batchpro able to be plumbed in?",
    ],
)
def test_a_near_miss_the_knowledge_base_cannot_answer(answerer: Answerer, question: str) -> None:
    """A yes/no ask by a word the knowledge base never uses, whose nearest sentences say none
    of its words, gets the honest don't-know, not the item's description."""
    assert not answerer.answer(question).grounded
