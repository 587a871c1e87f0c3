"""A request to be contacted inside a clause ("have someone call me Tuesday after 1pm about the
multi-site plan", "can u ring me re the essential plan") (pure).

Asking to be called is a handoff (the state machine's ``handoff``), never a need of the café's:
the clause keeps what the call is about ("the multi-site plan") and loses the asking, its time
and its channel. A clause that is only the asking ("and have someone call me") keeps nothing.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import CONTACT_ASKERS, CONTACT_VERBS

# who is asked and how politely: "ok can someone from sales", "have a human", "pls just"
_ASKER = (
    r"(?:(?:ok(?:ay)?|so|and|then|pls|plz|please|just|can|could|would|will|u|you|have|get"
    r"|" + CONTACT_ASKERS + r"|one\s+of\s+(?:you|your\s+\w+)"
    r"|from\s+(?:sales|your\s+(?:sales\s+)?team)|to)\s+)*"
)
# the asking itself: "call me", "give us a ring", "get back to me", "email me"
_VERB = (
    r"(?:" + CONTACT_VERBS + r"|give)(?:\s+(?:me|us)(?:\s+a\s+(?:call|ring|shout|buzz|bell))?"
    r"(?:\s+back)?|(?=\s+(?:about|re|regarding|abt)\b))"
)
# when, up to what it is about: "Tuesday after 1pm about", "this wk re", "for"
_ABOUT = r"(?:(?:\s+[^.?!;,]{0,40}?)??\s+(?:about|for|re|regarding|abt|to\s+talk\s+about)\b)?"
CALL_REQUEST = re.compile(rf"\b{_ASKER}{_VERB}{_ABOUT}", re.I)


def without_call_request(text: str) -> str:
    """The text with every request to be contacted taken out, the subject of each kept."""
    return " ".join(CALL_REQUEST.sub(" ", text).split())
