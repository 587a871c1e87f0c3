"""A letter-writer's request for information ("I should be grateful to know whether ...", "my
manager has asked me to establish how ...", "I would be obliged for an answer") is a question,
for the answerer and for the classifier's question cue; a favour asked ("grateful if you could
ring me") or a plan told ("we would like to open in June") is not."""

from __future__ import annotations

import pytest

from shared.understanding.questions import asks_something, is_question


@pytest.mark.parametrize(
    "text",
    [
        "I would be grateful to learn whether the Pico ships with a warranty.",
        "I should be pleased to know how long delivery takes to Leeds.",
        "The owners have asked me to ascertain what the grinder lease costs.",
        "My manager asked me to find out whether you roast on site.",
        "I should very much like to know which blend suits cold brew.",
        "Our buyer would like to know the price of the Atlas 64.",
        "I would be obliged if you could set out the terms of the lease.",
        "Would you kindly let me have the opening hours of your support line.",
        "Regarding your decaf, I would be most obliged for an answer.",
        "We plan on two grinders. I would be grateful for the full price.",
        "I should be grateful for a breakdown of the delivery charges.",
    ],
)
def test_a_request_frame_asks(text: str) -> None:
    """Each frame around a request for information makes the message a question."""
    assert is_question(text)
    assert asks_something(text, terse=False)


@pytest.mark.parametrize(
    "text",
    [
        "I would be grateful if you could ring me on Thursday.",
        "We would like to open in June.",
        "I should be grateful for your help with this.",
        "I would like to order 40 lb of the house blend.",
        "We were asked to open a second site by the council.",
        "I'd be glad to hear from your team next week.",
    ],
)
def test_a_favour_or_plan_is_no_question(text: str) -> None:
    """A favour asked or a plan told in the same polite words asks for no information."""
    assert not is_question(text)
