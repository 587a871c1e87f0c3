"""A kind of product named with a clause describing it: "the grinder that weighs the coffee",
"the grinder with the weight", "the barista training in our café"; or a product asked for by
the need it meets: "anything to protect the machine", "something that keeps scale out".

The reader finds the phrase and its parts; the answerer (:mod:`shared.rag.featured`) decides
which catalog member, if any, the clause describes. Pure: text and the kinds' words in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.understanding.lexicon import TIME_NOUNS

#: An article, at most one word before the kind's word, the kind's word, a joining word ("that",
#: "with", "for", "you roast for": what the item is for) and up to five words (stopping at a
#: conjunction or the next ask).
_FEATURED = (
    r"\b(?:the|a|an|your|ur|that)\s+((?:[a-z-]+\s+)?(?:{heads}))(?:e?s)?\s+"
    r"(?:that|which|with|in|who|(?:(?:that\s+)?(?:you|u)\s+[a-z]+\s+)?for)\s+"
    r"((?:(?!(?:and|or|but|plus|total|price|how|what|for|cost|costs)\b)"
    r"[a-z\u00c0-\u024f'-]+\s*){{1,5}})"
)


#: A product asked for by its purpose: "anything"/"something" and a clause saying what it must
#: do ("to protect the machine", "that stops scale", "against limescale").
_PURPOSED = (
    r"\b(any|some)\s*thing\s+(?:to|that|which|against)\s+"
    r"((?:(?!(?:and|or|but|plus|total|price|how|what|for)\b)[a-z\u00c0-\u024f'-]+\s*){1,8}?)"
    r"(?=[?.!,;]|$|\b(?:and|or|but|plus|for)\b)"  # the whole clause, or none of it
)


#: A product asked for by its qualities and use: "something bright and flowery for the pour-over
#: bar", "anything smooth for milk drinks" (not "anything else for ...": no quality said).
_QUALIFIED = (
    r"\b(any|some)\s*thing\s+((?!(?:else|more|extra|other|new|special|to|that|which)\b)"
    r"(?:[a-z'-]+\s+){1,3}?for\s+(?:(?!(?:and|or|but|plus|how|what|on|at)\b)[a-z'-]+\s*){1,5}?)"
    r"(?=[?.!,;]|$|\b(?:and|or|but|plus|on|at)\b)"
)


#: A service asked for by what it helps with: "do you help with the layout", "can u guys help
#: us w/ the menu", "do you assist with staff training" (the clause up to the next ask).
_HELPED = re.compile(
    r"\b(?:do|can|could|would|will)\s+(?:you|u|ya|y'all|yall)(?:\s+guys)?\s+(?:also\s+)?"
    r"(?:help|assist)(?:\s+(?:us|me))?\s+(?:with|w/|w)\s+"
    r"((?:(?!(?:and|or|but|plus|total|price|how|what|cost|costs|if|when)\b)"
    r"[a-z\u00c0-\u024f'-]+\s*){1,6}?)(?=[?.!,;]|$|\b(?:and|or|but|plus|if|when)\b)",
    re.I,
)


def helped_clause(text: str) -> tuple[int, int, str] | None:
    """Where the ask for help with something is in ``text`` and what it is the help with
    ("do u help w/ the layout n stuff" -> "the layout n stuff"); None when it asks none."""
    found = _HELPED.search(text)
    if found is None:
        return None
    return found.start(), found.end(1), found.group(1).strip()


@dataclass(frozen=True)
class Featured:
    """One phrase: where it is in the text, the kind as named, and the describing clause."""

    start: int
    end: int
    named: str
    clause: str


def featured_phrases(text: str, kind_words: Iterable[str]) -> list[Featured]:
    """The "<kind> that/with/in <clause>" phrases of ``text``, for the kinds' ``kind_words``."""
    heads = sorted({re.escape(w) for w in kind_words}, key=len, reverse=True)
    if not heads:
        return []
    pattern = re.compile(_FEATURED.format(heads="|".join(heads)), re.I)
    found = []
    for match in pattern.finditer(text):
        phrase = match.group(0).rstrip()
        joined = text[match.end(1) : match.start(2)].lower().split()
        first = [w for w in match.group(2).lower().split() if w not in ("a", "an", "the")][:1]
        if "for" in joined and (not first or first[0] in TIME_NOUNS or first[0].isdigit()):
            continue  # "a machine for a week": how long, not what it is for
        found.append(Featured(match.start(), match.start() + len(phrase), *match.group(1, 2)))
    return found


def purpose_phrases(text: str) -> list[Featured]:
    """The "anything/something to/that/against <clause>" and "something <qualities> for
    <use>" phrases of ``text``."""
    found = []
    for match in [*re.finditer(_PURPOSED, text, re.I), *re.finditer(_QUALIFIED, text, re.I)]:
        phrase = match.group(0).rstrip()
        found.append(Featured(match.start(), match.start() + len(phrase), *match.group(1, 2)))
    return found


def modified_phrases(text: str, kinds: Iterable[str]) -> list[Featured]:
    """The "the <word> <kind>" phrases of ``text`` ("the group maintenance plan"), each with the
    kind as named (its whole name or its last word) and the one word before it as the clause."""
    names = {k.lower() for k in kinds} | {k.lower().split()[-1] for k in kinds}
    alternatives = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    if not alternatives:
        return []
    pattern = re.compile(rf"\b(?:the|that|this|your|ur)\s+([a-z]+)\s+({alternatives})s?\b", re.I)
    return [
        Featured(m.start(), m.end(), m.group(2), m.group(1).lower()) for m in pattern.finditer(text)
    ]
