"""Merging the parts of a reply: unanswered parts named, sentences said once."""

from __future__ import annotations

from shared.rag.parts import DONT_KNOW, Part, cleaned, is_ask, merge_parts


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


def test_a_remark_left_unanswered_is_not_reported_as_not_found() -> None:
    """A remark beside a question ("his bday is on the 12th") is no ask: the reply says nothing
    of not finding it, while an unanswered ask beside it is still named."""
    answered = Part("New cafés can ask for a free sample kit.", True, asked="any samples?")
    remark = Part(DONT_KNOW, False, asked="his bday is on the 12th")
    reply = merge_parts([answered, remark]).text
    assert "couldn't find" not in reply
    ask = Part(DONT_KNOW, False, asked="our machine keeps leaking, can you fix it")
    assert "couldn't find" in merge_parts([answered, remark, ask]).text


def test_asks_are_told_from_remarks() -> None:
    """Questions and requests (in any clause) ask; remarks without a question word do not."""
    for ask in ["how fast can you ship", "fine, where is the web shop", "i need the pico price"]:
        assert is_ask(ask), ask
    for remark in ["thats cutting it way too close", "be honest", "still works fine"]:
        assert not is_ask(remark), remark
