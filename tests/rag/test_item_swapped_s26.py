"""Another item in place of the one just asked about (set W: "and if it were 20 lb of the Harbor
cold brew instead?" after "The office wants 20 lb of Riverbend. Would delivery be free?"): the
question the last figure was computed from is asked again of the new item, by the same rules,
so the delivery is answered for it ($216 is under $250: the flat $18 fee), not only its price.
A figure the swap restates replaces the question's one count."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.understanding.revisions import swaps_item

RIVERBEND = "The office wants 20 lb of Riverbend. Would delivery be free?"


@pytest.mark.parametrize(
    "said",
    [
        "and if it were 20 lb of the Harbor cold brew instead?",
        "same but with the decaf instead",
        "swap it for the atlas 75",
        "ok switch to the foundry",
        "what if it was the harbor",
    ],
)
def test_a_swap_is_read(said: str) -> None:
    assert swaps_item(said)


@pytest.mark.parametrize(
    "said", ["the lumen instead of the pico, how much?", "how much is the harbor?", "and decaf?"]
)
def test_no_swap_without_its_cue(said: str) -> None:
    """ "instead of the X" names the old item; a plain follow-up swaps nothing."""
    assert not swaps_item(said)


@pytest.mark.parametrize(
    "swap",
    [
        "and if it were 20 lb of the Harbor cold brew instead?",
        "what about the harbor cold brew instead",
        "hmm, if it was the Harbor, would it still ship free?",
    ],
)
def test_the_question_is_asked_again_of_the_new_item(follow: Callable[..., str], swap: str) -> None:
    """20 lb of the Harbor is $216, under $250: the $18 delivery fee, said as a swap."""
    reply = follow(RIVERBEND, swap)
    assert "$216" in reply
    assert "$18" in reply
    assert reply.startswith("For the Harbor")


def test_a_restated_count_goes_with_the_new_item(follow: Callable[..., str]) -> None:
    """ "30 lb of harbor instead": 30 x $10.80 = $324, over $250, so it ships free."""
    reply = follow(RIVERBEND, "ok what about 30 lb of harbor instead")
    assert "$324" in reply
    assert "free" in reply.lower()


def test_an_item_of_another_kind_is_no_swap(follow: Callable[..., str]) -> None:
    """A machine is no coffee in the Riverbend's place: the message is answered as it is."""
    reply = follow(RIVERBEND, "and if it were the pico instead?")
    assert not reply.startswith("For the Pico")
