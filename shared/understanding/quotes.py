"""Requests to proceed: a handoff to sales that keeps the items named.

A request verb before what sales provides: a quote or proposal ("send me a quote for 2
picos", "can your team put together pricing for us?"), samples ("could we get the free
samples?", "can you send the sample kit there?"), an order ("I want to place a trial order",
"we'd like to order the Foundry"), signing up ("put me down", "let's book the on-site") or
going ahead ("I would like to proceed with the consulting package"), anything sent
("please send me the price for all", "email us the specs"), or "quote" as the verb ("please
quote one BatchPro 2"). A question about them ("how long
does a quote take?", "do you send samples to Canada?", "does the free sample thing apply to
me?") is not a request.
"""

from __future__ import annotations

import re

from shared.understanding.sentences import sentences

_REQUEST = (
    r"(?:send|email|e-mail|give|get|put\s+together|prepare|draw\s+up|work\s+up|write\s+up"
    r"|need|want|like|request|requesting|looking\s+for|after|receive)"
)
QUOTE_NOUNS = r"quote|quotation|proposal|estimate"
"""What sales writes up for a visitor, as a regex alternation ("a quote", "a proposal")."""
_QUOTE = (
    rf"(?:{QUOTE_NOUNS}|formal\s+pricing|pricing\s+(?:for\s+(?:us|me|our)"
    r"|together|in\s+writing)|price\s+list\s+for\s+us|(?:written\s+)?offer\s+for)"
)
QUOTE_REQUEST = re.compile(
    rf"\b{_REQUEST}\s+(?:\w+\s+){{0,3}}?(?:a\s+|an\s+|the\s+|some\s+|our\s+)?{_QUOTE}\b", re.I
)
SAMPLE_REQUEST = re.compile(
    r"\b(?:send|get|want|like|love|take|request|try)\s+(?:[\w'-]+\s+){0,3}?samples?\b",
    re.I,
)
ORDER_REQUEST = re.compile(
    r"\b(?:(?:place|make|put\s+in|start)\s+(?:a|an|my|our|the)\s+(?:\w+\s+){0,2}?order"
    r"|(?:want|like|ready|going)\s+to\s+order"
    r"|(?:proceed|go\s+ahead|move\s+forward)\s+with"
    # signing up: "put me down", "sign us up for pro", "let's book the on-site", "book us in"
    r"|(?:put|pencil)\s+(?:me|us)\s+down|sign\s+(?:me|us)\s+up"
    r"|(?:let'?s|lets|let\s+us|(?:i|we)(?:'d|\s+would)\s+like\s+to|(?:i|we)\s+want\s+to)\s+"
    r"(?:book|reserve|schedule|sign\s+up|go\s+(?:with|for|ahead))"
    r"|^\W*(?:(?:ok(?:ay)?|k|fine|great|good|then|so|yes|yeah)\W+)*(?:please\s+)?book\s+"
    r"(?:me|us|the|a|it|that|one))\b",
    re.I,
)
SEND_ME = re.compile(
    r"^\W*(?:(?:please|pls|ok(?:ay)?|and|so|good|great|fine)\W+)*(?:send|email|e-mail|mail)\s+"
    r"(?:me|us)\b",
    re.I,
)
# "quote" as the verb: "Please quote one BatchPro 2 ...", "could you quote us for 2 picos"
QUOTE_VERB = re.compile(
    r"(?:^\W*|\b(?:please|pls|kindly|can\s+you|could\s+you|would\s+you)\s+)quote\s+(?:me|us"
    r"|for|on|one|\d+|two|three|four)\b",
    re.I,
)
_ABOUT = re.compile(
    r"\b(?:how\s+(?:long|do|does|much|many)|do\s+you\s+(?:do|give|send|offer|have)"
    r"|does\s+(?:the|your|it)|is\s+there|are\s+there|apply|eligible|qualify|minimum"
    r"|if\s+(?:i|we)|whether|what\s+if)\b",
    re.I,
)


def asks_quote(text: str) -> bool:
    """The visitor asks for a quote, samples or an order, or to go ahead (not a question
    about them)."""
    found = (QUOTE_REQUEST, SAMPLE_REQUEST, ORDER_REQUEST, SEND_ME, QUOTE_VERB)
    asked = [
        part
        for part in sentences(text, ends=".!?;", lines=True)
        if any(p.search(part) for p in found)
    ]
    return any(not _ABOUT.search(part) for part in asked)
