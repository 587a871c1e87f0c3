"""The reader's catalog: serve one, and make its patterns then rather than in a visitor's turn.

The gazetteer, the equipment reader and the interest reader each derive regular expressions
from the served catalog (:mod:`shared.catalog.served`), once per catalog. :func:`serve_catalog`
serves a catalog and derives them at once, so the first turn after a (re)load does not compile
them; ``make build`` does the same with the baked bundle's catalog while it records the
patterns it saves (:mod:`shared.compiled_patterns`), so a cold start takes their compiled
programs from that table.
"""

from __future__ import annotations

from shared.catalog import Catalog
from shared.catalog.served import serve
from shared.understanding.entities.equipment import find_equipment
from shared.understanding.entities.gazetteer import (
    COFFEE_KINDS,
    EQUIPMENT_KINDS,
    SERVICE_KINDS,
    model_names_re,
    names_re,
    plan_words,
)
from shared.understanding.entities.interest import interest

#: The kinds the readers look names up by (the conversation's field extractors and the
#: pronoun resolver included); a combination left out here is derived on first use.
KIND_GROUPS = (
    EQUIPMENT_KINDS,
    COFFEE_KINDS,
    COFFEE_KINDS + SERVICE_KINDS,
    SERVICE_KINDS + EQUIPMENT_KINDS + COFFEE_KINDS,
    *((kind,) for kind in EQUIPMENT_KINDS),
)


def prepare() -> None:
    """Derive the served catalog's patterns now."""
    for kinds in KIND_GROUPS:
        names_re(kinds)
    plan_words()
    model_names_re()
    find_equipment("")
    interest("")


def serve_catalog(catalog: Catalog) -> None:
    """Read entities against ``catalog`` from now on, and derive its patterns at once."""
    serve(catalog)
    prepare()
