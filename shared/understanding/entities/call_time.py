"""When and how a visitor would like to be contacted: "tomorrow afternoon", "after 3pm only",
"texts only", "not on weekends", "one call" (pure).

Only a sentence about being contacted is read (a cue such as "call", "text", "email", "best",
"works"; or a condition that says so itself: "not on weekends", "after 3pm only"), so "we open
at 7am" or "a delivery on Monday" is no time to call. A time after a refusal ("I don't want a
call at 7am", "no calls before 10") is a condition against it, never the time preferred.
Kept as the visitor wrote it, for the salesperson to read next to the phone.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import CALL_VERBS, WEEKDAYS
from shared.understanding.sentences import sentences

_DAY = "(?:" + "|".join(("today", "tonight", "tomorrow", *WEEKDAYS)) + ")"
_PART = r"(?:morning|afternoon|evening|lunch(?:time)?|midday|noon)"
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_AT_CLOCK = (
    rf"(?:after|before|around|at|from|between|past)\s+{_CLOCK}(?:\s*(?:and|to|-)\s*{_CLOCK})?"
)
PREFERRED = re.compile(
    rf"\b(?:{_AT_CLOCK}"
    rf"|(?:(?:this|tomorrow|on\s+{_DAY})\s+)?(?:in\s+the\s+)?{_PART}s?"
    rf"|(?:on\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening))?)\b",
    re.IGNORECASE,
)
# a sentence about being contacted
CONTACT_CUE = re.compile(
    r"\b(?:call\w*|ring|phone|text\w*|sms|whatsapp|e-?mail\w*|reach|contact\w*|best|works?"
    r"|suits?|available|prefer\w*|any\s*time|r\s+good|are\s+good|is\s+good)\b",
    re.I,
)
# a refusal right before a time: "not", "no calls", "don't want a call", "don't call me"
_REFUSED = (
    r"(?:not|never|no(?:\s+(?:phone\s+)?calls?)?|nothing|(?:don'?t|dont|do\s+not)\s+(?:want\s+"
    r"(?:a\s+|any\s+)?(?:phone\s+)?(?:calls?|to\s+be\s+called)|"
    + CALL_VERBS
    + r"(?:\s+(?:me|us))?))\s+"
)
_WHEN = (
    rf"(?:(?:on\s+)?(?:{_DAY}s?|weekends?|weekdays?|week\s*days?)(?:\s+{_PART}s?)?(?:\s+{_AT_CLOCK})?"
    rf"|{_AT_CLOCK}|(?:(?:this|tomorrow)\s+)?(?:in\s+the\s+)?{_PART}s?"
    r"|(?:this|next)\s+(?:week|wk))"
)
_TIME = rf"(?P<refused>{_REFUSED})?{_WHEN}(?P<only>\s+only)?"
_CHANNEL = (
    r"(?:texts?|text\s+messages?|sms|whatsapp|e-?mails?)\s+only"
    r"|only\s+(?:by\s+|via\s+)?(?:texts?|sms|whatsapp|e-?mails?)"
    r"|no\s+voice\s*mails?|(?:just\s+|only\s+)?(?:one|a\s+single)\s+(?:phone\s+)?call"
)
CONDITION = re.compile(rf"\b(?:{_TIME}|{_CHANNEL})\b", re.I)


def _about_contact(sentence: str) -> bool:
    return CONTACT_CUE.search(sentence) is not None


def call_time(text: str) -> str | None:
    """The time preference the message states, as written, or None: a clock time or a phrase
    of more than one word wins over a bare day or part of the day, and the last of those is the
    one meant ("monday or tuesday, after 3pm"); a time refused is none."""
    found = [
        m.group(0).strip()
        for part in sentences(text)
        if _about_contact(part)
        for m in PREFERRED.finditer(part)
        if not _refused_before(part, m.start())
    ]
    clock = [f for f in found if any(ch.isdigit() for ch in f) or " " in f]
    return (clock or found)[-1] if found else None


_REFUSED_BEFORE = re.compile(rf"(?:{_REFUSED})$", re.I)


def _refused_before(sentence: str, start: int) -> bool:
    return _REFUSED_BEFORE.search(sentence[:start]) is not None


def contact_conditions(text: str) -> list[str]:
    """Every condition the message puts on being contacted, as written and in order: a time
    wanted or refused ("Tuesday after 1pm", "after 3pm only", "don't want a call at 7am", "not
    on weekends"), a channel ("texts only", "email only") or a number of calls ("one call")."""
    found: list[str] = []
    for part in sentences(text):
        for m in CONDITION.finditer(part):
            said = " ".join(m.group(0).split())
            sure = m.groupdict().get("refused") or m.groupdict().get("only")
            if (sure or _about_contact(part)) and said not in found:
                found.append(said)
    return found


# a time said before and taken back, right before it: "earlier I said Tuesday", "not Tuesday",
# "instead of 10am"
_OLD_TIME = re.compile(r"(?:\bsaid|\bnot|\binstead\s+of|\brather\s+than)\s+$", re.I)
# a part of the day remarked on, not wanted: "mornings are a zoo"
_REMARKED = re.compile(r"^\s*(?:are|is|'re|get|gets|have\s+been)\b", re.I)


def revised_call_time(text: str) -> str | None:
    """The time a correction gives a call asked for before, as written: the last day and the
    last clock time it says, less the one taken back and a part of the day remarked on ("wait,
    earlier I said Tuesday, I meant Thursday. and after 2pm if possible, mornings are a zoo" ->
    "Thursday after 2pm"); None when the message is no correction or says no time."""
    from shared.understanding.corrections import is_correction

    if not is_correction(text):
        return None
    found = [
        m.group(0).strip()
        for m in PREFERRED.finditer(text)
        if not _OLD_TIME.search(text[: m.start()])
        and not _REMARKED.match(text[m.end() :])
        and not _refused_before(text, m.start())
    ]
    clocks = [f for f in found if any(ch.isdigit() for ch in f)]
    days = [f for f in found if f not in clocks]
    said = [*days[-1:], *clocks[-1:]]
    return " ".join(said) if said else None
