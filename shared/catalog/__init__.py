"""The entity catalog: products and services of the knowledge base, with aliases and attributes.

Built by ``index_builder`` into the bundle (``catalog.json``) and equally buildable from a
folder of markdown at run time (pure parsing, a few milliseconds): no FAISS, no model.

API (all pure):

- ``catalog_from_folder(path) -> Catalog``: parse every ``*.md`` under ``path``.
- ``load_catalog(path) -> Catalog`` / ``save_catalog(catalog, path)``: ``catalog.json``.
- ``served_catalog() -> Catalog``: the catalog this process reads entities against (the chat's
  is its bundle's, see :mod:`shared.catalog.served`).
- ``Catalog.entities``: :class:`Entity` (``name``, ``kind``, ``family``, ``aliases``,
  ``attributes`` e.g. ``{"price": "$9,800", "groups": "2", "boiler": "11 L", "warranty":
  "2-year"}``, ``price``: :class:`Price` ``(text, amount, currency, unit)``, ``facts``,
  ``source``, ``title``, ``heading``).
- ``Catalog.get(name_or_alias)``, ``.of_kind("espresso machine")``, ``.kinds()``,
  ``.families()``, ``.priced(unit="per lb")`` (the blends' wholesale prices),
  ``.names()`` (gazetteer alias -> name), ``.mentions(text)`` / ``.mentioned(text)`` (entities
  a text names), ``.numbers()`` (every number the catalog states).
"""

from __future__ import annotations

from pathlib import Path

from shared.catalog.extract import build_catalog
from shared.catalog.model import Catalog, Entity, Mention, Price
from shared.catalog.served import catalog_from_folder, served_catalog

CATALOG_FILE = "catalog.json"

__all__ = [
    "CATALOG_FILE",
    "Catalog",
    "Entity",
    "Mention",
    "Price",
    "build_catalog",
    "catalog_from_folder",
    "load_catalog",
    "save_catalog",
    "served_catalog",
]


def load_catalog(path: Path) -> Catalog:
    """Read a ``catalog.json``."""
    return Catalog.model_validate_json(Path(path).read_bytes())


def save_catalog(catalog: Catalog, path: Path) -> None:
    """Write a ``catalog.json`` (sorted keys, so equal catalogs give equal bytes)."""
    Path(path).write_text(
        catalog.model_dump_json(indent=2, exclude_none=False) + "\n", encoding="utf-8"
    )
