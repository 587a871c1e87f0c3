"""Issue 23, set F: company facts asked in words the knowledge base abbreviates or derives
("street" of "St", "roastery" beside the attribute "roast")."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.matching import same_stem


def test_a_place_noun_is_not_the_verb_it_comes_from() -> None:
    """ "roastery" is not the attribute "roast", nor "brewery" "brew"; inflections still match."""
    assert not same_stem("roastery", "roast")
    assert not same_stem("brew", "brewery")
    assert same_stem("roast", "roasted")
    assert same_stem("warranti", "warranty")


def test_the_street_address_is_the_showroom_address(answerer: Answerer) -> None:
    """ "what street is your showroom on" is answered with the address written "... St"."""
    reply = answerer.answer("what street address is the showroom on?").text
    assert "2150 NW Raleigh St" in reply


def test_dropping_by_the_roastery_to_try_machines_is_by_appointment(answerer: Answerer) -> None:
    """A visit to the roastery to try the machines is answered with the visiting rule, not
    with the machines' roast."""
    reply = answerer.answer("could we pop into the roastery next week to try the machines?").text
    assert "appointment" in reply
    assert "roast date" not in reply
