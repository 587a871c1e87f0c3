"""Courtesies around a question: a letter's salutation and sign-off, a greeting or a thanks in
the visitor's own language ("Dear Sir, which is the price ...? Kind regards", "Buongiorno, the
organic coffee ...", "... of sales? danke"), and an announcement of the questions to come
("Two questions: ...").

They ask nothing, yet "dear", "kind" and "regards" are English words a knowledge base never
uses, which its abstain signal counts against the question as unknown topic words, and a
foreign greeting pulls the question's meaning away from its ask. Only a courtesy at the very
start (before a comma, a stop or a line break) or at the very end (after the question's last
sentence) is taken off: "the kind regards our roaster sends" or "dear" inside a sentence stay.
Pure.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import greetings

#: Forms of address that may follow a greeting ("Bonjour Madame, Monsieur").
_ADDRESS = (
    r"(?:madame|monsieur|messieurs|signore|signora|se[ñn]or|se[ñn]ora|senhor|senhora|herr|frau"
    r"|sir|madam)"
)
#: "Dear Sir,", "Dear Sir or Madam,", "Dear Copperline team:": "dear" and a few words of address.
_DEAR = r"dear\s+[^\W\d_]+(?:[\s/]+[^\W\d_]+){0,3}"
#: "Two questions:", "I have a quick question:": an announcement of what follows, with a colon.
_ANNOUNCED = (
    r"(?:(?:i|we)\s+(?:have|got)\s+|just\s+)?(?:a|one|two|three|2|3|some|a\s+few|few|couple"
    r"(?:\s+of)?)\s+(?:quick\s+|small\s+|short\s+)?questions?(?:\s+please)?\s*(?=:)"
)
_OPENING = re.compile(
    rf"^\W*(?:{_DEAR}|{_ANNOUNCED}|(?:{greetings()})(?:[\s,]+{_ADDRESS})*)"
    r"\s*(?:[,.!:;\n]+|$)\s*",
    re.I,
)
#: Sign-offs of a letter and thanks in other languages, with an optional name after them.
_SIGN_OFFS = (
    r"(?:kind|best|warm|warmest|many|with\s+kind)\s+regards|regards|best\s+wishes"
    r"|yours\s+(?:sincerely|faithfully|truly)|sincerely|respectfully|cordialement"
    r"|bien\s+(?:cordialement|à\s+vous)|merci(?:\s+beaucoup)?|danke(?:\s+sch[öo]n)?"
    r"|vielen\s+dank|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|(?:liebe|viele)\s+gr[üu](?:ß|ss)e"
    r"|gr[üu](?:ß|ss)e|gracias|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|grazie(?:\s+mille)?"
    r"|(?:cordiali|distinti)\s+saluti|obrigad[oa]|abra[çc]os|dzi[ęe]kuj[ęe]|kamsahamnida"
    r"|c[ảa]m\s+[ơo]n|arigato"
)
_CLOSING = re.compile(
    rf"(?:(?<=[?.!,\n])|^)\s*(?:{_SIGN_OFFS})(?:[\s,]+(?-i:[A-Z])[^\W\d_]+){{0,2}}[\s.!,]*$", re.I
)


def without_courtesies(text: str) -> str:
    """``text`` without an opening salutation or greeting and a closing sign-off or thanks
    (see the module docstring); ``text`` itself when taking them would leave nothing.

    Chat interjections are not courtesies here: they are function words, never unknown topic
    words, and a trailing "lol" taken off lost set AF's "..., can i do it on my phone between
    classes lol" to a clause the knowledge base lacks (docs/decisions/chat-slang-questions.md)."""
    asked = _CLOSING.sub("", _OPENING.sub("", text, count=1)).strip()
    return asked or text
