"""Issue 23, set U: "what size are the servers on the brewer" asks the servers' size, a part
of the item; the value word ("size", "type") names no attribute of its own then."""

from __future__ import annotations

from shared.understanding.asked import asked_heads


def test_the_value_of_a_part_asks_the_part_not_the_value_word() -> None:
    """ "what type are the burrs in X" asks the burrs; "what size is the X" still its size."""
    assert asked_heads("What type are the burrs in the grinder?") == ["burrs"]
    assert asked_heads("which kind is the boiler on that one") == ["boiler"]
    assert asked_heads("what size is the pico") == ["size"]
