"""A machine asked for by the power it must run on: "need something that runs on a normal
plug", "want one that works off a regular outlet", "theres no 220 power where we park".

The constraint is an equipment need kept as said (sales reads which machine fits), and a
recommendation is owed: the reader looks up :data:`POWER_QUERY`, one question whatever the
words, so the answer names the machine of ours that runs on an ordinary outlet. A question
about a machine's power ("does the pico run on 110v?") states no need; it is answered as asked.
"""

from __future__ import annotations

import re

from shared.understanding.entities.clauses import matching_clauses
from shared.understanding.entities.cues import NEED_RE
from shared.understanding.sentences import sentences

POWER_NEED_RE = re.compile(
    r"\b(?:(?:runs?|running|works?|working)\s+(?:on|off|from|with)|plugs?\s+in(?:to)?)\s+"
    r"(?:an?\s+|the\s+|any\s+)?"
    r"(?:(?:normal|regular|standard|household|ordinary|wall)(?:\s+wall)?\s+(?:plugs?|outlets?"
    r"|power|sockets?)"
    r"|1[12][05]\s*(?:v|volts?)?\b)|\bno\s+(?:220|240|230)\s*(?:v\b|volts?\b)?"
    # a machine named by its plug: "the plug in machine", "a plug-in espresso machine"
    r"|\bplug[- ]?in\s+(?:espresso\s+)?(?:machine|model|one)\b",
    re.I,
)
# the site's power told as a limit, which asks for a machine as a need does: "we only got
# normal outlets", "the lobby doesn't have the big outlets", "only a regular outlet back there"
POWER_LIMIT_RE = re.compile(
    r"\bonly\s+(?:(?:have|got|has)\s+)?(?:the\s+|an?\s+|one\s+)?"
    r"(?:normal|regular|standard|ordinary|household)\s+"
    r"(?:outlets?|plugs?|power|sockets?)|\bno\s+(?:220|240|230)\b"
    # the same with "only" after: "regular outlets only", "standard 110 plugs only"
    r"|\b(?:normal|regular|standard|ordinary|household)\s+(?:1[12]0\s*v?\s+)?(?:outlets?|plugs?"
    r"|power|sockets?)\s+only\b"
    r"|\b(?:don'?t|doesn'?t|dont|doesnt|do\s+not|does\s+not)\s+have\s+(?:the\s+|any\s+)?"
    r"(?:big|220|240|230|three[- ]phase|special)\s*(?:v\s+|volts?\s+)?(?:outlets?|plugs?|power"
    r"|sockets?)",
    re.I,
)
# the need word a power need begins with, not part of the need ("need something that ...")
_NEED_LEAD = re.compile(r"^(?:(?:i|we)\s+)?(?:need|want|looking\s+for)\s+", re.I)
# what such a need asks the knowledge base, whatever its words
POWER_QUERY = "Which machine runs on an ordinary 110 V outlet?"


def power_need(text: str) -> str | None:
    """The clause asking for a machine by the power it must run on, in a message stating a
    need ("something that runs on a normal plug"); None for a question about a machine's
    power ("does the pico run on 110v?") or a message stating no need."""
    stated = [s for s in sentences(text) if "?" not in s]
    limit = any(POWER_LIMIT_RE.search(s) for s in stated)
    if not (NEED_RE.search(text) or limit):
        return None
    if not any(POWER_NEED_RE.search(s) or POWER_LIMIT_RE.search(s) for s in stated):
        return None
    found = matching_clauses(" ".join(stated), POWER_NEED_RE, wanted=True)
    if found is None and limit:
        found = matching_clauses(" ".join(stated), POWER_LIMIT_RE, wanted=True)
    return _NEED_LEAD.sub("", found) if found else None


def asks_by_power(text: str) -> bool:
    """The message asks for a machine by the power it must run on (a recommendation is owed)."""
    return power_need(text) is not None
