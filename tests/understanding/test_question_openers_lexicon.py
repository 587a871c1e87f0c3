"""The words a question opens with and the words joining it to what came before are listed once,
in the lexicon (:data:`QUESTION_OPENERS`, :data:`ASKING_AUXILIARIES`, :data:`JOINING_WORDS`),
and every reader of a question's start reads the same words: the statement-order check, the
dialogue's question start, the knowledge base's question parts and a pasted list's items."""

from __future__ import annotations

import pytest

from shared.rag.question import is_question_like
from shared.understanding.lexicon import ASKING_AUXILIARIES, JOINING_WORDS, QUESTION_OPENERS
from shared.understanding.lists import unlisted
from shared.understanding.questions import QUESTION_START
from shared.understanding.statement_asks import as_inverted


@pytest.mark.parametrize("joining", JOINING_WORDS)
def test_a_joining_word_before_a_topic_put_first_is_passed_over(joining: str) -> None:
    """A joining word before the topic is dropped: "ok the steam wand is that included" asks
    "is the steam wand included?"."""
    typed = f"{joining} the steam wand is that included"
    assert as_inverted(typed) == "is the steam wand included?"


@pytest.mark.parametrize("joining", JOINING_WORDS)
def test_joining_words_alone_put_no_topic_first(joining: str) -> None:
    """Joining words alone before the auxiliary put no topic first ("ok, does it need a water
    line" is asked in order already): left as typed."""
    typed = f"{joining}, does it need a water line"
    assert as_inverted(typed) == typed


@pytest.mark.parametrize("opener", QUESTION_OPENERS + ASKING_AUXILIARIES)
def test_every_opener_starts_a_question_for_the_dialogue_and_the_knowledge_base(
    opener: str,
) -> None:
    """Each opener, after a joining word or alone, starts a question for both readers."""
    typed = f"{opener} u guys deliver on weekends"
    assert QUESTION_START.search(typed)
    assert QUESTION_START.search(f"ok {typed}")
    assert is_question_like(typed)


@pytest.mark.parametrize("opener", QUESTION_OPENERS + ASKING_AUXILIARIES)
def test_a_topic_opening_with_an_opener_is_not_moved(opener: str) -> None:
    """A topic holding an opener ("<opener> grinder ... is that included") is no topic put first."""
    typed = f"{opener} grinder we pick is that included"
    assert as_inverted(typed) == typed


@pytest.mark.parametrize(
    "told",
    [
        "when we open in june the pico will do",  # a clause telling when
        "whatever works for you",
        "showing the new menu next week",
        "isabel here from the bakery",
        "plus we need oat milk",
    ],
)
def test_a_told_start_is_no_question_start(told: str) -> None:
    """A clause telling when, or a word that only begins like an opener, starts no question."""
    assert not QUESTION_START.search(told)


@pytest.mark.parametrize("opener", QUESTION_OPENERS + ASKING_AUXILIARIES)
def test_a_list_item_opening_with_an_opener_asks(opener: str) -> None:
    """A pasted list's item opening with an opener is a question of its own; a bare name is
    not."""
    pasted = f"1) {opener} the pico ship with a tamper\n2) Atlas 64"
    assert unlisted(pasted) == f"{opener} the pico ship with a tamper?\nAtlas 64."
