"""Typo and text-speak tolerance: a message rewritten onto the words the rules look for.

Text-speak ("r", "u", "n", "w/") is expanded, then every word that is not an English word (the
GCIDE dictionary list shipped with ``english-words``) but is one or two edits from a cue word
("cofee", "grindr", "openning", "octobr") is replaced by that cue word (the one typo matcher,
:func:`shared.understanding.typos.mistyped`). Correct words ("better", "raising") are never
"corrected" into cue words. The rules
then read the normalised text; names, emails and phone numbers are still read as typed.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from shared.understanding.lexicon import CHAT_KEEPS, ENGLISH_MONTHS, SEASONS, text_speak
from shared.understanding.typos import mistyped
from shared.wordlists import first_names, gcide

TEXT_SPEAK = text_speak(CHAT_KEEPS)
CUE_WORDS = """
    cafe cafes coffee shop shops store stores opening open opens opened launching launch starting
    start planning plan already have running operate manage own espresso machine machines grinder
    grinders brewer brewers batch equipment group groups kettle filtration water need needs
    looking want cups drinks coffees lattes daily weekly day week month year years pounds bags
    days weeks months
    kilos next soon location locations site sites roaster supplier
    suppliers delivery deliveries late slow broken breaking breaks keeps inconsistent expensive
    stale bitter problem problems issues training maintenance repair repairs service support
    technician quote pricing price budget afford email phone number call someone sales person
    human talk speak contact reach decaf blend blends roast roasts organic single origin drip
    cold brew pour over milk latte cappuccino beans business restaurant bakery kiosk cart truck
    counter downtown hello thanks morning afternoon
"""
# months and seasons, but not the verbs among them ("may", "fall"): a typo is never made one
_CALENDAR = {*ENGLISH_MONTHS, *SEASONS} - {"may", "fall"}
VOCABULARY = tuple(sorted(set(CUE_WORDS.split()) | _CALENDAR))
# words in any alphabet ("cảm ơn" stays two words, not "cảm ơ" + text-speak "n" = "and")
_TOKEN = re.compile(r"[\w'’/~]+|[^\w'’/~]+")
# Ordinary words one edit away from a cue word that must stay as they are.
KEEP = frozenset(
    [
        "bars",  # "smoothie bars", not "bags"
        "beanery",  # a coffee house's name ("Bow River Beanery"), not "bakery"
        "tracking",  # "nothing on the tracking", not "training"
        "the",
        "then",
        "them",
        "they",
        "this",
        "that",
        "what",
        "when",
        "were",
        "where",
        "with",
        "will",
        "would",
        "your",
        "yours",
        "have",
        "here",
        "there",
        "want",
        "went",
        "wait",
        "ask",
        "asks",
        "open",
        "over",
        "once",
        "needed",
        "cart",
        "card",
        "care",
        "cure",
        "cups",
        "cup",
        "some",
        "same",
        "shape",
        "sale",
        "sold",
        "call",
        "tall",
        "fall",
        "ball",
        "hall",
        "mall",
        "talk",
        "walk",
        "week",
        "weak",
        "seek",
        "days",
        "data",
        "grow",
        "grew",
        "rate",
        "late",
        "lake",
        "cake",
        "bake",
        "make",
        "made",
        "mine",
        "nine",
        "line",
        "fine",
        "find",
        "kind",
        "mind",
        "good",
        "food",
        "wood",
        "mood",
        "hope",
        "hole",
        "home",
        "some",
        "best",
        "test",
        "most",
        "must",
        "post",
        "cost",
        "lost",
        "last",
        "fast",
        "past",
        "plan",
        "plans",
        "clan",
        "than",
        "that",
        "chat",
        "what",
        "team",
        "teams",
        "meet",
        "month",
        "mouth",
        "start",
        "stars",
        "store",
        "stone",
        "shop",
        "ship",
        "shot",
        "spot",
        "stop",
        "drop",
        "drip",
        "trip",
        "brew",
        "crew",
        "grew",
        "blew",
        "blow",
        "slow",
        "flow",
        "show",
        "shows",
        "year",
        "near",
        "hear",
        "dear",
        "wear",
        "tear",
        "read",
        "road",
        "load",
        "loan",
        "loans",
        "roast",
        "toast",
        "boast",
        "coast",
        "beans",
        "bean",
        "been",
        "mean",
        "lean",
        "kilo",
        "kilos",
        "kill",  # "hard water kills machines", not "kilos"
        "bags",
        "bag",
        "big",
        "beg",
        "back",
        "pack",
        "sack",
        "sick",
        "pick",
        "pickup",
        "day",
        "say",
        "way",
        "may",
        "pay",
        "bay",
        "ray",
        "hay",
        "away",
        "sure",
        "pure",
        "cure",
    ]
)


def english_words() -> Container[str]:
    """About 114,000 lower-case English words (GCIDE headwords, loaded once, at cold start)."""
    return gcide()


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """The cue word a mistyped word stands for, or the word itself."""
    lower = word.lower()
    if lower in TEXT_SPEAK:
        return TEXT_SPEAK[lower]
    if len(lower) < 4 or _kept(lower) or lower in VOCABULARY or not lower.isalpha():
        return word
    if _inflected(lower) or lower in english_words() or lower in first_names():
        return word  # "marco" is a name, no misspelled "march"
    limit = 1 if len(lower) < 7 else 2
    meant = mistyped(lower, VOCABULARY, limit)
    if meant is None or (_plural_of_english(lower) and not meant.endswith("s")):
        return word  # "cars" is no mistyped "cart": a plural is mistyped as a plural ("caffes")
    return meant


def _kept(word: str) -> bool:
    """A word kept as typed, or its plural ("ships" is no mistyped "shops", as "ship" is no
    mistyped "shop")."""
    return any(word.endswith(s) and word[: len(word) - len(s)] in KEEP for s in ("", "s", "es"))


def _plural_of_english(word: str) -> bool:
    """The word is an English word's plural ("cars", "mugs"), whatever the stem's length."""
    return any(word.endswith(s) and word[: -len(s)] in english_words() for s in ("s", "es"))


def _inflected(word: str) -> bool:
    """A correct inflection of a cue word ("weeks", "opened", "brewing") or the plural of an
    English word ("contracts", which is no misspelled "contact") stays as typed."""
    for suffix in ("s", "es", "ed", "d", "ing", "er", "ers"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (stem in VOCABULARY or stem + "e" in VOCABULARY):
            return True
    if any(  # a short stem may be a rare word ("caffes" is no plural of "caff")
        word.endswith(s) and len(word) - len(s) >= 5 and word[: -len(s)] in english_words()
        for s in ("s", "es")
    ):
        return True
    return any(_english_stem(word[: -len(s)]) for s in ("ing", "ed") if word.endswith(s))


_VOWELS = re.compile(r"[aeiouy]+")


def _english_stem(stem: str) -> bool:
    """The stem of an "-ing" or "-ed" form is an English word: "tracking" (track), "shipping"
    (ship, its consonant doubled), "charged" (charge), "posted" (post); "tracking" is no
    misspelled "training"."""
    candidates = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2] and len(_VOWELS.findall(stem)) == 1:
        candidates.add(stem[:-1])  # one syllable doubles its consonant: "openning" is a typo
    words = english_words()
    return any(len(c) >= 4 and c in words for c in candidates)


def normalise(text: str) -> str:
    """The text with text-speak expanded and cue words' misspellings corrected."""
    return "".join(
        correct(t) if t[0].isalnum() or t in ("w/", "~") else t for t in _TOKEN.findall(text)
    )
