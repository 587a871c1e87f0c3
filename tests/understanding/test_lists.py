"""Messages written as lists (issue 23): enumerators are structure, each item is a part, and a
header that asks an attribute asks it of every bare item under it."""

from __future__ import annotations

from shared.understanding.lists import unlisted
from shared.understanding.text import clean_message


def test_numbered_items_lose_their_numbers_and_become_sentences() -> None:
    """ "2. Lumen 3-Group" is no two Lumen 3-Groups: the enumerator goes, the line ends."""
    text = "Order for the new site:\n1. Lumen 3-Group\n2. Atlas 75\nHow much all up?"
    assert clean_message(text) == (
        "Order for the new site:\nLumen 3-Group.\nAtlas 75.\nHow much all up?"
    )


def test_an_item_that_asks_ends_with_a_question_mark() -> None:
    """A question item ("is there a warranty") is a question of its own, not a name."""
    text = "A few things:\na) cost of the batchpro\nb) is there a warranty\nc) lead time?"
    assert clean_message(text) == (
        "A few things:\ncost of the batchpro.\nis there a warranty?\nlead time?"
    )


def test_bullets_of_every_kind_are_enumerators() -> None:
    """Dashes, bullets, stars and "(1)" open items alike; the number after them stays."""
    for mark in ("-", "•", "*", "(1)"):
        assert unlisted(f"List:\n{mark} 3 bags of Harbor\n{mark} 1 Pico") == (
            "List:\n3 bags of Harbor.\n1 Pico."
        )


def test_a_header_that_asks_an_attribute_asks_it_of_each_bare_item() -> None:
    """ "Delivery question:" over two names asks the delivery of both."""
    text = "Delivery question:\n- Lumen 2-Group\n- Clarity filter"
    assert clean_message(text) == (
        "Delivery question:\nLumen 2-Group delivery?\nClarity filter delivery?"
    )


def test_a_header_that_asks_nothing_adds_nothing() -> None:
    """ "Cart:" names no attribute: its items stay names."""
    assert clean_message("Cart:\n1) Pico\n2) BatchPro 2") == "Cart:\nPico.\nBatchPro 2."


def test_a_message_that_is_no_list_is_unchanged() -> None:
    """One dash line, an address over lines, a minus in prose: no list, nothing rewritten."""
    for text in ("Thanks\n- Dana", "Jo Park\n12 Elm St\nSpokane", "prices 1) and 2) above"):
        assert unlisted(text) == text


def test_a_header_attribute_is_not_pinned_to_an_item_that_tells() -> None:
    """Under "Delivery question:", "we ordered monday" is told, not a name to ask a delivery of."""
    text = "Delivery question:\n- we ordered monday\n- still not here"
    assert clean_message(text) == "Delivery question:\nwe ordered monday.\nstill not here."


def test_a_line_ended_inside_a_quote_gets_no_second_stop() -> None:
    """A quoted note ending "... today.'" is ended: no stray full stop after its quote."""
    text = "From the landlord: 'no gas line.'\n1) which brewer suits\n2) any electric models"
    assert clean_message(text) == (
        "From the landlord: 'no gas line.'\nwhich brewer suits?\nany electric models?"
    )
