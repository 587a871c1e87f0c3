"""A new question inside a conversation is not answered about the item just discussed when it
puts a subject of its own first or opens with "one more" (set O's answers that stuck)."""

from __future__ import annotations

from shared.rag.answering import Answerer

BREWER = "BatchPro 2 batch brewer"


def test_an_opener_does_not_point_back(answerer: Answerer) -> None:
    """ "One last thing - any discount for schools?" after the brewer is no question about the
    brewer: the knowledge base has no such discount, so it is not answered with the brewer."""
    answer = answerer.answer("One last thing - any discount for schools?", [BREWER])
    assert BREWER not in answer.entities
    assert "thermal servers" not in answer.text


def test_a_subject_put_first_is_asked_about(answerer: Answerer) -> None:
    """ "And beans - we'd use about 15 lb a month. Is there a minimum?" after the brewer asks
    about the coffee, not the brewer."""
    asked = "And beans - we'd use about 15 lb a month. Is there a minimum?"
    answer = answerer.answer(asked, [BREWER])
    assert BREWER not in answer.entities
    assert "thermal servers" not in answer.text
    assert "lb" in answer.text


def test_a_follow_up_still_points_back(answerer: Answerer) -> None:
    """ "and the price?" and "one more - what's its warranty?" still ask about the brewer."""
    assert "$1,980" in answerer.answer("and the price?", [BREWER]).text
    warranty = answerer.answer("one more - what's its warranty?", [BREWER])
    assert BREWER in warranty.entities
