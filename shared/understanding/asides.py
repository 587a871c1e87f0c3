"""Asides typed around what a visitor tells: emoji and chat interjections ("ngl", "tbh", "lol",
"stale af"). A field stored from a told clause keeps the clause, not the aside: an emoji typed
between two statements ends the first ("... taste like cardboard 😤 we have 2 cafes"), and an
interjection opening or closing a clause, or "af" after a word, is left out."""

from __future__ import annotations

import re

from shared.understanding.lexicon import (
    EMOJI,
    INTERJECTIONS,
    STRETCHED_INTERJECTIONS,
    TELLING_INTERJECTIONS,
)

EMOJI_BREAK = re.compile(rf"\s*{EMOJI}+(?:\s*{EMOJI}+)*\s*(?=\S)")
EMOJI_END = re.compile(rf"\s*{EMOJI}+(?:\s*{EMOJI}+)*\s*$")
#: A run of emoji with the space around it, wherever it stands.
EMOJI_SPLIT = re.compile(rf"\s*{EMOJI}+(?:\s*{EMOJI}+)*\s*")
_INTERJECTIONS = "|".join(
    f"{word}+" if word in STRETCHED_INTERJECTIONS else word
    for word in sorted(INTERJECTIONS - TELLING_INTERJECTIONS, key=lambda word: (-len(word), word))
)
LEADING = re.compile(rf"^(?:(?:{_INTERJECTIONS})\b[\s,.!]*)+", re.I)
TRAILING = re.compile(rf"(?:[\s,.!]*\b(?:{_INTERJECTIONS}))+[\s.!]*$", re.I)
INTENSIFIER = re.compile(r"(?<=\w)\s+af\b", re.I)


def without_emoji(text: str) -> str:
    """The text with an emoji between two statements read as a sentence end, and one at the
    end dropped."""
    return EMOJI_BREAK.sub(". ", EMOJI_END.sub("", text))


def without_asides(clause: str) -> str:
    """A told clause without the interjections opening or closing it and without "af"."""
    bare = TRAILING.sub("", LEADING.sub("", INTENSIFIER.sub("", clause)))
    return bare.strip() or clause
