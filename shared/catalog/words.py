"""Word-level helpers shared by the catalog and the answers: normalising, number words, numbers."""

from __future__ import annotations

import functools
import re
import unicodedata

from shared.understanding.lexicon import SMALL_NUMBERS

NUMBER_WORDS = SMALL_NUMBERS
DIGIT_WORDS = {value: word for word, value in NUMBER_WORDS.items()}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower case, words and numbers separated by single spaces ("2-Group" -> "2 group").
    Remembered (a pure function): a turn's answer normalises the same question, catalog names
    and kinds many times over."""
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    text = re.sub(r"(\d)\.(\d)", r"\1_\2", text)
    return " ".join(re.sub(r"[^a-z0-9_]+", " ", text).replace("_", ".").split())


def digits_for_words(text: str) -> str:
    """Number words as digits ("three group" -> "3 group"); ``text`` is normalised first."""
    return " ".join(str(NUMBER_WORDS.get(word, word)) for word in normalise(text).split())


def canonical_number(raw: str) -> str:
    """A number without thousands separators or trailing decimal zeros ("1,350.00" -> "1350")."""
    value = raw.replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value or "0"


def numbers_in(text: str) -> set[str]:
    """The canonical numbers written in ``text`` with digits."""
    return {canonical_number(m.group(0)) for m in _NUMBER.finditer(text)}
