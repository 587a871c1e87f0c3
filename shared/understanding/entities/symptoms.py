"""The symptoms of a fault, named the way a service desk writes them: "Left group head's been
dripping water constantly" is a leak, "not heating since morning, steam also not coming" is no
heat and no steam, "stopped grinding mid rush, motor hums" is a grinder that does not grind.

A vocabulary, one pattern a symptom, over the phrasings visitors use for it; a symptom is named
only where a phrasing of it is written (nothing is guessed from the machine or the mood of the
message). Pure: text in, symptom names out, in the order of the vocabulary.
"""

from __future__ import annotations

import re

_NOT = r"(?:not|isn'?t|is\s+not|wont|won'?t|doesn'?t|does\s+not|don'?t|no\s+longer|never)"
_SYMPTOMS: tuple[tuple[str, str], ...] = (
    # "drip" alone is a coffee ("drip coffee"): water dripping is a dripping or a drip "from"
    ("leak", r"leak\w*|dripping|drips?\s+(?:water|from|around|out|constantly|everywhere)"
     r"|puddl\w*|water\s+(?:is\s+|'s\s+)?(?:everywhere|all\s+over|pooling"
     r"|on\s+the\s+(?:floor|counter))"
     r"|flood\w*"),
    ("no heat", rf"{_NOT}\s+(?:\w+\s+)?(?:heat\w*|getting\s+(?:hot|warm))|no\s+heat"
     r"|lukewarm|stay(?:s|ing)?\s+cold|(?:water|coffee|shots?)\s+(?:is\s+|are\s+)?(?:coming\s+"
     r"out\s+)?cold"),
    ("no steam", rf"no\s+steam|steam\s+(?:\w+\s+)?{_NOT}\s+(?:\w+\s+)?(?:coming|working)"
     rf"|{_NOT}\s+(?:\w+\s+)?(?:build(?:ing)?\s+)?steam"),
    ("no power", r"(?:won'?t|doesn'?t|does\s+not|will\s+not)\s+(?:turn|switch|power)\s+on"
     r"|no\s+power|trip(?:s|ping|ped)?\s+the\s+(?:breaker|fuse)"),
    ("not grinding", rf"stop(?:s|ped|ping)\s+(?:mid[- ]?)?grind\w*|{_NOT}\s+(?:\w+\s+)?grind\w*"
     r"|(?:keeps?\s+)?stop(?:s|ping)?\s+mid[- ]grind|jam(?:s|med)|motor\s+hums"),
    ("shots running fast", r"shots?\s+(?:are\s+|is\s+)?(?:\w+\s+)?(?:running|pulling|coming"
     r"\s+out|going)\s+(?:way\s+|much\s+)?too\s+fast|gush\w*|channel+ing"),
    ("shots running slow", r"shots?\s+(?:are\s+|is\s+)?(?:\w+\s+)?(?:running|pulling|coming"
     r"\s+out|going)\s+(?:way\s+|much\s+)?too\s+slow|chok(?:es|ing|ed)"),
    ("low pressure", r"(?:no|low|losing|lost)\s+(?:\w+\s+)?pressure"
     r"|pressure\s+(?:(?:is|'s|keeps)\s+)?(?:drops?|dropp\w+|falling|low|won'?t\s+build)"),
    ("error on the display", r"error(?:\s+(?:code|message))?|\be\d{1,3}\b\s+(?:code|error)"),
    ("noise", r"(?:weird|loud|strange|grinding|clicking|banging)\s+(?:noise|sound)s?"
     r"|rattl\w*|squeal\w*"),
    ("not brewing", rf"{_NOT}\s+(?:\w+\s+)?brew(?:ing)?\b"),
    ("wrong dose", r"over[- ]?dos\w*|under[- ]?dos\w*|(?:doesn'?t|does\s+not|won'?t)\s+stop\s+at"
     r"\s+(?:the\s+)?(?:target|set|right)\s+(?:weight|dose|grams?)"),
)  # fmt: skip
_COMPILED = tuple((name, re.compile(rf"\b(?:{p})(?![\w'])", re.I)) for name, p in _SYMPTOMS)


def symptoms(text: str) -> list[str]:
    """The symptoms ``text`` describes, by their desk names ("leak", "no heat"), each once."""
    return [name for name, pattern in _COMPILED if pattern.search(text)]
