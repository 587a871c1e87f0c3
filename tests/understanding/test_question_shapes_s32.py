"""Two question shapes the rules read, so the answer does not hang on the intent classifier's
threshold (which moves a little each time the classifier is retrained): a bare preposition and
"what" after a topic ("volume discount. at what"), and a "whether" clause with its own subject
and verb as a list's last part ("..., and whether delivery is free")."""

from __future__ import annotations

import pytest

from shared.understanding.questions import is_question


@pytest.mark.parametrize(
    "text",
    [
        "bulk discount. at what",
        "house blend. from what volume?",
        "free shipping. over what amount",
        "the trade-in credit. on which machines",
        "two things: the pico's price and whether installation is included",
        "grinder warranty, and whether the burrs are covered",
        "need to know whether you ship to alaska",
    ],
)
def test_the_shape_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "for what its worth we like dark roast",
        "at which point we gave up on the old roaster",
        "looked at what you sell, nice",
        "not sure whether to go with the pico",
        "we dont know whether we are ready",
        "whether or not we open in may, we need a grinder",
    ],
)
def test_a_statement_stays_told(text: str) -> None:
    assert not is_question(text)
