"""A threshold asked as the amount to reach before something (set AJ: "how much coffee per month
b4 we can get a house blend w/ our name on it"): "how much X before Y" asks a quantity, not a
price, so the sentence stating the threshold (150 lb a month) answers it instead of the
don't-know a price question without a price in its answer gets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.understanding.asked import asks_price


@pytest.mark.parametrize(
    "asked",
    [
        "how much coffee a month before you'd roast a blend just for us",
        "how many pounds per month until we can have our own custom blend",
        "how much beans before shipping is free",
        "how much coffee per week do we need to order before we get a discount",
    ],
)
def test_an_amount_before_something_is_no_price(asked: str) -> None:
    """The noun after "how much" and the "before"/"until" make it a threshold."""
    assert not asks_price(asked)


@pytest.mark.parametrize(
    "asked",
    [
        "how much is it before tax",
        "how much does the lumen cost before delivery",
        "how much money before we can lease",
        "how much per lb for the harbor",
    ],
)
def test_a_price_before_something_stays_a_price(asked: str) -> None:
    """Negative: a verb or "money" after "how much" still asks what it costs."""
    assert asks_price(asked)


@pytest.mark.parametrize(
    "asked",
    [
        "how much coffee per month before u guys do a house blend with our name on it",
        "how many lbs a month until you'd make us our own blend",
    ],
)
def test_the_custom_blend_threshold_answers(follow: Callable[..., str], asked: str) -> None:
    """The custom blend's 150 lb a month is the answer."""
    assert "150 lb" in follow(asked)
