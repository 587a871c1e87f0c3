"""Issue 22/23 in conversations: what the visitor told earlier (their sites, the coffee they
order by weight) feeds a later question, and a new question is not answered with the answer
just given."""

from __future__ import annotations

import asyncio
from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.chat.knowledge import Knowledge
from shared.rag.answering import Answerer
from shared.rag.described import counted_kind, weighed_member
from shared.rag.retriever import Retriever
from shared.understanding.per_site import sites_asked

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def test_one_item_at_each_site_or_for_all_of_a_number() -> None:
    """ "one per shop", "at every location" take the visitor's own count (0); "all four", "each
    of the 6" give it; a price "for each", a delivery "every week" say neither."""
    assert sites_asked("we'd want one per shop") == 0
    assert sites_asked("a grinder at every location, total?") == 0
    assert sites_asked("financing for all four of them") == 4
    assert sites_asked("each of the 6 branches") == 6
    assert sites_asked("what's the price for each") is None
    assert sites_asked("we get it delivered in every week") is None
    assert sites_asked("all in, how much") is None


def test_a_weight_of_a_coffee_said_by_a_word_of_its_name() -> None:
    """ "30 lb decaf", "15 lb of the organic" name the one coffee with that word in its name;
    "10 lb of coffee" and "10 lb of the blend" (kind words) name none."""
    said = weighed_member("30 lb decaf every two weeks", CATALOG)
    assert said == "30 lb Night Shift Decaf every two weeks"
    assert "Riverbend Organic" in weighed_member("15 lb of the organic please", CATALOG)
    assert weighed_member("10 lb of coffee", CATALOG) == "10 lb of coffee"
    assert weighed_member("10 lb of the blend", CATALOG) == "10 lb of the blend"


def _conversation(retriever: Retriever, told: str, asked: str, details: dict[str, object]) -> str:
    knowledge = Knowledge(retriever)
    topics = knowledge.mentioned(told, []) if told else []
    return asyncio.run(knowledge.lookup(asked, topics, details)).answer.text


def test_an_item_in_each_of_the_visitors_sites_is_summed_and_leased(retriever: Retriever) -> None:
    """With 4 sites held, "an atlas 75 at every location, what's the total" is 4 x $2,450; after
    "a pico in each store", "how would leasing all 3 look" leases 3 Picos ($11,700)."""
    total = _conversation(
        retriever, "", "an atlas 75 at every location, what's the total", {"locations": 4}
    )
    assert "$9,800" in total
    lease = _conversation(
        retriever, "we'd put a pico in each store", "how would leasing all 3 look", {"locations": 3}
    )
    assert "$11,700" in lease


def test_the_weighed_order_told_earlier_is_summed_when_asked(retriever: Retriever) -> None:
    """ "we go through 30 lb of the organic and 10 lb decaf a week" then "what would that run us
    weekly?" sums both lines ($382.50 + $132.50 = $515)."""
    told = "we go through 30 lb of the organic and 10 lb decaf a week"
    answer = _conversation(retriever, told, "what would that run us weekly?", {})
    assert "$515" in answer


def test_a_new_question_is_not_answered_with_the_answer_just_given(retriever: Retriever) -> None:
    """After the delivery answer was given twice, "can your technicians come out here or is it a
    third party?" (its "it" no pointer to delivery) gets the technicians' coverage."""
    knowledge = Knowledge(retriever)
    topics: list[str] = []
    for asked in ("where do you deliver?", "and how long to get here?"):
        topics += asyncio.run(knowledge.lookup(asked, topics)).topics
    third = "can your technicians come out here or is it a third party?"
    found = asyncio.run(knowledge.lookup(third, topics))
    assert "technicians" in found.answer.text
    assert not found.repeated


def test_a_count_of_a_kind_said_by_its_last_word() -> None:
    """ "four brewers" is four batch brewers; "the brewer" (no count), "a brewer" (no count of
    several), "3 batch brewers" (said whole) and "two grinders" (of two models) are left as
    written."""
    assert counted_kind("price for four brewers", CATALOG) == "price for four batch brewers"
    assert counted_kind("is the brewer any good", CATALOG) == "is the brewer any good"
    assert counted_kind("a brewer that works on 110?", CATALOG) == "a brewer that works on 110?"
    assert counted_kind("3 batch brewers", CATALOG) == "3 batch brewers"
    assert counted_kind("plus two grinders", CATALOG) == "plus two grinders"  # two models


def test_each_ask_of_a_sum_message_is_answered(answerer: Answerer) -> None:
    """ "four brewers, how much all in? and which plan is for groups of cafes" gets the sum and
    the plan for groups, whose "3 or more" is no restatement of the sum's figures."""
    found = answerer.answer(
        "four brewers, how much all in? and which plan is for groups of cafes",
        ["BatchPro 2 batch brewer"],
    )
    assert "$7,920" in found.text
    assert "Multi-site plan" in found.text


def test_whether_one_machine_fits_is_answered_for_the_volume_told(answerer: Answerer) -> None:
    """With 90 drinks a day told, "is the lumen 2-group the right choice for us?" is a yes with
    why; with 350 told, "would the pico be enough for us?" suggests the 3-Group instead, with
    what the Pico is made for."""
    yes = answerer.answer(
        "is the lumen 2-group the right choice for us?", details={"expected_volume": "90 a day"}
    )
    assert yes.text.startswith("Yes: for about 90 drinks a day")
    no = answerer.answer(
        "would the pico be enough for us?", details={"expected_volume": "about 350 drinks a day"}
    )
    assert "Lumen 3-Group" in no.text
    assert "carts" in no.text
    assert not no.text.startswith("Yes")
