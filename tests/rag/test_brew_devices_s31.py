"""Which coffee suits a brewing device (set AG: "which of your coffees would suit a big urn?"):
the device is read as the brew method the knowledge base words ("drip", "pour-over"), and the
coffees whose own sentences say they suit that method answer, not the blend whose words
overlap the question ("smooth": the Foundry)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.understanding.brew_methods import brew_method_asked


@pytest.mark.parametrize(
    ("asked", "method"),
    [
        ("what coffee would you pick for our old percolator", "drip"),
        ("which blend works in an airpot", "drip"),
        ("which of ur beans suit a giant coffee urn", "drip"),
        ("which roast for a chemex", "pour-over"),
    ],
)
def test_a_device_is_read_as_its_method(asked: str, method: str) -> None:
    """Drip devices read "drip"; a Chemex reads "pour-over"."""
    assert brew_method_asked(asked) == method


@pytest.mark.parametrize(
    "asked",
    [
        "do you sell urns",
        "what coffee for a french press",
        "which blend is the darkest",
        "what's the price of the batch brewer",
        "the regulars like pour over. which coffee is fair trade and what's it per lb?",
        "which blend for iced drinks and which for the coffee urn",
    ],
)
def test_no_method_without_a_coffee_asked_for_a_known_device(asked: str) -> None:
    """Negative: a device sold, an unknown device, no device, a device told in a sentence
    before the question, or a device beside another method asks no method."""
    assert brew_method_asked(asked) is None


@pytest.mark.parametrize(
    "asked",
    [
        "which of your coffees would be right for a big church urn? folks like it mellow",
        "what blend works best in a batch brewer",
    ],
)
def test_drip_devices_get_the_drip_coffee(follow: Callable[..., str], asked: str) -> None:
    """The Riverbend, which "shines as drip coffee", answers; no decaf, no Foundry."""
    reply = follow(asked)
    assert "Riverbend" in reply
    assert "Foundry" not in reply
    assert "Night Shift" not in reply


def test_a_decaf_asked_gets_the_decaf_drip(follow: Callable[..., str]) -> None:
    """ "Works as ... decaf drip" suits a decaf asked for an urn."""
    assert "Night Shift" in follow("which of your decaf coffees suits an urn")


def test_the_other_lines_of_a_list_are_still_answered(follow: Callable[..., str]) -> None:
    """A list with the coffee asked on one line: the method is read from that line only, and
    the brewer's price on the line before it is answered too (set AL: a line is an ask)."""
    reply = follow(
        "we only do filter coffee.\n1) what batch brewer do you sell + price\n"
        "2) which coffee for a big urn\n3) can we get deliveries weekly?"
    )
    assert "Riverbend" in reply
    assert "$1,980" in reply
