"""A question dictated on after a statement with no mark between (set AF's owners typing
between customers): the statement and the question are told apart, and only there."""

from __future__ import annotations

import pytest

from shared.understanding.dictated import dictated_ask


@pytest.mark.parametrize(
    ("sentence", "story", "ask"),
    [
        (
            "we burn through maybe 9 of your bags a month is there a price break",
            "we burn through maybe 9 of your bags a month",
            "is there a price break",
        ),
        (
            "our roaster keeps shipping late how fast do you deliver to boise",
            "our roaster keeps shipping late",
            "how fast do you deliver to boise",
        ),
        (
            "hey we run a juice bar in tacoma, adding coffee next month whats the smallest machine",
            "hey we run a juice bar in tacoma, adding coffee next month",
            "whats the smallest machine",
        ),
        (
            "the wand on our machine spits water do you do repair visits",
            "the wand on our machine spits water",
            "do you do repair visits",
        ),
    ],
)
def test_a_question_run_on_after_a_statement_is_told_apart(
    sentence: str, story: str, ask: str
) -> None:
    """The question starts where its asking words do; the words before it are the story."""
    assert dictated_ask(sentence) == (story, ask)


@pytest.mark.parametrize(
    "sentence",
    [
        "not sure what's best for a small kiosk",  # an embedded question, one ask
        "the issue is it leaks every morning",  # "is it" belongs to the statement
        "how much is the grinder is there a discount",  # a question running on a question
        "tell me how much the pico costs",  # the question word after "me"
        "we pay about 12 a pound at the moment",  # no question at all
        "hi is there a discount",  # no story before the question
    ],
)
def test_what_must_stay_whole(sentence: str) -> None:
    """Negative: an embedded or subordinate question word, a question before, no question, or
    a story too short are no statement and question dictated together."""
    assert dictated_ask(sentence) is None


def test_a_topic_set_before_its_ask_with_a_colon_stays_whole() -> None:
    """Negative: "the two-day on-site course: is it included on the pico" is a topic and its
    ask already marked apart (the answerer writes follow-ups so), no story."""
    assert dictated_ask("the two-day on-site course: is it included on the pico") is None


def test_a_case_supposed_stays_with_its_question() -> None:
    """Negative: "if our grinder dies on a saturday night is there anyone we can call" supposes
    a case; the question is asked of it, it is no story told."""
    assert (
        dictated_ask("if our grinder dies on a saturday night is there anyone we can call") is None
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "and the big grinder, how long does it take to ship",
        "for the essential plan how much is it a year",
    ],
)
def test_a_topic_put_first_stays_with_its_question(sentence: str) -> None:
    """Negative: "and the big grinder, how long ..." puts the topic of the question first."""
    assert dictated_ask(sentence) is None
