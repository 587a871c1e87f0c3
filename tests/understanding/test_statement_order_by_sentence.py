"""An attribute asked beside a catalog item is found in any sentence of a message, split by the
reader's one splitter (:func:`shared.understanding.sentences.sentences`): a line break or a
semicolon ends the sentence told before it, a figure's decimal point does not."""

from __future__ import annotations

import pytest

from shared.understanding.statement_asks import asks_in_statement_order


@pytest.mark.parametrize(
    "text",
    [
        "we will want the 3 group for sure\natlas 75 price pls",  # a line break ends a sentence
        "we will want the 3 group for sure; atlas 75 price pls",
        "we will want the 3 group for sure. atlas 75 burr size thx",
        "we will want the 3 group for sure! pico voltage?",
    ],
)
def test_an_attribute_asked_after_a_told_sentence_asks(text: str) -> None:
    """The sentence after the told one holds only an item and its attribute: it asks."""
    assert asks_in_statement_order(text)


@pytest.mark.parametrize(
    "text",
    [
        "we will want the 3 group for sure, atlas 75 price is fine too",  # one sentence, a verb
        "we will want the 3 group for sure and the atlas 75 price was ok",
        "atlas 75 price 1.5 times what we paid for the old one",  # a decimal splits nothing
    ],
)
def test_a_told_sentence_naming_an_attribute_asks_nothing(text: str) -> None:
    """Where no sentence holds only an item and its attribute, the message asks nothing."""
    assert not asks_in_statement_order(text)
