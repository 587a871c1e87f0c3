"""Phone numbers in free text, normalised to E.164 with the visitor's country."""

from __future__ import annotations

import re

CANDIDATE_RE = re.compile(r"(?<![\w@.])\+?\(?\d[\d\s().\-]{6,18}\d(?![\w@])")
DEFAULT_REGION = "US"


def region_of(country: str | None) -> str:
    """A phonenumbers region code from the request's country (default US)."""
    if country and len(country) == 2 and country.isalpha():
        return country.upper()
    return DEFAULT_REGION


def parse_phone(candidate: str, country: str | None) -> str | None:
    """E.164 form of one candidate, or None when it is not a valid number."""
    import phonenumbers  # imported on the first candidate: most first turns have none

    try:
        number = phonenumbers.parse(candidate, region_of(country))
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def find_phone(text: str, country: str | None) -> tuple[str | None, bool]:
    """(E.164 number, saw a phone-like token): the second is True even when it did not parse."""
    seen = False
    for match in CANDIDATE_RE.finditer(text):
        if _digits(match.group(0)) < 7:
            continue
        seen = True
        number = _parsed(match.group(0), country)
        if number:
            return number, True
    return None, seen


def phones_typed(text: str, country: str | None) -> list[tuple[re.Match[str], str]]:
    """Every valid number the text types, in order, with where it stands."""
    found = []
    for match in CANDIDATE_RE.finditer(text):
        number = _parsed(match.group(0), country) if _digits(match.group(0)) >= 7 else None
        if number:
            found.append((match, number))
    return found


def _parsed(candidate: str, country: str | None) -> str | None:
    """The first piece of a candidate that is a valid number, in E.164."""
    for piece in _pieces(candidate):
        number = parse_phone(piece, country)
        if number:
            return number
    return None


def _digits(candidate: str) -> int:
    return sum(c.isdigit() for c in candidate)


# a phone broken off where the message ends, after a word for it: "my cell is 306 555", "ph
# 503-555" (an area code and an exchange, the last four digits missing)
_CUT_OFF = re.compile(
    r"\b(?:cell|mobile|phone|ph|number|no\.?|tel|call\s+me\s+(?:on|at))(?:\s+(?:is|#|:))?\W{0,3}"
    r"\(?(\d{3})\)?[\s.-]?(\d{3})\W*$",
    re.I,
)
# its last four digits opening the next message: "0155 sorry", "0155"
_FINISHED = re.compile(
    r"^\W*(\d{4})(?![\d.,:/%-]*\d)(?!\s*(?:am|pm|%|lbs?|a\s+(?:day|week|month))\b)", re.I
)


def phone_start(text: str) -> str | None:
    """The digits of a phone the message breaks off at its end ("my cell is 306 555" ->
    "306555"), or None."""
    found = _CUT_OFF.search(text)
    return found.group(1) + found.group(2) if found else None


def finished_phone(start: str, text: str, country: str | None) -> str | None:
    """The phone begun in the last message ("306555") finished by the four digits that open
    this one ("0155 sorry. send me a quote"), when the whole is a valid number."""
    found = _FINISHED.match(text)
    return parse_phone(start + found.group(1), country) if found else None


_SENTENCE_BREAK = re.compile(r"[.]\s+")


def _pieces(candidate: str) -> list[str]:
    """The candidate whole, then (last first) its parts split at a sentence break: "0128. 831
    555 0128" is the last four digits, then the number; the number is the last part."""
    parts = [p for p in _SENTENCE_BREAK.split(candidate) if sum(c.isdigit() for c in p) >= 7]
    return [candidate, *reversed(parts)]
