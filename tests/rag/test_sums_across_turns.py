"""Issue 23 item 6, sums the conversation carries: an option weighed against its sibling, each
option's total over the visitor's sites, items priced part by part then summed, a fee asked of
the item another part names, a count of what the item discussed is priced per, a credit kept
for "after that"."""

from __future__ import annotations

from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.conversation.topics import CREDITED, RECENT, recent_credited
from shared.rag.answering import Answerer, summed_parts
from shared.rag.parts import Part
from shared.rag.types import Answer
from shared.understanding.asked import (
    asks_after_that,
    asks_difference,
    asks_each_option,
    asks_other,
)

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def test_a_difference_of_money_is_asked_not_one_of_features() -> None:
    """ "how much extra is X" asks a sum; "what's different about X" does not."""
    assert asks_difference("how much extra per month is the pro plan")
    assert asks_difference("whats the price difference between the two")
    assert not asks_difference("what's different about the pro plan")
    assert asks_each_option("lumen 2 vs lumen 3, the total for both options?")
    assert asks_after_that("and the pico, net of the trade in credit?")
    assert not asks_after_that("what happens after delivery")
    assert asks_other("and the warranty for 3 of them?")
    assert not asks_other("and for 3 of them?")


def test_the_dearer_option_is_priced_against_the_one_the_visitor_has(answerer: Answerer) -> None:
    """On the Pro plan already, "how much less would essential be" is $99 - $49 = $50."""
    reply = answerer.answer("we currently have pro. how much less per month is essential?")
    assert "$99 - $49 = $50" in reply.text
    assert [d.result for d in reply.derived] == ["$50"]


def test_each_option_is_totalled_over_the_sites(answerer: Answerer) -> None:
    """5 shops, "multi-site for the lot vs pro on each": 5 x $79 and 5 x $99, both derived."""
    question = "5 shops here. multi-site for all 5 vs the pro plan on each, total for each option?"
    reply = answerer.answer(question, details={"locations": 5})
    assert "$395" in reply.text
    assert "$495" in reply.text


def test_items_priced_part_by_part_are_summed() -> None:
    """Two parts, each about one priced item, get their sum; a part about a whole family
    (which member is meant is unknown) gets none."""
    pico, atlas, lumens = (
        CATALOG.get("Pico 1-Group"),
        CATALOG.get("Atlas 64"),
        [e for e in CATALOG.entities if e.family == "Lumen"],
    )
    assert pico is not None
    assert atlas is not None
    parts = [
        Part("The Pico 1-Group is $3,900.", True, [pico]),
        Part("The Atlas 64 is $1,350.", True, [atlas]),
    ]
    answer = Answer(text=" ".join(p.text for p in parts), sources=[], grounded=True)
    summed_parts(answer, parts)
    assert "$3,900 + $1,350 = $5,250" in answer.text
    family = Answer(
        text="The Lumen 2-Group is $9,800. The Lumen 3-Group is $13,400.", sources=[], grounded=True
    )
    summed_parts(family, [Part(family.text, True, lumens), parts[1]])
    assert "=" not in family.text


def test_a_fee_is_worked_on_the_item_the_other_part_names(answerer: Answerer) -> None:
    """ "we'd send back the pico, unused. what's the restocking fee in dollars": $390."""
    question = "we'd like to send back our pico, never used. what's the restocking fee in dollars"
    reply = answerer.answer(question)
    assert "$390" in reply.text


def test_a_count_of_what_the_item_is_priced_per_is_summed(answerer: Answerer) -> None:
    """After the online course, "and for 7 baristas what's the total" is 7 x $120 = $840."""
    reply = answerer.answer("and for 7 baristas what's the total", ["Online barista course"])
    assert "$840" in reply.text


def test_two_of_the_item_discussed_are_leased_together(answerer: Answerer) -> None:
    """ "if we lease three of them" after the Pico: 3 x $3,900 = $11,700, 3% is $351."""
    reply = answerer.answer("and monthly if we lease three of them?", ["Pico 1-Group"])
    assert "$11,700" in reply.text
    assert "$351" in reply.text


def test_a_credit_worked_on_is_kept_for_what_is_left_to_pay(answerer: Answerer) -> None:
    """15% of the $10,000 stated is $1,500; "the lumen 2 after that" is $9,800 - $1,500."""
    first = answerer.answer("we paid $10,000 for our old machine, it works. trade in value?")
    assert first.credited == "$10,000"
    then = answerer.answer(
        "so the lumen 2 group after that?", first.entities, credited=first.credited
    )
    assert "$9,800 - $1,500 = $8,300" in then.text


def test_what_an_item_would_cost_us_after_a_credit_is_what_is_left(answerer: Answerer) -> None:
    """ "If we trade it in, what would a Lumen 3-Group cost us?" in the message stating the old
    machine's price: the credit taken off the machine asked, $13,400 - $1,500."""
    reply = answerer.answer(
        "Our old machine cost $10,000 new and still works. If we trade it in, what would a "
        "Lumen 3-Group cost us?"
    )
    assert "$13,400 - $1,500 = $11,900" in reply.text


def test_the_credit_is_the_latest_answers_only() -> None:
    """A credited amount is kept while no newer answer about items came after it."""
    topics = [f"{RECENT}1:Pico 1-Group", f"{CREDITED}1:$10,000"]
    assert recent_credited(topics) == "$10,000"
    assert recent_credited([*topics, f"{RECENT}2:Atlas 64"]) is None


def test_what_it_all_adds_up_to_sums_the_items_discussed(answerer: Answerer) -> None:
    """A machine, a grinder and the water filter discussed: "whats it all add up to" sums them."""
    discussed = ["Pico 1-Group", "Atlas 64", "Clarity water filtration"]
    reply = answerer.answer("whats it all add up to?", discussed)
    assert "$5,890" in reply.text


def test_a_plan_asked_for_several_locations_is_the_one_made_for_them(answerer: Answerer) -> None:
    """ "maintenance for all of our stores" with 6 stores is the Multi-site plan, 6 x $79."""
    reply = answerer.answer("we run 6 stores, the maintenance for all our stores costs what?")
    assert "$474" in reply.text
    assert reply.entities[0] == "Multi-site plan"
