"""Classes of issue 22 typed in short bursts (set T's kind of visitor), with phrasings of our
own and near misses the rules must not take."""

from __future__ import annotations

from datetime import date

import pytest

from shared.understanding.corrections import grown_count
from shared.understanding.entities.names import find_name
from shared.understanding.entities.timeline import read_timeline


@pytest.mark.parametrize(
    "text",
    [
        "and the ice machine, the winters are cold as stone here",
        "the beaches are all very sandy here",
        "the old pipes got too rusty here",
        "the view is like crystal here",
    ],
)
def test_a_word_completing_a_phrase_before_here_is_no_name(text: str) -> None:
    assert find_name(text, asked=False, missing=True) is None
    assert find_name(text, asked=True) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("rosa here", "Rosa"),
        ("so rosa here", "Rosa"),
        ("hey, rosa here, quick question", "Rosa"),
        ("Rosa Lind here", "Rosa Lind"),
    ],
)
def test_a_speaker_before_here_is_still_a_name(text: str, wanted: str) -> None:
    assert find_name(text, asked=False, missing=True) == wanted


@pytest.mark.parametrize(
    ("text", "stored", "wanted"),
    [
        ("4 by june, the lease is signed", {"locations": 2}, {"locations": 4}),
        ("so 5 come autumn", {"locations": 3}, {"locations": 5}),
        ("6 by the end of may hopefully", {"locations": 4}, {"locations": 6}),
        ("2 by june", {"locations": 2}, {}),  # no growth
        ("250 by june", {"locations": 2}, {}),  # cups, not sites
        ("4 by june", {}, {}),  # no sites counted yet
        ("we open 4 by june", {"locations": 2}, {}),  # the number does not open the fragment
        ("4 in 2027", {"locations": 2}, {}),  # a year is no date named here
    ],
)
def test_sites_grown_by_a_date_in_a_fragment(
    text: str, stored: dict[str, object], wanted: dict[str, object]
) -> None:
    assert grown_count(text, stored) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("starting a cart at the farmers market, aug", "aug"),
        ("Opening a drive-thru, Oct.", "Oct"),
        ("thanks, jan", None),  # a person greeted
        ("we roast in house, nov and dec are busy", None),  # the month does not close it
        ("opening a stand, sep or oct", None),
    ],
)
def test_a_short_month_closing_a_fragment_after_a_comma(text: str, wanted: str | None) -> None:
    assert read_timeline(text, date(2026, 12, 6)) == wanted
