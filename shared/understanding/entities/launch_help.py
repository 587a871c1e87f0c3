"""Help opening a café asked in the visitor's words: "do you help with the menu and setup",
"someone to tell us where everything goes behind the bar" is the catalog's launch consulting,
whatever the visitor calls it.

A phrasing is read only where help is asked for (a "help"/"advise" verb or "someone to show
us") and its object is a part of opening a café (the menu, the setup, the layout, the bar's
workflow); "help with the invoice" asks for no consulting. Pure: text in, the clause out.
"""

from __future__ import annotations

import re

from shared.understanding.entities.clauses import matching_clauses

_PART = (
    r"(?:menus?|drinks?\s+menu|set[- ]?ups?|layout|floor\s+plan|workflow|bar\s+design"
    r"|(?:where|how)\s+(?:everything|things|it\s+all|stuff)\s+goes|behind\s+the\s+(?:bar|counter)"
    r"|opening|launch|business\s+plan|build[- ]?out|fit[- ]?out)"
)
LAUNCH_HELP_RE = re.compile(
    r"\b(?:help(?:s|ing)?|advi[sc]e|guid(?:e|ance)|assist(?:ance)?|someone\s+to\s+(?:show|tell"
    r"|walk)\s+(?:us|me))\b(?:\s+(?:us|me|you|out))?\s+(?:with\s+|on\s+|plan\s+|design\s+"
    r"|figure\s+out\s+|set\s+up\s+)?(?:[\w'-]+\s+){0,3}?" + _PART + r"\b",
    re.I,
)
KIND = "café launch consulting"
"""The service kind such help is, in the catalog's words."""


def launch_help(text: str) -> str | None:
    """The clause asking for help opening a café ("do you help with like the menu and where
    everything goes behind the bar"), or None."""
    return matching_clauses(text, LAUNCH_HELP_RE)
