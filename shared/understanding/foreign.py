"""The visitor's own machine of another brand, named with one of our aliases.

"our 2 group Astoria is leaking", "a 1 group Gaggia we bought used": "2 group" is an alias of
the Lumen 2-Group, but followed by a brand the knowledge base never names it says what the
visitor's machine is, not which of ours they ask about. The alias is taken off, so the brand
alone names their machine ("our Astoria is leaking ... if I trade it in toward a Lumen 3
group what do I get?" asks a trade-in credit, not a comparison of two Lumens). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.catalog.model import Catalog
from shared.catalog.words import normalise


def foreign_named(text: str, catalog: Catalog, known: Callable[[str], bool]) -> str:
    """``text`` without an alias that a capitalised word the knowledge base never uses
    follows (a brand: "2 group Astoria" -> "Astoria"); unchanged otherwise."""
    flat = f" {normalise(text)} "
    for mention in reversed(catalog.mentions(text)):
        alias = flat[mention.start + 1 : mention.end + 1].strip()
        after = flat[mention.end + 1 :].split()[:1]
        if not alias or not after or known(after[0]) or not after[0].isalpha():
            continue
        brand = re.search(rf"\b{re.escape(after[0])}\b", text, re.I)
        if brand is None or not brand.group(0)[0].isupper():
            continue  # "the 2 group please": no brand
        words = r"\W+".join(re.escape(w) for w in alias.split())
        text = re.sub(
            rf"\b{words}\s+(?={re.escape(brand.group(0))}\b)", "", text, count=1, flags=re.I
        )
    return text
