"""Fields given in forms the reader missed: a first name only in a first.last@ address, names
the first-name dictionary lacks, day/month dates, a preference said as a requirement or asked as
a coffee for a way of brewing, a support visitor's own product and its symptoms."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.understanding.entities.contact_names import first_name_of_address
from shared.understanding.entities.names import find_name, known_first
from shared.understanding.entities.symptoms import symptoms
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.text import clauses
from tests.understanding.test_field_storage import talk

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("address", "first"),
    [
        ("grace.chen@lotusbakery.com", "Grace"),
        ("tomas_ruiz@cafe-ruiz.mx", "Tomas"),
        ("kwame.mensah@accra-roast.com", "Kwame"),
        ("lena@bean.co", "Lena"),
        ("priya@greenpress.com", "Priya"),
    ],
)
def test_first_name_of_a_first_last_address(address: str, first: str) -> None:
    """A first.last, first_last or bare local part whose first part is a known first name gives
    the first name alone."""
    assert first_name_of_address(f"reach me at {address}", address) == first


@pytest.mark.parametrize(
    ("text", "address", "first"),
    [
        ("mika rossi, mika at brightcup dot com", "mika@brightcup.com", "Mika"),
        ("leon ward leon@roastworks.co", "leon@roastworks.co", "Leon"),
    ],
)
def test_a_surname_after_the_local_part_is_no_other_name(
    text: str, address: str, first: str
) -> None:
    """The word after the local part is its surname (a first name too, at times: "ward"), so
    the bare local part still names the visitor."""
    assert first_name_of_address(text, address) == first


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("reach us at orders.team@bean.co", "orders.team@bean.co"),
        ("send it to info_desk@bean.co", "info_desk@bean.co"),
        ("write to g.okafor@bean.co", "g.okafor@bean.co"),
        ("its luna@lunacafe.com", "luna@lunacafe.com"),
        ("beatrice cole, bee@pagesandpours.com", "bee@pagesandpours.com"),
        ("mail info@bean.co", "info@bean.co"),
        ("write to hello@bean.co", "hello@bean.co"),
        ("the inbox is sales@bean.co", "sales@bean.co"),
        ("please cc my business partner dora.vance@bean.co", "dora.vance@bean.co"),
        ("the quote goes to our accountant, milo.frank@bean.co", "milo.frank@bean.co"),
    ],
)
def test_no_first_name_from_other_addresses(text: str, address: str) -> None:
    """A role address, an initial, a shop's own word or someone else's address names no one."""
    assert first_name_of_address(text, address) is None


@pytest.mark.parametrize("name", ["Kwame", "chidi", "Ngozi", "Jarrah", "Aroha", "thabo"])
def test_names_the_dictionary_lacks_are_known(name: str) -> None:
    """Given names of West and Southern Africa, Australia and New Zealand are first names."""
    assert known_first(name)


def test_a_lacking_name_is_read_beside_a_business_and_a_phone() -> None:
    """ "Ngozi from ..." and a lower-case name after a phone number are the visitor's name."""
    assert find_name("hi, Ngozi from Palm Leaf Kitchen here in Austin", False, True) == "Ngozi"
    assert find_name("ok text me then. 512 555 0143, chidi", False, True) == "Chidi"


async def test_name_from_the_address_is_said_back_and_replaced_by_a_typed_one(
    brain: LocalBrain,
) -> None:
    """The first name the address spells is stored and can be replaced by the name typed."""
    first = ["we run a bakery in tacoma and want better coffee", "grace.chen@lotusbakery.com"]
    state, replies = await talk(brain, first)
    assert state.collected["name"] == "Grace"
    assert "put you down as Grace" in replies[-1]
    state, _ = await talk(brain, [*first, "my name is Gracie Chen"])
    assert state.collected["name"] == "Gracie Chen"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("our first market is 22/05, see you there", "22/05"),
        ("launching 04/05, we weigh beans in kilos", "4 May"),
        ("launching 04/05 - the day/month way", "4 May"),
        ("launching 04/05 (month/day)", "5 April"),
    ],
)
def test_day_month_dates_by_the_visitors_cues(text: str, said: str) -> None:
    """A date read day first where a side cannot be a month or the visitor's cues say so
    (metric amounts, "day/month"), month first where they say that."""
    assert said in str(read_timeline(text, TODAY))


def test_an_ambiguous_date_without_cues_is_read_month_first() -> None:
    """ "04/05" with nothing to order it is read the US way, month first (set AA)."""
    assert read_timeline("launching 04/05", TODAY) == "on 04/05 (5 April 2027)"


def test_the_most_specific_date_after_any_opening_cue() -> None:
    """A vague span after one cue yields to a calendar date after another."""
    found = read_timeline("opening in a couple months, first event is 21/06", TODAY)
    assert "21/06" in str(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fair trade is a must for our members. How fast is delivery?", "fair trade"),
        ("what beans do you recommend for pour over?", "pour over"),
        ("mostly darker roasts for the lunch crowd", "darker roasts"),
    ],
)
def test_preferences_said_as_requirements_or_asked_for_a_brew(text: str, words: str) -> None:
    """A quality required, a roast level, a coffee asked for a way of brewing: a preference."""
    found = business_fields(text, None, "?" in text)
    assert words in str(found.get("coffee_preferences", "")).lower()


def test_a_plus_is_no_clause_break() -> None:
    """ "is a plus" stays in its clause; "plus" between two items still splits."""
    assert clauses("decaf is a plus for us") == ["decaf is a plus for us"]
    assert clauses("a grinder plus a brewer") == ["a grinder", "a brewer"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("water is pooling under the machine", ["leak"]),
        ("brewer wont heat past lukewarm", ["no heat"]),
        ("wand isn't building steam", ["no steam"]),
        ("the grinder jammed and the motor hums", ["not grinding"]),
        ("espresso is gushing out", ["shots running fast"]),
        ("we serve drip coffee and lattes", []),
    ],
)
def test_symptoms_named_from_their_phrasings(text: str, named: list[str]) -> None:
    """Each symptom is named from its phrasings; "drip coffee" is no leak."""
    assert symptoms(text) == named


async def test_a_support_visitors_product_and_symptoms(brain: LocalBrain) -> None:
    """A fault on our product stores the product as the equipment, the symptoms as the pain
    and the visitor's sentence, with the product's kind, as the support need."""
    state, _ = await talk(brain, ["our atlas 64 keeps stopping mid grind since this morning, help"])
    assert state.collected.get("equipment_needs") == "Atlas 64"
    assert state.collected.get("pain_points") == "not grinding"
    assert "grinder" in str(state.collected.get("support_needs"))


async def test_a_complaint_about_the_coffee_keeps_its_words(brain: LocalBrain) -> None:
    """A symptom word with no equipment ("the guests say the coffee is lukewarm") is no
    machine symptom: the pain keeps the visitor's words."""
    state, _ = await talk(
        brain,
        ["we run a hotel breakfast room and our guests complain the coffee is bitter and lukewarm"],
    )
    assert "bitter" in str(state.collected.get("pain_points"))


async def test_erasing_the_address_erases_the_name_read_from_it(brain: LocalBrain) -> None:
    """A first name read from an address goes when the visitor has that address deleted."""
    state, _ = await talk(
        brain,
        [
            "opening a cafe in spokane next spring",
            "send details to nadia.rahman@bloomcafe.com",
            "actually please delete my email from your system",
        ],
    )
    assert "email" not in state.collected
    assert "name" not in state.collected
