"""Cleaning visitor text: control characters and markup out, whitespace normalised."""

from __future__ import annotations

import re
import unicodedata

from shared.understanding.lists import unlisted

_MARKUP = re.compile(r"<[^>]{0,200}>")
_ANGLES = re.compile(r"[<>]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9'’]+")


# a quoted line's marker, as a forwarded note carries it: "> 1. can we get net-30"
_QUOTE_MARKER = re.compile(r"^[ \t]*(?:>[ \t]*)+")
_LINE_SPACES = re.compile(r"[ \t\f\v]+")


def clean_message(text: str) -> str:
    """The message without control characters, with single spaces (markup kept verbatim); a
    list written line by line first written as sentences (:func:`lists.unlisted`), after a
    forwarded note's quote markers go. Its line breaks stay, one between two lines: a pasted
    list, a letter or a signature is structure, and a line ends a sentence as a full stop does."""
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    unquoted = "\n".join(_QUOTE_MARKER.sub("", line) for line in kept.splitlines())
    lines_ = (_LINE_SPACES.sub(" ", line).strip() for line in unlisted(unquoted).splitlines())
    return "\n".join(line for line in lines_ if line)


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
