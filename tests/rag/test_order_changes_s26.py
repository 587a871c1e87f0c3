"""One reader of an order changed (``shared.understanding.revisions``: items dropped, added, one
of several swapped) and one place applying it (``shared.rag.order``), used both by a total
asked with the change and by a revision of the sum just made: every drop word works on both
paths ("ditch" used to be read only by the order, "scrap", "lose", "cut" only by revisions),
and an item added with its count is counted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shared.catalog import catalog_from_folder
from shared.rag.order import decode, order_for
from shared.understanding.revisions import adds, dropped_word, drops

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")
ORDER = decode(CATALOG, ["Lumen 2-Group=1", "Atlas 75=1", "Clarity Water Filtration=1"])


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("ditch the clarity", "clarity"),
        ("ok lose that grinder, whats it come to", "grinder"),
        ("Scrap the filter. New total?", "filter"),
        ("cut our atlas", "atlas"),
        ("leave off the brewer pls", "brewer"),
    ],
)
def test_a_drop_and_the_word_it_is_said_of_are_read(said: str, word: str) -> None:
    """Each drop word, with the word after it (its article left out)."""
    assert drops(said)
    assert dropped_word(said) == word


@pytest.mark.parametrize(
    "said", ["what if i add the atlas 64", "plus the water filter", "throw in a clarity"]
)
def test_an_addition_is_read(said: str) -> None:
    assert adds(said)


def test_no_drop_or_addition_without_its_words() -> None:
    """A plain total names no change."""
    assert not drops("lumen 2 group and atlas 75, total?")
    assert not adds("lumen 2 group and atlas 75, total?")


@pytest.mark.parametrize(
    "said",
    [
        "lose the clarity, new total?",
        "ok cut the filter, whats the total",
        "ditch the Clarity. total?",
    ],
)
def test_every_drop_word_takes_the_item_out_of_the_order(said: str) -> None:
    """The order the answerer totals: the Clarity gone, by name or by its kind in short."""
    left = [e.name for e, _ in order_for(CATALOG, said, ORDER)]
    assert left == ["Lumen 2-Group", "Atlas 75"]


def test_a_drop_that_would_leave_nothing_changes_nothing() -> None:
    """Dropping every item is no order left to total: the items named are the order."""
    one = decode(CATALOG, ["Atlas 75=1"])
    assert [e.name for e, _ in order_for(CATALOG, "drop the atlas 75", one)] == ["Atlas 75"]


def test_a_revision_drops_with_every_drop_word(follow: Callable[..., str]) -> None:
    """ "ditch the Atlas 75" after the three items is $10,440 (9,800 + 640), said first."""
    reply = follow(
        "Lumen 2-Group plus Atlas 75 plus the Clarity, total?",
        "ditch the Atlas 75, what's the total now?",
    )
    assert reply.startswith("Without the Atlas 75")
    assert "$10,440" in reply


def test_an_item_added_with_its_count_is_counted(follow: Callable[..., str]) -> None:
    """ "add 2 atlas 64s" to a Pico asked of leasing: $3,900 + 2 x $1,350 = $6,600."""
    reply = follow("can I lease just a Pico?", "what if I add 2 Atlas 64s to it?")
    assert "$6,600" in reply
