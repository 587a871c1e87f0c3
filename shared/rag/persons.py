""" "Who" questions: a person asked is answered by a sentence naming a person, a contact asked
by the company's contact details.

"who looks after the equipment side?" needs a sentence that names someone ("Luis Arroyo looks
after equipment and service"), not the nearest sentence about equipment; "who do I call to book
a survey?" needs the phone number besides the booking sentence. "who do you sell to?" asks the
object of the verb (customers), so it gets neither constraint. Pure: text in, verdicts out.
"""

from __future__ import annotations

import re

from shared.wordlists import english, first_names

_WHO = re.compile(r"^\W*(?:and\s+)?(?:who|whom|who's|whos)\b(?P<rest>.*)$", re.I)
#: "who do I call", "who can we contact", "who should I email": the contact is asked.
_CONTACT = re.compile(
    r"\b(?:call|ring|phone|contact|email|e-mail|message|talk|speak|reach|ask)\b", re.I
)
#: "who do you sell to", "who does copperline supply", "who do you work with": the verb's
#: object is asked (the customers), not a person.
_OBJECT = re.compile(
    r"^\s*(?:do|does|did|can|will|would)\s+(?:\w+\s+){1,3}?"
    r"(?:sell|serve|supply|deliver|ship|work|cater|sell\s+to)\b",
    re.I,
)
#: A name in the role of a person: the subject of a verb ("Dana Whitfield is", "Luis Arroyo
#: looks after") or after "by"/"with"/"contact" ("founded by Dana Whitfield"); a place in a
#: list ("Humboldt, Del Norte, Mendocino") is neither.
_NAME = r"([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_CAPITALISED = re.compile(
    rf"\b(?:by|with|contact|ask|call|email)\s+{_NAME}|\b{_NAME}(?=\s+(?:is|was|has|will|can|"
    r"looks|leads|runs|heads|manages|handles|oversees|founded|started|owns|roasts|works|"
    r"answers)\b)"
)


def asks_who(text: str) -> str | None:
    """ "contact" for who to call or write to, "person" for who does or is something, None
    for a question that asks no person (or asks the object of its verb: "who do you sell to")."""
    match = _WHO.match(text.strip())
    if match is None:
        return None
    rest = match.group("rest")
    if _CONTACT.search(rest) and re.search(r"\b(?:i|we|me|us)\b", rest, re.I):
        return "contact"
    if _OBJECT.match(rest):
        return None
    return "person"


#: A party of the company named by its role ("our own technicians", "our sales team", "our
#: partner technicians"): the knowledge base's answer to a "who" that asks no one by name.
_PARTY = re.compile(
    r"\bour\s+(?:\w+\s+)?(?:technicians?|team|trainers?|consultants?|surveyors?|installers?|"
    r"engineers?|staff|specialists?|account managers?)\b",
    re.I,
)


def names_party(sentence: str) -> bool:
    """Whether ``sentence`` names a party of the company by its role ("Our own technicians
    cover ...", "our partner technicians"), not a person."""
    return bool(_PARTY.search(sentence))


def names_person(sentence: str) -> bool:
    """Whether ``sentence`` names a person: a known first name followed by a capitalised word
    that is not an English word ("Dana Whitfield", "Luis Arroyo"; not "Fair Trade")."""
    for match in _CAPITALISED.finditer(sentence):
        first, last = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if first.lower() in first_names() and last.lower() not in english():
            return True
    return False
