"""Reading questions: parts, items, price asks, shared head nouns, follow-up references."""

from __future__ import annotations

from shared.rag.question import refers_back, shared_heads, split_items, split_parts
from shared.understanding.asked import asks_price


def test_a_message_splits_into_its_questions() -> None:
    """Sentences and "and what/how ..." clauses become parts; noun lists become items."""
    assert split_parts("How much is the BatchPro 2? Also, what warranty does it have?") == [
        "How much is the BatchPro 2?",
        "Also, what warranty does it have?",
    ]
    assert split_parts("what plans do you have and what do they cost?") == [
        "what plans do you have",
        "what do they cost?",
    ]
    assert split_items("the price of a 2 group machine and a grinder") == [
        "the price of a 2 group machine",
        "a grinder",
    ]


def test_how_much_is_a_price_only_when_it_asks_one() -> None:
    """ "How much does it hold?" asks a quantity; "how much does it cost?" a price."""
    assert asks_price("how much does the Keel 10 cost?")
    assert asks_price("How much is the Pico?")
    assert not asks_price("How much does the Keel 10 hold?")
    assert not asks_price("what does it weigh?")


def test_a_shared_head_noun_goes_to_each_name() -> None:
    """ "the Essential and Pro plans" names two plans; an unknown head is left alone."""
    assert shared_heads("the Essential and Pro plans", {"plan"}) == (
        "the Essential plan and Pro plan"
    )
    assert shared_heads("salt and pepper mills", {"plan"}) == "salt and pepper mills"


def test_follow_up_references_are_recognised() -> None:
    """Openers and pronouns mark a follow-up; a self-contained question is not one."""
    assert refers_back("and the 3 group?")
    assert refers_back("how much is it?")
    assert refers_back("what if I have 4 staff?")
    assert not refers_back("What is the minimum wholesale order?")


def test_a_price_asked_with_a_phrase_is_a_price_ask() -> None:
    """ "what does the Atlas 64 go for" and "whats multi-site run for 5" ask a price; "how long
    does the pico run for" and "what do you go for in a grinder" do not."""
    assert asks_price("out of curiosity, what does your Atlas 64 go for")
    assert asks_price("whats multi-site run for 5?")
    assert not asks_price("how long does the pico run for")
    assert not asks_price("what do you go for in a grinder")
