"""How much coffee a visitor will use, in lb per day, from the rate they stated (pure).

The rate is read by :func:`shared.understanding.entities.counts.daily_rate` (pounds, kilos or
drinks per period); here it is converted with the price book's planning figures.
"""

from __future__ import annotations

from shared.understanding.entities.counts import daily_rate


def daily_volume(
    text: str, grams_per_drink: float, grams_per_lb: float
) -> tuple[float, str] | None:
    """Coffee per day in lb and how it was derived, from stated pounds, kilos or drinks."""
    rate = daily_rate(text)
    if rate is None:
        return None
    if rate.unit == "lb":
        return rate.amount, f"{rate.amount:g} lb/day stated"
    if rate.unit == "kg":
        return rate.amount * (1000 / grams_per_lb), f"{rate.amount:g} kg/day stated"
    lb = rate.amount * grams_per_drink / grams_per_lb
    return lb, f"{rate.amount:g} drinks/day x {grams_per_drink:g} g/drink / {grams_per_lb:g} g/lb"
