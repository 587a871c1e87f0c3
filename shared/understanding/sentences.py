"""Sentences: the one splitter of text into sentences, for the visitor's messages and for the
knowledge base's prose alike, with the options its readers need (which marks end a sentence,
whether a line break does, whether the next sentence must open with a capital).

It depends on nothing else of the reader, so the catalog's extraction can use it too.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _sentence_break(ends: str, lines: bool, capitalised: bool) -> re.Pattern[str]:
    after_end = rf"(?<=[{re.escape(ends)}])\s+" + ("(?=[A-Z0-9$(])" if capitalised else "")
    return re.compile(after_end + (r"|\s*\n\s*" if lines else ""))


def sentences(
    text: str, *, ends: str = ".!?", lines: bool = False, capitalised: bool = False
) -> list[str]:
    """The sentences of ``text``, blank ones left out: a sentence ends at one of ``ends``
    followed by white space, so "$9.80", "v2.1" or "e.g.," stay whole. With ``lines`` a line
    break ends one too (a pasted list's items, a signature's lines); with ``capitalised`` only
    one before a capital, a digit, "$" or "(" does (the knowledge base's prose, where "approx.
    five" or "vs. the" is no end)."""
    parts = _sentence_break(ends, lines, capitalised).split(text)
    return [part for part in parts if part.strip()]


# a clause ends at a dash set off by spaces, a comma, semicolon or colon (not one inside a
# figure: "1,000", "8:30"), or before "but"
_CLAUSE_BREAK = re.compile(r"\s[-\u2013\u2014]+\s|[,;:]?\s+but\s+|[,;:](?:\s+|(?=[^\W\d_]))", re.I)


def clauses(sentence: str) -> list[str]:
    """The clauses of one sentence, stripped, blank ones left out: "our steam wand stopped
    heating, we bought it last spring - is that covered?" -> three clauses. The one clause
    splitter of the reader (the support desk's told faults, a question after a told detail, a
    pain told beside a question)."""
    return [part.strip() for part in _CLAUSE_BREAK.split(sentence) if part.strip()]
