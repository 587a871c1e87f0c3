"""Classes of issue 22 from visitors writing regional Englishes (set X): a volume said with
"-odd" ("200-odd coffees a day"), in the drinks of Australia and New Zealand ("80 takeaways a
day", "150 flat whites a day") or per a fortnight or an arvo; and a name whose surname holds
lower-case particles ("Johan van der Merwe"). Phrasings of our own, with near misses."""

from __future__ import annotations

import pytest

from shared.conversation.kinds import CustomerType
from shared.understanding.commitment import tentative
from shared.understanding.entities.equipment import find_equipment, kind_of
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_volume
from shared.understanding.visitor import visitor_type


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("we reckon 300-odd coffees a day in summer", "300-odd coffees a day"),
        ("we're pushing 120-odd cups a day now", "120-odd cups a day"),
        ("about 90 takeaways a day at the market", "about 90 takeaways a day"),
        ("we do 140 takeaway coffees a day", "140 takeaway coffees a day"),
        ("maybe 150 flat whites a day", "maybe 150 flat whites a day"),
        ("60 long blacks a morning, easy", "60 long blacks a morning"),
        ("we go through 15 kilos a fortnight", "15 kilos a fortnight"),
        ("around 70 coffees an arvo on market days", "around 70 coffees an arvo"),
    ],
)
def test_a_regional_volume_is_read_whole(text: str, stored: str) -> None:
    """The figure, its regional unit and its period are the stored volume."""
    assert find_volume(text, False) == stored


@pytest.mark.parametrize(
    "text",
    [
        "we've been open 20-odd years now",  # years in business, no volume
        "the machine is 10-odd years old",
        "is a fortnight enough to get it installed?",
    ],
)
def test_odd_years_and_a_fortnight_alone_are_no_volume(text: str) -> None:
    """ "-odd" and "fortnight" make no volume without a drink unit."""
    assert find_volume(text, False) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Right, let's talk. Pieter van der Berg, 416 555 0187. Ring me after 10",
            "Pieter van der Berg",
        ),
        ("Anna de Villiers, anna@example.com, send the quote please", "Anna de Villiers"),
        ("Maria de la Cruz, 312 555 0144", "Maria de la Cruz"),
    ],
)
def test_a_surname_with_particles_is_the_name(text: str, name: str) -> None:
    """Lower-case particles inside a surname are kept and do not count as the name's words."""
    assert find_name(text, False) == name


@pytest.mark.parametrize(
    "text",
    [
        "we want the la marzocco, 416 555 0132",  # a product, no first name
        "sam de la, 416 555 0132",  # particles with no surname after them
    ],
)
def test_particles_without_a_name_make_none(text: str) -> None:
    assert find_name(text, False) is None


def test_an_interjection_is_no_name() -> None:
    """ "Ah." standing as a sentence is an interjection, not the visitor's name."""
    text = "Ah. What about if I had it sent to my cousin in Leeds?"
    assert find_name(text, False, missing=True) is None
    assert find_name("Ana. What about the decaf?", False, missing=True) == "Ana"


@pytest.mark.parametrize(
    "text",
    [
        "I'm doing my master's in Vancouver and writing an assignment on coffee roasters",
        "studying for a PhD on fair trade, is your coffee certified?",
        "I'm at uni and doing a bit of research on B Corps",
        "fancy a proper espresso machine for my flat, do you sell to individuals?",
    ],
)
def test_students_and_home_users_are_casual_browsers(text: str) -> None:
    """Coursework said the British way and a machine for one's flat state no business."""
    assert visitor_type(text) is CustomerType.CASUAL_BROWSER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("doing my degree part time while running my café", CustomerType.EXISTING_CAFE),
        ("we sell about 200 flat whites a day at our café", CustomerType.EXISTING_CAFE),
    ],
)
def test_a_business_outranks_study_and_flat_whites(text: str, kind: CustomerType) -> None:
    """A business said beside a degree, and "flat whites", keep the business."""
    assert visitor_type(text) is kind


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("we'll need a grinder and something for batch filter", "batch filter"),
        ("a batch-filter machine for the mornings", "a batch-filter machine"),
    ],
)
def test_batch_filter_is_a_batch_brewer(text: str, item: str) -> None:
    """The British "batch filter" is the filter brewer, not a water filter."""
    assert item in find_equipment(text)
    assert kind_of(item) == "batch brewer"


def test_batch_filter_coffee_is_no_gear() -> None:
    assert find_equipment("we serve batch filter coffee all day") == []


@pytest.mark.parametrize(
    "text",
    [
        "opening in the autumn. Say we bought a Lumen and it packed in on a Sunday, what then?",
        "we open in April. Suppose the grinder dies, who fixes it?",
        "opening in june, hypothetically what would the 3 group cost",
    ],
)
def test_a_supposition_hedges_the_plan(text: str) -> None:
    """A supposed purchase or breakdown hedges the message, as "if" does."""
    assert tentative(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're opening in April.",
        "as I say, we open in May",
        "we open in april, about 200 a day, let's say 180",
    ],
)
def test_a_plan_said_plainly_is_no_supposition(text: str) -> None:
    assert not tentative(text)
