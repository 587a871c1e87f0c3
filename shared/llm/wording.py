"""Text normalisations the provenance and output checks share (pure functions).

- :func:`fold`: lower case without accents, for comparing words across spellings.
- :func:`digits_spoken`: number words turned into digits ("five oh three" -> "5 0 3"), so a
  phone number in words is caught like one in digits.
- :func:`unspell_emails`: "ana at example dot com" -> "ana@example.com".
- :func:`parse_amount`: one number as written in any common locale ("7.450", "7 450",
  "7.450,00", "1,250.50") -> its value.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from shared.understanding.accents import unaccented
from shared.understanding.lexicon import SPOKEN_DIGITS

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
DOT = r"(?:\.|\s*\(dot\)\s*|\s*\[dot\]\s*|\s+(?:dot|punto|point|punkt)\s+)"
AT = r"(?:\s*\(at\)\s*|\s*\[at\]\s*|\s+(?:at|arroba)\s+|\s*@\s*)"
SPELLED_EMAIL_RE = re.compile(
    rf"([\w+-]+(?:{DOT}[\w+-]+)*){AT}((?:[\w-]+{DOT})+[a-z]{{2,}})\b", re.I
)
DOT_RE = re.compile(DOT, re.I)


def fold(text: str) -> str:
    """Lower case, accents removed ("Lucía" -> "lucia")."""
    return unaccented(text.lower())


def words(text: str) -> list[str]:
    """The folded words and numbers of a text."""
    return WORD_RE.findall(fold(text))


def digits_spoken(text: str) -> str:
    """The text with every number word replaced by its digit ("five five five" -> "5 5 5")."""
    return WORD_RE.sub(lambda m: SPOKEN_DIGITS.get(m.group(0).lower(), m.group(0)), text)


def digit_string(text: str) -> str:
    """Every digit of the text, spoken ones included, in order."""
    return "".join(c for c in digits_spoken(text) if c.isdigit())


def unspell_emails(text: str) -> str:
    """Spelled-out addresses written as addresses ("ana at x dot com" -> "ana@x.com")."""

    def joined(match: re.Match[str]) -> str:
        local, domain = (DOT_RE.sub(".", part) for part in match.groups())
        return f"{local}@{domain}"

    return SPELLED_EMAIL_RE.sub(joined, text)


def parse_amount(raw: str) -> Decimal | None:
    """The value of one written number. With both "." and "," the last is the decimal
    mark; a single kind followed by groups of exactly three digits separates thousands
    ("7.450", "7,450", "7 450"); otherwise it is the decimal mark ("1,5", "11.50")."""
    text = re.sub(r"[\s\u00a0\u202f']", " ", raw.strip())
    if " " in text:
        parts = text.split(" ")
        if not all(p.isdigit() for p in parts) or any(len(p) != 3 for p in parts[1:]):
            return None
        text = "".join(parts)
    marks = [c for c in text if c in ".,"]
    if marks and len(set(marks)) == 2:
        decimal = text.rfind(".") > text.rfind(",")
        text = text.replace(",", "") if decimal else text.replace(".", "").replace(",", ".")
    elif marks:
        mark = marks[0]
        groups = text.split(mark)
        thousands = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        text = text.replace(mark, "") if thousands else text.replace(mark, ".", 1)
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None
