"""Fields a new author's conversations gave in forms the reader missed: lower-case names beside
a contact or spelled by the email, a phone retyped after its last digits, a season refined to
a month, an order split across items (not a volume)."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.understanding.corrections import is_correction
from shared.understanding.entities.contact_names import name_before_contact, name_in_address
from shared.understanding.entities.equipment import sibling_model
from shared.understanding.entities.phones import find_phone
from shared.understanding.entities.quantities import find_volume
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.gloss import english_reading, typed_words
from tests.understanding.test_field_storage import talk

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dez okonkwo 916 555 0139, text is better than calling", "Dez Okonkwo"),
        ("hey ana delgado-fitch ana@crux.com", "Ana Delgado-fitch"),
    ],
)
def test_lower_case_name_opening_a_contact_line(text: str, name: str) -> None:
    """Two name words written right before the number or email are the visitor's name."""
    assert name_before_contact(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "call me 916 555 0139",
        "my cell 916 555 0139",
        "text joe 916 555 0139",
        "urgent pls 916 555 0139",
        "weekdays only 916 555 0139",
        "thx asap 916 555 0139",
        "dez okonkwo says hi",
    ],
)
def test_ordinary_words_before_a_number_are_no_name(text: str) -> None:
    """Ordinary words, chat shorthand or no contact at all: no name is read."""
    assert name_before_contact(text) is None


def test_name_spelled_by_the_email() -> None:
    """ "tessa moreau btw" is a name when the visitor's email is tessa.moreau@...; a role
    address or a part of the name alone spells no one."""
    assert name_in_address("tessa moreau btw. send a quote", "tessa.moreau@gmail.com") == (
        "Tessa Moreau"
    )
    assert name_in_address("send it to tessa", "tessa.moreau@gmail.com") is None
    assert name_in_address("the sales team", "sales.team@x.com") is None
    assert name_in_address("tessa moreau", None) is None
    assert name_in_address("email: kim.minjung at naver dot com", "kim.minjung@naver.com") is None


def test_phone_retyped_after_its_last_digits() -> None:
    """ "0128. 831 555 0128" holds the full number after a sentence break: it is read."""
    assert find_phone("ugh no sorry, 0128. 831 555 0128. fat fingers", None)[0] == "+18315550128"
    assert find_phone("call 831.555.0127 pls", None)[0] == "+18315550127"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opening a cafe in bellingham wa this summer, probably august", "august"),
        ("opening next year, around march", "around march"),
        ("opening this summer", "this summer"),
        ("opening in may, then we take a break in summer", "in may"),
    ],
)
def test_a_month_right_after_a_season_refines_it(text: str, expected: str) -> None:
    """A hedged, more specific date directly after the first one replaces it; an unrelated
    later one does not."""
    assert read_timeline(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("send the quote for 110 lb foundry + 20 lb night shift monthly", "130 lb monthly"),
        ("about 40 lb foundry and 10 lb decaf", "about 50 lb"),
    ],
)
def test_an_order_split_across_items_is_its_total(text: str, total: str) -> None:
    """One item's share of an order is not the volume: the parts add up to it."""
    assert str(find_volume(text, asked=False)).startswith(total)


def test_a_single_amount_is_still_a_volume() -> None:
    """The split rule leaves a plain amount alone."""
    assert find_volume("we use about 130 lbs a month", asked=False) == "about 130 lbs a month"


async def test_phone_corrected_twice_ends_on_the_last(brain: LocalBrain) -> None:
    """Two corrections of a phone in a row: the stored number is the last one typed."""
    state, _ = await talk(
        brain,
        [
            "hey, running a coffee cart at the farmers markets since 2021, want to add cold brew",
            "im Luca, 831 555 0172",
            "wait wrong number, thats my old one. 831 555 0127",
            "ugh no sorry, 0128. 831 555 0128. fat fingers",
        ],
    )
    assert state.collected["phone"] == "+18315550128"


async def test_name_spelled_by_the_stored_email_is_stored(brain: LocalBrain) -> None:
    """A lower-case surname outside the gazetteer is stored when the email given earlier
    spells it, and an order split across items leaves the stated volume."""
    state, _ = await talk(
        brain,
        [
            "hello, opening a cafe in bellingham wa this summer, probably august",
            "we use about 130 lbs a month",
            "my email is tessa.moreau@gmail.com",
            "tessa moreau btw. send the quote for 110 lb foundry + 20 lb night shift monthly",
        ],
    )
    assert state.collected["name"] == "Tessa Moreau"
    assert state.collected["opening_timeline"] == "august"
    assert "130" in state.collected["expected_volume"]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("grind by weight sounds worth it, make it the 75", "Atlas 75"),
        ("actually the 75 instead.", "Atlas 75"),
        ("make it 75", None),
        ("actually make it 75 lb", None),
        ("sorry, the 90.", None),
    ],
)
def test_a_correction_names_the_sibling_model_by_its_number(text: str, model: str | None) -> None:
    """ "the 75" after the Atlas 64 is the Atlas 75; a number without "the", with a unit, or
    of no catalog model is not."""
    assert sibling_model(text, "Atlas 64; a pico") == model


async def test_grinder_switched_by_its_number_replaces_the_old(brain: LocalBrain) -> None:
    """ "make it the 75" replaces the stored Atlas 64 and keeps the machine."""
    state, _ = await talk(
        brain,
        [
            "we own a climbing gym, adding a little coffee bar. opening it in january",
            "ok the atlas 64 + a pico then. maybe 70 drinks a day",
            "hmm actually grind by weight sounds worth it, make it the 75",
        ],
    )
    needs = state.collected["equipment_needs"]
    assert "Atlas 75" in needs
    assert "64" not in needs
    assert "pico" in needs.lower()


@pytest.mark.parametrize(
    ("typed", "language", "note"),
    [
        ("Nos gusta un café suave, con notas de caramelo, nada muy amargo", "es", "caramelo"),
        ("Gostamos de um café achocolatado e adocicado", "pt", "achocolatado"),
        ("Wir mögen es nussig und schokoladig", "de", "nussig"),
    ],
)
def test_tasting_notes_in_other_languages_are_read(typed: str, language: str, note: str) -> None:
    """A tasting note in the visitor's language is a coffee preference, stored as typed."""
    found = business_fields(english_reading(typed, language, None).lower(), None, False)
    assert note in typed_words(str(found["coffee_preferences"]), typed, language, None)
    assert "pain_points" not in found


@pytest.mark.parametrize(
    ("text", "correcting"),
    [
        ("Also, can we lease that whole bundle rather than buy it outright?", False),
        ("could we rent it rather than paying upfront", False),
        ("4 shops rather than 3", True),
        ("the atlas 75 rather than the 64", True),
    ],
)
def test_rather_than_a_verb_corrects_nothing(text: str, correcting: bool) -> None:
    """ "rather than buy it" weighs two ways of buying; "rather than 3" replaces a value."""
    assert is_correction(text) is correcting


def test_words_of_a_complaint_are_no_preference() -> None:
    """ "the espresso tastes flat" inside a complaint is the pain, not a coffee preference;
    a preference said beside a complaint stays."""
    found = business_fields(
        "we're unhappy with our roaster — bags show up with no roast date and the espresso "
        "tastes flat",
        None,
        False,
    )
    assert "coffee_preferences" not in found
    assert "pain_points" in found
    beside = business_fields("we want a dark roast. our current roaster is unreliable", None, False)
    assert beside["coffee_preferences"] == "we want a dark roast"
