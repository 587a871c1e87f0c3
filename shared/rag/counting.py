"""Count questions: "how many X" is answered only by a sentence that counts X.

"roughly how many customers have you got" needs a sentence with a number quantifying what was
asked ("We count about 1,400 cafés among our customers"); a sentence with a count of something
else ("more than 3,200 systems" for "how many installers") or with no count at all answers
another question, so the answerer gives the honest don't-know instead. Pure: text in, verdicts
out.
"""

from __future__ import annotations

import re

from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.bm25 import tokenize
from shared.rag.rates import WEIGHT_UNITS

_HOW_MANY = re.compile(r"\bhow many\s+([a-z][a-z-]*)")
#: Words that can follow "how many" without naming what is counted ("how many do you sell",
#: "how many times a year"): no count constraint is read from them.
NOT_COUNTED = frozenset(
    {"do", "does", "did", "are", "is", "can", "could", "will", "would", "should", "have", "has"}
    | {"of", "more", "times", "time", "in", "per", "a", "an", "the", "you", "we", "i", "it"}
)
COUNT_WINDOW = 4  # the counted word follows its number within this many words


def counted(text: str) -> str | None:
    """The stem of what "how many" asks to count in ``text`` ("custom" for "customers"), or
    None when the text asks no count of a named thing."""
    match = _HOW_MANY.search(normalise(text))
    if match is None or match.group(1) in NOT_COUNTED:
        return None
    stem = tokenize(match.group(1))
    return stem[0] if stem else None


def states_count(sentence: str, stem: str, question: str = "") -> bool:
    """Whether ``sentence`` puts a number before the counted word ("1,400 cafés", "two
    preventive visits", "up to 6 members of your staff"), counting what belongs to the same
    side as the ``question`` asks about: "how many staff do you have" (the company's) is not
    answered by "6 members of your staff" (the visitor's), "how many of our staff" is. A count
    asked per period (:func:`period_asked`) needs that period in the sentence too."""
    words = normalise(sentence).split()
    asked = _side(normalise(question).split())
    period = period_asked(question)
    if period == "year" and any(
        w in _TIMES_A_YEAR and any(_same(a, stem) for a in said[n + 1 : n + 1 + COUNT_WINDOW])
        for clause in re.split(r"[.;!?]\s", sentence)
        for said in [normalise(clause).split()]
        for n, w in enumerate(said)
    ):
        return True  # "how many visits a year": "quarterly preventive visits" is four
    if period and not states_period(sentence, period):
        return False  # "how many shots an hour" is not "two baristas pull shots"
    role = persons_role(question, stem)
    if role and not any(w[:ROLE_PREFIX] == role[:ROLE_PREFIX] for w in words):
        return False  # "how many people work there" is not "founded by two people"
    for n, word in enumerate(words):
        if not (_is_number(word)):
            continue
        window = words[n + 1 : n + 1 + COUNT_WINDOW]
        if not any(_same(after, stem) for after in window):
            continue
        side = _side(window)
        if asked is None or side is None or side == asked:
            return True
    return False


#: A count asked per a period of time: "how many shots an hour", "cups per day", "bags a week".
_PER_PERIOD = re.compile(
    r"\b(?:an?|per|each|every)\s+(?P<period>minute|hour|day|shift|week|month|year)s?\b"
    r"|/\s*(?P<short>min|hr|hour|day|wk|week|mo|month|yr|year)\b"
)
_SHORT_PERIODS = {"min": "minute", "hr": "hour", "wk": "week", "mo": "month", "yr": "year"}
#: The adverbs that say a period ("daily" is "a day").
_PERIOD_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month"}


#: Frequency words that state a count per year ("quarterly preventive visits": four a year).
_TIMES_A_YEAR = {
    "quarterly": 4,
    "monthly": 12,
    "weekly": 52,
    "annual": 1,
    "annually": 1,
    "yearly": 1,
    "biannual": 2,
    "semiannual": 2,
}


def period_asked(question: str) -> str | None:
    """The period a count is asked per ("hour" for "how many shots an hour can it pull"), or
    None when the question asks a plain count."""
    match = _PER_PERIOD.search(question.lower())
    if match is None:
        return None
    short = match.group("short")
    return _SHORT_PERIODS.get(short, short) if short else match.group("period")


def states_period(sentence: str, period: str) -> bool:
    """Whether ``sentence`` states something per ``period`` ("150 cups a day", "per hour",
    "daily"): a count in it is then a rate, not a number of things ("two baristas")."""
    said = period_asked(sentence)
    adverbs = {_PERIOD_ADVERBS[w] for w in normalise(sentence).split() if w in _PERIOD_ADVERBS}
    return said == period or period in adverbs


#: Counted words that only say "persons": what the persons do is the count asked.
PERSONS = frozenset(tokenize("people persons folks guys"))
ROLE_PREFIX = 4  # a role verb is matched on its first letters ("work"/"workers"/"working")


def persons_role(question: str, stem: str) -> str | None:
    """The verb after a persons noun in ``question`` ("work" in "how many people work at
    copperline", "employ" in "how many people do you employ"), skipping auxiliaries and
    pronouns; None when the counted word names a role itself ("staff", "roasters")."""
    if stem not in PERSONS:
        return None
    words = normalise(question).split()
    after = words[words.index("many") + 2 :] if "many" in words else []
    role = next((w for w in after if w not in _AUXILIARIES), None)
    return role if role and role not in NOT_COUNTED and len(role) >= ROLE_PREFIX else None


_AUXILIARIES = frozenset({"do", "does", "did", "can", "could", "will", "would", "you", "we", "u"})


#: Whose thing a phrase speaks of, from the company's side ("our staff") or the visitor's
#: ("your staff") in a knowledge-base sentence; a question's "you"/"your" is the company's.
_COMPANY_WORDS = frozenset({"our", "we", "us"})
_VISITOR_WORDS = frozenset({"your", "you"})


def _side(words: list[str]) -> str | None:
    """ "company" or "visitor" for a sentence's words; None when the words say neither."""
    found = set(words)
    if found & _COMPANY_WORDS and not found & _VISITOR_WORDS:
        return "company"
    if found & _VISITOR_WORDS and not found & _COMPANY_WORDS:
        return "visitor"
    return None


def _is_number(word: str) -> bool:
    return word in NUMBER_WORDS or bool(re.fullmatch(r"\d+(?:\.\d+)?\+?", word))


def _same(word: str, stem: str) -> bool:
    """The same stem, or the same first five letters of a long one ("employees"/"employ"), or
    the same unit of weight ("150 lb" counts the "pounds" asked)."""
    found = tokenize(word)
    if not found:
        return False
    unit = _WEIGHTS.get(found[0])
    if unit is not None and unit == _WEIGHTS.get(stem):
        return True
    return found[0] == stem or (len(stem) >= 5 and found[0][:5] == stem[:5])


#: Stems of the words for a unit of weight, each with the unit it names.
_WEIGHTS = {tokenize(w)[0]: unit for w, unit in WEIGHT_UNITS.items() if tokenize(w)}


def says_count(text: str) -> bool:
    """Whether ``text`` states a count in words ("two people", "five coffees")."""
    return any(w in NUMBER_WORDS for w in normalise(text).split())


#: "up to 6 members of your staff", "for up to eight people": the most a thing is for.
_UP_TO = re.compile(r"\bup to (\d+|[a-z]+) (?:[a-z]+ )?(people|persons|staff|members|baristas)\b")
#: The people a question counts ("for 8 people", "our 7 baristas", "a team of 9").
_PEOPLE = re.compile(
    r"\b(\d+|[a-z]+) (?:new )?(?:people|persons|staff|members|baristas|employees|trainees)\b"
    r"|\bteam of (\d+|[a-z]+)\b"
)


#: A question asking how many people a thing is for ("for how many people", "how many staff",
#: "max number of staff", "maximum people", "most baristas").
_PEOPLE_ASKED = re.compile(
    r"\b(?:how many|(?:max|maximum|most)(?: number of| no of)?) (?:people|persons|staff|members"
    r"|baristas|employees|trainees|attendees)\b"
)


def capacity_asked(question: str, facts: list[str]) -> str | None:
    """The sentence of ``facts`` giving the most people a thing is for ("... with up to 6
    members of your staff") when the question asks how many people it is for; else None."""
    if _PEOPLE_ASKED.search(normalise(question)) is None:
        return None
    return next((f for f in facts if _UP_TO.search(normalise(f))), None)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def over_capacity(question: str, facts: list[str]) -> tuple[str, int, int] | None:
    """The sentence of ``facts`` giving the most people a thing is for ("... with up to 6
    members of your staff"), with the people the question counts and that most, when the
    question counts people ("on-site training for 8 people"); None otherwise."""
    asked = _PEOPLE.search(normalise(question))
    count = _number(next(g for g in asked.groups() if g)) if asked else None
    if count is None:
        return None
    for fact in facts:
        limit = _UP_TO.search(normalise(fact))
        most = _number(limit.group(1)) if limit else None
        if most is not None:
            return fact, count, most
    return None
