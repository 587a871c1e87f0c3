"""The conversation's asks the reader reads for the answerer: an item at each site, a fit."""

from __future__ import annotations

from shared.understanding.advice import asks_fit


def test_a_fit_is_a_yes_no_question_with_a_word_of_fit() -> None:
    """ "would the pico cope with our queue?" and "We do 80 a day. Is the 2-group overkill?" ask
    a fit; "we need a machine that can handle 300 a day" (no question) and "how much is it?"
    do not."""
    assert asks_fit("would the pico cope with our queue?")
    assert asks_fit("We do 80 a day. Is the 2-group overkill?")
    assert not asks_fit("we need a machine that can handle 300 a day")
    assert not asks_fit("how much is it?")
