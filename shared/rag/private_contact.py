"""A person's own contact details are not ours to give: "whats luis arroyo's personal cell".

A question asking a private number or address ("personal cell", "private email", "his mobile",
"dana's home number") is answered with the honest refusal and the company's published contact
details instead, never with the sentence that names the person (which reads as an answer).
Pure: text in.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise

#: "personal cell", "private email", "home phone", "her mobile", "dana s cell number"
_PRIVATE = re.compile(
    r"\b(?:personal|private|home|own|direct|his|her|their|[a-z]+ s)\s+"
    r"(?:cell|mobile|cellphone|phone|number|email|e mail|address|whatsapp)\b"
)
REFUSAL = "I can't share personal contact details of our team."


def asks_private_contact(text: str) -> bool:
    """Whether ``text`` asks a person's own phone, e-mail or address."""
    return bool(_PRIVATE.search(normalise(text)))


_NOT_NAMES = frozenset({"our", "the", "we", "it", "its", "they", "he", "she", "you", "and"})


def person_names(sentence: str) -> set[str]:
    """The capitalised words of a sentence naming a person, lower case ("Dana Whitfield is
    our head roaster" -> dana, whitfield)."""
    return {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", sentence)} - _NOT_NAMES
