"""The deal value a salesperson would estimate, line by line, from the catalog's prices.

One-off lines: each piece of equipment with its quantity (a named model at its list price, or a
kind named generically priced across its models), café launch consulting. Recurring lines: the
coffee (daily drinks converted to lb per month, see :mod:`shared.leads.pricing`, priced with the
named blend or the range of all blends, less the wholesale volume discount) and maintenance plans;
each carries its monthly value and its first-year value (12 months). The estimate's ``low`` and
``high`` are the first-year total: one-off plus a year of recurring.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.catalog.words import normalise
from shared.conversation.state import ConversationState, CustomerType, Message
from shared.leads import transcript
from shared.leads.models import Estimate, LineItem
from shared.leads.pricing import (
    DAYS_PER_MONTH,
    GRAMS_PER_DRINK,
    GRAMS_PER_LB,
    MONTHS_FIRST_YEAR,
    PriceBook,
    default_price_book,
)
from shared.leads.quantities import daily_volume
from shared.understanding.entities.counts import kind_quantity, model_counts, names_service
from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS


def _money(value: float) -> str:
    return f"${value:,.2f}".replace(".00", "")


def _needs_text(state: ConversationState, messages: Sequence[Message]) -> str:
    """Where needs are described: the collected fields and the visitor's messages (every item
    named anywhere counts; a quantity named twice counts once, the larger, see
    :func:`equipment_items`)."""
    fields = ("equipment_needs", "coffee_preferences", "expected_volume", "support_needs")
    collected = " ".join(str(state.collected.get(f, "")) for f in fields).strip()
    return normalise(f"{collected}\n{transcript.visitor_text(messages)}".strip())


def _priced(book: PriceBook, name: str) -> bool:
    entity = book.catalog.get(name)
    return entity is not None and entity.price is not None


def equipment_items(text: str, book: PriceBook) -> list[LineItem]:
    """Named models with their quantities, then kinds named only generically."""
    normal = normalise(text)
    named = model_counts(normal, book.catalog, EQUIPMENT_KINDS)
    counts = {n: q for n, q in named.items() if _priced(book, n)}
    items: list[LineItem] = []
    named_kinds: set[str] = set()
    for name, qty in counts.items():
        entity = book.catalog.get(name)
        assert entity is not None
        named_kinds.add(entity.kind)
        price = book.price(entity)
        basis = f"{qty} x {_money(price)} list price ({entity.source})"
        items.append(
            LineItem(
                item=name, quantity=qty, unit="each", low=price * qty, high=price * qty, basis=basis
            )
        )
    for kind in EQUIPMENT_KINDS:
        wanted = kind_quantity(normal, kind) if kind not in named_kinds else None
        span = book.kind_range(kind) if wanted else None
        if wanted and span:
            low, high = span
            basis = f"{wanted} x {_money(low)}-{_money(high)}, the range of the {kind} models"
            items.append(
                LineItem(
                    item=kind,
                    quantity=wanted,
                    unit="each",
                    low=low * wanted,
                    high=high * wanted,
                    basis=basis,
                )
            )
    return items


def coffee_item(text: str, book: PriceBook) -> LineItem | None:
    """The recurring coffee: monthly volume priced per lb, first-year value."""
    volume = daily_volume(text, GRAMS_PER_DRINK, GRAMS_PER_LB)
    blends = book.blends()
    if volume is None or not blends:
        return None
    lb_day, how = volume
    lb_month = lb_day * DAYS_PER_MONTH
    named = [e.name for e in book.catalog.mentioned(text) if e.name in blends]
    prices = [blends[n] for n in named] or list(blends.values())
    label = ", ".join(named) if named else "any blend"
    discount = book.discount
    rate = discount.rate if discount and lb_month >= discount.min_lb_per_month else 0.0
    monthly_low = lb_month * min(prices) * (1 - rate)
    monthly_high = lb_month * max(prices) * (1 - rate)
    terms = f"{_money(min(prices))}-{_money(max(prices))}/lb ({label})"
    if rate:
        terms += (
            f", {rate:.0%} volume discount from {discount.min_lb_per_month:g} lb/month"
            if discount
            else ""
        )
    return LineItem(
        item=f"coffee ({label})",
        quantity=round(lb_month, 1),
        unit="lb/month",
        low=round(monthly_low * MONTHS_FIRST_YEAR, 2),
        high=round(monthly_high * MONTHS_FIRST_YEAR, 2),
        basis=(
            f"{how} x {DAYS_PER_MONTH} days = {lb_month:.1f} lb/month; {terms}; "
            f"first year = {MONTHS_FIRST_YEAR} months"
        ),
        recurring=True,
        monthly_low=round(monthly_low, 2),
        monthly_high=round(monthly_high, 2),
    )


def _locations(state: ConversationState) -> int:
    value = state.collected.get("locations")
    return value if isinstance(value, int) and 0 < value < 1000 else 1


def _plan_line(item: str, count: int, low: float, high: float, basis: str) -> LineItem:
    return LineItem(
        item=item,
        quantity=count,
        unit="locations",
        low=round(low * count * MONTHS_FIRST_YEAR, 2),
        high=round(high * count * MONTHS_FIRST_YEAR, 2),
        basis=f"{basis} x {count} location(s); first year = {MONTHS_FIRST_YEAR} months",
        recurring=True,
        monthly_low=round(low * count, 2),
        monthly_high=round(high * count, 2),
    )


def service_item(state: ConversationState, text: str, book: PriceBook) -> LineItem | None:
    """Maintenance plans: multi-site from its minimum of locations, else Essential to Pro."""
    existing = state.customer_type is CustomerType.EXISTING_CAFE
    if not existing and not names_service(text, "maintenance"):
        return None
    count = _locations(state)
    multi, minimum = book.plan("Multi-site"), book.multi_site_minimum()
    if multi is not None and minimum is not None and count >= minimum:
        price = book.price(multi)
        return _plan_line(multi.name, count, price, price, f"{_money(price)}/location/month")
    essential, pro = book.plan("Essential"), book.plan("Pro")
    if essential is None or pro is None:
        return None
    low, high = book.price(essential), book.price(pro)
    return _plan_line(
        "maintenance plan (Essential to Pro)",
        count,
        low,
        high,
        f"{_money(low)}-{_money(high)}/month",
    )


def consulting_item(state: ConversationState, text: str, book: PriceBook) -> LineItem | None:
    """Café launch consulting, for new cafés that asked about it."""
    offer = book.consulting()
    if state.customer_type is not CustomerType.NEW_CAFE or offer is None:
        return None
    if not names_service(text, "consulting"):
        return None
    fee = book.price(offer)
    return LineItem(
        item=offer.name,
        quantity=1,
        unit="flat fee",
        low=fee,
        high=fee,
        basis=f"{_money(fee)} flat fee",
    )


def estimate(
    state: ConversationState, messages: Sequence[Message], book: PriceBook | None = None
) -> Estimate:
    """The first-year deal value range and the line items it assumed."""
    book = book or default_price_book()
    text = _needs_text(state, messages)
    everything = normalise(transcript.visitor_text(messages)) + " " + text
    extra = (
        coffee_item(text, book),
        service_item(state, everything, book),
        consulting_item(state, everything, book),
    )
    items = [*equipment_items(text, book), *(i for i in extra if i is not None)]
    one_off = [i for i in items if not i.recurring]
    recurring = [i for i in items if i.recurring]
    assumptions = [f"{i.item}: {i.basis}" for i in items] or ["no priced needs mentioned yet"]
    return Estimate(
        low=round(sum(i.low for i in items), 2),
        high=round(sum(i.high for i in items), 2),
        one_off_low=round(sum(i.low for i in one_off), 2),
        one_off_high=round(sum(i.high for i in one_off), 2),
        first_year_recurring_low=round(sum(i.low for i in recurring), 2),
        first_year_recurring_high=round(sum(i.high for i in recurring), 2),
        line_items=items,
        assumptions=assumptions,
    )
