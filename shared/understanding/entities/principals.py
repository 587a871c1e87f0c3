"""The person a letter-writer writes for, when the contact details are that person's.

Assistants, consultants and parents write on someone's behalf and sign the letter themselves:
"Mr. Farrow would like a quotation. He may be reached on 916 555 0147 ... Yours sincerely,
Beatrice Oyelaran". The lead is the person to be contacted, not the writer: when a message
points its contact details at a third person ("ring him on ...", "her email is ...", "send it to
him at ...") or is signed by someone's assistant ("PA to Ms. G. Osei-Bonsu"), the name of that
person, as the message gives it, is the lead's name, and the signature is not. When the message
points its details at someone it does not name, no name is taken (see
``docs/decisions/contact-named-on-behalf-s33.md``).
"""

from __future__ import annotations

import re

from shared.understanding.entities.names import known_first

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"
_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_INITIAL = r"[A-Z]\."
# "Mr. Farrow", "Ms. G. Osei-Bonsu", "Mr. Laurent Delacroix"
_TITLED = re.compile(rf"\b{_TITLE}\s+(?:{_INITIAL}\s+)?{_WORD}(?:\s+{_WORD})?")
# a named person who wants or asks: "Callum would like", "Siobhan wishes to"
_WANTS = re.compile(
    rf"(?:^|(?<=[!?]\s)|(?<=[a-z]\.\s)|(?<=\n))(?:(?:[Tt]he|[Oo]ur|[Mm]y)\s+[a-z]+,\s+)?"
    rf"(?P<name>(?:{_TITLE}\s+)?{_WORD}(?:\s+{_WORD})?),?\s+"
    r"(?:would\s+like|wishes|wants|has\s+asked|asked|is\s+keen|hopes|expects|prefers|intends)\b"
)
# the contact details are someone else's: "ring him on", "her email is", "he may be reached"
_THEIRS = re.compile(
    r"\b(?:ring|call|phone|contact|email|e-mail|reach|text|write\s+to|send\s+(?:it|this|them"
    r"|the\s+\w+)\s+to)\s+(?:him|her)\b"
    r"|\b(?:his|her)\s+(?:e-?mail|telephone|phone|number|mobile|cell|address|contact)\b"
    r"|\b(?:he|she)\s+(?:may|can|could)\s+(?:also\s+)?be\s+(?:reached|contacted|emailed|rung"
    r"|telephoned|called)\b"
    r"|\b(?:he|she)\s+would\s+(?:be\s+glad|welcome|appreciate)\b"
    r"|\b(?:he|she)\s+does\s+not\s+take\b",
    re.I,
)
# a signature line that names the writer as someone's assistant: "PA to Ms. G. Osei-Bonsu"
_ASSISTANT_TO = re.compile(
    r"\b(?:PA|P\.A\.|(?:Personal|Executive)\s+Assistant|Assistant|Secretary)\s+to\s+(?:the\s+)?"
    rf"(?P<whom>{_TITLE}\s+(?:{_INITIAL}\s+)?{_WORD}(?:\s+{_WORD})?)"
)


# a contact detail close after the pointing words: "ring him on 916 ...", "her email is x@..."
_DETAIL_AFTER = re.compile(r"\d{3}|@")
_DETAIL_WINDOW = 60
# words a sentence may open with that are no one's name: "He wants to talk to a person"
_NOT_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "this", "that"})


def contact_is_theirs(text: str) -> bool:
    """The message gives contact details as a third person's ("ring her on 541 ...", "his
    email is ..."): the pointing words followed closely by a detail, or a signature naming
    the writer as someone's assistant. "Seamus would like someone to ring him before
    Thanksgiving" beside the writer's own address points no detail at him."""
    if _ASSISTANT_TO.search(text) is not None:
        return True
    return any(
        _DETAIL_AFTER.search(text, m.end(), m.end() + _DETAIL_WINDOW)
        for m in _THEIRS.finditer(text)
    )


def principal_name(text: str) -> str | None:
    """The name of the person the message's contact details belong to, when they are not the
    writer's: the person named as wanting something ("Mr. Farrow would like ...", "Callum
    would like ...") or the one the signer assists ("PA to Ms. G. Osei-Bonsu"); None when the
    details are the writer's own, or the person is not named in the message."""
    if not contact_is_theirs(text):
        return None
    wants = [m for m in _WANTS.finditer(text) if _person(m["name"])]
    if wants:
        return wants[0]["name"]
    assisted = _ASSISTANT_TO.search(text)
    if assisted:
        return assisted["whom"]
    return None


def _person(name: str) -> bool:
    """A titled name ("Mr. Farrow") or one opening with a known first name ("Callum"), never
    a pronoun ("He wants ...")."""
    first = name.split()[0]
    if first.lower() in _NOT_NAMES:
        return False
    return _TITLED.fullmatch(name) is not None or known_first(first)
