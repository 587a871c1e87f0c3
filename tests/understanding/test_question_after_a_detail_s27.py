"""A detail told before a dash or a comma and a question after it with no detail of its own:
the question is asked, the detail stored (set AE's "our Reno cafe does 250 drinks a day - what
size burrs are on the Atlas 75?" had only its volume acknowledged); a figure said unsure stays
an answer."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "our Boise shop pours 300 drinks a day - how big is the boiler on the Lumen 2?",
            "expected_volume",
        ),
        ("we open in june – how long does the lumen 3 take to ship?", "opening_timeline"),
    ],
)
async def test_the_question_after_a_told_detail_is_asked(
    brain: LocalBrain, text: str, field: str
) -> None:
    heard = await brain.understand(text, ConversationState())
    assert heard.question
    assert field in heard.fields


async def test_a_figure_said_unsure_is_still_an_answer(brain: LocalBrain) -> None:
    heard = await brain.understand("maybe 250 cups a day?", ConversationState())
    assert not heard.question
    assert "250" in str(heard.fields.get("expected_volume"))
