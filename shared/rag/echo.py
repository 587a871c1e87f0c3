"""Whether a piece of the visitor's question may be echoed in a don't-know.

"I don't have information on X" and "I don't have X in our range" repeat what the visitor
asked. The piece a reader cut out of the question is not always a clean noun phrase: "round
the clock" read as a quality "clock", "how many preventive visits" cut to "preventive",
"what's the monthly cost" cut to "whats the monthly". Echoed, such a piece garbles the reply,
so it is echoed only when it is a clean noun phrase of the visitor's own words (see
:func:`clean_echo`); else the don't-know names no part (:data:`NO_ECHO`).
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.understanding.lexicon import QUESTION_FUNCTION_WORDS

#: The don't-know that names no part of the question.
NO_ECHO = "I don't have that in our information."

#: Words that never belong in an echoed noun phrase: question words and auxiliaries.
_QUESTION_WORDS = QUESTION_FUNCTION_WORDS
#: Words an echoed phrase may not end on (a dangling preposition, article or conjunction).
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "at",
        "for",
        "to",
        "from",
        "with",
        "by",
        "per",
        "about",
        "round",
        "around",
        "and",
        "or",
        "but",
        "your",
        "our",
        "my",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
    ]
)
#: Prepositions before "the X" that make X the object of a phrase ("round the clock", "on
#: the side"), not the thing asked.
_GOVERNING = frozenset(
    ["round", "around", "on", "in", "at", "of", "by", "for", "with", "to", "from"]
)
#: An adjective's endings: such a word cut off from the noun after it is no noun phrase.
_ADJECTIVE = re.compile(r"(?:ive|al|ic|ly|ful|ous|ary|less|able)$")
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).lower())


def clean_echo(phrase: str, question: str) -> bool:
    """Whether ``phrase`` may be echoed from ``question``: it holds no question word or
    auxiliary, does not end on a preposition or article, and where its first or last word
    stands in the question it is neither the object of a preposition ("round the clock")
    nor an adjective cut off from its noun ("preventive" of "preventive visits"); a word
    the reader derived ("weight" of "weigh") is judged by the first two rules only."""
    words = _words(phrase)
    if not words or any(w in _QUESTION_WORDS for w in words) or words[-1] in _DANGLING:
        return False
    asked = _words(question)
    for i, word in enumerate(asked):
        opens = word == words[0] and i >= 2 and asked[i - 1] in {"the", "a", "an"}
        if opens and asked[i - 2] in _GOVERNING:
            return False  # "round the clock": the object of a phrase, not the thing asked
        if word == words[-1] and i + 1 < len(asked) and _ADJECTIVE.search(word):
            after = asked[i + 1]
            if after not in _DANGLING | _QUESTION_WORDS and not _ADJECTIVE.search(after):
                return False  # "preventive visits": the adjective cut off from its noun
    return True
