"""Learner question shapes read as two asks or put the native way: a comma joining two
questions, a quantity asked without "do", a question word left after a passive verb, a unit
counted in the singular, a machine "given to you" (a trade-in) and a dislike "when it
arrives" (the condition of a return)."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer
from shared.rag.question import as_traded, split_parts
from shared.understanding.learner_questions import as_native


def test_a_comma_joins_two_questions() -> None:
    """'which grinder you sell, how heavy it is?' is two asks, as '... and how heavy' is."""
    assert split_parts("Which grinder you sell, how heavy is it?") == [
        "Which grinder you sell?",
        "how heavy is it?",
    ]
    assert split_parts("what plans do you offer, what does each cost?") == [
        "what plans do you offer?",
        "what does each cost?",
    ]


def test_a_clause_before_a_comma_is_no_question_of_its_own() -> None:
    """Negative: a time or condition clause ('when it arrives, who sets it up?', 'what if it
    breaks, who repairs it?'), a statement, and 'what about' stay one part."""
    for text in (
        "When it arrives, who sets it up?",
        "what if it breaks, who repairs it?",
        "we open in May, how much is the Pico?",
        "how much is the Pico, what about the Lumen?",
    ):
        assert split_parts(text) == [text]


def test_a_quantity_asked_without_do_gets_its_do() -> None:
    """'how many cups it brews?', 'how much we pay for it?' and 'how long it lasts?' are put
    with 'do'/'does' and the bare verb; a singular unit after 'how many' is counted."""
    assert as_native("how many cup it brews?") == "how many cups does it brew?"
    assert as_native("how much we pay for shipping?") == "how much do we pay for shipping?"
    assert as_native("and how long it lasts?") == "and how long does it last?"
    assert as_native("how many kilo per week you roast?") == "how many kilos per week do you roast?"


def test_questions_that_have_their_auxiliary_stay() -> None:
    """Negative: an auxiliary already there, a 'be' after the subject, an '-ing', and a
    statement with no '?' are left as typed; 'how many times' keeps its meaning."""
    for text in (
        "how much would it cost?",
        "how long it is?",
        "how much we talking?",
        "how many do you have?",
        "how many pound we need.",
        "how many times a year is it serviced?",
    ):
        assert as_native(text) == text


def test_a_question_word_after_a_passive_verb_is_put_first() -> None:
    """'the beans are shipped how soon after roasting?' asks 'how soon after roasting are the
    beans shipped?'; an active verb with its object is left alone."""
    said = as_native("the beans are shipped how soon after roasting?")
    assert said == "how soon after roasting are the beans shipped?"
    assert as_native("the Pico makes how many cups?") == "the Pico makes how many cups?"


def test_a_machine_given_to_the_seller_is_a_trade_in() -> None:
    """'if we give it to you, how much we become for it' asks the trade-in credit; 'can you
    give it to me' is no trade-in."""
    said = as_traded(as_native("if we give it to you, how much we become for it?"))
    assert said == "if we trade it in, how much do we get for it?"
    assert as_traded("can you give it to me?") == "can you give it to me?"
    assert as_native("how much we become in a year?") == "how much do we become in a year?"


def test_a_dislike_when_it_arrives_is_the_condition() -> None:
    """'if the brewer arrives and we don't like it' is 'if we don't like the brewer'; a liking
    on arrival is left alone."""
    said = as_native("if the brewer arrives and we do not like it, we can send it back?")
    assert said == "if we do not like the brewer, can we send it back?"
    text = "if it arrives and we like it, can we order more?"
    assert as_native(text) == text


def test_learner_shapes_are_answered(answerer: Answerer) -> None:
    """The second ask after a comma, a custom blend's minimum asked without 'do', the roast
    asked after its passive verb, a trade-in by 'give it to you' and a return on dislike are
    answered with the knowledge base's figures."""
    reply = answerer.answer("Which brewer you sell, how many litre it holds?").text
    assert "2.5" in reply
    said = "To make a blend with the name of our bakery, how many pound per month we need?"
    assert "150 lb" in answerer.answer(said).text
    reply = answerer.answer("hello, the beans are roasted how long before the shipping?").text
    assert "48 hours" in reply
    reply = answerer.answer("If we give it to you, how much we become for it?").text
    assert "15%" in reply
    reply = answerer.answer("If the brewer arrives and we don't like, we can send it back?").text
    assert "30 days" in reply


def test_a_learner_question_without_an_answer_still_abstains(answerer: Answerer) -> None:
    """Negative: a quantity asked without 'do' about what the knowledge base never says is
    still declined, not answered by a neighbour."""
    answer = answerer.answer("how many solar panels it needs on the roof?")
    assert not answer.grounded
    assert "$" not in answer.text


def test_paying_in_parts_is_paying_in_installments() -> None:
    """'is it possible to pay it in parts?' asks instalments; 'the parts of the machine' and
    'pay by card' are left alone."""
    said = as_native("is it possible to pay it in parts?")
    assert said == "is it possible to pay it in installments?"
    for text in ("do you sell parts for the machine?", "can we pay by card?"):
        assert as_native(text) == text


def test_you_and_a_verb_of_trade_with_a_question_mark_is_asked() -> None:
    """'you sell decaf also?' and 'and you ship to Utah?' get their 'do'; a statement, an
    'if you have' clause and a question that has its 'do' are left alone."""
    assert as_native("you sell decaf also?") == "do you sell decaf also?"
    assert as_native("and you ship to Utah?") == "and do you ship to Utah?"
    for text in (
        "you sell decaf, good.",
        "if you have a filter, what is its price?",
        "do you have it?",
    ):
        assert as_native(text) == text


def test_leasing_asked_as_paying_in_parts_is_answered(answerer: Answerer) -> None:
    """'pay in parts' beside a machine is answered with the leasing terms (36 months, over
    $5,000)."""
    reply = answerer.answer("we take the Lumen 3 group. it is possible to pay in parts?").text
    assert "36 months" in reply
    assert "$5,000" in reply


def test_leasing_asked_beside_an_added_item_leases_the_order(follow: Callable[..., str]) -> None:
    """An item added to the order in a message that asks to pay in instalments is answered
    with the lease of the whole order, not its bare total."""
    reply = follow(
        "how much is the Pico?", "we would add also the Atlas 64. can we pay it in parts?"
    )
    assert "36 months" in reply
    assert "$5,250" in reply


def test_an_item_added_with_no_lease_asked_is_totalled(follow: Callable[..., str]) -> None:
    """Negative: an item added with a total asked is summed, no lease offered."""
    reply = follow("how much is the Pico?", "add the Atlas 64 too, what is the total?")
    assert "$5,250" in reply
    assert "lease" not in reply
