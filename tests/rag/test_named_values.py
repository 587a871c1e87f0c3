"""What a question names decides what answers it (issue 23, third author's set): a value of an
attribute ("a normal 110 plug", "come in white"), a labelled item ("fair trade"), and the
shape of an answer asked after a subject ("... and what year")."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.message_parts import anchored
from shared.rag.question import two_word_phrases
from shared.rag.value_words import attributes_named


def test_a_value_offered_as_a_variant_names_its_attribute() -> None:
    """ "come in white", "get the pico in red", "a black one" ask colours; a price does not."""
    assert attributes_named("does the atlas 75 come in white?") == ["colours"]
    assert attributes_named("can i get the pico in red") == ["colours"]
    assert attributes_named("do u have a black one") == ["colours"]
    assert attributes_named("is it available in brushed steel") == ["finishes"]
    assert attributes_named("tasting notes of brown sugar") == []


def test_a_shape_word_alone_is_about_the_part_before() -> None:
    """ "what year" after "who started copperline" is anchored to it; a topic of its own is not."""
    assert anchored(["who started copperline", "what year"])[1] == (
        "what year",
        "who started copperline",
    )
    assert anchored(["who started copperline", "any parking"])[1][1] == ""


def test_two_word_phrases_keep_only_topic_words() -> None:
    """ "is ur coffee fair trade" gives "coffee fair" and "fair trade", no stop words."""
    assert two_word_phrases("is ur coffee fair trade?") == {"coffee fair", "fair trade"}


@pytest.mark.parametrize(
    "question",
    [
        "does the 3 group run on normal 110 plug? our space only has regular outlets",
        "will the lumen 2 group work w a 110v outlet",
        "can the lumen 2 group run off 110 volts",
    ],
)
def test_a_voltage_asked_gets_the_machines_and_the_one_that_has_it(
    answerer: Answerer, question: str
) -> None:
    """A Lumen asked on 110 V gets its 220 V and the Pico, the one on 110 V."""
    answer = answerer.answer(question)
    assert "220 V" in answer.text
    assert "Pico 1-Group" in answer.text
    assert "110 V" in answer.text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("does the atlas 75 come in white? our bar is all white", "Atlas 75"),
        ("can i get the pico in red", "Pico 1-Group"),
        ("does the batchpro come in a black one", "BatchPro"),
    ],
)
def test_a_colour_the_knowledge_base_never_gives_is_an_honest_gap(
    answerer: Answerer, question: str, subject: str
) -> None:
    """The reply says colours are not in our information, for the item, without describing it."""
    answer = answerer.answer(question)
    assert answer.text.startswith("I don't have information on colours for")
    assert subject in answer.text
    assert "burrs" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is ur coffee fair trade? and are the bags recyclable or what", "Fair Trade certified"),
        ("r ur beans fair trade", "Fair Trade certified"),
        ("any usda organic stuff", "USDA Organic"),
    ],
)
def test_a_labelled_item_answers_the_phrase_it_names(
    answerer: Answerer, question: str, expected: str
) -> None:
    """ "fair trade" is answered by the "Fair Trade:" item, not the nearer "Direct trade"."""
    answer = answerer.answer(question)
    assert expected in answer.text
    assert "Direct trade" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who started copperline and what year",
        "who founded u guys and when",
        "who started it n what yr",
    ],
)
def test_who_and_when_both_answered(answerer: Answerer, question: str) -> None:
    """The founders and the founding year are both in the reply, no "couldn't find" part."""
    answer = answerer.answer(question)
    assert "Dana Whitfield" in answer.text
    assert "2011" in answer.text
    assert "couldn't find" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["is the pico 110 V?", "does the pico run on 110 volts", "is the pico 110v"],
)
def test_a_number_with_a_unit_after_a_family_word_is_a_measure_not_a_model(
    answerer: Answerer, question: str
) -> None:
    """ "the pico 110 V" asks the Pico's power; it names no "Pico 110-Group" we lack."""
    answer = answerer.answer(question)
    assert "don't make" not in answer.text
    assert "110 V" in answer.text


def test_a_model_number_the_family_lacks_is_still_said_to_be_missing(answerer: Answerer) -> None:
    """The measure rule leaves a real unknown model alone: "the lumen 4 group" is no model."""
    assert "don't make a Lumen 4-Group" in answerer.answer("how much is the lumen 4 group?").text
