"""Items taken out of an order (issue 22, set Y): "Drop the filter, the building already has
one. New total?" leaves the rest of the order; an item dropped by its kind in short is the one
held item of that kind. Over the demo knowledge base's catalog."""

from __future__ import annotations

from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.rag.order import named_items, order_for

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")
HELD = named_items(CATALOG, "Thinking Lumen 2-Group + Atlas 75 + the Clarity filter. Total?")


def names(text: str) -> list[str]:
    return [entity.name for entity, _ in order_for(CATALOG, text, HELD)]


def test_an_item_dropped_by_its_kind_in_short_leaves_the_rest() -> None:
    """ "Drop the filter" takes the Clarity out; the machine and grinder stay."""
    assert names("Drop the filter, the building already has one. New total?") == [
        "Lumen 2-Group",
        "Atlas 75",
    ]


def test_an_item_dropped_by_name_leaves_the_rest() -> None:
    """ "without the atlas 75" takes the grinder out."""
    assert names("what about without the atlas 75?") == [
        "Lumen 2-Group",
        "Clarity water filtration",
    ]


def test_an_item_not_held_drops_nothing() -> None:
    """Dropping what the order does not hold leaves nothing to price from it."""
    assert names("without the milk, how much?") == []
    assert len(names("lease all of it?")) == 3
