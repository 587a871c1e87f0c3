"""A question typed inside chat is read as one (issue 23, s32): an emoji before it ends the
statement before it, "r u" is "are you", an object "it" before "can we" does not hide the ask,
a kind named alone and then a bare rank asks for that member, a count asked as what it takes
is the minimum, and "do you help with X" finds what X is."""

from __future__ import annotations

import pytest

from shared.understanding.featured import helped_clause
from shared.understanding.questions import asked_after_emoji, asks_something, is_question
from shared.understanding.reference import as_least


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("we just opened a bakery 🎉 is the pico loud", True),
        ("doing a school project 📚 r u guys fair trade or nah", True),
        ("and if we don't like it could we return it lol", True),
        ("plus grinder. smaller one", True),
        ("and brewer, cheaper one", True),
        # negatives: a cheer, a statement with an emoji, a subject "it", a bare rank, a reply
        ("we love it 😍 can't wait to open", False),
        ("so excited 🎉 opening in may", False),
        ("if it can we would love that", False),
        ("the cheaper one", False),
        ("ok. cheaper one", False),
    ],
)
def test_a_question_inside_chatter_is_read(message: str, asks: bool) -> None:
    """The reader's two question tests agree on an ask typed among chat asides, and on the
    asides that ask nothing."""
    assert is_question(message) is asks
    assert asks_something(message) is asks


def test_an_emoji_ends_a_statement_only_before_a_question() -> None:
    """The answerer's text gets a sentence end at an emoji before a question, and none between
    two statements (which it reads together as before)."""
    assert asked_after_emoji("we got a new cart 🚲 r u able to ship to idaho") == (
        "we got a new cart. r u able to ship to idaho"
    )
    assert asked_after_emoji("beans were stale 😤 we have 3 shops. how fresh is yours") == (
        "beans were stale we have 3 shops. how fresh is yours"
    )


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("pro plan, how many sites required?", "pro plan, minimum sites required?"),
        ("how many bags a month for free delivery", "minimum bags a month for free delivery"),
        # negatives: a count for a figure of the visitor's, and a count asked bare
        ("how many lb a month for 300 cups a day", "how many lb a month for 300 cups a day"),
        ("how many shops do you supply", "how many shops do you supply"),
    ],
)
def test_a_count_asked_as_what_it_takes_is_the_minimum(question: str, read: str) -> None:
    """ "How many X needed / for Y" asks the least to have; a count of the visitor's own
    figures or a bare count stays as typed."""
    assert as_least(question) == read


def test_help_with_something_names_what_it_is() -> None:
    """ "Do you help with X" gives X; a message asking no help gives nothing."""
    assert helped_clause("hey can u guys help us w/ menu stuff?") == (4, 36, "menu stuff")
    assert helped_clause("thanks for the help with the order") is None
