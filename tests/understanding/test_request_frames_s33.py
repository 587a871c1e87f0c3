"""A letter-writer's request for information ("I should be grateful to know whether ...", "my
manager has asked me to establish how ...", "I would be obliged for an answer") is a question,
for the answerer and for the classifier's question cue; a favour asked ("grateful if you could
ring me") or a plan told ("we would like to open in June") is not."""

from __future__ import annotations

import pytest

from shared.understanding.questions import as_compared, asks_something, is_question


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


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        (
            "I should be grateful for a comparison of the Pico and the Atlas 64, chiefly price.",
            "compare the Pico and the Atlas 64, chiefly price.",
        ),
        (
            "Many thanks. We would very much appreciate a comparison between your two decafs.",
            "Many thanks. compare your two decafs.",
        ),
    ],
)
def test_a_framed_comparison_reads_as_compare(text: str, direct: str) -> None:
    """A comparison asked for in a letter's frame is answered as "compare ..." is."""
    assert as_compared(text) == direct


@pytest.mark.parametrize(
    "text",
    [
        "I should be grateful for your help with the comparison.",
        "We made a comparison of three suppliers last year.",
    ],
)
def test_other_comparisons_are_left_as_typed(text: str) -> None:
    """A comparison the visitor made, or gratitude for help, is not turned into an ask."""
    assert as_compared(text) == text
