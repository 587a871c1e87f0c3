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
    """A question item ("is there a warranty") is a question of its own, not a name, and so is
    an attribute in a list that tells nothing ("cost of the batchpro")."""
    text = "A few things:\na) cost of the batchpro\nb) is there a warranty\nc) lead time?"
    assert clean_message(text) == (
        "A few things:\ncost of the batchpro?\nis there a warranty?\nlead time?"
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


def test_a_header_naming_a_subject_asks_each_bare_attribute_of_it() -> None:
    """ "Cold brew blend:" over "price" and "bag size" asks both of the blend; the header is
    restated in its items, so it is no line of its own."""
    text = "Cold brew blend:\n- price\n- bag size"
    assert clean_message(text) == "Cold brew blend: price?\nCold brew blend: bag size?"


def test_a_short_question_or_one_pointing_back_is_asked_of_the_subject() -> None:
    """ "how long" and "is it organic" under a subject are about it; a question naming a thing
    of its own ("what powers the roastery") stays as it is."""
    text = "Riverbend blend -\n1) is it organic\n2) how long\n3) what powers the roastery"
    assert clean_message(text) == (
        "Riverbend blend: is it organic?\nRiverbend blend: how long?\nwhat powers the roastery?"
    )


def test_a_list_on_one_line_is_spread_into_its_items() -> None:
    """ "Espresso grinders - 1) warranty  2) burr size" is the same list written on one line."""
    assert clean_message("Espresso grinders - 1) warranty  2) burr size") == (
        "Espresso grinders: warranty?\nEspresso grinders: burr size?"
    )


def test_numbers_inline_that_skip_or_say_nothing_are_no_list() -> None:
    """ "options 1) and 2)", "pick 1) or 3) pls" and "see 2) ... 5)" are prose, kept as typed."""
    for text in ("we liked options 1) and 2)", "pick 1) the pico or 3) the lumen", "see 2) x 5) y"):
        assert unlisted(text) == text


def test_cells_after_a_subject_are_attributes_asked_of_it() -> None:
    """ "Atlas 75 | burrs | price" asks both attributes of the Atlas 75."""
    assert clean_message("Atlas 75 | burrs | price") == "Atlas 75: burrs?\nAtlas 75: price?"


def test_cells_that_name_items_are_no_attributes() -> None:
    """An order line of items ("Pico x1 | Harbor 20 lb") or a signature is kept as typed."""
    for text in ("Pico x1 | Harbor 20 lb | Clarity x1", "Jo Park | Owner | Little Bean Cafe"):
        assert unlisted(text) == text


def test_a_bare_name_after_an_asked_attribute_asks_the_same_of_it() -> None:
    """ "1) delivery time to Ohio  2) Alaska" asks the delivery time of Alaska too."""
    assert clean_message("1) delivery time to Ohio  2) Alaska") == (
        "delivery time to Ohio?\nand Alaska?"
    )


def test_an_attribute_header_is_asked_of_names_that_end_in_a_question_mark() -> None:
    """ "Lead times:\n- Pico?\n- Atlas 75?" asks the lead time of each, the "?" aside."""
    assert clean_message("Lead times:\n- Pico?\n- Atlas 75?") == (
        "Lead times:\nPico lead times?\nAtlas 75 lead times?"
    )


def test_a_list_that_tells_asks_nothing() -> None:
    """Under "Our setup:" the items are told ("we run 2 sites", "price matters"): no "?" added."""
    text = "Our setup:\n- we run 2 sites\n- price is not the issue"
    assert clean_message(text) == "Our setup:\nwe run 2 sites.\nprice is not the issue."


def test_items_numbered_with_full_stops_on_one_line_are_a_list() -> None:
    """ "3. Pico + Atlas 64, total?  4. is install free?" is two asks: no "3 x Pico"."""
    assert clean_message("3. Pico + Atlas 64, total?  4. is install free?") == (
        "Pico + Atlas 64, total?\nis install free?"
    )


def test_one_numbered_question_alone_loses_its_number() -> None:
    """ "6) lead time on the BatchPro?" numbers on from the last turn: the "6" is no count;
    a numbered line that neither asks nor names an attribute ("2) sounds good") is kept."""
    assert clean_message("6) lead time on the BatchPro?") == "lead time on the BatchPro?"
    assert clean_message("3) cost of the online course") == "cost of the online course?"
    assert unlisted("2) sounds good") == "2) sounds good"


def test_a_subject_then_a_dash_then_a_question_pointing_back() -> None:
    """ "clarity filter - how often do u change it" asks of the filter; a dash before a question
    that names its own subject, or before no question, is kept."""
    assert clean_message("clarity filter - how often do u change it") == (
        "how often do u change the clarity filter"
    )
    assert clean_message("Riverbend - is it organic?") == "Riverbend: is it organic?"
    for text in (
        "Pico for both - what's the total for 2 carts?",
        "Hi - owner here, is it ok",
        "our box came with the wrong blend - can I send it back? it's sealed",
    ):
        assert unlisted(text) == text
