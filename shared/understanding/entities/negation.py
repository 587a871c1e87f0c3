"""Negation scope: a cue said under a "not" is a constraint, never a value.

"we do NOT want espresso", "nothing fruity", "no pods", "something that isn't bitter" name a
coffee style or an item only to rule it out: what the visitor does not want is neither a coffee
preference nor an equipment need. A negator reaches forward over a few words of its own clause;
a clause break or a contrast word ends its scope ("we want drip not espresso": drip is wanted,
espresso is not; "no espresso, but decaf for sure": decaf is wanted).
"""

from __future__ import annotations

import re

# the words that deny what follows them in their clause
NEGATOR_RE = re.compile(
    r"\b(?:not|no|never|without|nothing|nobody|none|neither|nor|hate|hates|avoid"
    r"|(?:do|does|did|is|are|was|were|wo|would|could|should|ca|have|has)n'?t"
    r"|dont|doesnt|didnt|isnt|arent|wont|cant|wouldnt)\b",
    re.I,
)
# what ends a negator's reach: a clause break, or a contrast that turns to what is wanted
_SCOPE_END = re.compile(
    r"[,.;:!?()+\n]|\s[-–—]\s|\b(?:but|just|only|rather|instead|though|although|so|because"
    r"|cause|cuz|and\s+(?:we|i|they)|we|i)\b",
    re.I,
)
_REACH = 5  # words: "we do NOT want any of the dark roasts" reaches "dark"


def negated_at(text: str, start: int) -> bool:
    """The word starting at ``start`` is inside a negator's scope (pure)."""
    before = text[:start]
    ends = list(_SCOPE_END.finditer(before))
    scope = before[ends[-1].end() :] if ends else before
    words = scope.split()[-_REACH:]
    return bool(NEGATOR_RE.search(" ".join(words)))


def wanted_cues(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The matches of ``pattern`` in ``text`` not inside a negator's scope."""
    return [m.group(0) for m in pattern.finditer(text) if not negated_at(text, m.start())]


def only_negated(text: str, pattern: re.Pattern[str]) -> bool:
    """``text`` names ``pattern``'s cues, every one of them ruled out ("we do NOT want
    espresso", "no pods, no fruity stuff")."""
    return pattern.search(text) is not None and not wanted_cues(text, pattern)


def denies_only(text: str) -> bool:
    """Every clause of ``text`` opens by ruling something out ("no pods", "not the 3 group,
    nothing fancy"): it says what is not wanted and nothing that is."""
    parts = [p for p in _CLAUSE_BREAK.split(text) if p.strip()]
    return bool(parts) and all(NEGATOR_RE.match(p.strip()) for p in parts)


# a change of mind pointing back at what was just said: "I was going to get the two group but
# ... scrap that", "let's do the 2-group. actually no, the 3-group"
TAKEN_BACK = (
    r"actually\s+no|no\s+wait|wait\s+no|(?:scratch|scrap|forget|ditch)\s+that"
    r"|on\s+second\s+thought|changed?\s+(?:my|our)\s+mind"
)
_TAKEN_BACK_RE = re.compile(rf"\b(?:{TAKEN_BACK})\b", re.I)


def taken_back(text: str, end: int) -> bool:
    """What ends at ``end`` is taken back by a change of mind said after it ("I was going to
    get the two group but ... scrap that, what's the one that runs on normal power")."""
    return _TAKEN_BACK_RE.search(text, end) is not None


def after_taken_back(text: str) -> str | None:
    """What the text says after its last change of mind ("... so scrap that, what's the one
    that runs on normal power" -> "what's the one that runs on normal power"), None when it
    takes nothing back or says nothing after."""
    cues = list(_TAKEN_BACK_RE.finditer(text))
    rest = text[cues[-1].end() :].lstrip(" ,.;:!-") if cues else ""
    leans = _LEANS_BACK.search(rest)  # "changed my mind. if i send it back": about the item
    return rest if len(rest.split()) >= 3 and not leans else None


_LEANS_BACK = re.compile(r"\b(?:it|its|they|them|those)\b", re.I)


_CLAUSE_BREAK = re.compile(r"[,.;!?\n]+|\s+(?:and|or)\s+", re.I)
