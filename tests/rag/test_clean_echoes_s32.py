"""Don't-knows echo only a clean noun phrase of the visitor's words (set AO, issue 23), with
phrasings of our own: a piece cut out of the question with a dangling word, a question word,
the object of a preposition or an adjective cut from its noun is not repeated; the reply then
names no part. And the asks the knowledge base does answer ("around the clock", "how many
quarterly ... a year") are answered."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.attribute_gaps import missing_sentence
from shared.rag.bm25 import tokenize
from shared.rag.counting import states_count
from shared.rag.echo import NO_ECHO, clean_echo
from shared.understanding.asked import amount_asked, asked_heads
from shared.understanding.numerals import read_numbers


@pytest.mark.parametrize(
    ("phrase", "question"),
    [
        ("clock", "does the repair hotline run around the clock?"),
        ("number of technical", "how many technical visits per year on the pro plan?"),
        ("hows the yearly", "hows the yearly fee on that?"),
        ("whats the annual", "whats the annual price?"),
        ("price of", "what's the price of"),
        ("side", "is the milk on the side?"),
    ],
)
def test_a_garbled_piece_is_not_echoed(phrase: str, question: str) -> None:
    assert not clean_echo(phrase, question)


@pytest.mark.parametrize(
    ("phrase", "question"),
    [
        ("caffeine", "how much caffeine does a cup of the foundry have?"),
        ("noisy", "is the atlas noisy?"),
        ("colors", "what colors does the halo come in?"),
        ("soy milk", "do you stock soy milk?"),
        ("a knock box", "do you have a knock box?"),
        ("weight", "what does the lumen weigh"),
        ("grind setting", "what grind setting for the sunrise"),
    ],
)
def test_a_clean_noun_phrase_is_echoed(phrase: str, question: str) -> None:
    """The negative: what the visitor asked in a clean noun phrase stays echoed."""
    assert clean_echo(phrase, question)


def test_the_gap_sentence_names_no_part_for_a_garbled_word() -> None:
    question = "is the hotline round the clock on the pro plan?"
    assert missing_sentence(question, "clock", "the Pro plan") == NO_ECHO
    assert missing_sentence("is the atlas noisy?", "noisy", "the Atlas 64") == (
        "I don't have information on whether the Atlas 64 is noisy."
    )


def test_round_the_clock_is_read_as_all_hours() -> None:
    assert "24/7" in read_numbers("is support available round the clock?")
    assert "24/7" in read_numbers("do you answer around-the-clock")
    assert "clock" in read_numbers("what does the clock on the machine show")  # no idiom


def test_an_adjective_before_the_counted_noun_is_skipped() -> None:
    assert amount_asked("how many annual visits does the essential plan have") == (
        "number of visits"
    )
    assert asked_heads("how many technical visits on the pro plan") == ["visits"]
    # the negative: a plain noun after "how many" is still the noun
    assert amount_asked("how many groups does the atlas have") == "number of groups"


def test_a_frequency_states_a_count_a_year() -> None:
    stem = tokenize("visits")[0]
    sentence = "The plan includes monthly cleaning visits by a technician."
    assert states_count(sentence, stem, "how many cleaning visits a year?")
    # the negative: a frequency of something else, or a count asked per day, is no count
    assert not states_count("We bill monthly. Visits are booked online.", stem, "visits a year?")
    assert not states_count(sentence, stem, "how many visits a day?")


def test_the_emergency_line_round_the_clock_gives_its_hours(answerer: Answerer) -> None:
    answer = answerer.answer("can we reach the emergency line around the clock?")
    assert "22:00" in answer.text
    assert "clock" not in answer.text


def test_quarterly_visits_answer_a_count_a_year(answerer: Answerer) -> None:
    answer = answerer.answer("how many preventive visits per year come with the multi-site plan")
    assert "quarterly" in answer.text
    assert "I don't have" not in answer.text


def test_a_garbled_product_is_not_echoed(answerer: Answerer) -> None:
    answer = answerer.answer("for the sunrise blend, what's the monthly cost?")
    assert "whats" not in answer.text.lower()
    assert "in our range" not in answer.text
