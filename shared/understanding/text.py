"""Cleaning visitor text: control characters and markup out, whitespace normalised."""

from __future__ import annotations

import re
import unicodedata

_MARKUP = re.compile(r"<[^>]{0,200}>")
_ANGLES = re.compile(r"[<>]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9'’]+")


# a list item's marker at the start of a line: "- ", "* ", "1) ", "2. ", "(a) ", "b) ", "> "
_LIST_MARKER = re.compile(r"^(?:(?:[-*•>]+|\(?(?:\d{1,2}|[a-h])[.)])\s+)+", re.I)


def clean_message(text: str) -> str:
    """The message without control characters, with single spaces (markup kept verbatim). Its
    line breaks stay, one between two lines, and a list item's marker goes: a pasted list or a
    signature is structure ("1) price of the pico" holds no quantity 1), and a line ends a
    sentence as a full stop does."""
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    lines = (_SPACES.sub(" ", line).strip() for line in kept.splitlines())
    return "\n".join(_LIST_MARKER.sub("", line) for line in lines if line)


def lines(text: str) -> list[str]:
    """The message's lines (a pasted list's items, a letter's lines), without empty ones."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def plain(text: str) -> str:
    """Text safe to store as a field value or repeat in a reply: no tags, no angle brackets."""
    return _SPACES.sub(" ", _ANGLES.sub("", _MARKUP.sub(" ", text))).strip()


def words(text: str) -> list[str]:
    """Lower-case words of the text, apostrophes normalised."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def has_letters_or_digits(text: str) -> bool:
    """False for emoji-only or punctuation-only messages."""
    return any(c.isalnum() for c in text)


_CLAUSE_BREAK = re.compile(
    r"\s*\n\s*|(?:(?<!\d)[.;!?]+|[.;!?]+(?!\d)|[;!?]+)\s*|(?:(?<!\d),|,(?!\d))\s*|\s+(?:(?<!\ba\s)(?<!\bA\s)plus|but|also)\s+"
)


def clauses(text: str) -> list[str]:
    """The message split into clauses at sentence ends, commas, semicolons and "plus"/"but";
    never inside a number ("$1,380.00", "12.5 lb"), nor at "a plus" ("organic is a plus")."""
    parts = _CLAUSE_BREAK.split(text)
    return [p.strip(" -") for p in parts if p and p.strip(" -")]


def shorten(text: str, limit: int = 200) -> str:
    """At most ``limit`` characters, cut at a word boundary."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;: ") + "…"
