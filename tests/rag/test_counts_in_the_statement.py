"""Issue 23, set F: a price asked in the last clause after a statement, and totals whose count
is written with a times sign or as one item for each place the message counts."""

from __future__ import annotations

from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.matching import quantity_for
from shared.understanding.asked import asks_price, asks_total

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def test_a_price_asked_in_the_last_clause_after_a_statement() -> None:
    """ "we're a juice bar with a small kitchen, what does the pico run?" asks a price; a run
    that is no question of price does not."""
    assert asks_price("we're a juice bar w/ a tiny kitchen and like the pico, what does it run?")
    assert asks_price("ok. so what would the atlas 75 run")
    assert not asks_price("we run 2 cafes, what grinder do you suggest?")
    assert not asks_price("how long does the machine run, what's the warranty")


def test_what_it_comes_to_without_an_auxiliary_is_a_total() -> None:
    """ "what's that come to" asks a sum like "what does that come to"; "when it comes to" not."""
    assert asks_total("what's that all come to?")
    assert asks_total("whats it come to")
    assert not asks_total("when it comes to grinders, which is quieter?")


def test_a_times_sign_before_an_item_is_its_count() -> None:
    """ "3 x atlas 75" and "3x atlas 75" count three of them; the model number is no count."""
    atlas = CATALOG.get("Atlas 75")
    assert atlas is not None
    assert quantity_for("3 x atlas 75 for our shops, the total?", atlas, CATALOG) == (3, "of them")
    assert quantity_for("3x atlas 75 pls, total?", atlas, CATALOG) == (3, "of them")
    assert quantity_for("atlas 75 total?", atlas, CATALOG) is None


def test_one_item_in_each_counted_place_is_counted_per_place() -> None:
    """ "4 airport kiosks ... a pico in each" counts four picos; without "each" nothing is counted,
    and the count does not pass to an item that is not "in each"."""
    pico = CATALOG.get("Pico 1-Group")
    atlas = CATALOG.get("Atlas 75")
    assert pico is not None
    assert atlas is not None
    text = "we've got 4 airport kiosks and want a pico in each plus one atlas 75, total?"
    assert quantity_for(text, pico, CATALOG) == (4, "of them")
    assert quantity_for(text, atlas, CATALOG) is None
    assert quantity_for("we've got 4 airport kiosks, how much is a pico?", pico, CATALOG) is None


def test_totals_with_the_count_in_the_statement(answerer: Answerer) -> None:
    """The price after a story is the named item's, and the counted totals are summed."""
    story = "we're a bakery with a long counter eyeing the lumen 2 group, what does it run?"
    assert "$9,800" in answerer.answer(story).text
    each = "we operate 2 office cafeterias, want a lumen 3 group in each, what would that come to?"
    assert "$26,800" in answerer.answer(each).text
    assert "$19,600" in answerer.answer("2x lumen 2 group for 2 kiosks, total before tax?").text
