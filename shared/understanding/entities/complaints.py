"""The kind of a complaint about a supplier or the drinks, named the way sales files it: "the
tech took 5+ days each time" is slow repairs, "drinks quality is all over the place" is
inconsistent quality.

A vocabulary, one pattern a kind, over the phrasings visitors use for it; a kind is named only
where a phrasing of it is written, and a clause that already says the kind's word ("repairs
are slow", "the coffee is inconsistent") is kept as said. Pure: text in, the clause with its
kinds in front out (the way :mod:`shared.understanding.entities.symptoms` names a fault).
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import number_words

_WAIT = rf"(?:\d+\s*\+?|a\s+few|several|a|an|{number_words(1, 12)})\s*(?:full\s+)?"
_SPAN = rf"(?:{_WAIT}(?:days?|weeks?|months?)|forever|ages|weeks|days)"
_AGE = _WAIT + r"(?:weeks?|wks?|months?)"
_REPAIRER = r"(?:tech|techs|technicians?|engineers?|repair\s*(?:man|guy|people|person)|service)"
_COMPLAINTS: tuple[tuple[str, str, str], ...] = (
    # (kind, the word that already says it, the phrasings)
    ("slow repairs", r"repair",
     rf"{_REPAIRER}\s+(?:\w+\s+){{0,2}}(?:took|takes|taking|needed|needs)\s+(?:\w+\s+)?{_SPAN}"
     rf"|(?:wait(?:ed|ing)?|waits)\s+(?:\w+\s+)?{_SPAN}\s+for\s+(?:a\s+|the\s+|their\s+)?"
     rf"{_REPAIRER}"
     rf"|(?:took|takes)\s+(?:them\s+|him\s+|us\s+)?{_SPAN}\s+(?:for\s+\w+\s+)?to\s+(?:get\s+)?(?:it\s+)?(?:fix|repair)"
     r"\w*"),
    ("inconsistent quality", r"inconsisten|consisten",
     r"(?:drinks?|coffee|quality|shots?|espresso|lattes?|taste|flavou?rs?|cups?|extraction)"
     r"\s+(?:\w+\s+){0,3}?(?:is|are|was|were|'s|'re|varies|vary|swings?)\s+(?:\w+\s+)?"
     r"(?:all\s+over\s+the\s+(?:place|map)|hit[- ](?:or|and)[- ]miss|never\s+the\s+same"
     r"|different\s+every\s+(?:time|day|shift)|up\s+and\s+down|from\s+\w+\s+to\s+\w+)"),
    # beans sent weeks or months after their roast: "beans roasted like 3 weeks ago", "the roast
    # dates are a month old" (days after roasting is fresh coffee, no complaint)
    ("stale beans", r"stale|fresh",
     rf"roast(?:ed)?\s+(?:\w+\s+){{0,2}}?(?:like\s+|about\s+|over\s+|almost\s+|nearly\s+)?"
     rf"{_AGE}\s+ago|roast\s+dates?\s+(?:\w+\s+){{0,2}}?(?:are|is|was|were)\s+(?:like\s+)?{_AGE}"
     r"\s+old"),
)  # fmt: skip
_COMPILED = tuple(
    (kind, re.compile(said, re.I), re.compile(rf"\b(?:{p})(?![\w'])", re.I))
    for kind, said, p in _COMPLAINTS
)


def complaint_kinds(clause: str) -> list[str]:
    """The kinds of complaint ``clause`` describes and does not already name, each once."""
    return [
        kind
        for kind, said, pattern in _COMPILED
        if pattern.search(clause) and not said.search(clause)
    ]


def with_complaint_kinds(clause: str) -> str:
    """The clause with the kinds it describes in front ("slow repairs (the tech took 5 days)"),
    or the clause as said when it names none."""
    kinds = complaint_kinds(clause)
    return f"{', '.join(kinds)} ({clause})" if kinds else clause
