"""The words that make a piece of a message a question of its own are the lexicon's question
openers and asking auxiliaries (issue 22, s31): an announced list's item opened by one of them
("did ...", "any ...") is asked as typed, a bare item is asked "what is"; a fragment holding an
auxiliary is its own question, not an attribute of what was just said."""

from __future__ import annotations

import pytest

from shared.rag.question import split_parts
from shared.understanding.reference import asks_attribute_only


def test_an_announced_item_that_asks_is_asked_as_typed() -> None:
    """An item opened by 'did' or 'any' stays the question typed; a bare item gets 'what is'."""
    assert split_parts("2 quick questions: did the grinder ship yet, and the pico price") == [
        "did the grinder ship yet?",
        "what is the pico price?",
    ]
    assert split_parts("a few questions: any discount for two sites, the lease terms") == [
        "any discount for two sites?",
        "what is the lease terms?",
    ]


@pytest.mark.parametrize(
    ("fragment", "attribute_only"),
    [
        ("what hours", True),
        ("any fee?", True),
        # negatives: an auxiliary, past or present, makes the fragment a question of its own
        ("what did he say", False),
        ("what was it", False),
        ("what else", False),
    ],
)
def test_a_fragment_with_an_auxiliary_asks_on_its_own(fragment: str, attribute_only: bool) -> None:
    """A short fragment asks an attribute of what was just said unless an auxiliary or a word
    asking for more makes it its own question."""
    assert asks_attribute_only(fragment) is attribute_only
