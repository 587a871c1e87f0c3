"""Company facts asked in the middle of a conversation (sets AD and AE): a question that leans
on the section just quoted only by "it" or "that" but asks words of another section is that
section's question, and a hard time told after the ask is no part of it."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer
from shared.rag.question import split_parts

PARTNERS = "partner technicians"


def test_technicians_asked_after_the_delivery_times(follow: Callable[..., str]) -> None:
    """After the delivery times to a Canadian city, "are the repair techs yours out there or
    is it a partner outfit" gets the technicians' coverage, not the delivery times again."""
    said = follow(
        "how long does delivery take to Saskatoon?",
        "and are the repair techs yours out there or is it a partner outfit",
    )
    assert PARTNERS in said
    assert "business days" not in said


def test_installers_named_after_the_delivery_fees(follow: Callable[..., str]) -> None:
    """ "would your technicians set one up here, or is that only in the lower 48" after the
    delivery fees names the technicians' section by its heading's word: not read as a fee."""
    said = follow(
        "do you deliver to Fairbanks?",
        "is there a delivery fee if the order is big, like $400?",
        "would one of your technicians set a machine up here, or is that only in the lower 48",
    )
    assert PARTNERS in said
    assert "$18" not in said


def test_the_volume_discount_asked_after_delivery(follow: Callable[..., str]) -> None:
    """ "is the volume discount something we'd get? how much is it" after a delivery answer
    gets the discount, though "it" pointed back."""
    said = follow(
        "do you ship to Boise?",
        "we use like 150 lb a month, is the volume discount something we'd get? how much is it",
    )
    assert "10%" in said


def test_a_fragment_of_the_section_still_leans_on_it(follow: Callable[..., str]) -> None:
    """What must not change: "is it free?" after the sample kit, and "how long does it take
    to get here?" after the delivery times, are still asked of that section."""
    kit = follow("can we get a free sample?", "is it free?")
    assert "8 oz" in kit
    assert "training" not in kit
    times = follow(
        "how long does delivery take to Saskatoon?", "how long does it take to get here?"
    )
    assert "business days" in times


def test_a_hard_time_told_after_the_ask(answerer: Answerer) -> None:
    """ "who services the machines round here if one dies, we've had awful luck with local
    guys" asks who repairs: the experience after the comma is told, not asked."""
    said = answerer.answer(
        "who services the machines round here if one dies, we've had awful luck with local guys"
    )
    assert said.grounded
    assert PARTNERS in said.text


def test_only_an_experience_after_a_comma_is_split_off() -> None:
    """A clause of what the visitor went through is its own part; a question after a comma
    ("..., and which one do you have?") and a statement ending in a question mark are not."""
    assert split_parts("who repairs grinders, we have been let down twice") == [
        "who repairs grinders.",
        "we have been let down twice",
    ]
    assert split_parts("can we get samples, we've been burned before?") == [
        "can we get samples, we've been burned before?"
    ]
    assert len(split_parts("is it leased, or bought outright")) == 1
