"""Which of our numbers to call is a question about our contact details, not a handoff."""

from __future__ import annotations

import pytest

from shared.understanding.meta import meta_question


@pytest.mark.parametrize(
    "text",
    [
        "which number should we call to reach sales?",
        "best number to ring you guys on? and are you open saturdays",
        "what number do we call for an order?",
        "whats the best phone number to contact your team",
    ],
)
def test_asking_which_of_our_numbers_to_call_asks_our_contact(text: str) -> None:
    """The visitor asks for our number (the reply gives it), so the reader files it as the
    contact topic, which keeps the classifier's handoff from swallowing the question."""
    assert meta_question(text)[0] == "contact"


@pytest.mark.parametrize(
    "text",
    [
        "best number to reach me is 503 555 0100",
        "what number should i use for the order form",
        "the best number to call me on is my cell",
        "which number of bags do you recommend",
    ],
)
def test_the_visitors_own_number_is_not_asking_ours(text: str) -> None:
    """A number the visitor gives, or a number that is no phone, is not a contact question."""
    assert meta_question(text)[0] != "contact"
