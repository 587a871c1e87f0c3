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


def test_a_bare_count_on_the_named_course_counts_its_staff(answerer: Answerer) -> None:
    """ "the total for 9 on the online course?" after both courses: 9 x $120 = $1,080."""
    said = answerer.answer(
        "the total for 9 on the online course?",
        recent=["Two-day on-site course", "Online barista course"],
    ).text
    assert "9 x $120" in said
    assert "$1,080" in said


def test_a_count_in_the_morning_is_no_unit_of_a_one_off_price(answerer: Answerer) -> None:
    """Negative: "is the lumen 2 group fine for 2 in the kitchen" counts no Lumen."""
    said = answerer.answer("is the lumen 2 group fine for 2 in the kitchen").text
    assert "$19,600" not in said


def test_the_visitors_product_of_a_price_counts_its_item(answerer: Answerer) -> None:
    """ "so 5 x 79, what's that monthly? and is Harbor in the discount?" after the plans: the
    $79 Multi-site plan for 5 locations, $395 a month, the parts shown."""
    said = answerer.answer(
        "so 5 x 79, what's that monthly? and is Harbor in the discount?",
        recent=["Essential plan", "Multi-site plan"],
        details={"locations": 5},
    ).text
    assert "5 x $79" in said
    assert "$395" in said


def test_a_product_of_no_price_discussed_counts_nothing(answerer: Answerer) -> None:
    """Negative: "so 5 x 80, what's that monthly?" matches no plan's price: no sum of 5."""
    said = answerer.answer(
        "so 5 x 80, what's that monthly?", recent=["Essential plan", "Multi-site plan"]
    ).text
    assert "$395" not in said
    assert "$400" not in said


def test_a_count_of_a_monthly_plan_asked_a_month_is_no_term(answerer: Answerer) -> None:
    """ "so 2 x $49, what does that come to a month?" of the Essential plan: 2 x $49 = $98 a
    month, not "2 months of"."""
    said = answerer.answer(
        "so 2 x $49, what does that come to a month?", recent=["Essential plan"]
    ).text
    assert "$98 a month" in said
    assert "months of" not in said


def test_a_total_of_the_items_discussed_in_one_part_of_several(answerer: Answerer) -> None:
    """ "warranty on the atlas 75? and the total for all three?" after the Lumen 2-Group, the
    Atlas 75 and the BatchPro 2: their sum ($9,800 + $2,450 + $1,980 = $14,230)."""
    said = answerer.answer(
        "warranty on the atlas 75? and the total for all three?",
        recent=["Lumen 2-Group", "Atlas 75", "BatchPro 2"],
    ).text
    assert "$14,230" in said


def test_a_total_of_two_after_three_items_asks_no_sum(answerer: Answerer) -> None:
    """Negative: "warranty on the atlas 75? and the total for the two?" after three items
    sums none of them (which two is not said)."""
    said = answerer.answer(
        "warranty on the atlas 75? and the total for the two?",
        recent=["Lumen 2-Group", "Atlas 75", "BatchPro 2"],
    ).text
    assert "$14,230" not in said


def test_an_item_paired_by_its_rank_is_added_to_the_total(answerer: Answerer) -> None:
    """ "we'd pair it with the bigger grinder, total for both?" after the Pico: the Pico and
    the Atlas 75, $3,900 + $2,450 = $6,350."""
    said = answerer.answer(
        "we'd pair it with the bigger grinder, total for both?",
        recent=["Pico 1-Group"],
        order=["Pico 1-Group=1"],
    ).text
    assert "$6,350" in said


def test_a_ranked_item_asked_alone_is_no_total(answerer: Answerer) -> None:
    """Negative: "how much is the bigger grinder?" after the Pico adds nothing to it."""
    said = answerer.answer(
        "how much is the bigger grinder?", recent=["Pico 1-Group"], order=["Pico 1-Group=1"]
    ).text
    assert "$6,350" not in said


def test_an_item_discussed_joined_by_a_word_of_its_name(answerer: Answerer) -> None:
    """ "the pico plus the consulting, all in?" after the launch consulting: the Pico and the
    consulting, $3,900 + $2,500 = $6,400, each part shown."""
    said = answerer.answer(
        "the pico plus the consulting, total?",
        recent=["Café Launch Consulting"],
        order=["Café Launch Consulting=1"],
    ).text
    assert "$6,400" in said
    assert "$2,500" in said


def test_a_word_joined_that_names_no_item_discussed_adds_nothing(answerer: Answerer) -> None:
    """Negative: "the pico plus a grinder, total?" after the launch consulting does not add
    the consulting ($3,900 + $2,500 is not asked)."""
    said = answerer.answer(
        "the pico plus a grinder, total?",
        recent=["Café Launch Consulting"],
        order=["Café Launch Consulting=1"],
    ).text
    assert "$6,400" not in said


def test_a_price_per_pound_for_the_shops_counts_no_plan(answerer: Answerer) -> None:
    """Negative: "your decaf for all three shops, what's the per pound?" after the Multi-site
    plan works out no plan for 3 sites."""
    said = answerer.answer(
        "we'd also want your decaf for all three shops, what's the per pound on that?",
        recent=["Multi-site plan"],
        details={"locations": 3},
        order=["Multi-site plan=1"],
    ).text
    assert "$237" not in said


def test_a_year_of_a_plan_for_counted_shops(answerer: Answerer) -> None:
    """ "pro plan for 3 shops, cost per year?": 3 x $99 = $297 a month, $297 x 12 = $3,564,
    never "3 months of"."""
    said = answerer.answer("pro plan for 3 shops, cost per year?").text
    assert "$297 x 12 = $3,564" in said
    assert "months of" not in said
