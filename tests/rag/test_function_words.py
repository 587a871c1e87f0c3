"""A function word is never a topic the knowledge base lacks: the question is still answered."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer


@pytest.mark.parametrize(
    "question",
    [
        "what would 180 lb of foundry cost per month with whatever discount applies?",
        "whatever the discount is, what do 150 lb of riverbend come to a month",
        "anyway how much is the atlas 75 grinder",
        "whichever is cheaper, how much is the pico",
        "basically what's the warranty on the lumen 2 group",
    ],
)
def test_function_words_do_not_make_a_question_unanswerable(
    answerer: Answerer, question: str
) -> None:
    """'whatever', 'anyway', 'whichever', 'basically' are not unknown topics: the question gets
    its grounded answer, not "I don't know"."""
    assert answerer.unknown_terms(question) == []
    answer = answerer.answer(question)
    assert answer.grounded, answer.text
    assert "$" in answer.text or "year" in answer.text, answer.text


def test_an_unknown_topic_word_still_abstains(answerer: Answerer) -> None:
    """The function-word rule does not forgive content words: a topic the knowledge base never
    mentions still makes the answerer say it does not know."""
    assert answerer.unknown_terms("whatever, do you sell croissants?") == ["croissants"]
