"""Issue 22/23 (set AG): a person asked for beside a breakdown is a technician, an in-person
sitting is the on-site course, and a "which ... would you" question is no yes/no question a
condition could answer "No" to."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer
from shared.rag.conditions import asks_yes_no
from shared.rag.question import as_repairer


def test_a_person_asked_for_beside_a_repair_is_a_technician() -> None:
    """ "someone", "anybody" beside a breakdown or a repair; not a person to talk to, and not
    without a repair in the message."""
    assert "technicians" in as_repairer("if the grinder dies, you got anybody near Reno?")
    assert "technicians" in as_repairer("is there someone in Ohio who can repair it?")
    assert as_repairer("do you have someone in Ohio?") == "do you have someone in Ohio?"
    talk = "is there somebody I can talk to about a repair invoice?"
    assert as_repairer(talk) == talk
    call = "machine died this morning, is there anyone i can actually call?"
    assert as_repairer(call) == call


def test_someone_to_call_when_it_dies_is_the_emergency_line(answerer: Answerer) -> None:
    """A person to call beside a breakdown is a phone line, not the technicians' map."""
    reply = answerer.answer(
        "our grinder died on a saturday night, is there anybody we can really call?"
    )
    assert "7 days a week" in reply.text


def test_who_comes_out_when_it_breaks_names_the_partner_technicians(answerer: Answerer) -> None:
    """Outside the states the company's own technicians cover: the partner technicians."""
    reply = answerer.answer("when the machine breaks down, do you have anybody in Oklahoma?")
    assert "partner" in reply.text


def test_an_in_person_sitting_is_the_on_site_course(follow: Callable[..., str]) -> None:
    """ "an in-person class" after the online course: the on-site course's $850, not the
    online course discussed before."""
    reply = follow(
        "how much is the online barista course per head?",
        "and an in-person class, what's the price",
    )
    assert "$850" in reply
    assert "$120" not in reply


def test_in_person_alone_is_not_a_course(answerer: Answerer) -> None:
    """Negative: "in person" with no sitting named ("can I visit in person?") names no course."""
    reply = answerer.answer("can I visit the roastery in person?")
    assert "$850" not in reply.text


def test_a_which_question_is_not_yes_or_no() -> None:
    """The auxiliary after "which" asks which one; a clause of its own still asks whether."""
    assert not asks_yes_no("Which of your grinders would you choose for decaf?")
    assert not asks_yes_no("how much would the big one be")
    assert asks_yes_no("ours is broken, can we still trade it in?")
    assert asks_yes_no("which one is it, and do you take back opened bags?")


def test_a_story_beside_a_which_question_gets_no_no(answerer: Answerer) -> None:
    """ "for me, not work" beside a home machine is no broken machine: the coffee asked is
    answered, not "No, not if it is not working"."""
    reply = answerer.answer(
        "it's for myself, not work: I've got a small espresso machine at home. Which of your "
        "coffees would you choose for a cappuccino?"
    )
    assert "Foundry" in reply.text
    assert not reply.text.startswith("No")
