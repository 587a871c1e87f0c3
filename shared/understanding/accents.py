"""Accents taken off letters, written once for every side that compares words typed with and
without them (the reader, the answerer, the LLM's wording checks).

:func:`unaccented` drops what Unicode's compatibility decomposition (NFKD) splits off a letter
as a combining mark ("é" -> "e"); letters that carry their stroke or ligature in themselves
("ł", "ø", "đ", "ß", "æ", "œ") do not decompose and stay. :func:`folded` also lowers the text
and spells those letters as an ASCII keyboard does ("Łukasz" -> "lukasz", "heiße" ->
"heisse"), as an email address or a glossary key writes them. Pure.
"""

from __future__ import annotations

import unicodedata

BARE_LETTERS = str.maketrans({"ß": "ss", "đ": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe"})
"""Lower-case letters no decomposition takes the accent off -> their ASCII spelling."""


def unaccented(text: str) -> str:
    """``text`` in its compatibility decomposition without combining marks ("Lucía" ->
    "Lucia", "ﬁ" -> "fi"); case and undecomposed letters ("ł", "ß") are kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def folded(text: str) -> str:
    """``text`` in lower case without accents, with :data:`BARE_LETTERS` spelled in ASCII
    ("João" -> "joao", "Łukasz" -> "lukasz", "Straße" -> "strasse")."""
    return unaccented(text.lower().translate(BARE_LETTERS))
