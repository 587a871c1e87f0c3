"""A number after a model family's word is a measure of the item when a unit of the lexicon's
:data:`MEASURE_UNITS` follows it ("the pico 110 v"), and a model the catalog may lack otherwise
("the lumen 4 group")."""

from __future__ import annotations

import pytest

from shared.catalog.served import served_catalog
from shared.rag.resolve import unknown_model
from shared.understanding.lexicon import MEASURE_UNITS


@pytest.mark.parametrize("unit", sorted(MEASURE_UNITS))
def test_a_number_with_a_unit_is_no_model(unit: str) -> None:
    """A unit after the number ("is the lumen 40 v one ok") names a measure, never an unknown
    "Lumen 40"."""
    assert unknown_model(served_catalog(), f"is the lumen 40 {unit} one ok for us") is None
    assert unknown_model(served_catalog(), f"is the lumen 40{unit} one ok for us") is None


@pytest.mark.parametrize("typed", ["is the lumen 4 group ok for us", "got a lumen 40 in stock"])
def test_a_number_without_a_unit_names_a_model(typed: str) -> None:
    """A family word and a number with no unit is a model: one the catalog lacks is named."""
    found = unknown_model(served_catalog(), typed)
    assert found is not None
    name, members = found
    assert name.startswith("Lumen 4")
    assert all(m.name.startswith("Lumen") for m in members)
