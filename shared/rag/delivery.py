"""Delivery fees by zone and order size, read from the knowledge base's own sentences.

"Delivery is free on orders over $250 within the continental United States. Smaller orders, and
orders shipped outside the continental US, pay a flat delivery fee of $18." gives the threshold,
its zone and the fee; :func:`delivery_line` applies them to an order's subtotal and the place
the visitor names (:mod:`shared.understanding.entities.places`), showing each step
("$216 + $18 = $234"). A place
the gazetteer does not know, or none, gets both outcomes, never a guess. A knowledge base
without such sentences gets no delivery figure at all. Pure: sentences and numbers in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.catalog.words import normalise
from shared.rag.phrasing import money
from shared.rag.types import Derivation
from shared.understanding.entities.places import Place, zone_of

_FREE = re.compile(
    r"free on (?:orders|deliveries) (?:over|above|of more than) \$(\d[\d,]*(?:\.\d+)?)"
    r" within (?:the )?([A-Za-z ]+?)[.,;]"
)
_FEE = re.compile(r"flat (?:delivery |shipping )?(?:fee|charge|rate) of \$(\d[\d,]*(?:\.\d+)?)")
_ASKS = re.compile(
    r"\b(?:deliver\w*|ship\w*|freight|postage|all in|landed|to my door|sent to|"
    r"send (?:it|them) to)\b"
)


@dataclass(frozen=True)
class DeliveryTerms:
    """A free-delivery threshold inside a zone and the flat fee charged otherwise."""

    free_over: float
    zone_text: str  # "continental United States", as the source writes it
    zone: str  # the gazetteer's zone ("continental us")
    fee: float
    sentences: list[str]
    source: str
    served_text: str = ""  # "the United States and Canada": where the company delivers at all
    served: frozenset[str] = frozenset()  # the gazetteer's zones of ``served_text``


#: "We deliver across the United States and Canada:": the only area delivered to.
_SERVED = re.compile(
    r"\b[Ww]e (?:deliver|ship)\w* (?:across|to|throughout|within|in) "
    r"((?:the )?[A-Z][A-Za-z. ]+?(?: and (?:the )?[A-Z][A-Za-z. ]+?)?)[:.,;]"
)


def served_area(rows: Iterable[tuple[str, str]]) -> tuple[str, frozenset[str]]:
    """The area the knowledge base says it delivers to ("We deliver across the United States
    and Canada"), with its zones; ("", empty) when no sentence states one, or a part of it is
    a name the gazetteer does not read (then nothing is refused on its word)."""
    for text, _ in rows:
        match = _SERVED.search(text)
        parts = re.split(r" and ", match.group(1)) if match else []
        zones = [zone_of(part) for part in parts]
        if parts and all(zones):
            return match.group(1), frozenset(z for z in zones if z)  # type: ignore[union-attr]
    return "", frozenset()


def delivery_terms(sentences: Iterable[tuple[str, str]]) -> DeliveryTerms | None:
    """The delivery terms among ``(text, source)`` sentences: a free-over sentence and a flat
    fee sentence of the same document; None when the knowledge base states no such pair."""
    rows = list(sentences)
    for text, source in rows:
        free = _FREE.search(text)
        zone = zone_of(free.group(2)) if free else None
        if free is None or zone is None:
            continue
        for other, where in rows:
            fee = _FEE.search(other)
            if fee and where == source:
                quoted = list(dict.fromkeys([text, other]))
                amount = float(free.group(1).replace(",", ""))
                flat = float(fee.group(1).replace(",", ""))
                served, zones = served_area(rows)
                return DeliveryTerms(
                    amount, free.group(2), zone, flat, quoted, source, served, zones
                )
    return None


def asks_delivery(text: str) -> bool:
    """Whether ``text`` asks about delivery or shipping ("total with delivery", "shipped to")."""
    return bool(_ASKS.search(normalise(text)))


def asks_delivery_fee(text: str) -> bool:
    """Whether ``text`` asks what delivery costs ("is there a delivery fee for the atlas 64",
    "do i pay shipping on a pico"), not only whether or how fast it comes."""
    flat = normalise(text)
    return bool(_ASKS.search(flat) and _FEE_ASKED.search(flat))


_FEE_ASKED = re.compile(r"\b(?:fees?|charges?|charged|costs?|free|pay|paying|price)\b")


def delivery_line(
    terms: DeliveryTerms, subtotal: float, place: Place | None
) -> tuple[str, list[Derivation]]:
    """The delivery fee for ``subtotal`` sent to ``place``, with the total it makes (an order
    over the threshold with no place named is free within the zone, the fee named for outside
    it, and no sum for a place nobody named)."""
    free, fee, zone = money(terms.free_over), money(terms.fee), terms.zone_text
    with_fee = money(subtotal + terms.fee)
    added = [Derivation(operands=[money(subtotal), fee], result=with_fee)]
    over = subtotal > terms.free_over
    if place is not None and terms.served and not terms.served & place.zones:
        return f"We deliver to {terms.served_text} only, so not to {place.title}.", []
    if place is not None and terms.zone not in place.zones:
        return (
            f"{place.title} is outside the {zone}, so the flat {fee} delivery fee applies "
            f"whatever the order size: {money(subtotal)} + {fee} = {with_fee}.",
            added,
        )
    if place is not None and over:
        return (
            f"{place.title} is within the {zone} and {money(subtotal)} is over {free}, so "
            f"delivery is free: {money(subtotal)} in all.",
            [],
        )
    if place is not None or not over:
        where = f"{place.title} is within the {zone}, but " if place is not None else ""
        return (
            f"{where}{money(subtotal)} is not over {free}, the free-delivery threshold, so the "
            f"flat {fee} delivery fee applies: {money(subtotal)} + {fee} = {with_fee}.",
            added,
        )
    return (  # no place named: the sum outside the zone would answer a question nobody asked
        # (nor "the fee applies": said of this order, it would contradict "ships free")
        f"Delivery is free on orders over {free} within the {zone}, so {money(subtotal)} ships "
        f"free there; only an order shipped outside it pays the flat {fee} delivery fee.",
        [],
    )
