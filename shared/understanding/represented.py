"""A coffee venue run by the person the writer represents, or named in formal words: "I write
on behalf of Ms. Osei-Bonsu, proprietor of the Hawthorn Room, a café", "Mr. Farrow, who has
owned and run the Marigold Café for eleven years", "I advise the Orangery Café, which has
traded for nine years", "a café franchise with four outlets trading at present". Such a venue
types the conversation as the visitor's own would: a running café
(``docs/decisions/represented-venues.md``). A consultant's own firm names no café, and an
opening supposed for a client ("my client is thinking of opening a café") is read before this
as a new one.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import COUNT_WORDS, alternation

_CAFE = (
    r"(?:caf[eé]s?|coffee\s+(?:shops?|houses?|bars?|carts?|trucks?|kiosks?)|espresso\s+bars?"
    r"|tea\s*rooms?)"
)
_COUNT = r"(?:\d+|" + alternation(COUNT_WORDS) + r")"
REPRESENTED_VENUE = re.compile(
    # a third person's ownership, told in the third person: "who owns three cafés", "has owned
    # and run the Marigold Café", "the Director operates two coffee shops"
    r"\b(?:owns|runs|operates|has\s+(?:owned|run|operated)(?:\s+and\s+(?:run|operated))?)\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|" + _COUNT + r"\s+)?"
    r"(?:[\w'&.-]+\s+){0,3}?" + _CAFE + r"\b"
    # the owner's title: "proprietor of the Hawthorn Room, a café on College Avenue"
    r"|\b(?:proprietor|owner|proprietress|licensee)\s+of\s+(?:the\s+)?(?:[\w'&.-]+\s+){0,3}?"
    r"(?:[\w'&.-]+,\s+(?:a|an)\s+(?:[\w-]+\s+)?)?" + _CAFE + r"\b"
    # a café that has traded a while: "the Orangery Café ..., which has traded for nine years"
    r"|\b" + _CAFE + r"\b[^.;!?]{0,60}?\b(?:has|have)\s+(?:been\s+)?(?:traded|trading|operated"
    r"|operating|open)\b"
    # formal sites trading now: "a café franchise with four outlets trading at present"
    r"|\b" + _COUNT + r"\s+(?:outlets|premises|establishments|sites|branches)\s+(?:trading"
    r"|open|operating|in\s+operation)\b",
    re.I,
)


# the writer acts for someone: "on behalf of", "engaged by", "I advise", "my client", "PA to";
# without it a café run by another ("our neighbour runs a café next door") is not the visitor's
ACTS_FOR = re.compile(
    r"\bon\s+behalf\s+of\b|\b(?:i\s+am\s+|i'm\s+)?writ(?:e|ing)\s+for\b"
    r"|\b(?:engaged|retained|employed|instructed)\s+by\b"
    r"|\bi\s+(?:advise|represent|act\s+for|work\s+for|assist)\b|\b(?:my|our)\s+(?:client|principal"
    r"|employer|director|boss)\b|\b(?:pa|assistant|secretary)\s+to\b|\bconsult(?:ant|ancy|ing)\b"
    r"|\bfranchise\b|\bin\s+my\s+capacity\s+as\b",
    re.I,
)


def represented_venue(text: str) -> bool:
    """True when the message tells of a running coffee venue in the third person or in
    formal words, written by one who acts for its owner."""
    return REPRESENTED_VENUE.search(text) is not None and ACTS_FOR.search(text) is not None
