"""The price book of deal estimates, read from the knowledge base's entity catalog.

Every price (equipment, blends per lb, maintenance plans, consulting) and the wholesale volume
discount come from the knowledge base (:mod:`shared.catalog`, built by the issue-11 catalog from
the same markdown the chat answers from); nothing here states a price. What the code does state
is how a salesperson converts a café's daily drinks into coffee:

- **15 g of coffee per drink**: a double shot for milk drinks is 18 g, a filter cup about 10 g;
  15 g is the usual planning figure for a café selling mostly espresso drinks;
- **453.6 g per lb**, **30 days per month**, and the **first year** is 12 months.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.catalog import Catalog, Entity
from shared.catalog.served import KNOWLEDGE_BASE, derived
from shared.catalog.terms import VolumeDiscount, minimum_locations, volume_discount

GRAMS_PER_DRINK = 15.0
GRAMS_PER_LB = 453.6
DAYS_PER_MONTH = 30
MONTHS_FIRST_YEAR = 12


@dataclass(frozen=True)
class PriceBook:
    """What the estimate may charge for, all from the catalog."""

    catalog: Catalog
    discount: VolumeDiscount | None

    def models(self, kind: str) -> list[Entity]:
        return [e for e in self.catalog.of_kind(kind) if e.price is not None]

    def price(self, entity: Entity) -> float:
        return float(entity.price.amount) if entity.price and entity.price.amount else 0.0

    def kind_range(self, kind: str) -> tuple[float, float] | None:
        prices = [self.price(e) for e in self.models(kind)]
        return (min(prices), max(prices)) if prices else None

    def blends(self) -> dict[str, float]:
        """Wholesale coffee per lb, by blend name."""
        return {e.name: self.price(e) for e in self.catalog.priced(unit="per lb")}

    def plan(self, word: str) -> Entity | None:
        """The maintenance plan whose name starts with ``word`` ("Essential", "Multi-site")."""
        for entity in self.models("maintenance plan"):
            if entity.name.lower().startswith(word.lower()):
                return entity
        return None

    def multi_site_minimum(self) -> int | None:
        plan = self.plan("Multi-site")
        return minimum_locations(" ".join(plan.facts)) if plan else None

    def consulting(self) -> Entity | None:
        models = self.models("café launch consulting")
        return models[0] if models else None


def price_book(catalog: Catalog, texts: list[str]) -> PriceBook:
    """A price book from a catalog and the knowledge base's texts (for terms like discounts)."""
    facts = [" ".join(e.facts) for e in catalog.entities]
    return PriceBook(catalog, volume_discount([*facts, *texts]))


def default_price_book() -> PriceBook:
    """The price book of the served catalog (:mod:`shared.catalog.served`), with the terms of
    the knowledge base folder when present; made once per catalog."""
    return derived("price_book", lambda catalog: price_book(catalog, _folder_texts()))


def _folder_texts() -> list[str]:
    folder = KNOWLEDGE_BASE
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))]
