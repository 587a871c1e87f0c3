"""A quantity per period against a rule's threshold in other units, and the volume discount."""

from __future__ import annotations

from shared.rag.rates import Rate, against, converted, rule_rate, stated_rate
from shared.rag.rules import discount

from .test_rules import _facts


def test_a_rate_is_read_with_its_unit_and_period() -> None:
    """ "60 kg a week" and "20 lb of foundry a week" are rates; "20 lb" alone is not."""
    assert stated_rate("we use about 60 kg a week") == Rate(60, "kg", "week")
    assert stated_rate("we go through 20 lb of foundry a week") == Rate(20, "lb", "week")
    assert stated_rate("20 lb of foundry") is None


def test_a_rules_threshold_is_read() -> None:
    """ "150 lb or more per month" is a threshold of 150 lb a month."""
    assert rule_rate("possible once you order 150 lb or more per month.") == Rate(
        150, "lb", "month"
    )


def test_kilograms_a_week_convert_to_pounds_a_month() -> None:
    """60 kg a week is 132 lb a week, about 573 lb a month, each step derived."""
    same, steps, derived = converted(Rate(60, "kg", "week"), "lb", "month")
    assert round(same.amount) == 573
    assert steps[0].startswith("60 kg x 2.2046 = 132 lb")
    assert [d.result for d in derived] == ["132", "573"]


def test_a_rate_over_the_threshold_meets_it() -> None:
    """60 kg a week meets 150 lb a month: the reply says yes."""
    said, _ = against(Rate(60, "kg", "week"), Rate(150, "lb", "month"))
    assert "so yes, that meets the 150 lb a month" in said


def test_a_weekly_rate_under_a_monthly_threshold_does_not() -> None:
    """20 lb a week is about 87 lb a month, under 100 lb a month."""
    said, _ = against(Rate(20, "lb", "week"), Rate(100, "lb", "month"))
    assert "about 87 lb a month" in said
    assert "so no" in said


def test_the_discount_counts_a_weekly_quantity_per_month() -> None:
    """30 lb a week (about 130 lb a month) meets the 100 lb threshold: 10% off $345."""
    ruled = discount(
        "we use 30 lb of foundry a week, price with the discount?", 30, "lb", 345, _facts()
    )
    assert ruled is not None
    assert "$310.50 a week" in ruled.text


def test_under_the_threshold_a_discount_question_gets_the_rule() -> None:
    """20 lb a week asked about the discount gets the rule sentence, not a discounted sum."""
    text = "we go through 20 lb a week of foundry, do we get the volume discount?"
    ruled = discount(text, 20, "lb", 230, _facts())
    assert ruled is not None
    assert "100 lb or more per month" in ruled.text
    assert ruled.derived == []
    assert discount("20 lb a week of foundry, price?", 20, "lb", 230, _facts()) is None
