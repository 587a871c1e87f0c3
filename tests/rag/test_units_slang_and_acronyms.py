"""Asks that read as statements or as a neighbouring figure (set AA): an attribute wanted in a
unit, a price asked in slang with a tax or time tail, our contact channels named alone, a sum
whose lines state their counts and amounts, and an acronym the knowledge base never uses."""

from __future__ import annotations

import pytest

from shared.catalog import catalog_from_folder
from shared.conversation.signals import is_question
from shared.rag.answering import Answerer
from shared.rag.matching import states_notice
from shared.rag.question import split_parts
from shared.rag.revised import revision
from shared.rag.rules import total
from shared.understanding.advice import asks_advice
from shared.understanding.asked import asks_price, asks_total
from shared.understanding.meta import meta_question
from shared.understanding.revisions import asks_redo, keepable

from .conftest import KNOWLEDGE_BASE

CATALOG = catalog_from_folder(KNOWLEDGE_BASE)


def _items(*counted: tuple[str, int]):  # type: ignore[no-untyped-def]
    found = [(CATALOG.get(name), count) for name, count in counted]
    assert all(entity is not None for entity, _ in found)
    return found


def test_an_attribute_wanted_in_a_unit_is_a_question() -> None:
    """ "boiler capacity on the Lumen 2-Group, in litres" asks the figure; a remark or a
    statement with a unit in it does not."""
    for asked in (
        "boiler capacity on the Lumen 2-Group, in litres",
        "pico boiler size in liters pls",
        "voltage for the pico in volts",
        "atlas 75 burr size in mm?",
        "weight of the lumen 3 group in kg",
    ):
        assert is_question(asked), asked
    for told in (
        "we measure everything in litres",
        "the boiler capacity is fine in litres",
        "we go through 20 lb of coffee in a week",
        "my weight in kg",
    ):
        assert not is_question(told), told


def test_a_price_in_slang_with_a_tail_is_a_price_ask() -> None:
    """ "whats the atlas 75 run, before tax?": the tail ("before tax", "these days") leaves the
    slang a price ask; "run" about time or power stays none."""
    for asked in (
        "whats the atlas 75 run, before tax?",
        "what does the pico run pre-tax",
        "whats the lumen 2-group run ex gst",
        "what does the atlas 64 go for these days",
        "what's the atlas 75 going for?",
        "what does the pico run you",
    ):
        assert asks_price(asked), asked
    assert not asks_price("how long does the pico run before tax")
    assert not asks_price("what's the atlas 75 run on, power wise")


def test_our_channels_named_alone_ask_for_our_contact() -> None:
    """ "phone + email for your sales team please" asks for our details; the visitor's own
    channels, a preference ("email please") or a count ("the number of sales") do not."""
    for asked in (
        "phone + email for your sales team please",
        "your sales team's number and email?",
        "email/phone for you guys",
        "sales team phone and email pls",
        "contact details for the sales team?",
        "number for sales?",
    ):
        assert meta_question(asked)[0] == "contact", asked
    for other in ("my phone + email: 503 555 0101", "email please", "the number of sales"):
        assert meta_question(other)[0] != "contact", other


def test_a_subtotal_is_a_sum_asked() -> None:
    """ "what's the coffee subtotal?" asks the sum as "total" does."""
    assert asks_total("40 lb Foundry + 20 lb Riverbend on one order. What's the coffee subtotal?")
    assert asks_total("sub total for both?")


def test_a_line_of_several_states_its_count_and_amount_only() -> None:
    """A line of several says what it is derived from ("2 x the Atlas 75 = $4,900"); the unit
    price stays in the derivation, so the total reads as the sum of the amounts shown (a unit
    price beside them would read as one more line)."""
    items = _items(("Lumen 2-Group", 1), ("Atlas 75", 2), ("Clarity water filtration", 1))
    ruled = total("1x Lumen 2-Group, 2x Atlas 75, 1x Clarity. Total before tax?", items)
    assert ruled is not None
    assert "2 x the Atlas 75 = $4,900" in ruled.text
    assert "$2,450" not in ruled.text
    assert "$15,340" in ruled.text
    three = total(
        "3 pico 1-group and 2 atlas 64, total?", _items(("Pico 1-Group", 3), ("Atlas 64", 2))
    )
    assert three is not None
    assert "3 x the Pico 1-Group = $11,700" in three.text


def test_an_acronym_the_knowledge_base_never_uses_is_a_gap(answerer: Answerer) -> None:
    """ "the APR on your lease" is not the monthly payment rate: the knowledge base states no
    APR; an acronym for what it states in words ("MOQ") is still answered."""
    for asked in (
        "what's the APR on your 36-month equipment lease?",
        "whats the APR on the lease?",
    ):
        reply = answerer.answer(asked).text
        assert reply.startswith("I don't have information on APR"), reply
        assert "3%" not in reply
    assert "20 lb" in answerer.answer("what's the MOQ on the foundry?").text


def test_a_listing_asked_in_the_imperative_is_a_question(answerer: Answerer) -> None:
    """ "list your maintenance plans", "show me your grinders": a question answered with the
    kind's listing; "list of our needs: ..." states the visitor's own."""
    for asked in (
        "list your maintenance plans",
        "show me the grinders",
        "describe the pro plan",
        "walk me through your blends",
    ):
        assert is_question(asked), asked
    assert not is_question("list of our needs: a grinder")
    assert not is_question("show up at the showroom")
    plans = answerer.answer("list your maintenance plans").text
    assert plans.startswith("We have three maintenance plans"), plans
    assert "$99" in plans
    machines = answerer.answer("show me your espresso machines").text
    assert "$3,900" in machines, machines
    assert "$13,400" in machines, machines


def test_notice_asked_is_a_time_before_the_event(answerer: Answerer) -> None:
    """ "how much notice ..." asks a time, not a price, and "up to 2 days before dispatch"
    states it."""
    assert not asks_price("how much notice do you need to pause a week?")
    assert asks_price("how much does the pause cost")
    assert states_notice("You can pause a subscription or change it up to 2 days before dispatch.")
    assert states_notice("Book three weeks before opening.")
    assert not states_notice("Delivery takes 3 business days.")
    for asked in (
        "how much notice do you need to pause a week?",
        "how much notice do you need to pause my subscription?",
        "how far in advance do I have to change my subscription?",
    ):
        assert "2 days before dispatch" in answerer.answer(asked).text, asked


def test_a_part_asked_after_a_joining_word_is_answered_as_alone(answerer: Answerer) -> None:
    """ "showroom street address? and can I come by on a saturday?": the joiner weighs on no
    meaning, so the visiting days answer the second part as they answer it alone."""
    for asked in (
        "showroom street address? and can I come by on a saturday?",
        "where is the roastery? also can we visit on sundays?",
    ):
        reply = answerer.answer(asked).text
        assert "2150 NW Raleigh St" in reply, reply
        assert "Monday to Friday" in reply, reply


def test_a_family_named_beside_an_item_is_compared_with_it(answerer: Answerer) -> None:
    """ "voltage on the Lumen machines vs the Pico": both Lumens and the Pico are answered, not
    the Pico alone with the trade-in offer that names "a new Lumen"."""
    for asked in (
        "voltage on the Lumen machines vs the Pico? need to tell my electrician",
        "voltage on the lumen vs the pico?",
        "power for the lumen machines compared to the pico?",
        "voltage: pico versus the lumens",
    ):
        reply = answerer.answer(asked).text
        assert "220 V" in reply, reply
        assert "110 V" in reply, reply
        assert "trade" not in reply, reply
    boilers = answerer.answer("boiler size of the lumen machines compared to the pico").text
    assert "11 L" in boilers, boilers
    assert "17 L" in boilers, boilers
    # a member named keeps its family out: the 2-Group alone, not the 3-Group
    one = answerer.answer("voltage on the lumen 2-group vs the pico?").text
    assert "3-Group" not in one, one


def test_a_second_question_after_a_hedge_or_a_preposition_is_its_own_part() -> None:
    """ "... founded and roughly how many ...", "... renewable, and since what year ...": each
    is asked; a plain pair of nouns stays one part."""
    assert split_parts("when was Copperline founded and roughly how many café customers?") == [
        "when was Copperline founded",
        "roughly how many café customers?",
    ]
    assert split_parts("what % of the electricity is renewable, and since what year a B Corp?") == [
        "what % of the electricity is renewable",
        "since what year a B Corp?",
    ]
    assert split_parts("coffee and milk") == ["coffee and milk"]
    # "and for how many persons" asks on of the same thing: one part (set N's training)
    assert split_parts("How much the barista training in our café and for how many persons?") == [
        "How much the barista training in our café and for how many persons?"
    ]


def test_both_questions_of_a_student_are_answered(answerer: Answerer) -> None:
    """The founding year and the café count; the renewable share and the B Corp year."""
    founded = answerer.answer(
        "when was Copperline founded and roughly how many café customers do you have?"
    ).text
    assert "2011" in founded, founded
    assert "1,400" in founded, founded
    green = answerer.answer(
        "what % of the roastery's electricity is renewable, and since what year are you a B Corp?"
    ).text
    assert "100%" in green, green
    assert "2019" in green, green


def test_a_time_recommended_is_no_equipment_advice(answerer: Answerer) -> None:
    """ "how many days off roast do you recommend for espresso?" asks the rest window, not
    which machine to buy; "which grinders would you recommend" still asks advice."""
    for asked in (
        "how many days off roast do you recommend for espresso? I usually wait 10",
        "how long do you suggest resting beans for espresso?",
    ):
        assert not asks_advice(asked), asked
        assert "7 and 30 days" in answerer.answer(asked).text, asked
    assert asks_advice("how many grinders would you recommend for 200 cups?")
    assert asks_advice("what would you recommend for 150 cups a day?")


def test_a_threshold_named_by_its_rate_is_the_volume_discount(answerer: Answerer) -> None:
    """ "over your 10% threshold?" asks the discount's 100 lb a month, with the visitor's
    weekly kilos weighed against it."""
    for asked in (
        "Volume is around 25 kg a week across the three. Over your 10% threshold?",
        "what's the threshold for the 10% discount?",
    ):
        assert "100 lb" in answerer.answer(asked).text, asked
    assert (
        "239 lb a month"
        in answerer.answer(
            "Volume is around 25 kg a week across the three. Over your 10% threshold?"
        ).text
    )


def test_a_plan_added_to_a_lease_is_asked_of_itself(answerer: Answerer) -> None:
    """ "Add a Pro maintenance plan. What's that per year?" after a lease of four machines:
    the plan's year, not the lease said again (a monthly plan is no line of a lease)."""
    order = ["Lumen 2-Group=1", "Atlas 75=1", "BatchPro 2 batch brewer=1"]
    for asked in (
        "Add a Pro maintenance plan. What's that per year?",
        "add the essential plan too, what's that a year?",
    ):
        assert revision(CATALOG, asked, order, [], "lease", None) is None, asked
    added = revision(CATALOG, "add the atlas 64, total now?", order, [], "lease", None)
    assert added is not None
    assert "Atlas 64=1" in added.order
    reply = answerer.answer(
        "Add a Pro maintenance plan. What's that per year?", [], "lease", None, order
    ).text
    assert "$99 x 12 = $1,188" in reply, reply


def test_redo_the_math_works_the_last_sum_again_on_what_is_held() -> None:
    """ "Correction: six locations ... can you redo the math?" after "the multi-site plan at
    our size": that question again (the count is the one now held); a question with its own
    figure is not redone with the old one, and a message naming an item asks of its own."""
    asked = "What would the multi-site plan be at our size, monthly and annual?"
    assert keepable(asked)
    assert not keepable("call me on 503 555 0101 about the multi-site plan")
    for redo in (
        "Correction: six locations. Forgot the kiosk, it's ours too. Can you redo the math?",
        "we have 6 now, recalculate please",
        "run the numbers again?",
    ):
        again = revision(CATALOG, redo, [], ["Multi-site plan"], None, asked)
        assert again is not None, redo
        assert again.question == asked
    counted = "What would the multi-site plan be for 5 locations, monthly and annual?"
    assert revision(CATALOG, "six locations actually, redo it", [], [], None, counted) is None
    assert revision(CATALOG, "redo it for the pico", [], [], None, asked) is None
    assert not asks_redo("we redid our counter last year")


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # a noun the knowledge base states without its word is no gap (set E)
        ("whats the address of the roastery", "2150 NW Raleigh"),
        (
            "whats the address of the roastery + can i just drop by on a saturday",
            "Monday to Friday",
        ),
        # only a joiner is taken off a part, not the visitor's "ok" (set C)
        ("bag says roasted on the 1st. still ok for espresso on the 25th?", "7 and 30"),
    ],
)
def test_merged_reading_keeps_the_answers_it_had(
    answerer: Answerer, asked: str, expected: str
) -> None:
    assert expected in answerer.answer(asked).text
