"""Names given by the shape of a message rather than by "I'm ...": a sign-off, a title, a
name put first.

- a sign-off ends the message with a known first name after a closing word or a dash ("thx,
  priya", "cheers - tom", "... - rosa");
- a title makes the words after it a name ("dr amir patel, 503-...", "Ms. Okafor here");
- a known first name standing first, in a clause of its own, answers a name asked earlier even
  when other clauses follow ("rosa, rosas on fifth"), and signs the message unasked when the
  one clause after it is the visitor's business ("sam, fern coffee").

Each takes only a known first name (or a title's words) that is no ordinary or product word.
"""

from __future__ import annotations

import re

from shared.understanding.entities.names import (
    NAME_WORD,
    SEGMENT,
    _blocked,
    known_first,
    month_name,
)
from shared.understanding.entities.names import _title as titled

NO_PRODUCTS: frozenset[str] = frozenset()

# words a closing addresses the reader with, never a signature ("cheers mate", "thanks guys")
_NOT_ADDRESSED = (
    r"(?!(?:mate|man|guys|all|team|everyone|folks|buddy|dude|again|so|much|lots|heaps|a\s+lot"
    r"|bro|pal|friend|sir|maam|ma'am|you|u)\b)"
)
_SIGN_OFF = re.compile(
    r"(?:^|[\s,.;:!?])(?:(?:thx|thanks|thank\s+you)(?:\s+kindly)?|ty|tysm|cheers|best|regards"
    r"|kind\s+regards|best\s+regards|many\s+thanks|ta|love|xo|bye|cya|later|sincerely|warmly"
    r"|god\s+bless|blessings|much\s+appreciated|all\s+the\s+best|yours\s+truly)[\s,.!:-]*\s"
    + _NOT_ADDRESSED
    + r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\W*$"
    r"|(?:^|\s)[-–—~]\s*"
    + _NOT_ADDRESSED
    + r"(?P<dashed>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\W*$",
    re.I,
)
_TITLE = re.compile(
    r"(?:^|[,.;:!?]\s*|\bi'?m\s+|\bthis\s+is\s+)(?:dr|doctor|mr|mrs|ms|miss|mx|prof)\.?\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+(?!here\b)[^\W\d_][\w'’-]*)?)(?=\s*(?:[,.;:!?\n]|here\b|$))",
    re.I,
)


def _name_of(words: str, products: frozenset[str], known: bool) -> str | None:
    """``words`` as a name: plain words, none ordinary; the first a known first name when
    ``known``."""
    tokens = words.split()
    if month_name(tokens[0]) and len(tokens) == 1:
        return tokens[0]  # "With thanks, June": the month word is the name here
    if not all(NAME_WORD.match(t) and not _blocked(t, products) for t in tokens):
        return None
    if known and not known_first(tokens[0]):
        return None
    return " ".join(titled(t) for t in tokens)


def signed_off_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """The known first name a message signs off with ("thx, priya"), or None."""
    found = _SIGN_OFF.search(text.strip())
    if found is None:
        return None
    return _name_of(found.group("name") or found.group("dashed"), products, known=True)


# a title set off after the person it names, someone the visitor speaks for: "I'm helping my
# employer, Mr. Haskett, plan a café", "writing for the owner, Ms. Varga"
_SOMEONE_TITLED = re.compile(
    r"\b(?:my|our|the)\s+(?:[\w-]+\s+)?(?:employer|boss|manager|client|owner|partner|director"
    r"|chef|husband|wife|father|mother|dad|mom|principal)\s*,\s*(?:dr|doctor|mr|mrs|ms|miss|mx"
    r"|prof)\.?\s+$",
    re.I,
)


def titled_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """The name after a title ("dr amir patel" -> "Amir Patel"), or None; not the name of
    someone the visitor speaks for ("my employer, Mr. Haskett")."""
    found = _TITLE.search(text)
    if found is None or _SOMEONE_TITLED.search(text[: found.start("name")]):
        return None
    return _name_of(found.group("name"), products, known=False)


def leading_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """A known first name that is the message's first clause, other clauses after it
    ("rosa, rosas on fifth"); for a name asked earlier and still missing."""
    segments = [s.strip() for s in SEGMENT.split(text) if s.strip()]
    if len(segments) < 2 or len(segments[0].split()) != 1:
        return None
    return _name_of(segments[0], products, known=True)


# the visitor's business after a name put first: the name's possessive ("rosa, rosas on
# fifth", "marco, marco's deli") or a venue word ending a short clause ("sam, fern coffee")
_VENUE_LAST = re.compile(
    r"\b(?:caf[eé]s?|coffee(?:\s+(?:co|company|house|bar|shop|roasters))?|bakery|roasters?"
    r"|roastery|deli|diner|kitchen|bistro|espresso(?:\s+bar)?|coffee\s+shop)\W*$",
    re.I,
)


def name_and_business(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """A known first name put first, the visitor's business in the one short clause after it
    ("rosa, rosas on fifth", "sam, fern coffee"): a signature, whether the name was asked or
    not; None for anything else (a question, more clauses, a longer remark)."""
    segments = [s.strip() for s in SEGMENT.split(text) if s.strip()]
    name = leading_name(text, products)
    if name is None or len(segments) != 2 or "?" in text or len(segments[1].split()) > 5:
        return None
    owned = re.search(rf"\b{re.escape(name)}(?:'?s|’s)\b", segments[1], re.I)
    return name if owned or _VENUE_LAST.search(segments[1]) else None


def signed_month_span(text: str) -> tuple[int, int] | None:
    """Where a message signs off with a capitalised first name that is also a month ("With
    thanks, June"): a name in that place, never a date; None for any other ending."""
    found = _SIGN_OFF.search(text)
    group = "name" if found and found.group("name") else "dashed"
    if found is None or not month_name(found.group(group)):
        return None
    return found.span(group)
