"""How many of a thing a visitor asks for, and how much coffee they will use (pure).

"a 3-group machine plus two grinders": the quantity of a mention is the number word or digits
just before it ("two", "2", "a pair of", "a"), looking back over at most a few adjectives and
stopping at a conjunction ("and", "plus", "with"), so "a machine with two groups" is one machine
and the "two" belongs to the groups.
"""

from __future__ import annotations

import re

from shared.catalog.words import NUMBER_WORDS

LOOK_BACK = 3
MAX_QUANTITY = 50
STOP = {"and", "plus", "with", "or", "also", "then", "but", "of"}
ONE = {"a", "an", "one", "single", "another"}
PAIRS = {"pair", "couple"}  # "a pair of grinders" is two

# "a day", "per week", "/month", "daily", "weekly", "monthly"
_PER = r"\s*(?:(?:a|an|per|each|every|/)\s*(day|week|month)|(dai|week|month)ly)\b"
_DRINKS = re.compile(r"(\d[\d,]*)\s*(?:cups?|drinks?|coffees?|shots?|customers?|servings?)?" + _PER)
_POUNDS = re.compile(r"(\d[\d,]*)\s*(?:lbs?|pounds?)" + _PER)
_KILOS = re.compile(r"(\d[\d,]*)\s*(?:kg|kilos?|kilograms?)" + _PER)
DAYS = {"day": 1, "dai": 1, "week": 7, "month": 30}


def _period(found: re.Match[str]) -> int:
    return DAYS[found.group(2) or found.group(3)]


def singular(normal: str) -> str:
    """Plural words made singular ("two groups" -> "two group") so catalog aliases match; each
    word keeps its place, so word positions agree with the original text."""
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in normal.split()
    )


def quantity_before(words: list[str], index: int) -> int:
    """The quantity stated before ``words[index]`` (1 when none is)."""
    for back in range(1, LOOK_BACK + 1):
        at = index - back
        if at >= 1 and words[at] == "of" and words[at - 1] in PAIRS:
            return 2  # "a pair of", "a couple of"
        if at < 0 or words[at] in STOP:
            break
        word = words[at]
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
        if word.isdigit() and 0 < int(word) <= MAX_QUANTITY:
            return int(word)
        if word in ONE:
            return 1
    return 1


def word_index(text: str, char_start: int) -> int:
    """The index of the word starting at ``char_start`` in a space-separated text."""
    return len(text[:char_start].split())


def kind_quantity(normal: str, words_for_kind: tuple[str, ...]) -> int | None:
    """The quantity of a kind named generically ("two grinders"), or None when not named."""
    found: list[int] = []
    words = normal.split()
    for phrase in words_for_kind:
        for match in re.finditer(rf"(?<!\S){re.escape(phrase)}s?(?!\S)", normal):
            found.append(quantity_before(words, word_index(normal, match.start())))
    return max(found) if found else None


def daily_volume(
    text: str, grams_per_drink: float, grams_per_lb: float
) -> tuple[float, str] | None:
    """Coffee per day in lb and how it was derived, from stated pounds, kilos or drinks."""
    for pattern, to_lb, unit in (
        (_POUNDS, 1.0, "lb"),
        (_KILOS, 1000 / grams_per_lb, "kg"),
    ):
        found = pattern.search(text)
        if found:
            amount = float(found.group(1).replace(",", "")) / _period(found)
            return amount * to_lb, f"{amount:g} {unit}/day stated"
    drinks = _DRINKS.search(text)
    if drinks is None:
        return None
    per_day = float(drinks.group(1).replace(",", "")) / _period(drinks)
    lb = per_day * grams_per_drink / grams_per_lb
    return lb, f"{per_day:g} drinks/day x {grams_per_drink:g} g/drink / {grams_per_lb:g} g/lb"
