"""A phrasal noun in the plural is the same thing asked: "trade-ins" is the trade-in.

Nouns made of a verb and its particle ("trade-in", "add-on", "check-up", "drop-off") take
their plural on the particle ("trade-ins", "add-ons"). Read word by word, the plural particle
("ins", "ons") is an unknown word and the verb alone finds another passage ("trade" -> "Fair
Trade"). The plural is read as the singular compound the knowledge base writes. Pure.
"""

from __future__ import annotations

import re

#: "trade-ins", "add ons", "check-ups", "drop-offs", "call-outs", "walk-throughs".
_PLURAL_PHRASAL = re.compile(r"\b([a-z]+)([- ])(in|on|up|off|out|over|down|back|through)s\b", re.I)
#: Verbs whose phrasal noun is asked in the plural with a space ("trade ins"); with a hyphen
#: any verb is read so.
_SPACED = frozenset({"trade", "add", "check", "drop", "call", "pick", "top", "walk", "sign"})


def as_singular_phrasal(text: str) -> str:
    """``text`` with each plural phrasal noun made singular ("do you do trade-ins?" -> "do you
    do trade-in?"); a particle after a verb not in :data:`_SPACED` with a space is kept."""

    def singular(match: re.Match[str]) -> str:
        verb, joint, particle = match.groups()
        if joint == " " and verb.lower() not in _SPACED:
            return match.group(0)
        return f"{verb}-{particle}"

    return _PLURAL_PHRASAL.sub(singular, text)
