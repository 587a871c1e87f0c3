"""A simile in the visitor's story (issue 23, set AM): the thing compared to is a figure of
speech, never a topic, so the question after the story is answered."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.understanding.similes import without_similes


def _knows(word: str) -> bool:
    return word in {"grinder", "second", "filter"}


def test_a_simile_after_a_copula_is_left_out() -> None:
    """ "our milk bill is high as a kite, ..." keeps "high" and drops the kite."""
    said = "our milk bill is high as a kite, can you help?"
    assert without_similes(said, _knows) == "our milk bill is high, can you help?"


def test_a_role_asked_about_keeps_its_words() -> None:
    """ "is the pico fine as a gift?" asks a role, and a knowledge-base thing stays too."""
    assert without_similes("is the pico fine as a gift?", _knows) == "is the pico fine as a gift?"
    said = "the old one is good as a second grinder, and the new one?"
    assert without_similes(said, _knows) == said


def test_hard_water_told_as_a_simile_gets_the_filter(answerer: Answerer) -> None:
    """Water "hard as a stone" before "got anything for it?" is answered with the filter."""
    said = answerer.answer("the tap water in our town is hard as a stone, got anything for it?")
    assert "Clarity" in said.text
