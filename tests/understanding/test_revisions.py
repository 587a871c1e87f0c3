"""Issue 23 items 6-7 (set Y), the reading side: a message that changes one input of the
question or sum just made says which (the item meant, the item dropped or swapped, the new
figure), and a message that says none of them is no revision."""

from __future__ import annotations

from shared.understanding.revisions import (
    asks_term,
    corrected_ask,
    drops,
    restated_number,
    revises,
    swaps_one,
)

PRODUCTS = frozenset({"lumen", "group", "clarity", "atlas", "pico"})


def test_the_item_meant_is_read_after_i_meant_without_the_old_one() -> None:
    """ "Q? no wait, I meant the decaf" keeps the question and the new item; "sorry, I meant the
    2 group, not the 3" has no question of its own and drops the old item."""
    assert corrected_ask("what's the Riverbend per pound? no wait, I meant the decaf") == (
        "what's the Riverbend per pound?",
        "decaf",
    )
    assert corrected_ask("sorry, I meant the 2 group, not the 3") == ("", "2 group")
    assert corrected_ask("sorry, the 2 group") is None


def test_a_new_figure_is_read_only_when_the_sum_is_asked_again() -> None:
    """ "make that 14", "redo it for 5", "more like 120 lb. new total?", "it was $11,000" give
    their figure; an ordinal ("a fifth lease") is none, and a figure with no cue to redo
    ("we're at 120 lb a month") or two different ones give none."""
    assert restated_number("make that 14, we hired the evening shift") == "14"
    assert restated_number("we just signed a fifth lease, redo it for 5") == "5"
    assert restated_number("hmm, with the second shop it's more like 120 lb. new total?") == "120"
    assert restated_number("sorry, checked the invoice, it was $11,000") == "$11,000"
    assert restated_number("we're at 120 lb a month, is that enough?") is None
    assert restated_number("make that 14, or for 16 if the new hires stay") is None


def test_drops_and_swaps_are_read_only_of_a_product_named() -> None:
    """ "drop the Clarity", "make one of them a 3-group" revise; "I'll drop by on friday" and
    "make one for me too" name no product and revise nothing."""
    assert drops("drop the Clarity, what's the total now?")
    assert swaps_one("hmm, make one of them a 3-group")
    assert revises("drop the Clarity, what's the total now?", PRODUCTS)
    assert revises("hmm, make one of them a 3-group", PRODUCTS)
    assert not revises("i'll drop by on friday", PRODUCTS)
    assert not revises("make one for me too", PRODUCTS)


def test_the_term_of_what_was_worked_out_is_asked() -> None:
    """ "and over how many months is that?", "how long is it for?" ask a term; "how long does
    it take to arrive?" asks a delivery time."""
    assert asks_term("and over how many months is that?")
    assert asks_term("how long is it for?")
    assert not asks_term("how long does it take to arrive?")
