"""Classes of issue 22 from the hedgers and negators (set V): a count taken back with a "no"
between the correction's cue and the new number, and a date that is when a site closed or was
sold, not when one opens. Phrasings of our own, with near misses."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.corrections import corrected_count
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "stored", "expected"),
    [
        ("hang on, sorry no, 4. the kiosk counts", {"locations": 5}, {"locations": 4}),
        ("oops no - two, we sold the bakery", {"locations": 3}, {"locations": 2}),
        ("actually no. 6.", {"locations": 5}, {"locations": 6}),
        # a number inside a phrase after the "no" is no count
        ("sorry no 2 of them are drive-thrus", {"locations": 3}, {}),
        ("actually no, it's 4 shops and a van", {"locations": 3}, {}),
        # far from the stored count: something else is revised
        ("wait no, 400", {"locations": 3}, {}),
    ],
)
def test_a_no_between_the_cue_and_the_count_still_corrects_it(
    text: str, stored: dict[str, object], expected: dict[str, object]
) -> None:
    """ "wait, no. 2" gives the count that replaces the stored one, as "wait, 2" does; the
    number must still stand alone and be near the stored count."""
    assert corrected_count(text, stored) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no, one fewer, the harbour shop closed in october",
        "our first kiosk shut down in may",
        "we sold the downtown unit in february",
    ],
)
def test_a_closure_date_is_no_opening(text: str) -> None:
    """The month a site closed or was sold is history, not the date of an opening."""
    assert read_timeline(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("the old unit closed in may but the new one opens in july", "july"),
        ("we're closed until april for the refit, want it in before", "april"),
        ("we plan to open in march", "march"),
    ],
)
def test_an_opening_beside_a_closure_is_still_read(text: str, wanted: str) -> None:
    """A closure to come (a refit) or an opening after the closure still dates the plan."""
    found = read_timeline(text, TODAY)
    assert found is not None
    assert wanted in found.lower()


async def test_a_site_count_taken_back_with_no_is_replaced(brain: LocalBrain) -> None:
    """Four shops said, then "sorry, no. 3, ... closed in june" ends with three sites and no
    opening date taken from the closure."""
    state = await play(
        brain,
        [
            "we run 4 coffee shops and want a service contract",
            "sorry, no. 3. the one by the station closed in june",
        ],
    )
    assert state.collected.get("locations") == 3
    assert "opening_timeline" not in state.collected


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("no purchase planned, I'm writing an essay about direct trade", "casual_browser"),
        ("doing a short paper on coffee co-ops for my sociology class", "casual_browser"),
        ("researching an article into how roasters price beans", "casual_browser"),
        # a business named beside the writing keeps its type
        ("we run two cafes and I'm writing an essay about our roasting", "existing_cafe"),
    ],
)
def test_writing_about_the_trade_is_no_business(text: str, wanted: str) -> None:
    """Someone writing a paper, essay or article about coffee is browsing, unless a business
    of their own is named too."""
    found = visitor_type(text)
    assert found is not None
    assert found.value == wanted
