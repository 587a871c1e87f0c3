"""A fragment that only names an item, to be asked what the question before it asked.

Busy visitors ask first and name the item after: "is install included" then "for the pico i
mean"; "whats the warranty on" then "the grinder i mean". The second message names an item and
asks nothing of its own: it is the question before, asked of that item. Pure.
"""

from __future__ import annotations

import re

#: the words a fragment leans on the question before with: "for", "and", "i mean", "then"
_LEANING = re.compile(
    r"\b(?:i\s+mean[t]?|and|or|for|on|about|what\s+about|how\s+about|then|instead|pls|please"
    r"|the|a|an|your|ur)\b",
    re.I,
)
#: what makes a fragment an ask or a statement of its own ("do you have the pico", "we got one")
_OWN_WORDS = re.compile(
    r"\b(?:what|which|how|when|where|why|who|do|does|did|is|are|was|were|can|could|would|will"
    r"|should|have|has|need|want|got|get|you|u|we|us|our|my|me|it|that|this|price|cost|much"
    r"|total|not|no|yes)\b",
    re.I,
)
_WORD = re.compile(r"[^\W_][\w'-]*")
#: at most this many words name the item ("the lumen 3 group")
MOST_WORDS = 4


def names_only_an_item(fragment: str) -> bool:
    """Whether ``fragment`` is an item named alone, leaning on the question before ("for the
    pico i mean", "the grinder i mean", "and the 3 group?"): no ask or statement of its own,
    a few words besides its leaning ones. Whether the words name a catalog item is the
    caller's to check."""
    if _OWN_WORDS.search(fragment) is not None:
        return False
    rest = _WORD.findall(_LEANING.sub(" ", fragment))
    return 0 < len(rest) <= MOST_WORDS
