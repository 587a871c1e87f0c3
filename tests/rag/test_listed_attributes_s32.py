"""Attributes listed after a subject and a colon or comma (issue 23, set AO): "X: a, b and c?"
asks each attribute of X, so every one is answered, not the first alone."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.parts import Part, merge_parts
from shared.rag.question import split_parts


def test_three_attributes_after_a_colon_are_three_asks() -> None:
    """ "the house blend: origin, roast level and cost per bag?" asks three things of it."""
    assert split_parts("the house blend: origin, roast level and cost per bag?") == [
        "the house blend, origin?",
        "the house blend, roast level?",
        "the house blend, cost per bag?",
    ]


def test_two_measures_after_a_long_subject_are_two_asks() -> None:
    """A subject said at length, then "weight and dimensions": each is asked of it."""
    assert split_parts("our landlord needs details on the grinder: weight and dimensions") == [
        "our landlord needs details on the grinder, weight?",
        "our landlord needs details on the grinder, dimensions?",
    ]


def test_a_label_before_a_comma_list_stays_in_the_subject() -> None:
    """ "note: delivery to boise, time and cost?" keeps the label with its subject."""
    assert split_parts("note: delivery to boise, time and cost?") == [
        "note: delivery to boise, time?",
        "note: delivery to boise, cost?",
    ]


def test_a_list_of_names_after_a_colon_is_not_split() -> None:
    """Names listed after a colon are not attributes: the sentence is left whole."""
    said = "coffees we tried: atlas, foundry and night shift"
    assert split_parts(said) == [said]


def test_whole_questions_after_a_colon_are_split_as_before() -> None:
    """A question word in the list: the "and how" split applies, not the attribute one."""
    assert split_parts("quick one: what is the price and how long to ship?") == [
        "quick one: what is the price",
        "how long to ship?",
    ]


def test_decaf_asked_by_process_notes_and_price_gets_all_three(answerer: Answerer) -> None:
    """The decaf's process, its tasting notes and its price, asked as a list, all answered."""
    said = answerer.answer("the decaf blend: process, tasting notes and cost per lb?").text
    assert "Swiss Water" in said
    assert "$13.25" in said
    assert "cocoa" in said


def test_a_machine_asked_by_boiler_size_and_voltage_gets_both(answerer: Answerer) -> None:
    """An espresso machine's boiler and voltage, listed after it, are both said."""
    said = answerer.answer(
        "maintenance asks for specs on the Lumen 2-Group ahead of the 03/04 inspection: "
        "boiler size and voltage"
    ).text
    assert "11 L" in said
    assert "220" in said


def test_an_ask_after_a_label_and_a_colon_is_answered(answerer: Answerer) -> None:
    """ "supplier questionnaire: year founded and ..." : the label before the colon names a
    form, the ask after it is answered on its own, beside the second ask."""
    said = answerer.answer(
        "supplier questionnaire: year founded and about how many cafés do you supply?"
    ).text
    assert "2011" in said
    assert "1,400" in said


def test_an_unknown_ask_after_a_label_stays_unknown(answerer: Answerer) -> None:
    """The label dropped finds nothing for an ask the knowledge base has no answer to: no
    figure is made up for it."""
    said = answerer.answer("insurance questionnaire: number of forklifts in the warehouse?").text
    assert not any(ch.isdigit() for ch in said)


def test_each_part_of_a_merged_reply_ends_as_a_sentence() -> None:
    """A part ending with no stop ("Roast: medium, dark") is closed before the next part."""
    merged = merge_parts([Part("Roast: medium, dark", True), Part("It is $12 per lb.", True)])
    assert merged.text == "Roast: medium, dark. It is $12 per lb."


def test_a_part_already_closed_gets_no_second_stop() -> None:
    merged = merge_parts([Part("Is it for you?", True), Part("It is $12 per lb.", True)])
    assert merged.text == "Is it for you? It is $12 per lb."
