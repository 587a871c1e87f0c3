"""People's names in common phrasings ("I'm Tom Okafor", "My name is Maya Chen", "Alex Kim")."""

from __future__ import annotations

import re

from shared.conversation.emails import EMAIL_RE
from shared.conversation.phones import CANDIDATE_RE

NAME_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-.]{0,29}$")
EXPLICIT = re.compile(r"\b(?:my name is|my name's|name's|name is|i am called)\s+(.+)", re.I)
INTRO = re.compile(r"(?:^|[\s,.!])(?:i'm|i’m|im|i am|this is|it's|it’s|call me)\s+(.+)", re.I)
PREFIX = re.compile(r"^(?:hi|hello|hey|ok|okay|sure|yes|thanks|so)[,.!]?\s+", re.I)
_NOT_NAMES_TEXT = """
    a an the and or but i im me my we our you your it its is are was be been so just also
    here there hi hello hey thanks thank ok okay sure yes yeah yep no nope not hmm dunno maybe
    fine good great cool nice sorry please interested looking opening planning thinking going
    trying ready curious new from at in on with for of to about around just still really very
    happy owner manager running starting currently actually well what how why when where who
    coffee cafe café espresso shop cart kiosk today tomorrow next later bye goodbye skip pass
    idea none nothing busy glad excited considering buying searching after interested wondering
    portland seattle vancouver boise sacramento"""
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def _title(word: str) -> str:
    return word if any(c.isupper() for c in word) else word.capitalize()


def _leading_name(text: str, need_capitals: bool, limit: int = 3) -> str | None:
    """The run of name-like words at the start of ``text``."""
    taken: list[str] = []
    for token in re.split(r"\s+", text.strip()):
        word = token.strip(",.!?;:")
        if not NAME_WORD.match(word) or word.lower() in NOT_NAMES:
            break
        if need_capitals and not word[0].isupper():
            break
        taken.append(_title(word))
        if len(taken) == limit or token[-1:] in ",.!?;:":
            break
    return " ".join(taken) if taken else None


def explicit_name(text: str) -> str | None:
    """A name introduced explicitly: "my name is ..." (any case) or "I'm ..." (capitalised)."""
    match = EXPLICIT.search(text)
    if match:
        return _leading_name(match.group(1), need_capitals=False)
    match = INTRO.search(text)
    if match:
        return _leading_name(match.group(1), need_capitals=True)
    return None


def bare_name(text: str, asked: bool) -> str | None:
    """A message that is only a name ("Alex Kim", "Sam Rivera, sam@x.com" without the email).

    Without being asked, only capitalised words count; when the name was asked, "alex kim" too.
    """
    rest = CANDIDATE_RE.sub(" ", EMAIL_RE.sub(" ", text))
    rest = PREFIX.sub("", rest.strip(" ,.;:-!")).strip(" ,.;:-!")
    tokens = rest.split()
    if not 1 <= len(tokens) <= 4 or (len(tokens) == 1 and not asked):
        return None
    name = _leading_name(rest, need_capitals=not asked, limit=4)
    return name if name and len(name.split()) == len(tokens) else None


def find_name(text: str, asked: bool) -> str | None:
    """The visitor's name in this message, if they gave it."""
    return explicit_name(text) or bare_name(text, asked)
