"""Set AB's asks inside a story (s27): the visitor's own machine named with one of our aliases
and a brand ("our 2 group Astoria ... if I trade it in toward a Lumen 3 group what do I get")
is theirs, so the trade-in credit answers; prices quoted from their current roaster then "what
are yours?" ask ours of the same things; an attribute alone after the items a message prices
("the batchpro plus the filter system cost, and what's the warranty") is theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.rag.answering import Answerer
from shared.rag.question import as_custom
from shared.understanding.foreign import foreign_named
from shared.understanding.quoted import as_ours


def test_an_alias_before_a_brand_is_the_visitors_machine(answerer: Answerer) -> None:
    """ "2 group" before a brand the knowledge base never names is taken off."""
    known = answerer._speller.known
    said = "our 1 group Gaggia keeps tripping, what would you credit toward a Lumen?"
    assert foreign_named(said, answerer.catalog, known) == (
        "our Gaggia keeps tripping, what would you credit toward a Lumen?"
    )


@pytest.mark.parametrize(
    "said",
    ["is the 2 group Lumen good?", "we'd take the 2 group please", "we want the 2 group. Tom here"],
)
def test_an_alias_before_our_word_or_a_sentence_end_stays(answerer: Answerer, said: str) -> None:
    """Negative: our own family name, a word the knowledge base uses, or a new sentence."""
    assert foreign_named(said, answerer.catalog, answerer._speller.known) == said


def test_a_trade_in_of_a_machine_named_like_ours(answerer: Answerer) -> None:
    """The credit on what they paid, not a comparison of two of our machines."""
    said = answerer.answer(
        "our 3 group Simonelli is leaking everywhere. if we trade it in toward a lumen 3 group "
        "what do we get? it cost us 12k"
    ).text
    assert "15%" in said
    assert "$1,800" in said


def test_prices_quoted_then_yours(answerer: Answerer) -> None:
    """Our price of each thing they priced (the house espresso, the decaf)."""
    said = answerer.answer(
        "our roaster charges 10.90 a lb for the house espresso and 13 for decaf. what's yours?"
    ).text
    assert "$11.50" in said


def test_yours_of_things_that_name_no_one_item() -> None:
    """Negative: nothing quoted, or nothing that names one item, leaves the ask as it is."""
    assert as_ours("our roaster is great. what are yours like?", lambda _: True) == (
        "our roaster is great. what are yours like?"
    )
    said = "we pay 9 a pound for a dark blend. and yours?"
    assert as_ours(said, lambda _: False) == said


def test_a_custom_blend_named_twice_is_one() -> None:
    """ "a custom blend with our name on it" is one custom blend, not "custom custom"."""
    assert as_custom("before you'd do a custom blend with our name on it") == (
        "before you'd do a custom blend"
    )


def test_an_attribute_alone_after_priced_items_is_theirs(answerer: Answerer) -> None:
    """The brewer's and the filtration's own 1-year warranty, not the machines' two years."""
    said = answerer.answer(
        "how much for the batch brewer plus the clarity, and what's the warranty?"
    ).text
    assert "1-year" in said
    assert "2-year" not in said


def test_a_question_of_its_own_after_priced_items_is_not_theirs(answerer: Answerer) -> None:
    """Negative: "what are your hours" after a price is the sales team's hours."""
    said = answerer.answer("how much is the pico and what are your hours?").text
    assert "Monday to Friday" in said


@pytest.mark.parametrize(
    "question",
    ["what time does the emergency number open?", "emergency hours?"],
)
def test_the_emergency_line_asked_by_its_word(answerer: Answerer, question: str) -> None:
    """ "emergency" asks the emergency line's hours, not the sales team's."""
    said = answerer.answer(question).text
    assert "6:00" in said
    assert "8:00 to 18:00" not in said


def test_a_day_alone_after_the_showroom(answerer: Answerer) -> None:
    """ "Sunday ok?" after the showroom's answer asks the showroom's days, the story aside."""
    said = answerer.answer(
        "we're two hours out and can only do weekends. Sunday ok?", subject="Roastery and showroom"
    ).text
    assert "Monday to Friday" in said


def test_a_day_alone_after_a_subject_that_states_none(answerer: Answerer) -> None:
    """Negative: after the sample kit, whose section states no days, it is not read so."""
    said = answerer.answer("what about sundays?", subject="Free sample kit for new cafés").text
    assert "Monday to Friday" not in said


def test_free_asked_of_an_item_is_not_free_delivery(follow: Callable[..., str]) -> None:
    """Negative: "is it free if i buy X" after the training is the training's condition."""
    said = follow("whats the on site barista training", "is it free if we buy the pico")
    assert "Lumen" in said
    assert "$250" not in said


def test_a_pronoun_after_priced_items_keeps_its_own_reading(answerer: Answerer) -> None:
    """Negative: "and where's it from" after the lightest roast is its origin, as before."""
    said = answerer.answer("what's your lightest coffee and where's it from?").text
    assert "Ethiopia" in said
