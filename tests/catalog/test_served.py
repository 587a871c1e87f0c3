"""The reader's catalog is the served one: a new bundle's catalog changes what is recognised."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.catalog import Catalog, Entity, served_catalog
from shared.catalog import served as served_module
from shared.catalog.served import KNOWLEDGE_BASE, catalog_from_folder, derived
from shared.understanding.entities.equipment import find_equipment
from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, names_any
from shared.understanding.entities.interest import interest
from shared.understanding.entities.served import serve_catalog

ROOT = Path(__file__).resolve().parents[2]
ZEPHYR = Catalog(
    entities=[
        Entity(
            name="Zephyr 9",
            kind="espresso machine",
            family="Zephyr",
            source="zephyr.md",
            title="Zephyr",
            heading="Zephyr 9",
        )
    ]
)


@pytest.fixture
def restored() -> Iterator[None]:
    """Whatever catalog the process served before the test is served again after it."""
    before = served_module._served
    yield
    served_module._served = before


@pytest.mark.usefixtures("restored")
def test_a_served_catalog_replaces_the_readers_names() -> None:
    """After a new catalog is served, its product is an equipment item and an interest, and
    a product only the knowledge base's catalog had is no longer recognised."""
    serve_catalog(catalog_from_folder(ROOT / "knowledge_base"))
    assert interest("how much is the pico?") == {"equipment_needs": "Pico 1-Group"}
    serve_catalog(ZEPHYR)
    assert interest("how much is the zephyr 9?") == {"equipment_needs": "Zephyr 9"}
    assert find_equipment("we want 2 zephyr 9") == ["2 zephyr 9"]
    assert names_any("the zephyr", EQUIPMENT_KINDS)
    assert interest("how much is the pico?") == {}


@pytest.mark.usefixtures("restored")
def test_without_a_served_catalog_the_knowledge_base_folder_is_read() -> None:
    """A process that serves none (the leads functions, scripts) reads the knowledge base
    folder beside the package, once."""
    served_module._served = None
    assert served_catalog() == catalog_from_folder(KNOWLEDGE_BASE)
    assert served_catalog() is served_catalog()


@pytest.mark.usefixtures("restored")
def test_derivations_are_made_once_per_catalog() -> None:
    """A derived value is computed once for a served catalog and again for the next one."""
    made: list[int] = []

    def count(catalog: Catalog) -> int:
        made.append(len(catalog.entities))
        return len(made)

    serve_catalog(ZEPHYR)
    assert [derived("count", count) for _ in range(3)] == [1, 1, 1]
    serve_catalog(Catalog())
    assert derived("count", count) == 2
    assert made == [1, 0]
