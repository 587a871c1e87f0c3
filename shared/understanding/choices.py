"""A visitor picking from the choice the bot's last reply asked for.

The bot sometimes ends with a question of its own that offers a choice ("Our prices at a
glance: ... Which would you like to know more about?", "Which one do you mean: the Pico
1-Group or the Lumen 2-Group?"). The next message naming only an item or a kind ("the
grinders", "maintenance plans"), or, when the items were offered as "X or Y", only a place in
that list or a rank ("the first", "the smaller one"), is the pick: a question about that thing,
not a statement of what the visitor needs. Pure: the bot's last reply, the message and the
catalog's product words in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.understanding.commitment import TENTATIVE
from shared.understanding.item_only import names_only_an_item
from shared.understanding.lexicon import FUNCTION_WORDS
from shared.understanding.sentences import sentences
from shared.understanding.text import words

#: the bot's last sentence asks the visitor to choose ("Which would you like ...?", "Which one?")
_CHOICE_ASKED = re.compile(r"(?:^|[.!?]\s+)which\b[^.!?]*\?\s*$", re.I)
#: ... between items it names: "Which one do you mean: the Atlas 64 or the Atlas 75?"
_ITEMS_OFFERED = re.compile(r"(?:^|[.!?]\s+)which\b[^.!?]*\bor\b[^.!?]*\?\s*$", re.I)

#: a place in the list offered: "the first", "the second one", "the latter" (-1: the last)
PLACES = {"first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}
PLACES |= {"last": -1, "latter": -1}
#: a rank among the items offered: by size ("the smaller one") or by price ("the cheaper")
SIZE_RANKS = {"small": "min", "smaller": "min", "smallest": "min", "little": "min"}
SIZE_RANKS |= {"big": "max", "bigger": "max", "biggest": "max", "large": "max"}
SIZE_RANKS |= {"larger": "max", "largest": "max"}
PRICE_RANKS = {"cheap": "min", "cheaper": "min", "cheapest": "min", "pricier": "max"}
PRICE_RANKS |= {"priciest": "max", "expensive": "max"}
#: words a pick is said with besides its place or rank ("i mean the bigger one")
_ALSO_SAID = frozenset({"one", "ones", "mean", "meant", "then", "please", "pls"})
_LESS = re.compile(r"\bless\s+expensive\b", re.I)


@dataclass(frozen=True)
class Position:
    """A pick by place or rank: ``place`` an index in the list offered (-1 the last), else
    ``rank`` "min" or "max" by size, or by price when ``by_price``."""

    place: int | None = None
    rank: str | None = None
    by_price: bool = False


def position_picked(message: str) -> Position | None:
    """The place or rank a message that names nothing else picks by ("the first", "the
    smaller one", "the less expensive one"); None when it says more, or several."""
    if not names_only_an_item(message):
        return None
    said = [w for w in words(message) if w not in FUNCTION_WORDS and w not in _ALSO_SAID]
    if len(said) != 1:
        return None
    if said[0] in PLACES:
        return Position(place=PLACES[said[0]])
    return _ranked(said[0], message)


def _ranked(word: str, text: str) -> Position | None:
    if word in SIZE_RANKS:
        return Position(rank=SIZE_RANKS[word])
    if word in PRICE_RANKS:
        rank = "min" if _LESS.search(text) else PRICE_RANKS[word]
        return Position(rank=rank, by_price=True)
    return None


#: "the bigger one", "the more expensive one": an item set by its rank against the others
_RANK_ONE = re.compile(r"\bthe\s+(?:(?:more|less)\s+)?([a-z]+)\s+one\b", re.I)


def rank_pointed(text: str) -> Position | None:
    """The rank "the bigger one" / "the cheaper one" points with, anywhere in ``text``."""
    found = _RANK_ONE.search(text)
    return _ranked(found.group(1).lower(), found.group(0)) if found else None


#: a choice of an item by its rank, asking nothing: "we'll take the bigger one", "ok the
#: cheaper one then", "let's go with the smaller one"
_CHOICE_BY_RANK = re.compile(
    r"\b(?:(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+want\s+to|\s+wanna)|let'?s|gonna|going\s+to)"
    r"\s+(?:take|go\s+(?:with|for)|get|order|buy)\s+the\s+(?:(?:more|less)\s+)?[a-z]+\s+one\b"
    r"|^\W*(?:(?:ok(?:ay)?|alright|sure|yes|yeah|fine|great|perfect)\W+)*the\s+"
    r"(?:(?:more|less)\s+)?[a-z]+\s+one(?:\s+(?:then|please|pls|for\s+us))*\W*$",
    re.I,
)


def chooses_by_rank(text: str) -> Position | None:
    """The rank a statement choosing an item by it uses ("we'll take the bigger one"), when
    it asks nothing; None otherwise."""
    if "?" in text or _CHOICE_BY_RANK.search(text) is None:
        return None
    return rank_pointed(text)


#: a decision on what to buy, the items named after it: "ok lets do lumen 2 group, atlas 75 and
#: the clarity", "we'll go with the pico", "put us down for 2 atlas 64s", "we've settled on the
#: 3 group", "i'll take the lumen 2 and a clarity", "go ahead with the batchpro"
_DECIDED = re.compile(
    r"\blet'?s\s+(?:do|go\s+(?:with|for)|get|order|take)\b"
    r"|\b(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'m\s+going\s+to"
    r"|\s+am\s+going\s+to|'re\s+gonna|\s+are\s+gonna|'m\s+gonna|\s+wanna)\s+"
    r"(?:go\s+(?:with|for)|take|have|order|get)\b"
    r"|\b(?:we|i)(?:'re|\s+are|'m|\s+am)\s+going\s+(?:with|for)\b"
    r"|\b(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:decided|settled)\s+on\b"
    r"|\b(?:put|sign)\s+(?:us|me)\s+(?:down|up)\s+for\b|\bgo\s+ahead\s+with\b",
    re.I,
)


def decides(text: str) -> bool:
    """Whether ``text`` states a decision on what to buy ("ok lets do lumen 2 group, atlas 75
    and the clarity"): the items it names replace the options weighed before of their kind.
    A decision asked ("should we go with the 2 group?"), supposed ("if we go with the pico")
    or hedged ("maybe we'll take the 3 group") is none."""
    return any(
        _DECIDED.search(s) and "?" not in s and not TENTATIVE.search(s) for s in sentences(text)
    )


def picks_from_choice(message: str, last_reply: str | None, products: frozenset[str]) -> bool:
    """Whether ``message`` names only a thing the catalog sells ("the grinders") right after
    a reply that asked the visitor to choose, or only a place or rank ("the first", "the
    smaller one") after one that offered items as "X or Y"."""
    if not last_reply or _CHOICE_ASKED.search(last_reply.strip()) is None:
        return False
    if not names_only_an_item(message):
        return False
    if position_picked(message) is not None:
        return _ITEMS_OFFERED.search(last_reply.strip()) is not None
    said = [w for w in words(message) if w not in FUNCTION_WORDS]
    return any(w in products or w.removesuffix("s") in products for w in said)
