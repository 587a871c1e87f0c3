"""Issue 23, sets Z and V: a fault supposed after "if" / "in case" / "say" and followed by a
question ("if my machine breaks on a saturday night, till what time is the emergency line open")
is a question about cover, not a fault reported: no support ticket; a question word left in
place ("so 4 of them is what, per month") asks."""

from __future__ import annotations

from shared.understanding.questions import asks_on_condition, is_question
from shared.understanding.support_issues import detect

_SUPPOSED = (
    "if my machine breaks on a saturday night at a festival, till what time is the emergency"
    " line open",
    "in case the grinder dies during a wedding, how fast can a tech get there",
    "what if the pico leaks at an event, is there someone on call",
    "say our lumen stops heating on a sunday, until when can we call",
)


def test_a_supposed_fault_then_a_question_asks() -> None:
    """Each message opens with a condition and asks after it: a question, no ticket."""
    for message in _SUPPOSED:
        assert asks_on_condition(message), message
        assert is_question(message), message
        assert detect(message, existing_customer=True) is None, message


def test_a_fault_told_is_still_reported() -> None:
    """A fault told as it happens, or beside a polite condition, is still a ticket."""
    for message in (
        "our machine broke down this morning, till what time is the emergency line open",
        "if you can send someone today that would be great, our grinder is broken",
    ):
        assert not asks_on_condition(message), message
        assert detect(message, existing_customer=True) is not None, message


def test_a_preposition_before_the_question_word_asks() -> None:
    """ "till what time is ..." and "by when do we ..." ask after a comma."""
    assert is_question("we're at a market, till what time is the line open")
    assert is_question("ok thanks, by when do we have to pay")


def test_a_question_word_left_in_place_asks() -> None:
    """ "so 4 of them is what, per month" (set V) and its kind ask; "this is what we need"
    tells."""
    for message in (
        "so 4 of them is what, per month",
        "and 3 of those would be what per year",
        "2 lumens plus install comes to what",
    ):
        assert is_question(message), message
    for message in ("this is what we need", "here is what i want"):
        assert not is_question(message), message
