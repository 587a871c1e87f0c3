"""Every part of a message answered when one part is a rule's sum or lease."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer, money_asked
from shared.rag.retriever import Retriever


@pytest.mark.parametrize(
    ("question", "total", "other"),
    [
        (
            "what's a batchpro 2 plus the clarity filter come to all in? and whats the "
            "warranty on those two",
            "$2,620",
            "1-year warranty",
        ),
        (
            "how much for the pico and the atlas 64 together? also how long is the warranty on "
            "each",
            "$5,250",
            "2-year warranty",
        ),
        ("2 atlas 75s and a pico, what's the total? and whats the lead time", "$8,800", "ships"),
    ],
)
def test_a_sum_keeps_the_other_parts_of_the_message(
    retriever: Retriever, question: str, total: str, other: str
) -> None:
    """The total and the warranty (or lead time) asked beside it are both in the reply."""
    answer = Answerer(retriever).answer(question)
    assert total in answer.text
    assert other in answer.text


def test_a_money_part_beside_a_rule_is_left_to_the_rule() -> None:
    """ "whats the monthly" after a leasing ask is the lease's figure, not a part of its own."""
    assert money_asked("whats the monthly")
    assert money_asked("roughly what would that be a month")
    assert not money_asked("and whats the warranty on those two")
