"""The adverbs of a doubt are one list in shared/understanding/suspicion.py (issue 22, s31): any
of them before a listed claim ("genuinely what the website says") or after an auxiliary ("is
it legitimately organic") is taken out, and the claim's price or the fact is what is asked."""

from __future__ import annotations

import pytest

from shared.understanding.suspicion import without_suspicion


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is the atlas 64 genuinely what the website says?", "how much is the atlas 64?"),
        ("are the brewers truly as the catalog shows", "how much is the brewers"),
        ("is the pico what the price list says?", "how much is the pico?"),
        ("is it legitimately fair trade?", "is it fair trade?"),
    ],
)
def test_every_doubt_adverb_is_taken_out(question: str, asked: str) -> None:
    """Each adverb of the one list is a doubt, before a listed claim or after an auxiliary."""
    assert without_suspicion(question) == asked


def test_an_adverb_that_asks_no_claim_stays() -> None:
    """Negative: 'genuinely' in a statement of what the visitor wants is no doubt."""
    text = "we genuinely want the website's price list"
    assert without_suspicion(text) == text
