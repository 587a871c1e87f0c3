"""Corrections: the visitor replaces something said before ("sorry, 4 shops not 3", "make that
september", "typo, it ends 0172 not 0127"); "rather than" a verb weighs two ways of buying
("lease it rather than buy it outright"), it corrects nothing.

A correction cue marks the message so the new value replaces the stored one (never appended);
a digits-only correction of a stored phone ("ends 0172 not 0127") is applied to the stored
number here, since the message alone holds no full number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from shared.understanding.entities.phones import phones_typed
from shared.understanding.lexicon import COUNT_WORDS, MONTHS, SEASONS, alternation, number_value

# a speaker repairing what they just said: an apology, a "no" after a hesitation, or "well"
# after a dash ("We open in October - well, November really")
_SELF_REPAIR = (
    r"|\b(?:my\s+)?apolog(?:ies|ise|ize)\b|\b(?:hmm+|h?mm+|um+|uh+|er+)\W+no\b"
    r"|(?:(?<=[\u2014\u2013]\s)|(?<=[\u2014\u2013])|(?<=\s-\s))well\b"
)
CORRECTION_RE = re.compile(
    r"\b(?:sorry|actually|i\s+meant|i\s+mean|typo|no\s+[a-z]\b"
    # "not march, april" (not a description: "we are not young, and ...")
    r"|(?<!\bam\s)(?<!\bare\s)(?<!\bis\s)(?<!'re\s)(?<!'m\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"not\s+[A-Za-z]+,|spelled|spelt"
    r"|correction|my\s+bad|oops|wait|make\s+(?:that|it)|change\s+(?:that|it)\s+to|scratch|scrap"
    r"|chang(?:e|ed)\s+(?:my|our)\s+minds?"
    # "three. My apologies, four", "60 lb. hmm no, ... more like 110", "October, well, November"
    + _SELF_REPAIR
    + r"|instead|rather\s+than(?!\s+(?:to\s+)?(?:buy|buying|purchas\w*|pay\w*|own\w*|lease\w*"
    r"|leasing|rent\w*|get\w*|go\w*|wait\w*|use|using|have|having|do|doing)\b)|forget\s+the"
    r"|on\s+second\s+thought|pushed|moved\s+(?:it|the\s+opening)|wrong\s+(?:number|email|one)"
    # a plan revised: "build-out slipped, we're opening in Q2 now", "postponed to May",
    # "update from the owners: ..."
    r"|slipp(?:ed|ing)|postponed|revised|update\s+(?:from|on)|updated?\s*:"
    r"|should\s+(?:be|have\s+said)|not\s+\d+\b|i\s+said\s+\S+\s+(?:earlier|before|but)"
    # a spelling fixed: "it's John with an h, autocorrect", "Sara without the h", "two n's"
    r"|auto-?correct\w*|\bwith(?:out)?\s+(?:an?|the|one|two|double)\s+[a-z]\b(?![\w'’])"
    r"|\b(?:one|two)\s+[a-z]['’]s\b|\bdouble\s+[a-z]\b(?![\w'’]))",
    re.I,
)
_SUFFIX = re.compile(
    r"\b(?:ends?|ending)\s+(?:in\s+|with\s+)?(?P<new>\d{2,4})\s*,?\s+not\s+(?P<old>\d{2,4})\b"
    r"|\b(?P<new2>\d{2,4})\s+not\s+(?P<old2>\d{2,4})\b",
    re.I,
)


# a cue that comes before the new value ("Q3. Sorry, correction: moved to Q2", "120 cups. I
# mean 80"); "not 3", "instead of" and "rather than" come before the old one
_NEW_VALUE_CUE = re.compile(
    _SELF_REPAIR[1:]
    + r"|\b(?:sorry|actually|i\s+meant|i\s+mean|correction|my\s+bad|oops|wait|make\s+(?:that|it)"
    r"|change\s+(?:that|it)\s+to|scratch\s+that|on\s+second\s+thought|should\s+(?:be|have\s+said)"
    r"|(?:moved|pushed|brought)\s+(?:it\s+)?(?:forward|up|back|out))\b",
    re.I,
)


def corrected_tails(text: str) -> list[str]:
    """The text after each cue that announces a new value, the last cue first: a value read
    there replaces one said before it in the same message."""
    return [text[m.start() :] for m in reversed(list(_NEW_VALUE_CUE.finditer(text)))]


def is_correction(text: str) -> bool:
    """The message corrects something said before ("sorry, typo", "make that september")."""
    return bool(CORRECTION_RE.search(text))


def corrected_phone(text: str, stored: str | None) -> str | None:
    """The stored phone with its last digits replaced, when the message says "ends 0172 not
    0127" and the stored number does end in the wrong digits; None otherwise."""
    if not stored:
        return None
    match = _SUFFIX.search(text)
    if match is None:
        return None
    new = match.group("new") or match.group("new2")
    old = match.group("old") or match.group("old2")
    if len(new) != len(old) or not stored.endswith(old):
        return None
    return stored[: -len(old)] + new


# a domain's ending typed on its own, not inside an address: "sorry .com", "its .com not .co"
_BARE_ENDING = re.compile(r"(?<![\w@.-])\.(?P<tld>[a-z]{2,10})\b(?![.@-]?\w)", re.I)


def corrected_email(text: str, stored: str | None) -> str | None:
    """The stored email with its ending replaced, when the message types one other ending on
    its own ("sorry .com" after abe@northfork.co): one ending the stored address lacks, a
    real top-level domain; None otherwise (two new endings leave the address as it was)."""
    from shared.understanding.entities.emails import top_level_domains

    if not stored or "@" not in stored or "@" in text:
        return None
    head, _, tld = stored.rpartition(".")
    endings = {m.group("tld").lower() for m in _BARE_ENDING.finditer(text)} - {tld.lower()}
    if len(endings) != 1 or "@" not in head:
        return None
    new = endings.pop()
    return f"{head}.{new}" if new in top_level_domains() else None


# the last digits of a number just typed, typed again right after a repair's cue: "505 555
# 0121 wait no 0124 sorry", "503 555 0127 sorry 0172", "... 0121 i mean 0124", cues said one
# after another ("... 0137 no sorry 0173")
_REPAIRED_DIGITS = re.compile(
    r"^\W*(?:(?:wait|sorry|oops|i\s+meant?|correction|typo|no|actually|make\s+(?:that|it))\b"
    r"\W{0,3}){1,3}(?:(?:it'?s|its|ends?(?:\s+(?:in|with))?|make\s+(?:that|it)|(?:it\s+)?should\s+be"
    r"|i\s+meant?)\s+)?(?P<new>\d{2,4})(?![\d.,:/%-]*\d)"
    r"(?!\s*(?:am|pm|%|lbs?|kg|a\s+(?:day|week|month)|per|cups?|drinks?|bags?)\b)",
    re.I,
)


def repaired_phone(text: str, phone: str | None) -> str | None:
    """The phone this message gives with its last digits replaced when the visitor retypes
    them right after it, behind a repair's cue ("505 555 0121 wait no 0124 sorry" is ...0124);
    None when the message repairs no digits of it."""
    if not phone:
        return None
    for found in _PHONE_TYPED.finditer(text):
        digits = re.sub(r"\D", "", found.group(0))
        if len(digits) < 7 or not phone.endswith(digits[-7:]):
            continue
        repair = _REPAIRED_DIGITS.match(text[found.end() :])
        if repair is not None:
            return phone[: -len(repair.group("new"))] + repair.group("new")
    return None


def without_phone_repair(text: str) -> str:
    """The text less the digits retyped for a phone just typed ("(831) 555-0185, wait, make
    that 0158": the 0158 is the phone's, never a count or a volume corrected)."""
    for found in reversed(list(_PHONE_TYPED.finditer(text))):
        if len(re.sub(r"\D", "", found.group(0))) < 7:
            continue
        repair = _REPAIRED_DIGITS.match(text[found.end() :])
        if repair is not None:
            end = found.end() + repair.end()
            text = text[: found.end()] + " " * (end - found.end()) + text[end:]
    return text


# a number taken back between two whole numbers: "(970) 555-0191, no wait, that's the shop line.
# My cell is 970-555-0114", "503 555 0101 - wrong number, it's 503 555 0144"
_TAKEN_BACK = re.compile(
    _NEW_VALUE_CUE.pattern + r"|\bwrong\s+(?:number|one|digits)\b|\bnot\s+that\s+one\b",
    re.I,
)


def retyped_phone(text: str, country: str | None) -> str | None:
    """The number typed after an earlier one the visitor takes back in the same message ("...
    0191, no wait, that's the taproom line. My cell is 970-555-0114" is ...0114); None when the
    message types one number, or several with nothing taken back ("the shop 503 555 0101 or my
    cell 503 555 0144" keeps the first)."""
    typed = phones_typed(text, country)
    for later in range(len(typed) - 1, 0, -1):
        between = text[typed[later - 1][0].end() : typed[later][0].start()]
        if _TAKEN_BACK.search(between):
            return typed[later][1]
    return None


_PHONE_TYPED = re.compile(r"\+?\(?\d[\d\s().\-]{5,18}\d")
_NUMBER = r"(\d[\d,]*|" + alternation(COUNT_WORDS) + r")"
# the time the revised count holds for, after it: "more like 100 to start", "80 at first"
_AT_FIRST = (
    r"to\s+(?:start|begin)(?:\s+with)?|at\s+(?:first|the\s+start)|initially|for\s+(?:now|starters)"
)
# a hedge before the revised count: "actually realistically more like 100"
_HEDGES = r"realistically|honestly|probably|prob|likely|maybe|more\s+realistically"
# a count the correction gives on its own, right after its cue: "actually make that 4", "sorry,
# 250", "correction: more like 180", "it should be 5", "actually realistically more like 100 to
# start" (a count with its unit is read by the quantity reader; a clock time, a percentage, a
# year or a price is no count)
_CUED_COUNT = re.compile(
    r"\b(?:make\s+(?:it|that)|change\s+(?:it|that)\s+to|actually|sorry|correction|oops|wait|(?:my\s+)?apolog(?:ies|ise|ize)"
    # "wait, no. 2": a "no" taking the old count back may stand between the cue and the new one
    r"|i\s+meant?|should\s+(?:be|have\s+said)|typo)\W{0,3}(?:no\b\W{0,3})?"
    r"(?:(?:it'?s|its|more\s+like|closer\s+to|about|around|roughly|nearer|really|now|"
    + _HEDGES
    + r")\s+){0,3}"
    + _NUMBER
    + r"(?![\d,.:]*\d)"
    # the count stands alone: "sorry, one correction" and "4 years" count no sites
    r"(?=\s*(?:$|[.,;:!?)\-–—]|(?:not|now|then|instead|total|in\s+total|altogether|really"
    r"|actually|again|please|pls|thanks|and|we|i|since|because|as|ok|" + _AT_FIRST + r")\b"
    # the count of what was just counted, pointed back at: "3 shops wait no 4 of them since ..."
    # (not "sorry, 2 of them are closed": what follows says no more of them)
    r"|\s+of\s+(?:them|those|em|'em)\s*(?:$|[.,;:!?]|(?:now|total|in\s+total|altogether|since"
    r"|because|as|actually|really)\b)))"
    r"(?:\s*,?\s+not\s+" + _NUMBER + r")?",
    re.I,
)
# the revised count said as a comparison, the correction's cue further back: "actually no, with
# the second oven going in it'll be more like 100"
_REVISED_TO = re.compile(
    r"\b(?:more\s+like|closer\s+to|nearer(?:\s+to)?)\s+" + _NUMBER + r"(?![\d,.:]*\d)"
    r"(?=\s*(?:$|[.,;:!?)\-–—]|(?:now|then|instead|total|in\s+total|altogether|really|please"
    r"|pls|and|a\s+(?:day|week|month)|per\s+(?:day|week|month)|" + _AT_FIRST + r")\b))"
    r"(?:\s*,?\s+not\s+" + _NUMBER + r")?",
    re.I,
)
# the revised figure summed up with "so" after the cue: "Wait, no - that's every two weeks. So
# about 160 a month", "make it two more carts, not one. so 3 total" (a unit, a period or "total"
# must follow: "so 2 shops" is read by the site reader)
_SO_TOTAL = re.compile(
    r"\bso\s+(?:(?:it'?s|that'?s|about|around|roughly|approximately)\s+){0,2}"
    + _NUMBER
    + r"(?![\d,.:]*\d)(?=\s+(?:total|in\s+total|altogether|all\s+told"
    r"|(?:a|per|each|every)\s+(?:day|week|month)|(?:daily|weekly|monthly))\b)"
    r"(?:\s*,?\s+not\s+" + _NUMBER + r")?",
    re.I,
)
# a month said right after the cue, alone: "We open in October - well, November really"
_CUED_MONTH = re.compile(
    r"^\W*\w+\W{1,3}(?:(?:it'?s|more\s+like|probably|realistically|really)\s+)?("
    + alternation(MONTHS)
    + r")\b",
    re.I,
)
# the stored count named and replaced further on: "I said three but we sold one last year ...
# so it is just the two now" (the field is the one whose stored number was named)
_SAID_THEN = re.compile(
    r"\bi\s+(?:said|told\s+you|wrote)\s+" + _NUMBER + r"\b[^?!]{0,200}?\b(?:just|only)\s+"
    r"(?:the\s+)?" + _NUMBER + r"\b(?!\s*(?:am|pm|%|years?|yrs?|months?|weeks?|days?)\b)",
    re.I,
)
# the count of sites grown by a date, said in a fragment of its own after the sites were
# counted: "we have 2 shops" .. "4 by june", "so 3 come spring" (the number opens the message
# and has no unit; a date follows it at once)
_GROWN_BY = re.compile(
    r"^\W*(?:(?:so|well|ok|and|but|prob(?:ably)?|maybe|soon)\W+){0,2}"
    + _NUMBER
    + r"\s+(?:by|in|from|after|come|before|starting)\s+(?:(?:the\s+)?(?:end|start|beginning"
    r"|middle)\s+of\s+|early\s+|late\s+|mid-?\s*|next\s+|this\s+)?(?:"
    + alternation([*MONTHS, *SEASONS])
    + r")\b",
    re.I,
)
_STORED_NUMBER = re.compile(r"\d[\d,]*(?:\s*(?:-|–|to)\s*\d[\d,]*)?")
COUNTED_FIELDS = ("locations", "expected_volume")
# how far a revised count may be from the stored one and still be its revision
PLAUSIBLE_RATIO = 6


def names_said_count(text: str) -> bool:
    """The message names a count said before and gives the one that replaces it ("I said
    three but ... just the two now"): a correction even without a correction's cue word."""
    return _SAID_THEN.search(text) is not None


def corrected_count(text: str, stored: Mapping[str, object]) -> dict[str, object]:
    """The stored count a correction with a bare number replaces ("actually make that 4" after
    "3 cafes" -> locations 4; "sorry, 250" after "about 200 cups a day" -> "about 250 cups a
    day"). The field is the one whose stored number the message names ("4, not 3"), else the
    only count stored, else the one nearer the new number by far; otherwise nothing (a wrong
    field replaced costs more than a correction missed)."""
    said = _SAID_THEN.search(text)
    match = said or _CUED_COUNT.search(text) or _REVISED_TO.search(text) or _SO_TOTAL.search(text)
    if match is None:
        return {}
    new = _count(match.group(2 if said else 1))
    if new is None:
        return {}
    counts = {f: n for f in COUNTED_FIELDS if (n := _first_number(stored.get(f))) is not None}
    old_said = match.group(1 if said else 2)
    named = _count(old_said) if old_said else None
    field = _field_of(counts, new, named)
    if field is None:
        return {}
    if field == "locations":
        return {field: new} if new <= 10000 else {}
    old = str(stored[field])
    return {field: _STORED_NUMBER.sub(str(new), old, count=1)}


def cued_month(tail: str) -> str | None:
    """The month a correction's tail gives alone, right after its cue ("well, November
    really" -> "November"): the month of the timeline it corrects in the same message."""
    match = _CUED_MONTH.match(tail)
    return match.group(1) if match else None


def grown_count(text: str, stored: Mapping[str, object]) -> dict[str, object]:
    """The stored count of sites a fragment grows by a date ("4 by june" after "2 shops" ->
    locations 4); nothing when no sites are stored or the number is no growth of them."""
    match = _GROWN_BY.search(text)
    old = _first_number(stored.get("locations"))
    new = _count(match.group(1)) if match else None
    if new is None or old is None or not old < new <= old * PLAUSIBLE_RATIO:
        return {}
    return {"locations": new}


def _field_of(counts: dict[str, int], new: int, named: int | None) -> str | None:
    """The counted field a new number replaces (see :func:`corrected_count`)."""
    if named is not None:
        matching = [f for f, n in counts.items() if n == named]
        return matching[0] if len(matching) == 1 else None
    if new <= 0:
        return None
    distance = {f: abs(math.log(new / n)) if n > 0 else math.inf for f, n in counts.items()}
    near = sorted(distance, key=distance.__getitem__)
    if not near or distance[near[0]] > math.log(PLAUSIBLE_RATIO):
        return None  # "make that 4" after 65 cups a day revises something else
    if len(near) == 2 and distance[near[1]] - distance[near[0]] <= math.log(4):
        return None
    return near[0]


def _first_number(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    found = _STORED_NUMBER.search(value) if isinstance(value, str) else None
    return _count(found.group(0).split("-")[0].split("–")[0].split(" to ")[0]) if found else None


def _count(token: str) -> int | None:
    return number_value(token.replace(",", "").strip())


def corrected_soft(text: str, stored: Mapping[str, object]) -> dict[str, object]:
    """A free-text field a correction restates without the cues an unprompted statement needs
    ("Correction - it's closer to half decaf, half regular" after a coffee preference): each
    stored free-text field is read as if asked, and the one field that reads a value takes it
    (none when several do: which one is corrected is then unclear)."""
    from shared.conversation.fields import EXTRACTORS, SOFT_FIELDS

    found = {
        field: value
        for field in SOFT_FIELDS
        if stored.get(field) and (value := EXTRACTORS[field](text, True)) is not None
    }
    return found if len(found) == 1 else {}
