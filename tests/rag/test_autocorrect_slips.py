"""Autocorrect slips against the knowledge base's product words, read as the word meant."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.retriever import Retriever


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("whats the decal blend cost a pound", "decaf blend"),
        ("can we get the simple kit before we open", "sample kit"),
        ("does the river bend come in 5 lb bags", "riverbend"),
        ("2 lumens for the new sites", "lumen"),
        ("which expresso blend for lattes", "espresso blend"),
        ("whats the warrenty on the grinder", "warranty"),
    ],
)
def test_a_slip_beside_its_context_is_read_as_the_product_word(
    retriever: Retriever, typed: str, meant: str
) -> None:
    """A real word one letter off a product word, beside a word the product goes with (or
    two words the catalog writes as one), is read as the product word."""
    assert meant in retriever.speller.correct(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "we put a decal on the cart",  # a sticker: no product word beside it
        "keep it simple for our staff",
        "the river behind our shop floods",
        "simple to repair matters to us",  # the knowledge base writes "simple to repair"
        "a decal sticker for the cart",
    ],
)
def test_a_real_word_in_its_own_context_stays_as_typed(retriever: Retriever, typed: str) -> None:
    """The slip is read only where the product's context fits: a sticker stays a decal,
    "simple" stays simple, a river stays a river."""
    assert retriever.speller.correct(typed) == typed


def test_the_decaf_price_is_answered_for_a_decal_blend(answerer: Answerer) -> None:
    """'decal blend' asks the Night Shift Decaf's price, not the Harbor Cold Brew Blend's."""
    reply = answerer.answer("how much is ur decal blend a pound").text
    assert "$13.25" in reply
    assert "$10.80" not in reply
