"""The deal value estimate: a low-high range from the knowledge base's prices and the needs.

Line items: equipment named (a model, or a generic need priced across the models that meet it),
coffee for a year from the volume (cups per day converted at :data:`pricing.LB_PER_CUP`),
maintenance plans per location for existing cafés, and launch consulting when asked about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shared.conversation.state import ConversationState, CustomerType, Message
from shared.leads import pricing, transcript
from shared.leads.models import Estimate, LineItem

_PER = r"\s*(?:a|an|per|each|every|/)\s*"
_CUPS = re.compile(r"(\d[\d,]*)\s*(?:cups?|drinks?|coffees?|shots?)?" + _PER + r"(day|week|month)")
_POUNDS = re.compile(r"(\d[\d,]*)\s*(?:lbs?|pounds?)" + _PER + r"(day|week|month)")
_DAYS = {"day": 1, "week": 7, "month": pricing.DAYS_PER_MONTH}
_BLEND_WORDS = {
    "Foundry Espresso": ("foundry",),
    "Riverbend Organic": ("riverbend", "organic"),
    "Night Shift Decaf": ("night shift", "decaf"),
    "Sunrise Single Origin": ("sunrise", "single origin", "yirgacheffe"),
    "Harbor Cold Brew Blend": ("harbor", "cold brew"),
}
_CONSULTING = ("consulting", "consultant", "launch support", "menu design", "workflow layout")
_MAINTENANCE = ("maintenance", "service plan", "repairs", "preventive")


def _normal(text: str) -> str:
    return re.sub(r"[-_]", " ", text.lower())


def _has(text: str, alias: str) -> bool:
    return re.search(r"\b" + re.escape(alias) + r"s?\b", text) is not None


def _needs_text(state: ConversationState, messages: Sequence[Message]) -> str:
    """Where needs are described: the collected fields, else the visitor's messages."""
    fields = ("equipment_needs", "coffee_preferences", "expected_volume", "support_needs")
    collected = " ".join(str(state.collected.get(f, "")) for f in fields).strip()
    return _normal(collected or transcript.visitor_text(messages))


def equipment_items(text: str) -> list[LineItem]:
    """Each model named, else each generic need, priced from the knowledge base."""
    items = [
        LineItem(
            item=p.name,
            quantity=1,
            unit="each",
            low=p.price,
            high=p.price,
            basis="named model, list price",
        )
        for p in pricing.EQUIPMENT
        if any(_has(text, a) for a in p.aliases)
    ]
    named = " ".join(i.item.lower() for i in items)
    for need, (low, high, aliases) in pricing.GENERIC_EQUIPMENT.items():
        kind = need.split()[-1]
        if kind not in named and any(_has(text, a) for a in aliases):
            items.append(
                LineItem(
                    item=need,
                    quantity=1,
                    unit="each",
                    low=low,
                    high=high,
                    basis="generic need, range of the matching models",
                )
            )
    return items


def pounds_per_month(text: str) -> tuple[float, str] | None:
    """Coffee per month in lb, and how it was derived, from a stated volume."""
    pounds = _POUNDS.search(text)
    if pounds:
        amount = float(pounds.group(1).replace(",", ""))
        per_month = amount * pricing.DAYS_PER_MONTH / _DAYS[pounds.group(2)]
        return per_month, f"{pounds.group(0).strip()} stated"
    cups = _CUPS.search(text)
    if cups:
        amount = float(cups.group(1).replace(",", ""))
        per_day = amount / _DAYS[cups.group(2)]
        per_month = per_day * pricing.LB_PER_CUP * pricing.DAYS_PER_MONTH
        basis = (
            f"{per_day:g} cups/day x {pricing.LB_PER_CUP} lb/cup x {pricing.DAYS_PER_MONTH} days"
        )
        return per_month, basis
    return None


def blend_prices(text: str) -> tuple[float, float, str]:
    """The per-lb price range of the blends mentioned, else of all blends."""
    named = [b for b, words in _BLEND_WORDS.items() if any(_has(text, w) for w in words)]
    prices = [pricing.BLENDS[b] for b in named] or list(pricing.BLENDS.values())
    label = ", ".join(named) if named else "any blend"
    return min(prices), max(prices), label


def coffee_item(text: str) -> LineItem | None:
    """A year of coffee at the stated volume, with the volume discount where it applies."""
    volume = pounds_per_month(text)
    if volume is None:
        return None
    lb, basis = volume
    low, high, label = blend_prices(text)
    discount = 1 - pricing.VOLUME_DISCOUNT if lb >= pricing.VOLUME_DISCOUNT_LB_PER_MONTH else 1
    months = pricing.MONTHS_ESTIMATED
    note = ", 10% volume discount" if discount < 1 else ""
    return LineItem(
        item=f"coffee ({label}) for {months} months",
        quantity=round(lb * months, 1),
        unit="lb",
        low=round(lb * months * low * discount, 2),
        high=round(lb * months * high * discount, 2),
        basis=f"{lb:.1f} lb/month ({basis}){note}",
    )


def _locations(state: ConversationState) -> int:
    value = state.collected.get("locations")
    return value if isinstance(value, int) and 0 < value < 1000 else 1


def service_item(state: ConversationState, text: str) -> LineItem | None:
    """Maintenance plans for a year: multi-site from three locations, else Essential to Pro."""
    existing = state.customer_type is CustomerType.EXISTING_CAFE
    if not existing and not any(_has(text, w) for w in _MAINTENANCE):
        return None
    count = _locations(state)
    months = pricing.MONTHS_ESTIMATED
    if count >= pricing.MULTI_SITE_MIN_LOCATIONS:
        total = pricing.MULTI_SITE_PLAN * count * months
        return LineItem(
            item="Multi-site maintenance plan",
            quantity=count,
            unit="locations",
            low=total,
            high=total,
            basis=f"$79/location/month x {months} months",
        )
    return LineItem(
        item="maintenance plan (Essential to Pro)",
        quantity=count,
        unit="locations",
        low=pricing.ESSENTIAL_PLAN * count * months,
        high=pricing.PRO_PLAN * count * months,
        basis=f"$49-$99/location/month x {months} months",
    )


def consulting_item(state: ConversationState, text: str) -> LineItem | None:
    """Café launch consulting, for new cafés that asked about it."""
    if state.customer_type is not CustomerType.NEW_CAFE:
        return None
    if not any(_has(text, w) for w in _CONSULTING):
        return None
    fee = pricing.LAUNCH_CONSULTING
    return LineItem(
        item="café launch consulting",
        quantity=1,
        unit="flat fee",
        low=fee,
        high=fee,
        basis="flat fee",
    )


def estimate(state: ConversationState, messages: Sequence[Message]) -> Estimate:
    """The deal value range and the line items it assumed."""
    text = _needs_text(state, messages)
    everything = _normal(transcript.visitor_text(messages)) + "\n" + text
    items = [
        *equipment_items(text),
        *(
            i
            for i in (
                coffee_item(text),
                service_item(state, everything),
                consulting_item(state, everything),
            )
            if i is not None
        ),
    ]
    assumptions = [f"{i.item}: {i.basis}" for i in items] or ["no priced needs mentioned yet"]
    return Estimate(
        low=round(sum(i.low for i in items), 2),
        high=round(sum(i.high for i in items), 2),
        line_items=items,
        assumptions=assumptions,
    )
