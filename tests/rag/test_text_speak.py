"""One text-speak table for both readers of visitor text, each keeping its own exceptions."""

from __future__ import annotations

from shared.rag.spelling import Speller
from shared.understanding.fuzzy import normalise
from shared.understanding.lexicon import CHAT_KEEPS, QUESTION_KEEPS, TEXT_SPEAK


def test_both_readers_expand_from_the_one_table_except_what_each_keeps() -> None:
    """The chat expands "k" but keeps "wat" (its classifier is trained so); a knowledge-base
    question expands "wat" but keeps "k" ("5k"); both expand the shared entries."""
    speller = Speller(["price", "grinder"])
    assert normalise("k, wat r u") == "ok, wat are you"
    assert speller.correct("wat r u, 5 k") == "what are you, 5 k"
    assert set(CHAT_KEEPS) | set(QUESTION_KEEPS) <= set(TEXT_SPEAK)
    assert not CHAT_KEEPS & QUESTION_KEEPS
