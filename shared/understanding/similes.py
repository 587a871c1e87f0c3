"""Similes in a visitor's story: "our water is hard as a rock", "the shop is quiet as a mouse".
The thing compared to is a figure of speech, not a topic asked about: left in, its noun (a word
the knowledge base never uses) made the search find nothing and the question behind the story
("do you have anything for that?") got "I don't know". Only a comparison told in a statement
after a copula is read so ("is hard as a rock,"), and only when the thing is no word of the
knowledge base: a role asked about ("is the pico fine as a second grinder?") keeps its words."""

from __future__ import annotations

import re
from collections.abc import Callable

_SIMILE = re.compile(
    r"\b(?P<lead>(?:is|are|was|were|gets|get|feels|tastes|looks)\s+(?:as\s+)?[a-z]+)"
    r"\s+as\s+(?:a|an|the)\s+(?P<thing>[a-z]+)(?P<end>\s*(?:[,.;!]|\s(?:and|but|so)\b|$))",
    re.I,
)


def without_similes(text: str, in_knowledge: Callable[[str], bool]) -> str:
    """``text`` with a simile's "as a <thing>" left out when ``in_knowledge`` does not hold
    the thing ("our water is hard as a rock, ..." -> "our water is hard, ...")."""

    def plain(found: re.Match[str]) -> str:
        if in_knowledge(found["thing"].lower()):
            return found[0]
        return found["lead"] + found["end"]

    return _SIMILE.sub(plain, text)
