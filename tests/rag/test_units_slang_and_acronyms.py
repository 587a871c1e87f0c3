"""Asks that read as statements or as a neighbouring figure (set AA): an attribute wanted in a
unit, a price asked in slang with a tax or time tail, our contact channels named alone, a sum
whose lines state their unit prices, and an acronym the knowledge base never uses."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.conversation.signals import is_question
from shared.rag.answering import Answerer
from shared.rag.matching import states_notice
from shared.rag.rules import total
from shared.understanding.asked import asks_price, asks_total
from shared.understanding.meta import meta_question

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


def test_each_line_of_a_sum_states_its_unit_price() -> None:
    """A line of several states quantity x unit price = amount ("2 x the Atlas 75 at $2,450 =
    $4,900"), so the visitor can check it."""
    items = _items(("Lumen 2-Group", 1), ("Atlas 75", 2), ("Clarity water filtration", 1))
    ruled = total("1x Lumen 2-Group, 2x Atlas 75, 1x Clarity. Total before tax?", items)
    assert ruled is not None
    assert "2 x the Atlas 75 at $2,450 = $4,900" in ruled.text
    assert "$15,340" in ruled.text
    three = total(
        "3 pico 1-group and 2 atlas 64, total?", _items(("Pico 1-Group", 3), ("Atlas 64", 2))
    )
    assert three is not None
    assert "3 x the Pico 1-Group at $3,900 = $11,700" in three.text


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
