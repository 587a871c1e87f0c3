"""The one sentence splitter (``shared.understanding.text.sentences``) and its options."""

from __future__ import annotations

from shared.understanding.sentences import sentences


def test_a_sentence_ends_at_a_mark_before_white_space() -> None:
    """A full stop, "!" or "?" before a space ends a sentence; a price or a version does not."""
    text = "The Foundry is $9.80 per lb. Is v2.1 out? Yes!  Great."
    assert sentences(text) == ["The Foundry is $9.80 per lb.", "Is v2.1 out?", "Yes!", "Great."]


def test_blank_pieces_are_left_out() -> None:
    """White space after the last sentence, or no text at all, gives no empty sentence."""
    assert sentences("Thanks. ") == ["Thanks."]
    assert sentences("") == []


def test_a_line_break_ends_a_sentence_only_when_asked() -> None:
    """With ``lines`` a pasted list's items are sentences of their own, without their margins."""
    text = "we need:\n- beans arrive 6 weeks old \n what is your lead time?"
    assert sentences(text) == [text]
    assert sentences(text, lines=True) == [
        "we need:",
        "- beans arrive 6 weeks old",
        "what is your lead time?",
    ]


def test_the_marks_that_end_a_sentence_are_an_option() -> None:
    """A caller may end sentences at ";" too, or not at "?"."""
    text = "no email; call me. can i lease that one? ok"
    assert sentences(text, ends=".!?;") == ["no email;", "call me.", "can i lease that one?", "ok"]
    assert sentences(text, ends=".!;") == ["no email;", "call me.", "can i lease that one? ok"]


def test_capitalised_prose_keeps_an_abbreviation_whole() -> None:
    """With ``capitalised`` (the knowledge base's prose) only a capital, a digit, "$" or "("
    starts a new sentence: "approx. five" stays whole."""
    text = "It weighs approx. five kg. (Grinders ship apart). 2 sizes. $9.80 a bag."
    assert sentences(text, capitalised=True) == [
        "It weighs approx. five kg.",
        "(Grinders ship apart).",
        "2 sizes.",
        "$9.80 a bag.",
    ]
    assert sentences(text)[0] == "It weighs approx."
