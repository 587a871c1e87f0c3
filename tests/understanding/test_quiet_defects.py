"""Defects the held-out checker does not see (read from the transcripts): a head count stored as
a volume, a quote's blend stored as a taste, a count in a question read as sites, electrical
outlets counted as sites, a corrected equipment list said back as typed."""

from __future__ import annotations

import pytest

from shared.conversation.fields import business_fields, preferences
from shared.conversation.phrases import ASK
from shared.conversation.replies import corrected_value, when
from shared.understanding.entities.quantities import find_locations, find_volume


@pytest.mark.parametrize(
    "text",
    [
        "Office manager here, software company, about 60 people in the office four days a week",
        "we are 40 people, mostly engineers",
        "about 25 people on staff",
        "around 80 ppl work here",
        "an office of 60 people",
    ],
)
def test_a_head_count_is_no_volume_even_when_asked(text: str) -> None:
    """People counted as a group's size are no volume, and no "N cups a day" is made of them."""
    assert find_volume(text, asked=False) is None
    assert find_volume(text, asked=True) is None


def test_people_served_with_a_period_stay_a_volume() -> None:
    """People served per period ("150 people on saturdays", "300 people a day") are a volume."""
    assert find_volume("we serve about 150 people on saturdays", asked=False)
    assert find_volume("we feed 300 people a day", asked=False) == "300 people a day"
    mixed = "we are 40 people, about 30 cups a day"
    assert find_volume(mixed, asked=False) == "about 30 cups a day"


@pytest.mark.parametrize(
    "text",
    [
        "Please send a quote for a BatchPro 2 and a biweekly Riverbend subscription",
        "send the quote for 110 lb foundry + 20 lb night shift monthly",
        "can we order 40 lb of Sunrise for next week",
    ],
)
def test_a_blend_named_in_a_quote_or_order_is_no_taste_clause(text: str) -> None:
    """A quote or order whose only coffee words are blends stores no preference clause (the
    interest reader records the blend by its catalog name)."""
    assert preferences(text, asked=False) is None


def test_a_stated_taste_beside_a_quote_is_still_a_preference() -> None:
    """A taste cue beside the blend ("something chocolatey") or a frame keeps the preference."""
    assert preferences("id like to order 20 lb of foundry, something chocolatey", asked=False)
    assert preferences("we love the foundry", asked=False) == "we love the foundry"


def test_a_count_inside_a_question_does_not_answer_the_locations_asked() -> None:
    """ "net 30 from day 1?" asked while the bot wants the site count stores no count; a count
    stated beside the question, or with a site noun, does."""
    asked = "locations"
    assert business_fields("can we be invoiced net 30 from day 1? ours does", asked, True) == {}
    assert business_fields("just 1. can we be invoiced net 30?", asked, True) == {"locations": 1}
    assert business_fields("we have 3 shops, can we pay net 30?", asked, True) == {"locations": 3}


@pytest.mark.parametrize(
    "text",
    [
        "facilities says theres only standard 110 outlets in that spot, no 220",
        "we have 2 outlets behind the counter, both 110v",
        "only 1 outlet back there, is power an issue?",
    ],
)
def test_electrical_outlets_are_no_sites(text: str) -> None:
    """A count of outlets in a message about power is no count of sites."""
    assert find_locations(text, asked=False) is None


def test_retail_outlets_still_count_as_sites() -> None:
    """ "we run 3 outlets in the mall" (no power words) is three sites."""
    assert find_locations("we run 3 outlets in the mall", asked=False) == 3


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        ("A pico, Atlas 75", "the Pico 1-Group and the Atlas 75"),
        ("The 2 group lumen, the atlas 75", "the Lumen 2-Group and the Atlas 75"),
        ("espresso machine; two grinders", "espresso machine and two grinders"),
    ],
)
def test_a_corrected_equipment_list_is_said_back_like_a_person(stored: str, said: str) -> None:
    """Catalog items are said by name with "the", the list joined with "and", in the case a
    sentence's middle takes (a reply opening with it is capitalised by the writer)."""
    assert corrected_value("equipment_needs", stored) == said


def test_the_locations_question_does_not_assume_a_cafe() -> None:
    """An office or a bakery is never asked whether it is "a single café"."""
    assert not any("café" in ask for ask in ASK["locations"])


@pytest.mark.parametrize(
    ("timeline", "said"),
    [
        ("Aug 19", "on Aug 19"),
        ("1 September", "on 1 September"),
        ("march 3rd", "on March 3rd"),
        ("september 2027", "in September 2027"),
        ("the spring", "in the spring"),
    ],
)
def test_an_opening_day_is_said_back_with_on(timeline: str, said: str) -> None:
    """A day of a month reads "Opening on Aug 19", a month or a season "in"."""
    assert when(timeline) == said
