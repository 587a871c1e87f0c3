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


#: Two names offered as the choice asked ("a Probat or a Loring?", "Lavazza or Illy"): the
#: ask is which of them, so neither known to the knowledge base leaves nothing to answer.
_CHOICE = re.compile(
    r"\b(?:an?\s+|the\s+)?([a-z][a-z-]{2,})\s*,?\s+or\s+(?:an?\s+|the\s+)?([a-z][a-z-]{2,})\b",
    re.I,
)


def unmentioned_choice(
    question: str,
    known: Callable[[str], bool],
    in_knowledge: Callable[[str], bool],
    naming: frozenset[str],
) -> list[str]:
    """The names of a choice ``question`` offers ("Probat", "Loring" of "a Probat or a
    Loring?") when none is a word of the knowledge base (``in_knowledge``) nor a catalog
    ``naming`` word, and each is a name: no English word (``known``: so no typo the speller
    left) or written with a capital ("Loring", a surname English lists too); else []."""
    for match in _CHOICE.finditer(question):
        names = [match.group(1), match.group(2)]
        if all(_foreign_name(n, known, in_knowledge, naming) for n in names):
            return names
    return []


def _foreign_name(
    word: str,
    known: Callable[[str], bool],
    in_knowledge: Callable[[str], bool],
    naming: frozenset[str],
) -> bool:
    lower = word.lower()
    if in_knowledge(lower) or lower in naming or lower.rstrip("s") in naming:
        return False
    return word[:1].isupper() or not known(lower)


def choice_unknown(names: list[str]) -> str:
    """The honest gap of a choice among names the knowledge base never mentions."""
    said = " or ".join(f"{n[:1].upper()}{n[1:]}" for n in names)
    return f"I don't see {said} in our information, and I'd rather not guess."


def with_unmentioned(found: Answer, name: str) -> Answer:
    """``found`` led by "I don't see <Name> in our information." when it is a grounded
    answer and a name is asked about; unchanged otherwise."""
    if not name or not found.grounded:
        return found
    said = f"I don't see {name[:1].upper()}{name[1:]} in our information. What it does say: "
    return found.model_copy(update={"text": said + found.text})
