"""Totals of set AI's fragments (session 31): a total asked with no count sums the one item
discussed priced per the unit the visitor counted before ("per month total?" after the plans,
from 4 cafés), a period's cost asked for a count ("monthly for 3?") is a price asked, a topic
put first names the item a count is of even after other items were discussed, and a compound
the knowledge base hyphenates is read when typed solid ("multisite")."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.spelling import Speller
from shared.understanding.asked import asks_price

_PLANS = ["Essential plan", "Pro plan", "Multi-site plan"]


def test_a_total_after_the_plans_counts_the_told_locations(answerer: Answerer) -> None:
    """ "whats the monthly total" after the three plans, from 5 cafés: 5 x $79 = $395."""
    said = answerer.answer("whats the monthly total", recent=_PLANS, details={"locations": 5})
    assert "$395" in said.text


def test_a_total_with_no_told_count_sums_nothing_per_location(answerer: Answerer) -> None:
    """Negative: the same total with no locations told works out no per-location sum."""
    said = answerer.answer("whats the monthly total", recent=_PLANS, details={}).text
    assert "$395" not in said
    assert " x $79" not in said


def test_a_period_for_a_count_asks_the_price() -> None:
    """ "per month for all 4" and "ok. yearly for 6?" ask a price; "open monthly for 3 years"
    and "monthly?" alone do not by this rule."""
    assert asks_price("per month for all 4")
    assert asks_price("ok. yearly for 6?")
    assert not asks_price("we open monthly for 3 years")
    assert not asks_price("monthly?")


def test_a_topic_put_first_is_what_a_count_is_of(answerer: Answerer) -> None:
    """ "multi-site plan. monthly for 4?" after the Essential plan counts the Multi-site plan:
    4 x $79 = $316, not the Essential plan."""
    said = answerer.answer("multi-site plan. monthly for 4?", recent=["Essential plan"]).text
    assert "$316" in said


def test_a_count_after_no_topic_still_points_back(answerer: Answerer) -> None:
    """Negative: "ok. and for 2?" after the Essential plan still leans on the plan discussed
    (no topic of its own takes it over)."""
    said = answerer.answer("ok. and for 2?", recent=["Essential plan"]).text
    assert "Multi-site" not in said


def test_a_solid_compound_reads_as_the_hyphenated_one() -> None:
    """ "multisite" and "pourover" are the knowledge base's "multi-site" and "pour-over";
    a word English knows ("onsite" aside) or the compound itself stay."""
    speller = Speller(["multi-site", "pour-over", "site", "multi"])
    assert speller.correct("multisite plan for pourover") == "multi-site plan for pour-over"
    assert speller.correct("site plan") == "site plan"
