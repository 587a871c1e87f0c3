"""Issue 23 items 6-7 (set Y), the answering side: the last question or sum is done again with
the one input the visitor changed, by the same rules, saying what changed; when which input
changes is unclear, the message is answered as it is. A service asked by its verb ("can you
roast a custom blend") is no attribute asked, so a figure told next meets its minimum."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.rag.matching import done_by_us
from shared.rag.revised import revision

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def test_the_question_is_asked_again_of_the_item_meant(follow: Callable[..., str]) -> None:
    """ "no wait, I meant the decaf" prices the decaf ($13.25), not the Riverbend; "sorry, I
    meant the 2 group, not the 3" after the 3-Group's price gives the 2-Group's ($9,800)."""
    decaf = follow("what's the Riverbend per pound? no wait, I meant the decaf")
    assert "$13.25" in decaf
    assert "$12.75" not in decaf
    two = follow("how much is the lumen 3 group", "sorry, I meant the 2 group, not the 3")
    assert "$9,800" in two


def test_the_order_changed_is_totalled_again(follow: Callable[..., str]) -> None:
    """Dropping the Clarity leaves $12,250; one of two 2-Groups made a 3-Group is $23,200; the
    Atlas 64 added to a Pico asked of leasing makes $5,250, which can be leased."""
    dropped = follow(
        "Lumen 2-Group plus Atlas 75 plus the Clarity, total?",
        "drop the Clarity, what's the total now?",
    )
    assert "$12,250" in dropped
    assert dropped.startswith("Without the Clarity")
    swapped = follow(
        "two Lumen 2-Groups for our two shops, what's the total?",
        "hmm, make one of them a 3-group",
    )
    assert "$23,200" in swapped
    added = follow("can I lease just a Pico?", "what if I add the Atlas 64 to it?")
    assert "$5,250" in added


def test_the_figure_changed_is_worked_out_again(follow: Callable[..., str]) -> None:
    """14 staff instead of 10 is $1,680; 120 lb instead of 80 passes the 100 lb discount
    ($1,242); 5 sites instead of 4 is $395; a trade-in on $11,000 is $1,650."""
    staff = follow(
        "the online barista course for 10 staff, how much?",
        "make that 14, we hired the evening shift",
    )
    assert "$1,680" in staff
    assert staff.startswith("For 14 instead of 10")
    weight = follow(
        "we'd need 80 lb of Foundry a month, what does that cost?",
        "hmm, with the second shop it's more like 120 lb. new total?",
    )
    assert "$1,242" in weight
    sites = follow(
        "multi-site plan for our 4 cafés, what's the monthly total?",
        "we just signed a fifth lease, redo it for 5",
    )
    assert "$395" in sites
    credit = follow(
        "our old machine cost $12,000 new and still works. what's the trade-in credit toward a"
        " Lumen?",
        "sorry, checked the invoice, it was $11,000",
    )
    assert "$1,650" in credit


def test_the_lease_term_is_the_term_just_quoted(follow: Callable[..., str]) -> None:
    """ "and over how many months is that?" after a lease estimate is its 36 months."""
    term = follow(
        "roughly what per month if we lease a Lumen 2-Group?",
        "and over how many months is that?",
    )
    assert "36 months" in term


def test_an_unclear_change_is_no_revision() -> None:
    """A dropped item not in the order, a swap with two lines it could take from, and a
    computed question with two figures give no revision."""
    order = ["Lumen 2-Group=2", "Atlas 75=2"]
    assert revision(CATALOG, "drop the Clarity, total now?", order, [], "price", None) is None
    swap = "make one of them a 3-group"
    two_lines = ["Lumen 2-Group=2", "Pico 1-Group=2"]
    assert revision(CATALOG, swap, two_lines, [], "price", None) is None
    computed = "10 staff on the online course and 3 on site, how much?"
    assert revision(CATALOG, "make that 14", [], [], "price", computed) is None
    assert revision(CATALOG, "make that 14", [], [], "price", None) is None


def test_a_service_asked_by_its_verb_is_no_attribute_asked(follow: Callable[..., str]) -> None:
    """ "can you roast a custom house blend for us?" asks for the custom blend (not every
    coffee's roast), so "we're at 120 lb a month, is that enough?" meets its 150 lb minimum."""
    assert done_by_us("can you roast a custom house blend for us?") == {"roast"}
    assert done_by_us("do you ship the pico fast?") == set()
    blend = follow("can you roast a custom house blend for us?")
    assert "custom house blend" in blend
    assert "medium-dark" not in blend
    enough = follow(
        "can you roast a custom house blend for us?", "we're at 120 lb a month, is that enough?"
    )
    assert "150 lb" in enough


def test_a_line_of_the_order_is_recounted(follow: Callable[..., str]) -> None:
    """ "make that 3 of the atlas 75" after a three-item total counts 3 Atlas 75s ($17,790);
    "make that 3 of the atlas" (two Atlas models) changes no line."""
    order = "Lumen 2-Group plus Atlas 75 plus the Clarity, total?"
    assert "$17,790" in follow(order, "make that 3 of the atlas 75")
    assert revision(CATALOG, "make that 3 of the atlas", ["Atlas 75=1"], [], "price", None) is None
