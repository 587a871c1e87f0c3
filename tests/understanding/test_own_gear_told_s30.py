"""The visitor's own gear described by its limit ("it has only one group") or called "actual"
(the learner's word for current) is owned, not wanted: no catalog item is stored for it."""

from __future__ import annotations

from shared.understanding.entities.interest import interest


def test_a_limit_of_the_visitors_machine_is_no_need() -> None:
    """'our old machine is too small, it has just one group' and 'our actual grinder' store
    no item."""
    assert interest("Our old machine is too small, it has just one group.") == {}
    assert interest("my actual Atlas 64 grinds too slow for us") == {}


def test_a_wanted_group_count_is_still_a_need() -> None:
    """Negative: 'we want a one group machine', a question about the Pico's groups and a
    Lumen wanted beside an 'actual' one are still stored."""
    assert interest("we want a one group machine") == {"equipment_needs": "Pico 1-Group"}
    assert interest("does the pico have only one group?") == {"equipment_needs": "Pico 1-Group"}
    said = interest("our actual machine is fine, we want the lumen 2 group")
    assert said == {"equipment_needs": "Lumen 2-Group"}
