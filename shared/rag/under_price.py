"""Items asked for under a price: "is there anything under 5 grand for espresso", "any grinders
below $2,000".

The kind asked is the one the question names ("grinders"), else the one its use names ("for
espresso": the espresso machine, what makes it, rather than its grinder). The answer lists the
items of that kind sold at a price of their own below the limit, cheapest first; with none, it
says so and gives the cheapest. The limit itself is never restated (it is the visitor's figure,
no price of ours). A question naming an item, or naming no kind, is left to the other
mechanisms. Pure: the catalog and the question in.
"""

from __future__ import annotations

from shared.catalog.model import Catalog, Entity
from shared.rag.phrasing import money, plural, the
from shared.rag.resolve import kind_named
from shared.rag.rules import Ruled
from shared.understanding.price_limits import asks_under_price, before_limit, uses_named

#: The head nouns of the kinds that make a drink, preferred when a use names several kinds.
_MAKERS = frozenset({"machine", "brewer"})


def _priced_once(entity: Entity) -> float | None:
    """The item's own price when it is sold once (none per pound, per month or per person)."""
    price = entity.price
    return price.amount if price is not None and price.unit is None else None


def _kinds_for_use(catalog: Catalog, question: str) -> list[str]:
    """The kinds a use names ("for espresso": the espresso machine and grinder), those that
    make the drink first chosen when it names several."""
    uses = uses_named(question)
    named = [k for k in catalog.kinds() if uses & set(k.split())]
    makers = [k for k in named if k.split()[-1] in _MAKERS]
    return makers or named


def under_price(catalog: Catalog, question: str) -> tuple[Ruled, list[Entity]] | None:
    """The items of the kind ``question`` asks for below the price it states, with the items
    named; None when it states no limit, asks for nothing, names an item, or names no kind
    whose items are sold at a price of their own."""
    ceiling = asks_under_price(question)
    if ceiling is None or catalog.mentioned(question):
        return None
    kind = kind_named(catalog, before_limit(question)) or kind_named(catalog, question)
    kinds = [kind] if kind is not None else _kinds_for_use(catalog, question)
    items = sorted(
        (e for e in catalog.entities if e.kind in kinds and _priced_once(e) is not None),
        key=lambda e: _priced_once(e) or 0.0,
    )
    if not items:
        return None
    under = [e for e in items if (_priced_once(e) or 0.0) < ceiling]
    evidence = [e.price.text for e in under or items[:1] if e.price is not None]
    if not under:
        cheapest = items[0]
        text = (
            f"Not among our {plural(kinds[0])}: the least expensive is {the(cheapest.name)} at "
            f"{money(_priced_once(cheapest) or 0.0)}."
        )
        return Ruled(text, [], evidence), [cheapest]
    listed = [f"{the(e.name)} at {money(_priced_once(e) or 0.0)}" for e in under]
    joined = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
    return Ruled(f"Under that price: {joined}.", [], evidence), under
