"""An alternative said as a bare model number after an item's name ("Atlas 64 or 75") names
the sibling that carries it: both alternatives are read, never the first alone (set AP)."""

from __future__ import annotations

from shared.understanding.entities.interest import interest
from shared.understanding.pointing import alternative_numbered

NAMES = ["Lumen 2-Group", "Lumen 3-Group", "Pico 1-Group", "Atlas 64", "Atlas 75"]


def test_a_bare_number_after_an_item_is_its_sibling() -> None:
    """ "atlas 75 or 64 for a cart?" and "the lumen 3 group vs 2?" name both siblings."""
    said = alternative_numbered("atlas 75 or 64 for a cart?", NAMES)
    assert said == "atlas 75 or Atlas 64 for a cart?"
    said = alternative_numbered("the lumen 3 group vs 2?", NAMES)
    assert said == "the lumen 3 group vs Lumen 2-Group?"


def test_a_count_or_a_number_no_sibling_carries_is_left() -> None:
    """ "the lumen 2 group or 3 baristas", "atlas 64 or 5 of them", "atlas 64 or 70" stay."""
    for text in ("the lumen 2 group or 3 baristas", "atlas 64 or 5 of them", "atlas 64 or 70?"):
        assert alternative_numbered(text, NAMES) == text


def test_both_alternatives_are_interest_never_one() -> None:
    """ "thinking atlas 75 or 64 for our bar" records both grinders, not the 75 alone."""
    needs = interest("thinking atlas 75 or 64 for our bar")["equipment_needs"]
    assert "Atlas 75" in needs
    assert "Atlas 64" in needs
