"""Merging the parts of a reply: unanswered parts named, sentences said once."""

from __future__ import annotations

from shared.rag.parts import DONT_KNOW, Part, cleaned, merge_parts


def test_an_unanswered_part_is_named_in_the_visitors_words() -> None:
    """ "I couldn't find" quotes the part left unanswered, not a vague "the rest"."""
    answered = Part("The Pico 1-Group is $3,900.", True, asked="how much is the pico?")
    missing = Part(DONT_KNOW, False, asked="and who is your head of marketing?")
    reply = merge_parts([answered, missing]).text
    assert reply.startswith("The Pico 1-Group is $3,900.")
    assert 'I couldn\'t find "who is your head of marketing"' in reply
    assert "The rest" not in reply


def test_a_complete_answer_has_no_couldnt_find() -> None:
    """When every part is answered, nothing is said about a part not found."""
    reply = merge_parts([Part("Yes.", True, asked="a?"), Part("No.", True, asked="b?")]).text
    assert "couldn't find" not in reply


def test_a_sentence_two_parts_give_is_said_once() -> None:
    """The same sentence answering two parts appears once in the reply."""
    first = Part("We deliver in 3 business days. Delivery is free over $250.", True)
    second = Part("Delivery is free over $250.", True)
    assert merge_parts([first, second]).text.count("Delivery is free over $250.") == 1


def test_a_shouted_part_is_quoted_in_lower_case() -> None:
    """A part typed in capitals is quoted back without the capitals, its lead "and" dropped."""
    assert cleaned("AND WHO IS YOUR CEO?") == "who is your ceo"
