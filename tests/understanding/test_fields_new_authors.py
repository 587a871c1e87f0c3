"""Fields given by new authors' visitors: sites of businesses beyond cafés, orders told in parts,
values corrected in the same breath, names alone or beside a place, tastes asked about."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.fields import business_fields, pain_points, preferences, volume
from shared.conversation.machine import merged
from shared.understanding.corrections import is_correction
from shared.understanding.entities.catalog_items import with_kinds
from shared.understanding.entities.interest import interest
from shared.understanding.entities.names import find_name, lone_full_name
from shared.understanding.entities.power import power_need
from shared.understanding.entities.quantities import find_locations
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.gloss import english_reading

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("we own 4 car dealerships around spokane", 4),
        ("my family runs two motels on the coast", 2),
        ("3 of our 7 salons want a coffee corner", 7),
    ],
)
def test_sites_of_businesses_beyond_cafes_are_counted(text: str, sites: int) -> None:
    """Dealerships, motels, clinics and salons count sites; "3 of our 7" counts the 7."""
    assert find_locations(text, asked=False) == sites


@pytest.mark.parametrize("text", ["one of our clinics needs a brewer", "two of our staff quit"])
def test_a_part_that_is_no_count_of_sites_stores_none(text: str) -> None:
    """ "one of our clinics" says there are several, "two of our staff" counts people."""
    assert find_locations(text, asked=False) is None


def test_a_reference_number_answers_no_site_count() -> None:
    """A number inside a reference ("ref PO-3310-AB", "#5521") is no count of sites, even asked."""
    assert find_locations("the invoice was ref PO-3310-AB", asked=True) is None
    assert find_locations("ticket #5521", asked=True) is None


def test_sites_counted_in_french_and_spanish() -> None:
    """Hostels in French and Spanish are glossed and counted ("trois auberges de jeunesse")."""
    french = english_reading("nous avons trois auberges de jeunesse a Quebec", "fr")
    spanish = english_reading("tenemos dos hostales en Cancun", "es")
    assert find_locations(french, asked=False) == 3
    assert find_locations(spanish, asked=False) == 2


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("we'd go through roughly 30 lb of the house blend and 15 lb of decaf a week", "45 lb"),
        ("25 lb foundry, 10 lb harbor and 5 lb night shift monthly", "40 lb"),
    ],
)
def test_an_order_told_in_parts_adds_up(text: str, figure: str) -> None:
    """Amounts of one unit joined in one breath add up, with the period said after them."""
    found = str(volume(text, asked=False))
    assert figure in found
    assert "week" in found or "month" in found


@pytest.mark.parametrize(
    "text",
    [
        "we buy 30 lb now, hoping for 50 lb by summer",
        "30 lb or maybe 50 lb a week",
        "20 lb of beans and 300 cups a day",
    ],
)
def test_alternatives_or_mixed_units_add_nothing(text: str) -> None:
    """A change, an alternative or amounts in different units make no total."""
    found = volume(text, asked=False)
    assert found is None or "+" not in found


def test_a_preference_beside_amounts_is_cut_to_the_coffee() -> None:
    """The amounts and periods are cut from a preference: the blend and decaf remain."""
    text = "we'd go through roughly 30 lb of your house espresso blend and 15 lb decaf a week"
    assert preferences(text, asked=False) == "house espresso blend and decaf"


def test_a_value_corrected_in_the_same_message_keeps_the_later() -> None:
    """ "Sorry, I mean", "correction:" make the value after them the one stored."""
    said = "Roughly 200 drinks a day. Sorry, I mean 150 drinks on weekdays."
    assert "150" in str(business_fields(said, None, False, TODAY)["expected_volume"])
    moved = "We aim for Q4. Correction: the board moved it up to Q3."
    assert "Q3" in str(business_fields(moved, None, False, TODAY)["opening_timeline"])


def test_a_range_with_between_is_kept_whole() -> None:
    """ "between 120 and 160 covers" keeps both ends."""
    found = str(volume("between 120 and 160 covers at lunch", True))
    assert found.startswith("between 120 and 160")


@pytest.mark.parametrize(
    "text",
    ["greetings from a bakery in victoria BC here", "Ottawa here, quick question", "NYC here lol"],
)
def test_a_place_or_abbreviation_before_here_is_no_name(text: str) -> None:
    """ "BC here", "Ottawa here": a place says where, not who."""
    assert find_name(text, asked=False, missing=True) is None


def test_an_adverb_before_at_is_no_name() -> None:
    """ "Frankly at 600 covers ..." opens with an adverb, not a name; "Noor at Fig Cafe" is one."""
    assert find_name("Frankly at 600 covers we need two machines", False, True) is None
    assert find_name("Noor at Fig Cafe, quick one", False, True) == "Noor"


def test_contact_is_introduces_a_name() -> None:
    """ "Contact is Lena Park" and "the contact person is ..." introduce a name."""
    assert find_name("Contact is Lena Park, 541 555 0101", False, True) == "Lena Park"
    assert find_name("contact is best by text", False, True) is None


@pytest.mark.parametrize(
    ("text", "alone"),
    [("anika desai", True), ("Luis Ortega", True), ("honey oat", False), ("rose gold", False)],
)
def test_a_full_name_alone_is_a_name(text: str, alone: bool) -> None:
    """A known first name with a surname no dictionary lists is a name whatever was asked."""
    assert lone_full_name(text) is alone


@pytest.mark.parametrize(
    "text",
    [
        "honestly our prices went up twice this year with the old roaster",
        "the capsules cost us a fortune",
        "the grinder hums but won't grind",
    ],
)
def test_price_rises_and_dead_machines_are_pains(text: str) -> None:
    """A price rising, a cost called a fortune and a machine that will not grind are pains."""
    assert pain_points(text, asked=False)


def test_a_fault_names_the_kind_of_the_product_it_is_about() -> None:
    """ "nothing grinds" does not say the Atlas 75 is a grinder: its kind is noted."""
    assert "espresso grinder" in with_kinds("the atlas 64 quit, nothing grinds")


def test_a_style_asked_about_is_a_preference() -> None:
    """ "do you carry a decaf" records decaf; "a medium sized grinder" records no taste."""
    assert interest("do you carry a decaf?") == {"coffee_preferences": "decaf"}
    assert "coffee_preferences" not in interest("do you have a medium sized grinder?")


def test_a_machine_named_by_its_size_is_the_catalog_one() -> None:
    """ "the little machine" is the one-group Pico; "not the big machine" records nothing."""
    assert interest("how much is the little machine?") == {"equipment_needs": "Pico 1-Group"}
    assert interest("not the big machine, too much") == {}


def test_ordinary_outlets_only_asks_for_the_machine_on_them() -> None:
    """ "standard plugs only" is a power limit, as "only have standard plugs" is."""
    assert power_need("small counter, standard plugs only") is not None


def test_a_deadline_to_install_is_a_date_ahead() -> None:
    """ "need it installed by the 10th of next month" is a date ahead, not an install gone by."""
    found = read_timeline("need it installed by the 10th of next month", TODAY, False)
    assert found is not None
    assert "10th" in found


def test_a_description_with_not_is_no_correction() -> None:
    """ "we are not young, and ..." describes; "not march, april" corrects."""
    assert not is_correction("We are not young, and a complicated machine worries me")
    assert is_correction("not march, april")


def test_a_list_of_order_lines_adds_up_and_a_line_corrected_changes_the_total() -> None:
    """Order lines one a line add up with the period said before them; "140 lb not 120" then
    replaces that line in the total."""
    order = "weekly order for the two shops:\n- House Blend - 30 lb\n- Decaf - 10 lb"
    total = volume(order, asked=False)
    assert str(total).startswith("40 lb weekly")
    fixed = volume("sorry, the house blend should be 35 lb not 30", asked=False)
    assert merged("expected_volume", total, fixed, True).startswith("45 lb weekly")
    assert preferences("sorry, Foundry should be 35 lb not 30", asked=False) is None


def test_a_signature_name_ends_at_its_line() -> None:
    """The role on the line after a signed name is no surname ("Co-founder, ...")."""
    signed = "Regards,\nMina Cho\nCo-founder, Bean There\nE: mina@beanthere.co"
    assert find_name(signed, asked=False, missing=True) == "Mina Cho"


def test_order_lines_made_one_line_by_the_chat_still_add_up() -> None:
    """The chat keeps single spaces: bullets on one line are still an order's parts, and an
    order supposed ("if we take ...") states no volume."""
    one_line = "weekly order please: • House Blend – 30 lb • Decaf – 10 lb"
    assert str(volume(one_line, asked=False)).startswith("40 lb weekly")
    supposed = "if we take 30 lb of house and 10 lb decaf a week, what discount?"
    assert "expected_volume" not in business_fields(supposed, None, True, TODAY)


def test_a_role_after_a_signed_name_is_no_surname() -> None:
    """ "Regards, Mina Cho Co-founder, ..." (lines joined) signs Mina Cho."""
    joined = "Regards, Mina Cho Co-founder, Bean There E: mina@beanthere.co"
    assert find_name(joined, asked=False, missing=True) == "Mina Cho"
