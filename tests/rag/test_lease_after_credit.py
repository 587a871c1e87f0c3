"""Issue 22/23 (set AG): leasing asked of what is left after a trade-in credit is worked on the
remainder, judged against the leasing minimum, never on the full price."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer
from shared.understanding.asked import asks_remainder


def test_the_remainder_is_named_in_the_visitors_words() -> None:
    """ "what's left", "the rest", "the balance" name the remainder; other uses of the words
    do not."""
    assert asks_remainder("ok so could we lease whats left")
    assert asks_remainder("finance the rest of it?")
    assert asks_remainder("the balance, is that leasable")
    assert asks_remainder("lease the remaining amount")
    assert not asks_remainder("rest of the week we're closed")
    assert not asks_remainder("anything left in stock?")


def test_leasing_what_is_left_after_a_credit_works_on_the_remainder(answerer: Answerer) -> None:
    """15% of the $20,000 paid is $3,000; the Lumen 3-Group's $13,400 less it is $10,400, and
    the monthly is about 3% of that ($312), not of the full price ($402)."""
    first = answerer.answer("we paid $20,000 for our espresso machine, it works. trade-in value?")
    assert first.credited == "$20,000"
    then = answerer.answer(
        "could we put the rest of a lumen 3 group on a lease?",
        first.entities,
        credited=first.credited,
    )
    assert "$13,400 - $3,000 = $10,400" in then.text
    assert "$312" in then.text
    assert "$402" not in then.text


def test_a_remainder_under_the_leasing_minimum_is_not_leased(answerer: Answerer) -> None:
    """15% of $36,000 is $5,400; the Lumen 2-Group's $9,800 less it is $4,400, under the
    $5,000 minimum: no monthly figure."""
    first = answerer.answer("our old machine cost $36,000 new and still runs. what's it worth?")
    then = answerer.answer(
        "can we lease the balance on the lumen 2 group", first.entities, credited=first.credited
    )
    assert "$9,800 - $5,400 = $4,400" in then.text
    assert "below" in then.text
    assert "a month" not in then.text


def test_the_whole_price_is_leased_when_no_remainder_is_named(answerer: Answerer) -> None:
    """Negative: "can we lease the 3 group?" after the same credit is the full price ($402)."""
    first = answerer.answer("we paid $20,000 for our espresso machine, it works. trade-in value?")
    then = answerer.answer("can we lease the 3 group?", first.entities, credited=first.credited)
    assert "$402" in then.text
    assert "$3,000" not in then.text


def test_a_credit_toward_one_family_is_not_taken_off_another(answerer: Answerer) -> None:
    """Negative: the trade-in credits toward a new Lumen; "the rest" of a Pico is not reduced."""
    first = answerer.answer("we paid $20,000 for our espresso machine, it works. trade-in value?")
    then = answerer.answer(
        "can we lease the rest on a pico 1 group", first.entities, credited=first.credited
    )
    assert "$3,000" not in then.text


def test_the_rest_is_leased_in_a_played_conversation(follow: Callable[..., str]) -> None:
    """Through the chat's topic list: the credit carried to "lease the rest?" naming no item."""
    reply = follow(
        "if we trade our old one in toward a lumen 2 group, we paid 12k for it, what's the credit",
        "nice. can we lease the rest?",
    )
    assert "$9,800 - $1,800 = $8,000" in reply
    assert "$240" in reply
