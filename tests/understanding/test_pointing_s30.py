"""The reader's side of a pointed follow-up: a number pointed at alone, or with its ask."""

from __future__ import annotations

from shared.understanding.pointing import Pointer, pointer


def test_a_bare_number_with_a_pointer_word_is_pointed_at() -> None:
    """ "what about the 64s", "and the 2 group?", "same for 3" point at a number alone."""
    assert pointer("what about the 64s") == Pointer("64")
    assert pointer("and the 2 group?") == Pointer("2")
    assert pointer("same for 3") == Pointer("3")


def test_a_number_and_its_ask_are_read_apart() -> None:
    """ "the 3 lead time?" points at 3 and asks "lead time"."""
    assert pointer("the 3 lead time?") == Pointer("3", "lead time")


def test_a_number_in_a_sentence_is_no_pointer() -> None:
    """Negative: "we have 3 cafes and need a grinder" and "3 cafes, 2 staff each" point at
    nothing (more than a number and three words)."""
    assert pointer("we have 3 cafes and need a grinder") is None
    assert pointer("3 cafes, 2 staff each") is None
