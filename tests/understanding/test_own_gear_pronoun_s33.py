"""A pronoun after the visitor's own gear points at that gear: the stored need (an item of
ours the visitor named before) is not put in its place (issue 23, set AP)."""

from __future__ import annotations

from shared.understanding.reference import resolved

NEEDS = ["a Lumen 2-Group"]


def test_a_pronoun_after_the_visitors_old_gear_is_left_as_typed() -> None:
    """ "can you take our current grinder? it is two years old" keeps "it" as their grinder."""
    assert resolved("can you take our current grinder? it is two years old", NEEDS) is None
    assert resolved("would the machine we have now count? it cost 8k", NEEDS) is None
    assert resolved("what about my old espresso machine, is it worth anything", NEEDS) is None


def test_a_pronoun_with_no_own_gear_before_it_still_means_the_need() -> None:
    """ "what does it cost?" (and "it" before "our machine") still means the need stated."""
    assert resolved("what does it cost?", NEEDS) == "what does the Lumen 2-Group cost?"
    said = resolved("does it replace our machine?", NEEDS)
    assert said == "does the Lumen 2-Group replace our machine?"
