""" "can anyone call it, or only some customers?": the restriction is the question's other half.

A yes/no question about who may use something ("can anyone call it", "is it for everyone")
followed by its restricted alternative ("or only some customers?", "or just certain plans?")
asks one thing: who is eligible. Split apart, the alternative is read as a question of its own
("some customers" finds the passage on whom the sales team serves). The alternative is taken
out when the first half names everyone; the first half then finds the sentence saying who may.
Pure: text in, text out.
"""

from __future__ import annotations

import re

#: The first half asks about everyone: "can anyone", "is it open to everybody", "all customers".
_EVERYONE = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|any customer|all customers|all clients)\b", re.I
)
#: ", or only some customers", "or is it just certain ones", "or only for a few clients".
_RESTRICTED = re.compile(
    r",?\s+or\s+(?:is\s+it\s+|it'?s\s+|are\s+they\s+)?(?:only|just)\s+(?:for\s+|open\s+to\s+)?"
    r"(?:some|certain|select|selected|specific|particular|a\s+few)\b[^?.!]*",
    re.I,
)


def without_restricted_alternative(question: str) -> str:
    """``question`` without the restricted alternative after a who-may ask about everyone
    ("can anyone call it, or only some customers?" -> "can anyone call it?"); else unchanged."""
    found = _RESTRICTED.search(question)
    if found is None or not _EVERYONE.search(question[: found.start()]):
        return question
    return f"{question[: found.start()]}{question[found.end() :]}".strip()
