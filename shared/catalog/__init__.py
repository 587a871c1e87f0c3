"""The entity catalog: products and services of the knowledge base, with aliases and attributes.

Built by ``index_builder`` into the bundle (``catalog.json``) and equally buildable from a
folder of markdown at run time (pure parsing, a few milliseconds): no FAISS, no model.

API (all pure):

- ``catalog_from_folder(path) -> Catalog``: parse every ``*.md`` under ``path``.
- ``load_catalog(path) -> Catalog`` / ``save_catalog(catalog, path)``: ``catalog.json``.
- ``default_catalog() -> Catalog``: ``CATALOG_PATH`` (a catalog.json), else the repository's
  ``knowledge_base/`` folder; cached.
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

import os
from functools import lru_cache
from pathlib import Path

from shared.catalog.extract import build_catalog
from shared.catalog.model import Catalog, Entity, Mention, Price

CATALOG_FILE = "catalog.json"
_REPO_KB = Path(__file__).resolve().parents[2] / "knowledge_base"

__all__ = [
    "CATALOG_FILE",
    "Catalog",
    "Entity",
    "Mention",
    "Price",
    "build_catalog",
    "catalog_from_folder",
    "default_catalog",
    "load_catalog",
    "save_catalog",
]


def catalog_from_folder(folder: Path) -> Catalog:
    """The catalog of every markdown file under ``folder`` (sorted by path, like the builder)."""
    root = Path(folder)
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in {".md", ".markdown"})
    documents = [
        (p.relative_to(root).as_posix(), p.read_text(encoding="utf-8", errors="replace"))
        for p in files
        if p.is_file()
    ]
    return build_catalog(documents)


def load_catalog(path: Path) -> Catalog:
    """Read a ``catalog.json``."""
    return Catalog.model_validate_json(Path(path).read_bytes())


def save_catalog(catalog: Catalog, path: Path) -> None:
    """Write a ``catalog.json`` (sorted keys, so equal catalogs give equal bytes)."""
    Path(path).write_text(
        catalog.model_dump_json(indent=2, exclude_none=False) + "\n", encoding="utf-8"
    )


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """``CATALOG_PATH`` when set, else the repository's knowledge base."""
    configured = os.environ.get("CATALOG_PATH")
    if configured:
        return load_catalog(Path(configured))
    return catalog_from_folder(_REPO_KB)
