"""A "before ..." clause of the visitor's own choosing ("before deciding", "before we make up
our minds") is their story (issue 23, set AD): its words the knowledge base never uses do not
turn the ask beside it (tasting the coffees: the sample kit) into a don't-know."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.told import without_story


@pytest.mark.parametrize(
    "text",
    [
        "is there a way to try your coffee before deciding?",
        "can we sample your coffees before we make up our minds",
    ],
)
def test_tasting_before_a_choice_is_the_sample_kit(answerer: Answerer, text: str) -> None:
    """The sample kit answers; the choice still ahead of the visitor is no topic asked."""
    assert "sample kit" in answerer.answer(text).text


def test_a_before_clause_keeps_the_words_the_knowledge_base_uses(answerer: Answerer) -> None:
    """Only unfamiliar words of the clause go: "before we pay" still asks about paying."""
    text = "can we change an order before we pay the invoice?"
    assert without_story(text, answerer.unknown_terms) == text


def test_an_unfamiliar_word_of_the_ask_itself_still_counts(answerer: Answerer) -> None:
    """Outside a story clause an unknown word stays: a kind of pricing never written."""
    assert answerer.unknown_terms("is there nonprofit pricing before we decide?") == [
        "nonprofit",
        "decide",
    ]
    assert "nonprofit" in without_story(
        "is there nonprofit pricing before we decide?", answerer.unknown_terms
    )
