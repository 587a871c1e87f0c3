"""Fourth-pass mechanisms, pure: honest gaps, counts per unit, sides of a count, lease listing."""

from __future__ import annotations

import httpx

from shared.catalog import catalog_from_folder
from shared.rag.counting import states_count
from shared.rag.durations import asks_lasting, states_span
from shared.rag.matching import (
    asked_labels,
    known_counts,
    known_quantity,
    minimum_count,
    quantity_for,
)
from shared.rag.message_parts import alternatives
from shared.rag.order import named_items
from shared.rag.parts import DONT_KNOW, Part, answered_by, gap, merge_parts
from shared.rag.passage_answers import _from_visitor
from shared.rag.persons import asks_who, names_party, names_person
from shared.rag.phrasing import attribute_phrase, range_of
from shared.rag.question import refers_back
from shared.rag.rules import lease
from shared.rag.spelling import Speller

from ..conversation.test_chat_api import say
from .test_answers import ROOT
from .test_rules import _facts

CATALOG = catalog_from_folder(ROOT / "knowledge_base")
MULTI_SITE = CATALOG.get("Multi-site plan")


def test_a_gap_alone_is_a_dont_know_in_its_own_words() -> None:
    """With nothing answered, an honest gap is said with the offer and the reply is ungrounded."""
    answer = merge_parts([gap("I don't have tea in our range.")])
    assert not answer.grounded
    assert answer.text.startswith("I don't have tea in our range.")
    assert "sales team" in answer.text


def test_a_gap_beside_an_answer_replaces_i_couldnt_find() -> None:
    """A gap next to an answered part is said in its words, not as "I couldn't find X"."""
    parts = [Part("The Pico 1-Group is $3,900.", True), gap("I don't have tea in our range.")]
    parts[1].asked = "do you sell tea?"
    answer = merge_parts(parts)
    assert answer.grounded
    assert answer.text == "The Pico 1-Group is $3,900. I don't have tea in our range."
    assert merge_parts([Part(DONT_KNOW, False)]).text == DONT_KNOW


def test_the_range_names_every_kind_in_plain_words() -> None:
    """What we do sell lists each kind, plural for things, singular for services."""
    said = range_of(CATALOG)
    assert "espresso machines" in said
    assert "coffee blends" in said
    assert "barista training," in said
    assert "water filtration" in said


def test_a_price_per_location_is_counted_in_the_visitors_words() -> None:
    """ "we run 4 cafes" and "for all 5" count a price per location; a price per lb is not."""
    assert MULTI_SITE is not None
    assert quantity_for("we run 4 cafes, what would it cost", MULTI_SITE, CATALOG) == (
        4,
        "locations",
    )
    assert quantity_for("what would that cost for all 5?", MULTI_SITE, CATALOG) == (
        5,
        "locations",
    )
    foundry = CATALOG.get("Foundry Espresso")
    assert foundry is not None
    assert quantity_for("how much is foundry for all 5?", foundry, CATALOG) is None


def test_the_visitors_locations_count_a_price_per_location() -> None:
    """A visitor who said they run 5 locations gets the per-location price counted for 5."""
    assert MULTI_SITE is not None
    counts = known_counts({"locations": 5, "name": "Marco"})
    assert known_quantity(MULTI_SITE, counts) == (5, "locations")
    assert known_quantity(MULTI_SITE, known_counts({"locations": 1})) is None
    pro = CATALOG.get("Pro plan")
    assert pro is not None
    assert known_quantity(pro, counts) is None


def test_that_as_the_subject_of_an_ask_points_back() -> None:
    """ "what would that cost" leans on what came before; "a machine that I bought" does not."""
    assert refers_back("what would that cost us per month?")
    assert refers_back("is this included?")
    assert not refers_back("how much credit for a machine that I bought in 2019?")


def test_a_count_of_the_visitors_staff_is_not_the_companys() -> None:
    """ "how many staff do you have" is not answered by "6 members of your staff"."""
    sentence = "Our trainer comes with up to 6 members of your staff."
    asked = _from_visitor("how many staff do you have at copperline?")
    assert not states_count(sentence, "staff", asked)
    assert states_count(sentence, "staff", _from_visitor("how many of our staff can join?"))
    assert states_count("We count about 1,400 cafés among our customers.", "customer", "")


def test_a_four_letter_word_missing_a_letter_is_spelt() -> None:
    """ "grup" is "group" (a dropped letter); a short word or an English one is left alone."""
    speller = Speller(["group", "machine", "price"])
    assert speller.correct("price of ur 2 grup machine") == "price of your 2 group machine"
    assert speller.correct("gold") == "gold"


def test_a_lease_of_several_items_lists_each_price_then_the_total() -> None:
    """Each item with its price, commas between them, then the sum and the monthly figure."""
    text = "can we lease the batchpro 2 and the clarity and the pico and the atlas 64?"
    ruled = lease(text, named_items(CATALOG, text), _facts())
    assert ruled is not None
    assert (
        "the BatchPro 2 batch brewer ($1,980), the Clarity water filtration ($640), the Pico "
        "1-Group ($3,900) and the Atlas 64 ($1,350) come to $7,870" in ruled.text
    )
    assert "$236 a month" in ruled.text


def test_who_asks_a_person_a_contact_or_neither() -> None:
    """ "who looks after X" asks a person, "who do I call" a contact, "who do you sell to" none."""
    assert asks_who("who looks after the equipment side of the business?") == "person"
    assert asks_who("who do i call to book a survey") == "contact"
    assert asks_who("who do you guys sell to") is None
    assert asks_who("what is the price?") is None


def test_a_person_is_a_first_name_acting_not_a_place_in_a_list() -> None:
    """ "Luis Arroyo looks after" names a person; "Humboldt, Del Norte, Mendocino" does not."""
    assert names_person("Dana Whitfield is our head roaster; Luis Arroyo looks after service.")
    assert names_person("It was founded by Dana Whitfield and Luis Arroyo.")
    assert not names_person("We install in Humboldt, Del Norte, Mendocino and Trinity counties.")
    assert not names_person("Fair Trade: our blends are Fair Trade certified.")


def test_how_long_it_lasts_wants_a_span_not_a_deadline() -> None:
    """A "how long do they stay fresh" ask is answered by a span, not by "within 48 hours"."""
    assert asks_lasting("how long do ur beans stay fresh")
    assert asks_lasting("whats the shelf life of your coffee")
    assert not asks_lasting("how long does delivery take")
    assert states_span("We recommend using espresso between 7 and 30 days after its roast date.")
    assert states_span("One cartridge lasts about 6 months in a typical café.")
    assert not states_span("We roast within 48 hours of shipping.")


def test_a_number_of_a_name_does_not_make_a_part_a_repeat() -> None:
    """ "15 kWh" after "The Keel 15 is $10,900" is new: the 15 of the name is not counted."""
    keel = catalog_from_folder(ROOT / "eval" / "answers" / "kb_tidewater").get("Keel 15")
    assert keel is not None
    first = Part("The Keel 15 home battery is $10,900.", True, [keel])
    second = Part("The Keel 15 home battery has a 15 kWh capacity.", True, [keel])
    assert merge_parts([first, second]).text.endswith("15 kWh capacity.")


def test_an_or_alternative_naming_nothing_is_no_second_ask() -> None:
    """ "included, or a separate line item?" is one question; "a machine or a grinder" is two."""
    assert alternatives(
        "Installation included, or a separate line item?",
        ["Installation included", "a separate line item?"],
        CATALOG,
    ) == ["Installation included"]
    both = ["how much is a 2 group machine", "a grinder"]
    assert alternatives("how much is a 2 group machine or a grinder", both, CATALOG) == both


async def test_chat_prices_the_multi_site_plan_for_the_locations_the_visitor_gave(
    chat_client: httpx.AsyncClient,
) -> None:
    """After "we run 5 locations ... interested in the multi-site plan", "what would that cost
    us per month?" is the Multi-site plan counted for 5 locations, each figure shown."""
    first = await say(
        chat_client,
        "Hi, Marco here. We run 5 locations around Vancouver BC. Interested in the multi-site "
        "maintenance plan.",
    )
    body = await say(chat_client, "what would that cost us per month?", first["session_id"])
    assert "$79 per location per month" in body["reply"]
    assert "$395" in body["reply"]


def test_a_missing_attribute_is_only_said_when_its_whole_label_is_asked() -> None:
    """ "in one time" asks no "lead time" of anything; "the power of" asks "power"."""
    text = "How many litres makes the BatchPro 2 in one time?"
    assert "lead time" not in asked_labels(text, CATALOG.entities, whole=True)
    assert "lead time" in asked_labels("what's the lead time on it", CATALOG.entities, whole=True)
    assert "power" in asked_labels("the power of the atlas 75", CATALOG.entities, whole=True)


def test_one_of_a_counted_label_is_singular() -> None:
    """ "1 group" and "2 groups": a count of one does not take the plural label."""
    assert attribute_phrase("groups", "1") == "1 group"
    assert attribute_phrase("groups", "2") == "2 groups"


def test_a_size_word_alone_is_no_unanswered_ask() -> None:
    """ "how much is the little one" beside "the pico?" is answered by the Pico's price."""
    assert answered_by("how much is the little one", "The Pico 1-Group is $3,900.")
    assert not answered_by("is there one person we deal with", "The Pico 1-Group is $3,900.")


def test_a_count_below_the_plans_minimum_gets_the_minimum_not_a_sum() -> None:
    """The Multi-site plan is for 3 or more locations: 2 locations get that sentence, no sum."""
    assert MULTI_SITE is not None
    floor = minimum_count(MULTI_SITE)
    assert floor is not None
    assert floor[0] == 3
    assert "3 or more locations" in floor[1]
    essential = CATALOG.get("Essential plan")
    assert essential is not None
    assert minimum_count(essential) is None


def test_a_party_named_by_its_role_is_no_person() -> None:
    """ "Our own technicians cover ..." names a party (a "who" answer without a name)."""
    assert names_party("Our own technicians cover Oregon and Washington.")
    assert names_party("repairs are handled by our partner technicians.")
    assert not names_party("Copperline Coffee Co. is a specialty coffee roaster.")
    assert not names_person("Our own technicians cover Oregon and Washington.")
