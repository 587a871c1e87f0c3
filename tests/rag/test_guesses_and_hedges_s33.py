"""Answers to a question with the visitor's guess after it, an aside or a hedge beside it (set
AP, issues 22 and 23), with phrasings of our own, through the real answerer: the question is
answered and nothing the visitor did not ask is echoed as "I couldn't find ..."."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer

NOT_FOUND = "couldn't find"


def test_a_guessed_year_after_the_question_is_not_echoed(follow: Callable[..., str]) -> None:
    """ "since when are you a B Corp? 2020 or earlier?" is answered with the year alone."""
    reply = follow("since when are you a certified B Corp? 2020 or earlier?")
    assert "2019" in reply
    assert NOT_FOUND not in reply


def test_a_guess_does_not_pull_the_answer_elsewhere(follow: Callable[..., str]) -> None:
    """After a B Corp answer, "who founded it? I believe a couple?" names the founders."""
    reply = follow("are you a B Corp?", "so who founded it? I believe a couple?")
    assert "Dana Whitfield" in reply
    assert NOT_FOUND not in reply


def test_an_aside_after_the_ask_is_not_echoed(answerer: Answerer) -> None:
    """ "where's the roastery, we might walk past it sometime" gives the address, no echo."""
    reply = answerer.answer("where's your roastery, we might walk past it sometime lol").text
    assert "2150 NW Raleigh" in reply
    assert NOT_FOUND not in reply


def test_a_hedged_date_beside_a_price_is_not_echoed(answerer: Answerer) -> None:
    """ "no idea on timing, autumn-ish, could slip ..." beside a price question tells."""
    reply = answerer.answer(
        "no idea on timing, autumn-ish, could slip to winter with the permits. "
        "how much is the Lumen 3 group?"
    ).text
    assert "$13,400" in reply
    assert NOT_FOUND not in reply


def test_a_real_unanswered_question_is_still_echoed(answerer: Answerer) -> None:
    """The negative: a question the knowledge base cannot answer, asked after a guess-like
    start, is still reported as not found."""
    reply = answerer.answer("how much is the Lumen 3 group? and do you sell soy milk?").text
    assert "$13,400" in reply
    assert "soy milk" in reply


def test_a_machine_asked_for_a_site_is_advised(answerer: Answerer) -> None:
    """ "what espresso machine would you put in a busy-ish new place?" is answered with a
    recommended machine and its price, not a sentence of the section's introduction."""
    reply = answerer.answer("what espresso machine would you put in a busy-ish new place?").text
    assert "$" in reply
    assert "Lumen" in reply


def test_a_listing_of_machines_is_not_advice(answerer: Answerer) -> None:
    """The negative: "what espresso machines do you have" still lists the machines."""
    reply = answerer.answer("what espresso machines do you have?").text
    assert "Pico 1-Group" in reply
    assert "Lumen 3-Group" in reply


def test_a_count_remarked_before_the_ask_sets_its_condition(answerer: Answerer) -> None:
    """ "two shops, well three with the cart in june. two open right now. can we get the
    multi-site plan?" answers with the plan's condition of 3 or more locations."""
    reply = answerer.answer(
        "two shops, well three with the cart in june. Two open right now. "
        "Can we get the multi-site plan?"
    ).text
    assert "3 or more" in reply


def test_a_plan_asked_with_no_count_gives_its_price(answerer: Answerer) -> None:
    """The negative: the same ask with no count of sites is answered with the price."""
    reply = answerer.answer("the cart opens in june. Can we get the multi-site plan?").text
    assert "$79" in reply
