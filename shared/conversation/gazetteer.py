"""Product and blend words from the knowledge base, so they are never taken for a name.

Read from the bundle's chunk headings of the product and service documents at cold start
("Harbor Cold Brew Blend" -> harbor, cold, brew, blend). Issue 11's entity catalog can replace
this function without touching its callers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shared.rag.types import Chunk

CATEGORIES = ("products", "services")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def product_words(chunks: Iterable[Chunk]) -> set[str]:
    """Lower-case words of every product and service heading and title."""
    found: set[str] = set()
    for chunk in chunks:
        if chunk.category in CATEGORIES:
            for text in (chunk.heading, chunk.title):
                found.update(w.lower() for w in _WORD.findall(text) if len(w) > 2)
    return found
