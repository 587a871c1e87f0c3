"""Follow-ups that point at another item by its model number alone keep the ask made before
("and the 75?" after a grinder's price is the Atlas 75's price), and a fragment asking another
attribute of a section just quoted reads that section's topic ("how long" after the delivery
fee is the delivery time)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.catalog.model import Catalog
from shared.rag.answering import Answerer
from shared.rag.pointed import pointed_member


@pytest.fixture
def catalog(answerer: Answerer) -> Catalog:
    """The demo bundle's catalog."""
    return answerer.catalog


def test_a_bare_number_after_a_grinder_price_is_the_other_grinder(
    follow: Callable[..., str],
) -> None:
    """ "what about the 75" after the Atlas 64's price is the Atlas 75's price, not the 64's."""
    said = follow("how much is the atlas 64", "what about the 75")
    assert "$2,450" in said
    assert "$1,350" not in said


def test_a_bare_number_after_a_machine_lead_time_keeps_the_lead_time(
    follow: Callable[..., str],
) -> None:
    """ "and the 2" after the Lumen 3-Group's lead time is the Lumen 2-Group's shipping time."""
    said = follow("whats the lead time on the lumen 3 group", "and the 2")
    assert "5 business days" in said


def test_same_for_a_number_switches_the_machine(follow: Callable[..., str]) -> None:
    """ "same for 3" after the Lumen 2-Group's price is the Lumen 3-Group's price."""
    said = follow("lumen 2 group cost", "same for 3")
    assert "$13,400" in said


def test_a_number_of_the_item_discussed_switches_nothing(catalog: Catalog) -> None:
    """Negative: "the 64?" after the Atlas 64 stays as typed (no other member is pointed at)."""
    assert pointed_member("the 64?", ["Atlas 64"], catalog) == "the 64?"


def test_a_number_with_a_unit_or_a_count_is_no_pointer(catalog: Catalog) -> None:
    """Negative: "and 20 lb?", "3 cafes" and a number with nothing discussed stay as typed."""
    assert pointed_member("and 20 lb?", ["Atlas 64"], catalog) == "and 20 lb?"
    assert pointed_member("3 cafes", ["Lumen 2-Group"], catalog) == "3 cafes"
    assert pointed_member("and the 75?", [], catalog) == "and the 75?"


def test_a_number_no_member_of_the_kind_carries_is_left(catalog: Catalog) -> None:
    """Negative: "and the 2?" after a grinder names no grinder: unchanged, not a machine."""
    assert pointed_member("and the 2?", ["Atlas 75"], catalog) == "and the 2?"


def test_how_long_after_the_delivery_fee_is_the_delivery_time(answerer: Answerer) -> None:
    """ "how long" asked of the section "Delivery fees" answers the delivery times."""
    said = answerer.answer("how long", subject="Delivery fees").text
    assert "3 business days" in said


def test_a_fee_asked_of_the_fee_section_is_still_the_fee(answerer: Answerer) -> None:
    """Negative: "any fee?" of "Delivery fees" keeps the whole heading: the $18 fee."""
    said = answerer.answer("any fee?", subject="Delivery fees").text
    assert "$18" in said


def test_a_number_and_a_price_word_after_a_machine_is_the_other_machine(
    answerer: Answerer,
) -> None:
    """ "3 cost?" after the Lumen 2-Group is the Lumen 3-Group's price."""
    said = answerer.answer("3 cost?", recent=["Lumen 2-Group"]).text
    assert "$13,400" in said


def test_a_number_and_a_count_noun_is_no_pointer(catalog: Catalog) -> None:
    """Negative: "3 cafes" or "2 staff" after a machine are counts, left as typed."""
    assert pointed_member("3 cafes?", ["Lumen 2-Group"], catalog) == "3 cafes?"
    assert pointed_member("2 staff", ["Lumen 2-Group"], catalog) == "2 staff"


def test_an_attribute_typed_alone_after_a_machine_is_asked_of_it(answerer: Answerer) -> None:
    """ "boiler?" right after the Lumen 3-Group is its boiler, not a passage on scale."""
    said = answerer.answer("boiler?", recent=["Lumen 3-Group"]).text
    assert "Lumen 3-Group" in said
    assert "L boiler" in said


def test_an_attribute_of_another_kind_is_not_asked_of_the_machine(answerer: Answerer) -> None:
    """Negative: "burrs?" after the Lumen 2-Group (a grinder's attribute) is not its answer."""
    said = answerer.answer("burrs?", recent=["Lumen 2-Group"]).text
    assert "Lumen 2-Group" not in said
