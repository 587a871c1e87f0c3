"""A policy's percentage fee applied to the item asked about."""

from __future__ import annotations

from shared.rag.refunds import fee_applied

from .test_rules import CATALOG

RULE = "Equipment can be returned within 30 days; equipment returns carry a 10% restocking fee."


def test_the_fee_is_taken_from_the_items_price() -> None:
    """10% of the Atlas 75's $2,450 is $245, leaving $2,205, both derived."""
    entity = CATALOG.get("Atlas 75")
    assert entity is not None
    applied = fee_applied([RULE], entity)
    assert applied is not None
    assert "$245" in applied[0]
    assert "$2,205" in applied[0]
    assert [d.result for d in applied[1]] == ["$245", "$2,205"]


def test_an_equipment_fee_is_not_applied_to_coffee() -> None:
    """Coffee priced per lb is no equipment: the restocking fee is not worked out on it."""
    entity = CATALOG.get("Foundry Espresso")
    assert entity is not None
    assert fee_applied([RULE], entity) is None
