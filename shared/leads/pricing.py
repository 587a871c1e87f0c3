"""Prices and rates for deal estimates.

Source: the demo knowledge base (``knowledge_base/products/*.md`` and
``knowledge_base/services/*.md``), written from the Copperline fact sheet; US dollars before
tax. Change them here only together with the knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    name: str
    price: float
    aliases: tuple[str, ...]


#: Equipment purchase prices (knowledge_base/products/espresso-machines.md, grinders.md,
#: brewers-and-water.md).
EQUIPMENT = (
    Product("Lumen 3-Group espresso machine", 13_400, ("lumen 3", "three group", "3 group")),
    Product("Lumen 2-Group espresso machine", 9_800, ("lumen 2", "two group", "2 group")),
    Product("Pico 1-Group espresso machine", 3_900, ("pico", "one group", "1 group")),
    Product("Atlas 75 grinder", 2_450, ("atlas 75",)),
    Product("Atlas 64 grinder", 1_350, ("atlas 64",)),
    Product("BatchPro 2 batch brewer", 1_980, ("batchpro", "batch brewer")),
    Product("Clarity water filtration", 640, ("clarity", "water filter", "filtration")),
)

#: A generic need ("an espresso machine") spans the models that meet it: (low, high, aliases).
GENERIC_EQUIPMENT = {
    "espresso machine": (3_900.0, 13_400.0, ("espresso machine", "machine")),
    "espresso grinder": (1_350.0, 2_450.0, ("grinder",)),
    "batch brewer": (1_980.0, 1_980.0, ("brewer", "drip machine")),
}

#: Wholesale coffee per lb (knowledge_base/products/coffee-blends.md).
BLENDS = {
    "Foundry Espresso": 11.50,
    "Riverbend Organic": 12.75,
    "Night Shift Decaf": 13.25,
    "Sunrise Single Origin": 15.90,
    "Harbor Cold Brew Blend": 10.80,
}
COFFEE_LOW_PER_LB = min(BLENDS.values())
COFFEE_HIGH_PER_LB = max(BLENDS.values())
VOLUME_DISCOUNT_LB_PER_MONTH = 100  # 10% off at 100 lb or more per month
VOLUME_DISCOUNT = 0.10

#: Conversion: one cup uses about 10 g of coffee (a mix of single and double shots and drip),
#: 0.022 lb; a month is 30 days; the estimate covers 12 months of supply.
LB_PER_CUP = 0.022
DAYS_PER_MONTH = 30
MONTHS_ESTIMATED = 12

#: Maintenance plans per location per month (knowledge_base/services/maintenance-plans.md).
ESSENTIAL_PLAN = 49.0
PRO_PLAN = 99.0
MULTI_SITE_PLAN = 79.0
MULTI_SITE_MIN_LOCATIONS = 3

#: Café launch consulting flat fee (knowledge_base/services/cafe-launch-consulting.md).
LAUNCH_CONSULTING = 2_500.0
