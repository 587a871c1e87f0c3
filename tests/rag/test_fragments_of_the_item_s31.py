"""Fragments asked of the item just discussed (session 31): a value typed alone in a unit one
of its attributes is stated in ("110v?" after the Pico) asks that attribute, and a fragment
whose words one of the item's own sentences holds ("loaner?" after the Pro plan) asks that
sentence; a unit or time alone, another figure or a word the item never says keep what they
did."""

from __future__ import annotations

import pytest

from shared.catalog.model import Catalog
from shared.rag.answering import Answerer
from shared.rag.pointed import pointed_member


@pytest.fixture
def catalog(answerer: Answerer) -> Catalog:
    """The demo bundle's catalog."""
    return answerer.catalog


def test_a_voltage_typed_alone_asks_the_machines_power(answerer: Answerer) -> None:
    """ "220 volts?" after the Pico is answered with the Pico's own 110 V, not "yes"."""
    said = answerer.answer("220 volts?", recent=["Pico 1-Group"], attribute="price").text
    assert "110 V" in said


def test_a_capacity_typed_alone_asks_the_boiler(catalog: Catalog) -> None:
    """ "11 litres?" after the Lumen 3-Group asks its boiler."""
    assert pointed_member("11 litres?", ["Lumen 3-Group"], catalog) == "the Lumen 3-Group boiler?"


def test_a_weight_or_a_unit_no_attribute_holds_is_left(catalog: Catalog) -> None:
    """Negative: "30 lb?" after a blend and "5 kg?" after a machine stay as typed."""
    assert pointed_member("30 lb?", ["Riverbend Organic"], catalog) == "30 lb?"
    assert pointed_member("5 kg?", ["Lumen 2-Group"], catalog) == "5 kg?"


def test_a_word_of_the_items_own_sentence_asks_that_sentence(answerer: Answerer) -> None:
    """ "how quick are repairs" after the Pro plan is its priority repairs within 48 hours."""
    said = answerer.answer("how quick are repairs", recent=["Pro plan"], attribute="price").text
    assert "48 hours" in said


def test_a_time_unit_alone_is_not_asked_of_the_item(catalog: Catalog) -> None:
    """Negative: "how many months" after the Essential plan (whose price is per month) and
    "menu?" after the Pro plan (which no sentence of it names) stay as typed."""
    assert pointed_member("how many months", ["Essential plan"], catalog) == "how many months"
    assert pointed_member("menu?", ["Pro plan"], catalog) == "menu?"
