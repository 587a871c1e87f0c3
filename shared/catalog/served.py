"""The catalog a process reads entities against, and what is derived from it.

The chat serves the catalog of the bundle it answers from: its wiring calls :func:`serve` with
each bundle it loads (at start-up and after every publish it follows), so the gazetteer's
names, the items a visitor's interest is recorded under and the price book change with the
bundle, without a redeploy. A process that serves none (the leads functions, scripts, tests)
reads the knowledge base folder beside the ``shared`` package (the repository's, or the one
``make build`` copies into a function's folder) the first time it is asked.

What readers derive from a catalog (its names as patterns, a price book) is kept with it by
:func:`derived`: served once per catalog, dropped with it when another is served.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from shared.catalog.extract import build_catalog
from shared.catalog.model import Catalog

T = TypeVar("T")
KNOWLEDGE_BASE = Path(__file__).resolve().parents[2] / "knowledge_base"


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


@dataclass(frozen=True)
class _Served:
    catalog: Catalog
    derived: dict[Any, Any] = field(default_factory=dict)


_served: _Served | None = None
_lock = threading.Lock()


def serve(catalog: Catalog) -> None:
    """Read entities against ``catalog`` from now on (one assignment: a reader sees the old
    catalog and its derivations, or the new one and its own)."""
    global _served
    _served = _Served(catalog)


def _current() -> _Served:
    served = _served
    if served is not None:
        return served
    with _lock:  # the folder is parsed once, even by concurrent first readers
        if _served is None:
            serve(catalog_from_folder(KNOWLEDGE_BASE))
        assert _served is not None
        return _served


def served_catalog() -> Catalog:
    """The served catalog (the knowledge base folder's when none was served)."""
    return _current().catalog


def derived(key: Any, make: Callable[[Catalog], T]) -> T:
    """``make(catalog)`` of the served catalog, computed once per catalog and ``key``."""
    served = _current()
    try:
        value: T = served.derived[key]
    except KeyError:
        value = served.derived.setdefault(key, make(served.catalog))
    return value
