"""A recap asked for: the visitor wants to hear back what they have told the assistant so far.

"can you recap what you've got from me so far?", "summary so far?", "could you read that back",
"run me through what you have", "what have you got on me so far?". The reply lists what is held
(masked like the read-back) and the conversation goes on; nothing is offered for deletion,
which is the privacy question's reply ("what have you saved about me?", :mod:`privacy`).

Precision first: a summary of something else is a question for the knowledge base ("can you
summarise what it would all cost", "sum up the options for me", "recap the warranty"), so a
summary verb needs an object that is the visitor's own details, "so far", or nothing at all.
"""

from __future__ import annotations

import re

from shared.understanding.privacy import asks_erasure

_SUMMARY = r"(?:recap|sum\s+up|summari[sz]e|give\s+(?:me|us)\s+a\s+(?:quick\s+)?(?:recap|summary))"
# what the visitor gave, named as theirs or as ours to hold: "what you've got from me", "what I
# told you", "my details", "everything I gave you"
_THEIRS = (
    r"(?:what\s+(?:you(?:'ve|\s+have)?|u|ya)\s+(?:got|have|noted|taken\s+down|written\s+down"
    r"|collected|kept|heard)"
    r"|what\s+(?:i|we)(?:'ve|\s+have)?\s+(?:gave|given|told|said|shared|sent|typed)"
    r"|everything\s+(?:(?:i|we)(?:'ve|\s+have)?\s+(?:gave|given|told|said|shared)|you(?:'ve|\s+have)?"
    r"\s+(?:got|have|noted))"
    r"|(?:my|our)\s+(?:details|info|information|answers|contact\s+(?:details|info)))"
)
_SO_FAR = r"(?:so\s+far|until\s+now|up\s+to\s+now|thus\s+far)"
RECAP_RE = re.compile(
    # "can you recap what you've got from me so far", "summarise my details"
    rf"\b{_SUMMARY}\s+(?:(?:it|that|this|all)\s+)?(?:for\s+(?:me|us)\s+)?(?:of\s+)?{_THEIRS}\b"
    # "quick recap pls", "can you recap?": the word alone (a bare "summarise?" may ask for the
    # answer just given in short, so only "recap" says it without "so far")
    r"|\brecap\s*(?:please|pls|plz)?\s*[?.!]*$"
    rf"|\b(?:recap|summary|sum\s+up|summari[sz]e)\s+(?:of\s+)?(?:(?:it|that|this|all|everything)"
    rf"\s+)?{_SO_FAR}\b"
    # "read that back", "repeat my details back", "read back what you have"
    r"|\b(?:read|repeat|play)\s+(?:(?:it|that|this|those|them|it\s+all|all\s+(?:of\s+)?(?:that|this"
    r"|it)|everything|my\s+details|our\s+details|my\s+info)\s+)back\b"
    rf"|\b(?:read|repeat)\s+back\s+(?:{_THEIRS}|everything|my\s+details|our\s+details)\b"
    # "run me through what you have", "go over what I gave you"
    rf"|\b(?:run(?:ning)?\s+(?:me|us)\s+through|go(?:ing)?\s+(?:over|through))\s+{_THEIRS}\b"
    # "what have you got on me so far?", "what do you have so far", "what've you got so far"
    rf"|\bwhat(?:\s+have\s+you|'ve\s+you|\s+do\s+you\s+have|\s+you(?:'ve|\s+have)|\s+have\s+u)"
    rf"\s*(?:got\s+)?"
    rf"(?:(?:on|from|for|about)\s+(?:me|us)\s+)?{_SO_FAR}\b",
    re.I,
)


def asks_recap(text: str) -> bool:
    """The visitor asks to hear back what they have told us (not an erasure)."""
    return bool(RECAP_RE.search(text)) and not asks_erasure(text)
