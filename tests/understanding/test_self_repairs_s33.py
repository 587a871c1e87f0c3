"""Issue 22 (set AP), the reader: a value the visitor takes back in line ("the Riverbend... no
sorry, the decaf one", "for 6 staff, oops, 7") is read as the value meant, so the fields stored
and the question answered hold only that one; a cue with no value of the same sort after it, a
hedge, an addition and a phone's retyped digits are read as said."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.questions import is_question
from shared.understanding.reading import read
from shared.understanding.self_repairs import repairs, self_repaired
from shared.understanding.spoken_names import spoken_names
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # an item after an item: the repair put where the old one stood
        (
            "what's the Riverbend a pound... no sorry, the decaf one?",
            "what's the decaf one a pound?",
        ),
        ("how much is the Pico, actually the Atlas 64?", "how much is the Atlas 64?"),
        (
            "quote three Pico 1-Groups, or rather one Pico and one Lumen 3 group please",
            "quote one Pico and one Lumen 3 group please",
        ),
        # a figure after a figure: alone it keeps the old one's unit, with its own it replaces
        # everything from the old one to the cue
        (
            "the online barista course for 6 staff, oops, 7, how much?",
            "the online barista course for 7 staff, how much?",
        ),
        (
            "our order would be about 180, no sorry, closer to 300 dollars, is shipping free?",
            "our order would be about 300 dollars, is shipping free?",
        ),
        ("we'd take 40 lb, no, 60 lb of Sunrise a month", "we'd take 60 lb of Sunrise a month"),
        ("we have 2 carts, wait, 3 by spring", "we have 3 carts by spring"),
    ],
)
def test_a_value_taken_back_in_line_is_read_as_the_one_meant(said: str, meant: str) -> None:
    """The reparandum, the cue and its lead-in words go; the repair stands in the old value's
    place, the words between them kept when the repair says only the value."""
    assert self_repaired(said) == meant
    assert repairs(said)


@pytest.mark.parametrize(
    "said",
    [
        "what's the price of the Lumen 2 group, wait, does it come with a grinder?",
        "we need 2 or 3 grinders, probably 2",  # a hedge: no cue
        "the 2 group, actually the 3 group too",  # an addition
        "the Atlas 64, sorry, both Atlas grinders",  # "both": no one value
        "we pour 150 cups a day, actually 2 shops",  # a count of another thing
        "my cell is 503 555 0121 wait no 0124",  # a phone's digits: the contact reader's
        "do you stock the Foundry? no decaf?",  # "no" not set off: no cue
        "we have 3 shops. Sorry, 2 more questions",  # no figure of the same thing
        "sorry, 2 questions about the Pico",  # nothing said before the cue
        "not the Pico, i meant the Lumen 2 group",  # the old one ruled out already
        "sorry, not 30 lb a week, I mean 30 lb a month",
        "I told you 4 baristas before, make it 6",  # a value of a turn before
    ],
)
def test_no_value_of_the_same_sort_after_the_cue_changes_nothing(said: str) -> None:
    """Without a value of the old one's sort right after the cue (or with one that adds, or
    counts something else), the message is read as said."""
    assert self_repaired(said) == said
    assert not repairs(said)


def test_the_reading_holds_the_repair_and_says_it_repaired() -> None:
    """The reading every rule reads is the repaired message (numbers read first: "six staff,
    wait, seven"), and it says a value was taken back; a message without one says not."""
    reading = read("the online course for six staff, wait, seven. price?")
    assert reading.numbers == "the online course for seven staff. price?"
    assert reading.repaired
    assert not read("the online course for six staff. price?").repaired


async def test_the_state_keeps_only_the_value_settled_on(brain: LocalBrain) -> None:
    """The interest stored is the item meant (the Lumen 3-Group, not the Pico given up), and a
    correction's flag still lets the value replace one held before."""
    state = await play(brain, ["we're opening a cafe, looking at the Pico, no sorry, the 3 group"])
    needs = str(state.collected.get("equipment_needs") or state.held.get("equipment_needs"))
    assert "3" in needs
    assert "Pico" not in needs
    heard = await brain.understand("how much is the Pico, actually the Atlas 64?", state)
    assert heard.correction
    assert heard.query is not None
    assert "Pico" not in heard.query


@pytest.mark.parametrize(
    ("said", "read_as"),
    [
        ("price of the lumen 2 group, or the tree group?", "or the 3 group?"),
        ("is that too group one quieter", "that 2 group"),
    ],
)
def test_a_model_number_misheard_after_the_is_the_number(said: str, read_as: str) -> None:
    """ "the tree group" is the 3 group where the catalog calls an item so; "that too group"
    the 2 group."""
    assert read_as in spoken_names(said)


@pytest.mark.parametrize(
    "said", ["a tree group of friends visits", "the tree group of volunteers", "the tree out front"]
)
def test_a_tree_that_is_no_model_stays(said: str) -> None:
    """Not after a pointing word, or a "group of" people: the words stay as said."""
    assert spoken_names(said) == said


def test_price_out_opening_a_sentence_asks_the_prices() -> None:
    """ "price out two Pico 1-Groups" asks the prices as "price this up" does; a visitor who
    will price something out with someone else asks nothing."""
    assert is_question("price out two Pico 1-Groups for the carts")
    assert is_question("ok. can you price up a Lumen 3 group and an Atlas 75")
    assert not is_question("we'll price out the fit-out with our contractor")
