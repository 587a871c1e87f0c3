"""Pasted lists totalled once with every line (a kind named by its member, a priced service, a
service free with a purchase), a discount or a lead time the knowledge base does not give
declined, and the thing asked of a plan that only its sibling has. Phrasings are our own."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.grounding import unsupported_numbers
from shared.rag.order import named_items
from shared.rag.question import one_as_kind
from shared.understanding.text import clean_message


def test_a_kind_with_its_member_in_apposition_counts_the_member(answerer: Answerer) -> None:
    """ "3 grinders, the Atlas 64s" is three Atlas 64s, not one."""
    items = named_items(answerer.catalog, "we want 3 grinders, the Atlas 64s")
    assert [(e.name, n) for e, n in items] == [("Atlas 64", 3)]


def test_a_rewrite_keeps_the_lines_of_a_pasted_list() -> None:
    """Reading "one" as a kind leaves the line breaks of a list in place."""
    text = "Our list.\nLumen 2-Group.\nAtlas 75.\nTotal?"
    assert one_as_kind(text, {"grinder"}) == text


def test_a_list_naming_a_member_by_size_and_a_one_member_kind_is_totalled(
    answerer: Answerer,
) -> None:
    """Two of "the larger Atlas" ($2,450 each), a Lumen 3-Group and "a water filter" (the
    Clarity, $640): $4,900 + $13,400 + $640 = $18,940, every line once."""
    question = clean_message(
        "Our list so far:\n- 2 grinders (the larger Atlas ones)\n- 1 Lumen 3 group\n"
        "- 1 water filter\nAll in, how much?"
    )
    answer = answerer.answer(question)
    assert "$18,940" in answer.text
    assert unsupported_numbers(answer, question) == set()
    leased = answerer.answer("could we lease the lot? per month roughly?", order=answer.order)
    assert "$568" in leased.text  # 3% of $18,940


def test_a_priced_service_on_a_list_is_part_of_the_total(answerer: Answerer) -> None:
    """A Pico, an Atlas 75 and the on-site training ($850, not free without a Lumen):
    $3,900 + $2,450 + $850 = $7,200."""
    question = clean_message(
        "Cart setup:\n1. Pico\n2. Atlas 75\n3. on-site barista training\nTotal please?"
    )
    answer = answerer.answer(question)
    assert "$7,200" in answer.text
    assert unsupported_numbers(answer, question) == set()


def test_a_service_free_with_a_purchase_on_the_list_is_not_charged(answerer: Answerer) -> None:
    """With a Lumen 3-Group the on-site training is free: $13,400 + $1,350 = $14,750, and the
    reply says why the course adds nothing."""
    question = clean_message(
        "Cafe setup:\n1. Lumen 3-Group\n2. Atlas 64\n3. on-site barista training\nTotal?"
    )
    answer = answerer.answer(question)
    assert "$14,750" in answer.text
    assert "$15,600" not in answer.text
    assert "free with the Lumen 3-Group" in answer.text
    assert unsupported_numbers(answer, question) == set()


def test_a_discount_on_a_plan_paid_ahead_is_not_a_year_of_it(answerer: Answerer) -> None:
    """A yearly prepayment discount on the Essential plan is not in the knowledge base (its one
    discount is on coffee by the pound): no 12 x $49, the answer abstains."""
    answer = answerer.answer("if we prepay the essential plan for 12 months is there a discount?")
    assert not answer.grounded
    assert "$588" not in answer.text


def test_the_coffee_volume_discount_is_still_applied(answerer: Answerer) -> None:
    """A discount asked on pounds of coffee a month still gets the volume discount."""
    answer = answerer.answer("is there a discount on 150 lb of riverbend a month?")
    assert answer.grounded
    assert "10%" in answer.text


def test_a_booking_lead_time_the_knowledge_base_lacks_abstains(answerer: Answerer) -> None:
    """How much notice the on-site course needs is not stated: no price of another course."""
    answer = answerer.answer("how far ahead should we book the on-site barista training?")
    assert not answer.grounded


def test_a_lead_time_the_knowledge_base_states_is_answered(answerer: Answerer) -> None:
    """The Lumen 3-Group's three-week lead time answers how far in advance to order it."""
    answer = answerer.answer("how far in advance must we order the lumen 3 group?")
    assert "three-week lead time" in answer.text


def test_a_thing_only_the_sibling_plan_has_is_said_to_be_missing(answerer: Answerer) -> None:
    """ "the cheaper one" after the Pro plan is the Essential plan, a reference and not a price
    ask; its price is named and the loaner grinder asked of it comes with the Pro plan only."""
    answer = answerer.answer(
        "ok and the cheaper one - is a loaner grinder included with that?", recent=["Pro plan"]
    )
    assert answer.entities == ["Essential plan"]
    assert "($49 per month)" in answer.text  # picked by its price: the price says why
    assert "not part of the Essential plan" in answer.text
    assert "Pro plan" in answer.text
