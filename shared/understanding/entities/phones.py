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
        digits = sum(c.isdigit() for c in match.group(0))
        if digits < 7:
            continue
        seen = True
        for piece in _pieces(match.group(0)):
            number = parse_phone(piece, country)
            if number:
                return number, True
    return None, seen


_SENTENCE_BREAK = re.compile(r"[.]\s+")


def _pieces(candidate: str) -> list[str]:
    """The candidate whole, then (last first) its parts split at a sentence break: "0128. 831
    555 0128" is the last four digits, then the number; the number is the last part."""
    parts = [p for p in _SENTENCE_BREAK.split(candidate) if sum(c.isdigit() for c in p) >= 7]
    return [candidate, *reversed(parts)]
