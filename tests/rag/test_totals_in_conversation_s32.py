"""Totals asked inside a conversation (session 32, issue 23 items 6 and 7): the places the
visitor counts ("for 2 shops", "all 4") multiply a monthly plan as that many sites, never as
that many months; a plan asked to suit the visitor's places ("what plan makes sense for us")
is the one made for their count; every sum shows its parts."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.understanding.per_site import asks_fitting, sites_asked

_PLANS = ["Multi-site plan", "Essential plan"]


def test_places_counted_after_for_are_sites_asked() -> None:
    """ "for 3 kiosks", "for both cafés", "across our two locations" count places; a length of
    time, people, or places told without "for" do not."""
    assert sites_asked("what would it be for 3 kiosks a month") == 3
    assert sites_asked("same thing for both cafés?") == 2
    assert sites_asked("and across our two locations") == 2
    assert sites_asked("how much for 2 weeks") is None
    assert sites_asked("is it for 5 people") is None
    assert sites_asked("we run 3 cafés downtown") is None


def test_a_monthly_plan_for_counted_shops_is_sites_not_months(answerer: Answerer) -> None:
    """ "monthly for our 3 shops on the essential?" after the plans: 3 x $49 = $147 a month,
    said per site, never "3 months of"."""
    said = answerer.answer(
        "and monthly for our 3 shops on the essential?", recent=["Pro plan"], details={}
    ).text
    assert "3 x $49 per month = $147 a month" in said
    assert "months of" not in said


def test_a_member_named_in_short_is_the_one_counted(answerer: Answerer) -> None:
    """ "the total for 2 kiosks on Pro" after the Multi-site and Essential plans counts the
    Pro plan (2 x $99 = $198), not the two plans discussed."""
    said = answerer.answer(
        "ok what's the monthly total for 2 kiosks on Pro?", recent=_PLANS, details={"locations": 2}
    )
    assert "$198" in said.text
    assert said.entities == ["Pro plan"]


def test_all_of_the_told_sites_count_the_plan_discussed(answerer: Answerer) -> None:
    """ "for all 5 whats that monthly" after the Pro plan, from 5 cafés: 5 sites x $99."""
    said = answerer.answer(
        "for all 5 whats that monthly", recent=["Pro plan"], details={"locations": 5}
    ).text
    assert "5 x $99 per month = $495 a month" in said
    assert "months of" not in said


def test_a_term_in_months_is_still_months(answerer: Answerer) -> None:
    """Negative: "a year of the essential plan" counts months, as before (12 x $49 = $588)."""
    said = answerer.answer("how much is a year of the essential plan?").text
    assert "$588" in said


def test_a_per_person_price_is_not_counted_by_places(answerer: Answerer) -> None:
    """Negative: "the online course for both cafés" is no 2 x $120: a price per staff member
    is not one per site."""
    said = answerer.answer("price of the online course for both cafés?").text
    assert "$240" not in said


def test_which_plan_makes_sense_for_the_told_places() -> None:
    """ "what plan makes sense for us" and "which one makes sense" ask what suits the places;
    "that makes me nervous" does not."""
    assert asks_fitting("what maintenance plan makes sense for us")
    assert asks_fitting("which one makes sense")
    assert not asks_fitting("that makes me nervous")


def test_the_plan_that_makes_sense_for_four_cafes(answerer: Answerer) -> None:
    """ "which maintenance plan makes sense for us" from 4 cafés: the Multi-site plan (3 or
    more locations), 4 x $79 = $316 a month, its parts shown."""
    said = answerer.answer(
        "which maintenance plan makes sense for us", details={"locations": 4}
    ).text
    assert "Multi-site plan" in said
    assert "4 x $79" in said
    assert "$316" in said


def test_the_plan_that_makes_sense_for_one_cafe_is_no_multi_site(answerer: Answerer) -> None:
    """Negative: the same ask from one café does not pick the Multi-site plan's sum."""
    said = answerer.answer(
        "which maintenance plan makes sense for us", details={"locations": 1}
    ).text
    assert "$316" not in said
    assert " x $79" not in said
