"""Company facts asked in the middle of a conversation (sets AD and AE): a question that leans
on the section just quoted only by "it" or "that" but asks words of another section is that
section's question, and a hard time told after the ask is no part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.rag.answering import Answerer
from shared.rag.parts import is_ask
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


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what's the wait on a lumen 3 group these days?", "three-week"),
        ("how long would we have to wait for the 3 group?", "three-week"),
    ],
)
def test_the_wait_on_an_item_is_its_lead_time(answerer: Answerer, question: str, said: str) -> None:
    """ "the wait on" an item asks its lead time, as "how long does it take to ship" does."""
    found = answerer.answer(question)
    assert said in found.text
    assert found.attribute == "lead time"


def test_waiting_for_something_else_is_no_lead_time(answerer: Answerer) -> None:
    """What must not change: a wait asked of no item ("how long would we wait for a refund")
    is given no item's lead time."""
    found = answerer.answer("how long would we wait for a refund?")
    assert "three-week" not in found.text
    assert found.attribute != "lead time"


@pytest.mark.parametrize(("family", "boiler"), [("lumen 2", "11 L"), ("Lumen 3", "17 L")])
def test_a_family_and_its_number_name_the_model(
    answerer: Answerer, family: str, boiler: str
) -> None:
    """ "the lumen 2" is the Lumen 2-Group: its boiler, never its sibling's sentence."""
    found = answerer.answer(f"how big is the boiler on the {family}?")
    assert found.entities == [f"{family.title()}-Group"]
    assert boiler in found.text


def test_what_a_tradesman_wants_is_asked(answerer: Answerer) -> None:
    """ "our plumber also wants the boiler size" beside a question about the lumen 2 asks the
    boiler on the plumber's behalf; "our landlord wants us out by june" asks nothing."""
    said = answerer.answer("does the lumen 2 run on 220 V? our plumber also wants the boiler size")
    assert "220 V" in said.text
    assert "11 L" in said.text
    assert not is_ask("our landlord wants us out by june")
    assert is_ask("my business partner needs the warranty terms")


def test_a_kind_told_beside_a_discount_ask_is_no_price_ask(answerer: Answerer) -> None:
    """ "we go through 130 lb a month, mostly espresso. any discount at that volume?" asks the
    volume discount: an item's bare price line is no answer to a question that asks no price."""
    said = answerer.answer(
        "we go through 130 lb a month, mostly espresso. any discount at that volume?"
    )
    assert "10%" in said.text
    assert "Price:" not in said.text


@pytest.mark.parametrize("question", ["and the foundry by the pound?", "night shift per lb?"])
def test_a_price_asked_by_its_unit_keeps_the_price_line(answerer: Answerer, question: str) -> None:
    """What must not change: a price asked only by its unit ("by the pound") is still a price."""
    assert "per lb" in answerer.answer(question).text


def test_a_word_the_section_says_in_another_form_still_leans(follow: Callable[..., str]) -> None:
    """What must not change: "how close to a delivery can we still change it?" after the
    subscription leans on it, whose text says "deliveries" (a heading word of the delivery
    sections, said here in another form)."""
    said = follow(
        "can our coffee subscription be paused?",
        "how close to a delivery can we still change it?",
    )
    assert "2 days" in said
