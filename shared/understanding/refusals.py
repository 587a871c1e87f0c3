"""Refusals, skips and dodges: the visitor will not give a field, or gives no answer.

A refusal names the fields it refuses ("I'd rather not give my phone number") or, short,
refuses the one asked; a follow-up to it may add more ("or phone", "name either"). A skip asks
to move past the question; a dodge is a non-answer ("hmm not sure", "nah that's it").
"""

from __future__ import annotations

import re

from shared.understanding.declines import INFORMATION_ONLY_RE
from shared.understanding.sentences import sentences
from shared.understanding.text import words

REFUSAL_RE = re.compile(
    r"\b(?:rather\s+not|prefer\s+not|(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:want\s+to\s+)?"
    r"(?:give|share|provide|say|tell(?!\s+me\b)|leave|disclose)|not\s+(?:comfortable|giving|sharing)"
    r"|keep\s+(?:that|it)\s+(?:private|to\s+myself)|none\s+of\s+your\s+business|no\s+thanks"
    r"|no\s+phone|no\s+email|no\s+name|no\s+number|no\s+(?:sales\s+)?calls?|not\s+(?:going\s+to|gonna)\s+(?:give|share)"
    r"|not\s+(?:telling|giving|sharing|handing)|no\s+personal|(?:said|told\s+you)\s+no"
    # a refusal for now: "not ready to share my email yet", "not yet ready to give a number"
    r"|not\s+(?:yet\s+)?ready\s+(?:yet\s+)?to\s+(?:give|share|provide|leave|hand\s+over|pass\s+on)"
    r"|don'?t\s+want\s+to\s+(?:give|share|say)|not\s+interested\s+in\s+(?:giving|sharing|(?:a|any)\s+(?:calls?|emails?|phone))|don'?t\s+ask\s+(?:me\s+)?(?:for|about)"
    r"|(?:don'?t|do\s+not)\s+(?:have|use|do|check)\s+(?:an?\s+)?(?:e-?mails?|phones?|cell|mobile)"
    # the channel named first, its no after it: "email yes, phone no", "calls no" ("phone no.
    # 503-..." and "phone no: ..." are the abbreviation of number: a figure follows)
    r"|(?:phone|cell|mobile|calls?|e-?mail)\s+no(?!\.?\s*[:#]?\s*[+(]?\d)"
    r"(?=\s*(?:[,.;:!)]|$|thanks|thank|please|pls|plz|for\s+now)))\b",
    re.I,
)
FIELD_MENTION = {
    "phone": re.compile(r"\b(?:phone|telephone|number|cell|mobile|calls?)\b", re.I),
    "email": re.compile(r"\b(?:e-?mail|mail|address|contact\s+details)\b", re.I),
    "name": re.compile(r"\bname\b", re.I),
}
SKIP_WORDS = {"skip", "pass", "next", "move on", "next question", "skip it", "skip that"}
_DODGE_TEXT = """
    hmm hm hmmm um umm uh not sure unsure dunno idk know don't no idea clue maybe later ok
    okay k sure fine whatever yet i i'm im really haven't decided thought about it that
    please next question skip pass move on let's good question tbd n a nothing well told you
    said already still"""
DODGE_WORDS = frozenset(_DODGE_TEXT.split())


CONTACT_MENTION = re.compile(r"\bcontact\s+(?:info|information|details)\b", re.I)
PERSONAL_MENTION = re.compile(
    r"\b(?:personal\s+(?:info|information|details|data)|nothing\s+personal|any\s+(?:details|info)"
    r"|my\s+(?:details|info))\b",
    re.I,
)
NOT_AN_ANSWER = re.compile(
    r"^(?:nah|nope|no)\b|\bthat'?s\s+(?:it|all)\b|\b(?:nothing|all\s+good|we'?re\s+good"
    r"|not\s+really|no\s+idea|no\s+clue|not\s+sure|don'?t\s+know|dunno|idk|think\s+about\s+it"
    r"|not\s+now|maybe\s+later)\b",
    re.I,
)


# a channel agreed to beside the one refused: "email yes, phone no", "email is fine, no calls"
CONSENTED = re.compile(
    r"\b(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|cell|mobile|text(?:ing)?)\s+"
    r"(?:is\s+|works\s+)?(?:yes|ok|okay|fine|good|great|works|only|please)\b",
    re.I,
)


def refused_fields(text: str, asking: str | None) -> list[str]:
    """The fields the visitor refuses to give: every one named, else the one asked."""
    if REFUSAL_RE.search(text) and PERSONAL_MENTION.search(text):
        return ["name", "email", "phone"]
    if REFUSAL_RE.search(text) and CONTACT_MENTION.search(text):
        return ["email", "phone"]
    if not REFUSAL_RE.search(text):
        if asking in ("phone", "email") and words(text) in (["no"], ["nope"], ["no", "thanks"]):
            return [asking]
        return []
    # only the sentences that refuse name fields: "Name's Theo. Not ready to share email yet."
    refusing = (
        " ".join(s for s in sentences(text, ends=".!?;", lines=True) if REFUSAL_RE.search(s))
        or text
    )
    # the figure wanted instead is no field refused ("not giving my email, just want the number")
    refusing = INFORMATION_ONLY_RE.sub(" ", refusing)
    refusing = CONSENTED.sub(" ", refusing)  # "email yes, phone no": the email is not refused
    named = [field for field, pattern in FIELD_MENTION.items() if pattern.search(refusing)]
    if named:
        return named
    return [asking] if asking and len(text.split()) <= 8 else []


ALSO_REFUSED = re.compile(
    r"^\W*(?:(?:and|or|nor)\s+(?:my\s+|the\s+|your\s+)?\w+(?:\s+\w+)?|(?:my\s+)?\w+(?:\s+\w+)?\s+"
    r"(?:either|too|as\s+well|neither))\W*$",
    re.I,
)


def also_refused(text: str) -> list[str]:
    """Fields named in a short follow-up to a refusal ("or phone", "name either")."""
    if not ALSO_REFUSED.match(text):
        return []
    return [field for field, pattern in FIELD_MENTION.items() if pattern.search(text)]


STOP_ASKING = re.compile(
    r"\b(?:stop|quit|enough\s+with|no\s+more)\s+(?:asking|the\s+questions|questions)\b"
    r"|\btoo\s+many\s+questions\b|\benough\s+questions\b",
    re.I,
)


def is_skip(text: str) -> bool:
    """The visitor asks to move past the current question (or to stop being asked)."""
    phrase = " ".join(words(text)).replace(" please", "")
    if STOP_ASKING.search(text):
        return True
    return phrase in SKIP_WORDS or phrase.startswith(("next question", "skip", "move on"))


def is_dodge(text: str) -> bool:
    """A non-answer: every word is hesitation ("hmm not sure", "dunno", "ok"), or a short
    "nah, that's it" / "no idea yet" that answers nothing."""
    tokens = words(text)
    if tokens and len(tokens) <= 8 and all(t in DODGE_WORDS for t in tokens):
        return True
    return (
        0 < len(tokens) <= 6
        and bool(NOT_AN_ANSWER.search(text))
        and not any(c.isdigit() for c in text)
    )
