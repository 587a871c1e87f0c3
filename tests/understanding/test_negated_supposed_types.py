"""The visitor type from what visitors say they are and are not (issue 22, set V): a running
business's evidence in a clause about something else, an opening only supposed beside it, a
business with no hot drinks adding coffee, and a relative's venue. Our own words, not the
set's, each class beside look-alikes it must not read."""

from __future__ import annotations

import pytest

from shared.conversation.state import CustomerType
from shared.understanding.entities.business import read_business
from shared.understanding.fuzzy import normalise
from tests.understanding.playing import EXISTING, NEW, typed

# (message, the type it states, or None where it must state neither NEW nor EXISTING)
CASES = [
    # no service plan, an old or current machine of ours: gear run today, whatever the clause
    # around it negates or supposes
    ("how long would a repair take if the machine died on a sunday? we aren't on a plan", EXISTING),
    ("purely hypothetical, but we're not on any service plan right now", EXISTING),
    ("if we upgraded, would our current grinder be worth anything as a trade-in", EXISTING),
    ("not buying today. does our old espresso machine have any value to you", EXISTING),
    ("i'm not on a plan, what does a call-out cost", None),  # one person, maybe at home
    ("what plans do you have for machines", None),
    ("our old machine at home finally died", None),
    ("my old grinder was a cheap blade one", None),
    # an opening only supposed does not outweigh a running business stated beside it
    ("we run 3 cafes, not counting the one we might open next spring", EXISTING),
    ("we run two coffee carts. if we ever open a shop it won't be before 2028", EXISTING),
    ("we have a bakery downtown and maybe open a second one next year", EXISTING),
    # ... and alone it is still an opening
    ("we might open a cafe next spring", NEW),
    ("thinking of opening a coffee cart in may", NEW),
    ("if we open the kiosk in march we'll need a grinder", NEW),
    ("we have a juice bar and are thinking of adding coffee", NEW),  # coffee started, supposed
    # no hot drinks at all: coffee added is a new coffee programme (not at home)
    ("we don't serve hot drinks at all, but guests want iced coffee so we're adding it", NEW),
    ("we never do hot beverages, thinking about cold brew on tap", NEW),
    ("we don't do hot drinks at home, just cold brew in summer", None),
    # a relative's or a friend's venue is not the visitor's; the visitor's own still is
    ("forget the machine, my brother's cafe is closing and he's giving us his", None),
    ("my friend's coffee shop uses your beans and loves them", None),
    ("our neighbour's bakery recommended you", None),
    ("our old cafe on main street needs a new grinder", EXISTING),
]


@pytest.mark.parametrize(("message", "expected"), CASES)
def test_the_type_from_what_is_said_and_not(message: str, expected: CustomerType | None) -> None:
    if expected is None:
        assert typed(message) not in (NEW, EXISTING)
    else:
        assert typed(message) is expected


@pytest.mark.parametrize(
    ("message", "phase"),
    [("my sister's old cafe is closing", None), ("my little cafe is busy", "existing")],
)
def test_the_venue_grammar_reads_only_the_visitors_own_venue(message: str, phase: str) -> None:
    assert read_business(normalise(message)).phase == phase
