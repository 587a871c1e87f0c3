"""Visitors writing English as a second language (set AH): a year ("since 2014") or a model's
number ("one Atlas 75") is no count of sites; one venue told with the year it opened is one
site, in the learner's word order too ("we have since 2014 a café"); bars owned are sites and
a total summed up after the sites told one by one is the count; names in Central European
letters, matched to the address without their accents, and names written family name first
are read beside a contact detail; "the first shop" of several opens nothing; a coffee lover is
a casual visitor; scale told in other words and gear too small are pains; "make me an offer"
asks for a quote and a salesperson's visit asks for a person."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import pain_points, support
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.contact_names import name_beside_contact
from shared.understanding.entities.quantities import find_locations
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.quotes import asks_quote
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "text",
    [
        "since 1998",
        "the place is open from 2021",
        "ok the Pico 1 is what we want",
        "put us down for one Lumen 3",
        "is the model 5 any good",
    ],
)
def test_a_year_or_a_model_number_is_no_count_of_sites(text: str) -> None:
    """A year or a number naming a model stores no count of sites, even when sites were asked."""
    assert find_locations(text, asked=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "we have since 2011 a bakery in Tucson, the oven is old",
        "we run a little tea room since 2011",
        "I have a small bar in Queens since 2009, only espresso",
        "I am running tea and coffee café in Austin since 2020",
        "we own a coffee shop in Reno from 2018",
    ],
)
def test_one_venue_told_with_the_year_it_opened_is_one_site(text: str) -> None:
    """One venue with the year it opened, before or after it, is one site (not the year)."""
    assert find_locations(text, asked=False) == 1


@pytest.mark.parametrize(
    "text",
    [
        "we have a bakery since 2011 and a second one in Mesa",
        "I have a café since 2019, we are opening another next year",
        "we have since 2015 cafés in three cities",
    ],
)
def test_a_venue_with_its_year_beside_other_sites_is_not_one(text: str) -> None:
    """A venue told with its year beside another site, or in the plural, counts no one site."""
    assert find_locations(text, asked=False) != 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we run 4 bars in Turin style in Boston", 4),
        ("I have one shop downtown and two by the station, so 3 in total", 3),
        ("two kiosks at the mall plus one cart, that's 3 altogether", 3),
    ],
)
def test_owned_bars_and_a_summed_total_are_the_count(text: str, count: int) -> None:
    """Bars owned are sites; a total summed after the sites told one by one is the count."""
    assert find_locations(text, asked=False) == count


@pytest.mark.parametrize(
    "text",
    [
        "the machine pulls at 9 bars of pressure",
        "I have 1 shop, 2 baristas and me, so 3 in total",
    ],
)
def test_pressure_and_people_summed_are_no_site_count(text: str) -> None:
    """Bars of pressure count no sites, and a total of people keeps the sites said."""
    assert find_locations(text, asked=False) in (None, 1)


@pytest.mark.parametrize(
    ("text", "address", "name"),
    [
        ("Małgorzata Dąbrowska, gosia@kawa.com, 312 555 0101", "gosia@kawa.com", "Małgorzata"),
        ("Gonçalo Ribeiro Pinto, goncalo@tasca.com", "goncalo@tasca.com", "Gonçalo Ribeiro"),
        ("Lee Seo-yeon, seoyeon@cup.com, 213 555 0199", "seoyeon@cup.com", "Lee Seo-yeon"),
        ("Pham Thi Hoa, hoa.pham@pho.com", "hoa.pham@pho.com", "Pham Thi Hoa"),
    ],
)
def test_names_in_other_letters_and_family_name_first_are_read(
    text: str, address: str, name: str
) -> None:
    """A name in Central European letters, one the address spells without its accents, and
    one written family name first are read beside the contact detail."""
    found = name_beside_contact(text, address)
    assert found is not None
    assert found.startswith(name)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Sales Team, sales@kawa.com", "sales@kawa.com"),
        ("Call Seo-yeon, 213 555 0199", None),
        ("Main Street Coffee, 312 555 0101", None),
    ],
)
def test_a_desk_or_an_instruction_before_a_contact_is_no_name(
    text: str, address: str | None
) -> None:
    """A desk, an instruction naming someone else, or a business before a contact is no name."""
    assert name_beside_contact(text, address) is None


def test_the_first_of_several_shops_opens_nothing() -> None:
    """A machine "in the first shop" of two run since a year is a running business's."""
    text = "We have 2 bakeries since 2015. The oven in the first shop is broken."
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


def test_a_first_shop_opened_is_still_new() -> None:
    """A first café being opened stays a new café."""
    assert visitor_type("I want open my first shop in Chicago next year") is CustomerType.NEW_CAFE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm a huge coffee fan visiting Seattle, can I see your roastery?", "casual"),
        ("I am a coffee lover and we run a small cafe in Bend", "existing"),
    ],
)
def test_a_coffee_lover_is_casual_unless_running_a_business(text: str, kind: str) -> None:
    """A visitor presenting themself as a coffee lover is casual; one running a café is not."""
    expected = CustomerType.CASUAL_BROWSER if kind == "casual" else CustomerType.EXISTING_CAFE
    assert visitor_type(text) is expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The water here is so hard, the boiler has lime deposits.", "hard"),
        ("Our grinder works fine but is too small for the weekend rush.", "too small"),
        ("the brewer is way too small now", "too small"),
    ],
)
def test_scale_in_other_words_and_gear_too_small_are_pains(text: str, held: str) -> None:
    """Scale told as deposits (with the hard water behind it) and gear too small are pains."""
    found = pain_points(text, asked=False)
    assert found is not None
    assert held in found


@pytest.mark.parametrize(
    "text",
    [
        "our water is hard",
        "the space is too small for a big machine",
        "is the pico too small for us?",
        "our grinder is not too small",
    ],
)
def test_hard_water_alone_or_a_small_room_is_no_pain(text: str) -> None:
    """Hard water alone, a room's size, a question or a denial store no pain."""
    assert pain_points(text, asked=False) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Nina Roth, nina@cafe.de. Please make me an offer for two grinders.", True),
        ("send us your best offer on the lumen", True),
        ("do you offer financing?", False),
        ("we want to offer oat milk drinks", False),
    ],
)
def test_an_offer_asked_to_be_made_is_a_quote_request(text: str, asks: bool) -> None:
    """An offer as the noun asked for is a quote request; "offer" as a verb is none."""
    assert asks_quote(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("It is possible to have a visit of your commercial person next week?", True),
        ("can your sales rep visit us in Tucson", True),
        ("does the visit of your sales team cost extra?", False),
        ("is the commercial plan cheaper?", False),
    ],
)
def test_a_salesperson_s_visit_asks_for_a_person(text: str, asks: bool) -> None:
    """A salesperson's visit asked for (sales called "commercial") asks for a person; a
    question about such a visit does not."""
    assert signals.asks_for_person(text) is asks


async def test_a_learner_s_first_message_stores_one_site_not_the_year(brain: LocalBrain) -> None:
    """Played through the brain and the machine, "we have since 2012 a café" stores one site
    and a running business, and the offer asked with the contact hands off."""
    state = await play(
        brain,
        [
            "Guten Tag. We have since 2012 a café in Dayton. Our grinder works still but is "
            "too small.",
            "Anna Krüger, anna@kaffee-dayton.com, 937 555 0144. Please make me an offer.",
        ],
    )
    assert state.collected.get("locations") == 1
    assert state.customer_type is CustomerType.EXISTING_CAFE
    assert "small" in str(state.collected.get("pain_points"))
    assert state.handoff


async def test_a_name_with_diacritics_is_stored(brain: LocalBrain) -> None:
    """A Polish name beside its email and phone is stored, and a family-name-first one too."""
    polish = await play(brain, ["Paweł Wróbel, pawel@kawa-chi.com, 773 555 0150. Call me."])
    korean = await play(brain, ["Choi Ha-eun, haeun@cafe.com, 404 555 0190. Call me please."])
    assert polish.collected.get("name") == "Paweł Wróbel"
    assert korean.collected.get("name") == "Choi Ha-eun"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Buongiorno, we open the bar the 02/04, how much is the pico?", "2 April"),
        ("Bom dia! Opening on 05/06 in Newark", "5 June"),
    ],
)
def test_a_greeting_of_a_day_first_language_reads_the_day_first(text: str, month: str) -> None:
    """A date either side of which could be the month is read day first after a greeting in
    a language whose writers put the day first."""
    found = read_timeline(text, date(2026, 12, 7), asked=False)
    assert found is not None
    assert month in found


def test_an_english_writer_s_date_stays_month_first() -> None:
    """Without a sign of a day-first writer the US order stays: "05/06" is May 6th."""
    found = read_timeline("Hello! Opening on 05/06 in Newark", date(2026, 12, 7), asked=False)
    assert found is not None
    assert "6 May" in found


@pytest.mark.parametrize(
    "text",
    [
        "I visit Portland next week, can I see the roastery?",
        "we'd love a visit to your showroom on friday",
    ],
)
def test_the_visitor_s_own_trip_is_no_support_need(text: str) -> None:
    """The visitor's own trip or a visit to the showroom is no service visit wanted."""
    assert support(text, asked=False) is None


def test_a_service_visit_is_still_a_support_need() -> None:
    """A technician's visit wanted stays a support need."""
    found = support("we need a service visit asap, the grinder jams", asked=False)
    assert found is not None
    assert "visit" in found


@pytest.mark.parametrize(("text", "count"), [("hmm, Maybe 2", 2), ("sure, Just 3", 3)])
def test_a_capitalised_hedge_before_a_count_is_no_model_name(text: str, count: int) -> None:
    """A capitalised hedge before the count answering the sites asked ("Maybe 2") keeps it."""
    assert find_locations(text, asked=True) == count
