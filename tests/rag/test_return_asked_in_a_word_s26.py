"""A return asked in a word (set T: "return an unused grinder", then "any fee?"): the bare
request is a question (how an item goes back, and what it costs), so it is answered from the
returns policy and "any fee?" after it is that policy's restocking fee, not an unknown; "is
there a fee?" / "is there a charge?" ask as "any fee?" does (not the item's price)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.questions import as_asked, is_question
from shared.understanding.reference import asks_attribute_only


@pytest.mark.parametrize(
    "said",
    [
        "return an unused grinder",
        "send back 2 bags of foundry",
        "exchange the atlas 64 pls",
        "returning an unopened bag",
        "refund the clarity please",
    ],
)
def test_a_return_in_a_word_is_asked(said: str) -> None:
    assert is_question(said)


@pytest.mark.parametrize(
    "said",
    ["we return our empties monthly", "our return policy is strict", "return 3 months ok"],
)
def test_a_return_told_is_no_question(said: str) -> None:
    """Said of themselves, or a remark: nothing asked."""
    assert not is_question(said)


async def test_the_reader_looks_the_return_up(brain: LocalBrain) -> None:
    heard = await brain.understand("return an unused grinder", ConversationState())
    assert heard.retrieve


def test_a_return_in_a_word_is_asked_as_a_question() -> None:
    """Read as the question it is, so the returns policy answers it, not the item's section."""
    assert as_asked("return an unused grinder") == "can we return an unused grinder?"
    assert as_asked("we return our empties monthly") == "we return our empties monthly"


@pytest.mark.parametrize("said", ["is there a fee?", "any fee?", "is there a charge"])
def test_a_fee_alone_asks_an_attribute_of_what_was_said(said: str) -> None:
    assert asks_attribute_only(said)


def test_is_there_with_more_asks_its_own_question() -> None:
    assert not asks_attribute_only("is there anything else?")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("return an unused grinder", "any fee?"),
        ("send back an unused brewer", "is there a fee?"),
        ("can we send back an unopened bag of coffee", "is there a charge?"),
    ],
)
def test_a_fee_asked_after_it_is_the_restocking_fee(
    follow: Callable[..., str], first: str, then: str
) -> None:
    assert "10%" in follow(first, then)
