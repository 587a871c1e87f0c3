"""A figure said on an earlier turn, named and replaced, then asked about again: "earlier I said
3 staff, make it 5, we hired two more. still ok?" asks "5 staff, still ok?"; "I told you 40 lb
before, it's 60 now. does the discount still apply?" asks "60 lb, does the discount still
apply?" (``docs/decisions/revisions-across-turns-s33.md``).

The old figure must be named with what it counts ("I said 3 staff"), the new one given after a
cue ("make it 5", "it's 5 now", "more like 5", "5 not 3"), and the message must ask something:
a revision that asks nothing is a detail corrected, read as such elsewhere.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import alternation
from shared.understanding.revisions import FIGURE_WORDS
from shared.understanding.sentences import sentences

_N = rf"(?:\d[\d,]*(?:\.\d+)?|{alternation(FIGURE_WORDS)})"
#: "earlier I said 3 staff", "I told you 40 lb before", "i wrote 2 sites"
_SAID = re.compile(
    rf"\b(?:i|we)\s+(?:said|told\s+you|wrote|mentioned)\s+(?P<old>{_N})\s+(?P<unit>[a-z]+)\b",
    re.I,
)
#: the new figure after the cue that gives it: "make it 5", "it's 5 now", "more like 5"
_NEW = re.compile(
    rf"\b(?:make\s+(?:it|that)|change\s+(?:it|that)\s+to|it'?s|its|it\s+is|more\s+like"
    rf"|actually|now|really)\s+(?P<new>{_N})\b",
    re.I,
)


def restated_ask(text: str) -> str | None:
    """The question a message asks again of a figure it revises, with the new figure and what
    it counts put first ("earlier I said 3 staff, make it 5 ... still ok?" -> "5 staff, still
    ok?"); None without a named old figure, a new one or a question."""
    said = _SAID.search(text)
    new = _NEW.search(text, said.end()) if said else None
    if said is None or new is None or new.group("new").lower() == said.group("old").lower():
        return None
    asked = [s.strip() for s in sentences(text[new.end() :]) if "?" in s]
    if not asked:
        return None
    question = re.split(r"(?<=[.!;])\s+", asked[-1])[-1].strip()
    return f"{new.group('new')} {said.group('unit').lower()}, {question}"
