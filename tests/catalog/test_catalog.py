"""The entity catalog parsed from markdown spec lists and price sentences."""

from __future__ import annotations

from pathlib import Path

from shared.catalog import build_catalog, catalog_from_folder, load_catalog, save_catalog

ROOT = Path(__file__).resolve().parents[2]
DEMO = catalog_from_folder(ROOT / "knowledge_base")


def test_demo_products_carry_parsed_attributes() -> None:
    """The Lumen 3-Group's spec list and its lead-time sentence become attributes."""
    lumen = DEMO.get("Lumen 3-Group")
    assert lumen is not None
    assert lumen.kind == "espresso machine"
    assert lumen.family == "Lumen"
    assert lumen.attributes["groups"] == "3"
    assert lumen.attributes["boiler"] == "17 L"
    assert lumen.price is not None
    assert lumen.price.text == "$13,400"
    assert lumen.attributes["lead time"] == "three-week"
    assert lumen.attributes["warranty"] == "2-year"
    assert "lead time" not in DEMO.get("Lumen 2-Group").attributes  # type: ignore[union-attr]


def test_aliases_resolve_spoken_names() -> None:
    """Number words, hyphens and use-based names ("the cart machine") find one entity each."""
    assert [e.name for e in DEMO.mentioned("and the three group? or the cart machine")] == [
        "Lumen 3-Group",
        "Pico 1-Group",
    ]
    assert DEMO.get("lumen two-group") is DEMO.get("Lumen 2-Group")
    assert DEMO.get("atlas-64") is not None
    assert DEMO.get("Lumen 4-Group") is None


def test_blend_prices_per_lb_and_plan_prices_per_month() -> None:
    """Blends are priced per lb from their spec lists, plans per month from their sentences."""
    blends = {e.name: e.price.amount for e in DEMO.priced("per lb") if e.price}
    assert blends["Foundry Espresso"] == 11.5
    assert len(blends) == 5
    multi = DEMO.get("multi-site plan")
    assert multi is not None
    assert multi.price is not None
    assert (multi.price.amount, multi.price.unit) == (79.0, "per location per month")
    assert [e.name for e in DEMO.of_kind("maintenance plan")] == [
        "Essential plan",
        "Pro plan",
        "Multi-site plan",
    ]


def test_prose_and_examples_are_not_entities() -> None:
    """A labelled list of prose (certifications) and an example price are not products."""
    names = {e.name for e in DEMO.entities}
    assert "Certifications" not in names
    assert "How the trade-in credit works" not in names
    assert all(e.price is None or e.price.amount > 0 for e in DEMO.entities)


def test_mixed_document_takes_kind_from_heading() -> None:
    """A document titled "X and Y" gives each entity the kind its heading ends with."""
    catalog = build_catalog(
        [
            (
                "p/kit.md",
                "# Kettles and Scales\n\n## Brio 9 kettle\n\n- Volume: 1 L\n- Price: $80\n\n"
                "## Tare 2 scale\n\n- Range: 2 kg\n- Price: $45\n",
            ),
        ]
    )
    assert [(e.name, e.kind) for e in catalog.entities] == [
        ("Brio 9 kettle", "kettle"),
        ("Tare 2 scale", "scale"),
    ]


def test_catalog_round_trips_through_json(tmp_path: Path) -> None:
    """``save_catalog`` then ``load_catalog`` gives the same catalog."""
    path = tmp_path / "catalog.json"
    save_catalog(DEMO, path)
    assert load_catalog(path) == DEMO


def test_a_named_plan_is_found_with_its_kind_between() -> None:
    """ "the Pro maintenance plan" names the Pro plan: the kind may stand inside the name."""
    from shared.catalog.extract import _aliases

    assert "pro maintenance plan" in _aliases("Pro plan", None, {}, "maintenance plan")
