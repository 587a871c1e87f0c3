"""Set AI's fragments that carry the ask just answered on (session 31): set against another
thing ("vs essential"), asked per a unit ("per lb") or counted ("for 7") right after an answer
are questions, not a reply to the chat's type question; without an answer before them, or
naming the visitor's own sites, they stay what they were."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.pointing import count_for
from shared.understanding.reference import continues_ask


@pytest.mark.parametrize(
    "fragment",
    [
        "versus the pro",
        "compared to riverbend?",
        "and per pound",
        "per month?",
        "for 12",
        "for 4 people",
    ],
)
def test_a_fragment_carrying_the_ask_on_is_read_as_one(fragment: str) -> None:
    """A comparison, a unit or a bare count typed alone carries the last ask on."""
    assert continues_ask(fragment)


@pytest.mark.parametrize(
    "said",
    ["for 3 cafes", "for my sister", "we pay per lb", "vs what we pay now, it's a lot", "4"],
)
def test_a_count_of_sites_or_a_sentence_is_no_carried_ask(said: str) -> None:
    """Negative: the visitor's own sites, a person, a sentence of their own or a bare number
    carry nothing on."""
    assert not continues_ask(said)


def test_a_bare_count_after_for_is_read_as_a_count() -> None:
    """ "for 12" counts 12; "for the 3" and "3 staff" are no bare count."""
    assert count_for("and for 12?") == 12
    assert count_for("for the 3") is None
    assert count_for("3 staff") is None


async def test_the_brain_answers_a_comparison_fragment_after_an_answer(
    brain: LocalBrain,
) -> None:
    """ "versus the pro" right after an answer is a question, and stores nothing."""
    state = ConversationState(answered=True)
    heard = await brain.understand("versus the pro", state)
    assert heard.question
    assert not heard.fields


async def test_the_same_fragment_opening_a_conversation_is_no_follow_up(
    brain: LocalBrain,
) -> None:
    """Negative: "for 12" with no answer before it is no question carried on."""
    heard = await brain.understand("for 12", ConversationState())
    assert not heard.question
