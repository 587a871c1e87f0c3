"""A figure the volume is going to: "we get 80 lbs a month ... I figure we'll go to about 130",
"60 cups a day now, should climb to 100 by summer".

The visitor states the amount now and, later in the message, the figure it grows to without
repeating the unit: sales needs both, so the volume keeps the amount as said and the figure it
goes to ("80 lbs a month, going to about 130"). A figure is taken only when it is larger than
the amount and at most five times it, and stands alone or with the amount's own unit ("we'll go
to 130 lb"); a figure followed by another word ("go to 2 locations", "up to 10%") or supposed
("if we go to 130, ...") is none.
"""

from __future__ import annotations

import re

_RAISED = re.compile(
    r"\b(?:(?:we'?ll|we\s+will|we'?d|we\s+would|should|could|might|will|gonna|going\s+to)\s+)?"
    r"(?:go|going|grow|growing|bump|bumping|jump|jumping|climb|climbing|rise|rising|move"
    r"|moving|get|getting|increase|increasing)\s+(?:it\s+)?(?:up\s+)?to\s+"
    r"(?P<approx>~|(?:about|around|roughly|maybe|probably|approx|approximately|like)\s+)?"
    r"(?P<figure>\d[\d,]*)\b(?![.,:]\d)(?P<rest>\s*[a-z%]*)",
    re.I,
)
_DIGITS = re.compile(r"\d[\d,]*")
# a raise only supposed: "if we go to 130 do we get the discount?"
_SUPPOSED = re.compile(r"\b(?:if|suppose|supposing|in\s+case|whether)\b", re.I)
_CLAUSE_END = {"", "and", "but", "or", "so", "once", "when", "by", "in", "after", "then"}


def raised_after(text: str, said: str, end: int) -> str | None:
    """The volume ``said`` (ending at ``end`` of ``text``) with the figure it is going to, when
    the message goes on to give one that fits ("80 lbs of foundry a month" -> "80 lbs of foundry
    a month, going to about 130"); None when it gives none."""
    found = _RAISED.search(text, end)
    if found is None or _SUPPOSED.search(re.split(r"[,.;!?]", text[: found.start()])[-1]):
        return None
    word = found.group("rest").strip().lower()
    if word not in _CLAUSE_END and word not in said.lower().split():
        return None  # "go to 2 locations", "up to 10%": another measure
    figure = int(found.group("figure").replace(",", ""))
    now = [int(d.replace(",", "")) for d in _DIGITS.findall(said)]
    if not now or not max(now) < figure <= max(now) * 5:
        return None
    approx = found.group("approx") or ""
    return f"{said}, going to {approx}{figure}"
