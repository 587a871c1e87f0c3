"""A named option the knowledge base never mentions: "can i pay with paypal?", "do you ship via
fedex?". The passage found ("New accounts pay by card ...") is what our information does say;
the answer first says it does not hold the name asked about, so it reads as no guess that
the option exists or not. A name is a word that is neither English nor the knowledge base's
own (the speller knows both) nor a catalog name, written as the means of the ask ("with",
"via", "through", "using"). Pure: text and the word tests in."""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.rag.types import Answer

#: The means of an ask and the name after it: "pay with paypal", "ship via fedex".
_MEANS = re.compile(r"\b(?:with|via|through|using|thru)\s+(?:an?\s+|my\s+|our\s+)?([a-z]{4,})\b")


def unmentioned_name(question: str, known: Callable[[str], bool], naming: frozenset[str]) -> str:
    """The name ``question`` asks about as a means that is no word ``known`` nor a catalog
    ``naming`` word ("paypal" of "can i pay with paypal?"); "" when there is none."""
    for match in _MEANS.finditer(question.lower()):
        word = match.group(1)
        if not known(word) and word not in naming:
            return word
    return ""


def with_unmentioned(found: Answer, name: str) -> Answer:
    """``found`` led by "I don't see <Name> in our information." when it is a grounded
    answer and a name is asked about; unchanged otherwise."""
    if not name or not found.grounded:
        return found
    said = f"I don't see {name[:1].upper()}{name[1:]} in our information. What it does say: "
    return found.model_copy(update={"text": said + found.text})
