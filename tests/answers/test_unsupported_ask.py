"""The abstain gate for an unsupported ask, and the echo of an unknown product's name."""

from __future__ import annotations

from shared.rag.abstain import Signal
from shared.rag.question import product_object


def test_an_ask_in_words_the_knowledge_base_lacks_abstains_despite_a_near_sentence() -> None:
    """A near sentence (similarity 0.62) does not answer a question most of whose topic words
    the knowledge base never uses and the sentence does not hold ("how much are baristas paid"
    against the barista course's price)."""
    assert Signal(similarity=0.62, unknown_share=0.5, coverage=0.0).abstains()
    assert Signal(similarity=0.47, unknown_share=0.67, coverage=0.33).abstains()


def test_a_supported_ask_is_not_gated() -> None:
    """The gate leaves a question whose words the answer holds, or whose words the knowledge
    base knows, to the calibrated score."""
    assert not Signal(similarity=0.62, unknown_share=0.5, coverage=0.5).abstains()
    assert not Signal(similarity=0.62, unknown_share=0.34, coverage=0.0).abstains()


def test_an_unknown_product_is_named_without_the_trailing_adverb() -> None:
    """ "do you sell oat milk too?" names "oat milk", never "an oat milk too"."""
    assert product_object("do you sell oat milk too?") == "oat milk"
    assert product_object("do you have a mobile app as well") == "mobile app"
    assert product_object("how much is your cold brew kegerator?") == "cold brew kegerator"
