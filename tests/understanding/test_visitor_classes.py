"""The visitor-type and stage classes of held-out set B (2026-12-05): each rule with a case it
records and one it must not, through the real reader and grammars."""

from __future__ import annotations

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import preferences
from shared.conversation.signals import COMMITMENT_RE, asks_for_person
from shared.conversation.state import ConversationState
from shared.understanding.languages import mixed_language
from shared.understanding.visitor import venue_of, visitor_type
from tests.understanding.playing import EXISTING, NEW


def test_a_venue_made_out_of_a_space_is_a_new_cafe() -> None:
    """A space turned into a café, cafés being planned, a café "that opens" a date are new."""
    hotel = "we're turning part of the lobby into a café that opens june 1st"
    assert visitor_type(hotel) is NEW
    assert venue_of(hotel, NEW) == "café"
    assert visitor_type("my sister and i are planning 2 cafes in reno, still early") is NEW
    assert visitor_type("we have a coffee bar that opens next month in boise") is NEW
    assert visitor_type("we're turning our attention to price, what is the atlas 75?") is None


def test_the_hour_a_business_opens_is_not_an_opening() -> None:
    """ "We open in 40 min" is a running business's morning, not a café about to open."""
    assert visitor_type("our lumen 2 group stopped heating, we open in 40 min. help") is EXISTING
    assert visitor_type("we open in 3 months and need a grinder") is NEW


def test_a_past_order_from_us_is_an_existing_customer() -> None:
    """A business returning an order it placed is a customer already; a bag for home is not."""
    assert visitor_type("we ordered 40 lb of riverbend by mistake, can i send them back?") is (
        EXISTING
    )
    assert visitor_type("we bought two grinders last month, one is faulty") is EXISTING
    assert visitor_type("we ordered coffee for home last week") is not EXISTING


def test_a_coffee_business_adding_cold_brew_grows() -> None:
    """A cart running since 2021 adding cold brew is existing; a taproom adding it is new."""
    cart = "hey, running a coffee cart at the farmers markets since 2021, want to add cold brew"
    assert visitor_type(cart) is EXISTING
    assert visitor_type("we're a taproom in boise adding nitro cold brew on one of our taps") is (
        NEW
    )


def test_a_property_lease_or_budget_question_is_no_commitment() -> None:
    """Negotiating a shop's lease or asking a budget question is not intent; leasing gear is."""
    assert COMMITMENT_RE.search("we're negotiating the lease on the spaces") is None
    assert COMMITMENT_RE.search("rough budget q: whats the total?") is None
    assert COMMITMENT_RE.search("can we lease the lumen instead?") is not None
    assert COMMITMENT_RE.search("our budget is about 10k") is not None


def test_a_sentence_in_another_language_inside_english_is_read() -> None:
    """A German sentence inside a mostly English message is found; plain English is not."""
    mixed = "Hallo! Ich eröffne eine kleine Kaffeebar in Seattle. sorry my english is ok"
    assert mixed_language(mixed) == "de"
    assert mixed_language("Hi! We run a small cafe in Seattle. sorry for the typos") is None


async def test_a_mixed_message_types_the_visitor() -> None:
    """A visitor opening a Kaffeebar, said in German amid English, is read as a new café."""
    mixed = "Hallo! Ich eröffne eine kleine Kaffeebar in Seattle. sorry my english is ok"
    heard = await LocalBrain().understand(mixed, ConversationState())
    assert heard.customer_type is NEW


def test_a_declined_person_is_no_handoff() -> None:
    """ "Not ready to talk to sales yet" declines a person; "please call me back" asks for one."""
    assert not asks_for_person(
        "ok good to know. not ready to talk to sales yet, just a spreadsheet"
    )
    assert not asks_for_person("i dont need anyone to call me, just email")
    assert asks_for_person("please call me back")
    assert asks_for_person("i want to talk to sales")


def test_a_workplace_buying_for_its_staff_is_a_running_business() -> None:
    """An office manager or a company by its headcount is typed as a running business."""
    office = "hello! office manager here, software company, about 60 people in the office"
    assert visitor_type(office) is EXISTING
    assert visitor_type("we are a 12-person design agency in portland") is EXISTING
    assert visitor_type("about 60 people will come to the tasting, is that ok?") is None


async def test_a_machine_that_stopped_heating_is_a_pain_point() -> None:
    """A machine that stopped heating or will not heat is a pain point; a visit is none."""
    brain = LocalBrain()
    down = await brain.understand("our lumen 2 group stopped heating this morning", state())
    assert "heating" in str(down.fields.get("pain_points"))
    cold = await brain.understand("the boiler won't heat up since yesterday", state())
    assert "heat" in str(cold.fields.get("pain_points"))
    visit = await brain.understand("we stopped by your booth last week", state())
    assert "pain_points" not in visit.fields


def state() -> ConversationState:
    """A fresh conversation."""
    return ConversationState()


def test_the_coffees_of_a_wrong_order_are_no_preference() -> None:
    """Coffees named in an order gone wrong are not stored as liked; a stated taste still is."""
    wrong = "we ordered 40 lb of riverbend by mistake instead of foundry, can i send them back?"
    assert preferences(wrong, False) is None
    assert preferences("we love something chocolatey and nutty", False) is not None
