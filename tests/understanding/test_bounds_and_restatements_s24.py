"""Classes of issue 22 from the hedgers and negators (set V): a timeline stated by its bound
("not before april"), a vaguer date said later in passing that must not replace a precise one,
an amount restated as a figure ("a few hundred lb a month, call it 200"), and numbers that
bound a range or a time that are no count of sites. Phrasings of our own, with near misses."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.timeline import precision, read_timeline
from tests.understanding.playing import play

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("opening in the spring, not before april for sure", "not before april"),
        ("new place, opening not before november", "not before november"),
        ("no earlier than march for the opening", "no earlier than march"),
        ("we open not until june", "not until june"),
        ("we want to open by april at the latest", "by april at the latest"),
        ("opening june at the earliest", "june at the earliest"),
    ],
)
def test_a_bound_on_the_opening_date_is_the_timeline(text: str, stored: str) -> None:
    """A bound ("not before", "no earlier than", "at the latest") is kept with its month: the
    most precise part of a hedged date, and "before april" alone would say the opposite."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        # a date said not to be the opening's is no date; "not until" is a bound, not a denial
        ("we're not opening in april, more like june", "june"),
        ("we're not opening until april", "april"),
        # an amount timed by a month is no opening date
        ("maybe 40 cups a day in term time, practically none in july", None),
        ("we get busier in december", None),
    ],
)
def test_a_denied_or_quantified_month_is_no_opening(text: str, stored: str | None) -> None:
    """ "not opening in april" and "none in july" do not date the opening."""
    assert read_timeline(text, TODAY) == stored


def test_precision_orders_months_before_terms_and_seasons_before_soon() -> None:
    """A month or a day is more precise than a school term or a season, those than "soon"; a
    stored value that reads as no date ranks last; every way of naming a month ranks alike."""
    ranked = ["not before november", "once term starts", "soon", "tbd"]
    assert [precision(v) for v in ranked] == sorted(precision(v) for v in ranked)
    assert len({precision(v) for v in ranked}) == len(ranked)
    months = ["sept", "the middle of May", "before christmas (December 2026)", "on 14/06"]
    assert {precision(v) for v in months} == {precision("in march")}
    assert precision("in the spring") == precision("once term starts")


async def test_a_vaguer_date_in_passing_keeps_the_precise_one(brain: LocalBrain) -> None:
    """ "opening not before november", then "400 to 500 drinks a day once term starts": the
    term is the volume's condition, and the stored month stays."""
    state = await play(
        brain,
        [
            "new place, opening not before november. we're paying outright",
            "we're guessing 400 to 500 drinks a day once term starts",
        ],
    )
    assert state.collected.get("opening_timeline") == "not before november"
    assert "400" in str(state.collected.get("expected_volume"))


async def test_a_more_precise_or_corrected_date_replaces_the_stored_one(brain: LocalBrain) -> None:
    """A month after a season replaces it; a correction replaces even with a vaguer date."""
    refined = await play(
        brain, ["we're opening a new cafe next spring", "we want to open in April"]
    )
    assert "april" in str(refined.collected.get("opening_timeline")).lower()
    corrected = await play(
        brain,
        ["we're opening a new cafe in march", "actually no, we'll be opening in the summer"],
    )
    assert "summer" in str(corrected.collected.get("opening_timeline")).lower()


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("a few hundred lb a month, call it 200", "about 200 lb a month"),
        ("150 to 200 cups a day, say 180", "about 180 cups a day"),
        ("hundreds of drinks a day, so ~300", "~300 drinks a day"),
        # a figure that does not fit the amount restates nothing
        ("about 100 lb a month, call it 20", "about 100 lb a month"),
        ("a few hundred lb a month, call it 5000", "a few hundred lb a month"),
        # a figure with words of its own is a part, not the whole
        ("if we go up to 80 lb, say 50 foundry and 30 decaf", "up to 80 lb"),
    ],
)
def test_an_amount_restated_as_a_figure_stores_the_figure(text: str, stored: str) -> None:
    """ "call it 200", "say 180", "so ~300" after an amount give the figure sales works with,
    when it fits the amount and stands alone."""
    assert find_volume(text, False) == stored


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("something not too dark. a few hundred lb a month, call it 200", None),
        ("we do maybe 150 cups between 6 and 10", None),
        ("2 or 3", None),
        ("we're open until 8", None),
        ("3", 3),
        ("we have 4", 4),
    ],
)
def test_a_number_of_a_volume_a_range_or_a_time_is_no_site_count(
    text: str, count: int | None
) -> None:
    """Asked for the sites, a figure restating a volume, a range's bound or a clock time is
    no count; a lone number still is."""
    assert find_locations(text, True) == count


def test_drip_wanted_in_volume_is_the_batch_brewer() -> None:
    """ "just good drip in volume" asks for what makes drip by the quantity: the batch brewer."""
    found = business_fields("dont need espresso really, just good drip in volume", None, False)
    assert "batchpro" in str(found.get("equipment_needs")).lower()


def test_an_understated_complaint_is_a_pain() -> None:
    """ "the staff are, let's say, not thrilled" complains as "unhappy" does."""
    found = business_fields("the staff are, let's say, not thrilled with the coffee", None, False)
    assert "not thrilled" in str(found.get("pain_points"))
