"""A choice between items asked with a detail told after it ("Foundry or Riverbend for a
latte-heavy menu? we sell maybe 200 lattes a day") is a question, not only the detail (set
AE's questions, issue 23); an item named alone and unsure stays an answer."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState


@pytest.mark.parametrize(
    "text",
    [
        "Foundry or Sunrise for a milk-heavy menu? we sell maybe 300 flat whites a day in Boise",
        "atlas 64 vs atlas 75 for a busy bar? we pour 400 shots a day",
    ],
)
async def test_a_choice_between_items_beside_a_detail_asks(brain: LocalBrain, text: str) -> None:
    """The "X or Y" sentence asks which suits (the detail after it is the reader's to store)."""
    heard = await brain.understand(text, ConversationState())
    assert heard.question


async def test_an_item_named_unsure_is_still_an_answer(brain: LocalBrain) -> None:
    """ "maybe the Foundry?" with no choice in it stays an answer, not a question."""
    heard = await brain.understand("maybe the Foundry? we do 200 lattes a day", ConversationState())
    assert not heard.question


async def test_the_same_question_of_another_item_beside_a_site_asks(brain: LocalBrain) -> None:
    """After an answer, "and the lumen 3, for our second shop in Tacoma?" asks it again."""
    heard = await brain.understand(
        "and the lumen 3, for our second shop in Tacoma?", ConversationState(answered=True)
    )
    assert heard.question
