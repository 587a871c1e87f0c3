"""How many of a thing a visitor asks for, how much coffee they use, which services they name.

Read for the lead's estimate (:mod:`shared.leads.estimate`), which prices these typed results.

"a 3-group machine plus two grinders": the quantity of a mention is the number word or digits
just before it ("two", "2", "a pair of", "a"), looking back over at most a few adjectives and
stopping at a conjunction ("and", "plus", "with"), so "a machine with two groups" is one machine
and the "two" belongs to the groups. A kind named without a model ("two grinders") is counted
by the words that name it (:data:`KIND_WORDS`).

A rate of coffee is pounds, kilos or drinks per period ("40 lbs a week", "2 kg per day",
"about 100 cups a day", "150/month"), given per day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from shared.catalog import Catalog
from shared.catalog.words import NUMBER_WORDS

LOOK_BACK = 3
MAX_QUANTITY = 50
STOP = {"and", "plus", "with", "or", "also", "then", "but", "of"}
ONE = {"a", "an", "one", "single", "another"}
PAIRS = {"pair", "couple"}  # "a pair of grinders" is two
#: Words that name a kind of equipment without naming a model ("two grinders").
KIND_WORDS = {
    "espresso machine": ("espresso machine", "machine"),
    "espresso grinder": ("grinder",),
    "batch brewer": ("batch brewer", "brewer"),
    "water filtration": ("water filter", "filtration"),
}
#: Words that ask for a service the estimate prices.
SERVICE_WORDS = {
    "consulting": ("consulting", "consultant", "launch support", "menu design", "workflow layout"),
    "maintenance": ("maintenance", "service plan", "repairs", "preventive"),
}

# "a day", "per week", "/month", "daily", "weekly", "monthly"
_PER = r"\s*(?:(?:a|an|per|each|every|/)\s*(day|week|month)|(dai|week|month)ly)\b"
_DRINKS = re.compile(r"(\d[\d,]*)\s*(?:cups?|drinks?|coffees?|shots?|customers?|servings?)?" + _PER)
_POUNDS = re.compile(r"(\d[\d,]*)\s*(?:lbs?|pounds?)" + _PER)
_KILOS = re.compile(r"(\d[\d,]*)\s*(?:kg|kilos?|kilograms?)" + _PER)
_DAYS = {"day": 1, "dai": 1, "week": 7, "month": 30}

RateUnit = Literal["lb", "kg", "drinks"]
_RATES: tuple[tuple[re.Pattern[str], RateUnit], ...] = (
    (_POUNDS, "lb"),
    (_KILOS, "kg"),
    (_DRINKS, "drinks"),
)


@dataclass(frozen=True)
class DailyRate:
    """Coffee used per day, in the unit the visitor stated it."""

    amount: float
    unit: RateUnit


def _per_day(found: re.Match[str]) -> float:
    return float(found.group(1).replace(",", "")) / _DAYS[found.group(2) or found.group(3)]


def daily_rate(text: str) -> DailyRate | None:
    """The first rate stated, pounds before kilos before drinks, per day; None when none is."""
    for pattern, unit in _RATES:
        found = pattern.search(text)
        if found:
            return DailyRate(_per_day(found), unit)
    return None


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


def _occurrences(normal: str, phrase: str) -> list[re.Match[str]]:
    """The phrase as whole words, plural or not."""
    return list(re.finditer(rf"(?<!\S){re.escape(phrase)}s?(?!\S)", normal))


def kind_quantity(normal: str, kind: str) -> int | None:
    """The quantity of a kind named generically ("two grinders"), or None when not named."""
    words = normal.split()
    found = [
        quantity_before(words, word_index(normal, match.start()))
        for phrase in KIND_WORDS.get(kind, ())
        for match in _occurrences(normal, phrase)
    ]
    return max(found) if found else None


def model_counts(normal: str, catalog: Catalog, kinds: tuple[str, ...]) -> dict[str, int]:
    """The catalog entities of these kinds named in a normalised text, each with the largest
    quantity stated before it, in the order first named ("Atlas 75" as written, "two groups"
    made singular)."""
    words = normal.split()
    counts: dict[str, int] = {}
    for variant in (normal, singular(normal)):
        for mention in catalog.mentions(variant):
            entity = catalog.get(mention.entity)
            if entity is not None and entity.kind in kinds:
                qty = quantity_before(words, word_index(variant, mention.start))
                counts[entity.name] = max(counts.get(entity.name, 0), qty)
    return counts


def names_service(normal: str, service: str) -> bool:
    """The normalised text asks for a service of :data:`SERVICE_WORDS` by one of its words."""
    return any(_occurrences(normal, word) for word in SERVICE_WORDS[service])
