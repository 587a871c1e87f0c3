"""A yes/no question asked negated or hedged asks whether the thing is so: it is answered as the
positive question is (set V's class: "you don't X, right?", "I assume you don't ...")."""

from __future__ import annotations

import pytest

from shared.understanding.questions import as_positive


@pytest.mark.parametrize(
    ("asked", "positive"),
    [
        ("you likely don't stock oat milk, right?", "do you stock oat milk?"),
        ("I suppose you guys don't roast to order?", "do you roast to order?"),
        ("I figure you can't do weekend installs, can you?", "can you do weekend installs?"),
        ("so you won't ship to Puerto Rico huh?", "will you ship to Puerto Rico?"),
        ("I guess there isn't a trial for the grinder?", "is there a trial for the grinder?"),
        ("there's probably no student discount, correct?", "is there student discount?"),
    ],
)
def test_a_negated_yes_no_question_asks_the_positive_one(asked: str, positive: str) -> None:
    assert as_positive(asked) == positive


@pytest.mark.parametrize(
    "said",
    [
        "we don't do decaf",  # the visitor's own case
        "you don't need my phone number.",  # no question
        "you don't sell syrups. do you sell cups?",  # two sentences: each asks for itself
        "i don't think we need a grinder?",  # the visitor, not us
        "do you do decaf?",
    ],
)
def test_other_messages_are_unchanged(said: str) -> None:
    assert as_positive(said) == said
