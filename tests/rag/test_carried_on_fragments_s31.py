"""Fragments after an answer that carry its ask on (session 31): a bare count after a price
per unit counts that unit ("for 7" after the online course), a word naming only another member
of the kind just discussed switches to it ("onsite?" after the online course), and "beans"
after a rank word is the coffee ranked; a model number, a time unit or a word of the item
itself keep what they did."""

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


def test_a_bare_count_after_a_price_per_staff_member_counts_staff(
    follow: Callable[..., str],
) -> None:
    """ "for 9" after the online course's price is 9 x $120 = $1,080."""
    said = follow("how much is the online barista course", "for 9")
    assert "$1,080" in said


def test_a_bare_count_reads_the_unit_in_the_plural(catalog: Catalog) -> None:
    """ "for 4" after the Multi-site plan counts locations, after a blend pounds."""
    assert pointed_member("for 4", ["Multi-site plan"], catalog) == "for 4 locations?"
    assert pointed_member("for 30", ["Foundry Espresso"], catalog) == "for 30 lb?"


def test_a_count_that_is_a_model_number_still_points_at_the_model(catalog: Catalog) -> None:
    """Negative: "for 3" after the Lumen 2-Group is the Lumen 3-Group, not three machines."""
    assert pointed_member("for 3", ["Lumen 2-Group"], catalog) == "and the Lumen 3-Group?"


def test_a_count_after_an_item_priced_per_nothing_or_per_time_is_left(
    catalog: Catalog,
) -> None:
    """Negative: "for 5" after a grinder (priced per nothing) or the Pro plan (per month)
    stays as typed: how many of what is not said."""
    assert pointed_member("for 5", ["Atlas 64"], catalog) == "for 5"
    assert pointed_member("for 5", ["Pro plan"], catalog) == "for 5"


def test_a_sibling_named_alone_keeps_the_ask(answerer: Answerer) -> None:
    """ "onsite?" after the online course's price is the
    on-site course's $850."""
    said = answerer.answer("onsite?", recent=["Online barista course"], attribute="price").text
    assert "$850" in said


def test_a_word_of_the_item_itself_or_of_no_member_switches_nothing(catalog: Catalog) -> None:
    """Negative: "online?" after the online course stays on it, "price?" and "boiler?" after
    the Lumen 2-Group name no other machine."""
    assert "on-site" not in pointed_member("online?", ["Online barista course"], catalog)
    assert "Lumen 3" not in pointed_member("price?", ["Lumen 2-Group"], catalog)
    boiler = pointed_member("boiler?", ["Lumen 2-Group"], catalog)
    assert "Lumen 3" not in boiler
    assert "Pico" not in boiler


def test_the_cheapest_beans_are_the_cheapest_coffee(answerer: Answerer) -> None:
    """ "lowest priced beans" is the Harbor Cold Brew Blend at $10.80 per lb."""
    assert "$10.80" in answerer.answer("cheapest beans you sell?").text


def test_beans_without_a_rank_name_no_coffee(answerer: Answerer) -> None:
    """Negative: the minimum order asked of beans is still the wholesale minimum."""
    assert "20 lb" in answerer.answer("minimum order for beans?").text
