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
    for now will do sure lol haha ha oh and a lot again the info help helpful i think guess
    busy gtg g2g gotta go run rn sorry
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


SHORT = 8  # words of a thanks sentence ("thank you very much for your attention")
LONG_THANKS = 16  # words in a message that opens with such a sentence
_CLAUSE = re.compile(r"[.,;!]+\s*")
# words a thanks or farewell starts with ("so", "very", "you" only follow one)
OPENERS = THANKS - {"it", "you", "so", "much", "very", "later", "appreciate", "appreciated"}


def thanks_at_end(text: str) -> bool:
    """The message ends on a short thanks ("good to know, ill bring it up w my partner. thanks
    y'all", "thank you sweetie!") or is one of a few words that starts with it ("thanks this was
    really helpful!", "Thank you very much for your attention. It helped me a lot"): a closing
    when nothing else in it asks or gives anything (the caller checks that)."""
    if "?" in text:
        return False
    clauses = [c for c in _CLAUSE.split(text.lower()) if _WORD.search(c)]
    if not clauses:
        return False
    last, first = _WORD.findall(clauses[-1]), _WORD.findall(clauses[0])
    if 0 < len(last) <= 4 and last[0] in OPENERS and not any(c.isdigit() for c in clauses[-1]):
        return True
    if not first or first[0] not in OPENERS:
        return False
    sentence = _WORD.findall(re.split(r"[.!]+", text.lower())[0])
    return len(sentence) <= SHORT and len(_WORD.findall(text.lower())) <= LONG_THANKS
