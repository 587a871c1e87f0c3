"""Closings: a message that only thanks or says goodbye ("cool thx", "ok great, ty!").

Every word must be a thanks, farewell or filler word, so a message that also says something
("thanks, we need 2 grinders") is not a closing. The flow ends politely whatever the visitor
type; a next message simply continues the conversation.
"""

from __future__ import annotations

import re

_THANKS_TEXT = """
    thanks thank thx thnx tnx ty tysm tyvm cheers appreciate appreciated it you so much very
    bye goodbye later cya ttyl gracias merci danke obrigado obrigada
"""
_FILLER_TEXT = """
    ok okay k kk cool great perfect awesome nice sounds good alright got it that's thats all
    for now will do sure lol haha ha oh and a lot again the info help helpful
"""
THANKS = frozenset(_THANKS_TEXT.split())
FILLER = frozenset(_FILLER_TEXT.split())
_WORD = re.compile(r"[a-z']+")


def closes(text: str) -> bool:
    """True when the message is only thanks or a farewell, with fillers ("cool thx")."""
    words = _WORD.findall(text.lower())
    if not words or len(words) > 8 or any(c.isdigit() for c in text) or "?" in text:
        return False
    thanked = any(w in THANKS for w in words)
    return thanked and all(w in THANKS or w in FILLER for w in words)
