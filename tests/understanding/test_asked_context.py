"""The ask of a message is read apart from the visitor's situation stated beside it."""

from __future__ import annotations

import pytest

from shared.understanding.asked_context import asked_apart
from shared.understanding.questions import is_question
from shared.understanding.support_issues import detect


@pytest.mark.parametrize(
    ("message", "ask", "context"),
    [
        (
            "we run a bakery in edmonton - when would beans ordered today arrive?",
            "when would beans ordered today arrive? we're in edmonton",
            "we run a bakery in edmonton",
        ),
        (
            "we're a juice bar in seattle, do you have a tech who can service our machine?",
            "do you have a tech who can service our machine? we're in seattle",
            "we're a juice bar in seattle,",
        ),
        (
            "account #55210: what's the cutoff for skipping a delivery?",
            "what's the cutoff for skipping a delivery?",
            "account #55210:",
        ),
    ],
)
def test_the_situation_is_read_apart_from_the_ask(message: str, ask: str, context: str) -> None:
    """What business the visitor is and where, or their account reference, beside a question is
    its context; the ask is what is searched, from the place the situation names."""
    apart = asked_apart(message)
    assert apart is not None
    assert (apart.ask, apart.context) == (ask, context)


@pytest.mark.parametrize(
    "message",
    [
        "what does the pico cost",
        "we're opening in the spring and need a grinder",
        "we're a small roastery in ohio.",
        "is the lumen 2 group in stock, and how long does it take to ship?",
        "we have 3 shops in tacoma, what would the multi-site plan cost for all of them?",
        "we're on the harbor, about 40 lb a month. what does that come to?",
        "our atlas 64 is two years old, is it still under warranty?",
        "we're in denver. do your techs come out this far?",
        "im a student writing about coffee in boston, can i interview someone?",
    ],
)
def test_a_message_without_both_is_not_split(message: str) -> None:
    """A bare question, a situation asking nothing, two asks, a situation naming a count or an
    item the ask refers to, a bare place and a person's own description are left whole."""
    assert asked_apart(message) is None


@pytest.mark.parametrize(
    ("message", "reported"),
    [
        ("how late could we swap the blend on our next order?", False),
        ("acct 7781: how late do we have to cancel our order before it ships", False),
        ("our coffee order is late again, due monday", True),
    ],
)
def test_a_deadline_asked_reports_no_lateness(message: str, reported: bool) -> None:
    """ "how late can we ..." asks a deadline about an order; an order said to be late is one."""
    assert (detect(message, existing_customer=True) is not None) is reported


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("and if we rent the whole setup what's that per month", True),
        ("say we doubled to 80 lb, how much would the bill be", True),
        ("if we like what we taste we'll put in an order", False),
    ],
)
def test_a_question_word_after_a_condition_asks(message: str, asks: bool) -> None:
    """A "what's" or "how much" after an "if" clause asks; "what" telling inside one does not."""
    assert is_question(message) is asks


def test_a_statement_ending_in_a_bare_why_asks() -> None:
    """ "the bill came out higher than the quote, why" asks; "which is why" telling does not."""
    assert is_question("the bill came out $40 higher than the quote, why")
    assert is_question("our last delivery cost more than usual, how come?")
    assert not is_question("we switched roasters, which is why we're here")
    assert is_question("till when?")  # a bare date asked of what was just said
    assert not is_question("we've roasted since when we opened")


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("so against the pico what would the 2 group run me", True),
        ("on the multi-site plan how much is it for five shops", True),
        ("for the cafe what we need is a grinder", False),
    ],
)
def test_a_topic_put_before_a_question_word_asks(message: str, asks: bool) -> None:
    """A topic first and then "what would" or "how much" asks; "what we need is" tells."""
    assert is_question(message) is asks
