"""What a visitor says around a question that is not a question of its own: the guess they
offer after it ("when did you become one? 2019 or later?", "who founded it? I think two
people?"), the question they answer themselves ("how many locations do we have... 2"), an aside
on their own plans behind a comma ("what's the address, maybe I'll just look at it from
outside") and a hedge on a date whose subject is left out ("spring-ish, could slip to
summer"). Each belongs to the question or the statement beside it: answered on its own it
drags the retrieval away, and echoed as "I couldn't find ..." it reports as unanswered what
nobody asked. Pure: text in, verdict out."""

from __future__ import annotations

import re

from shared.understanding.lexicon import (
    ASKING_AUXILIARIES,
    QUESTION_OPENERS,
    SMALL_NUMBERS,
    alternation,
)

_NUMBER = rf"(?:\d[\d,.]*|{alternation(SMALL_NUMBERS)}|a\s+couple|a\s+few)"
#: A value offered as the answer: a figure with an optional unit word, or a comparison with
#: the value before it ("later", "more").
_VALUE = (
    rf"(?:(?:about|around|like|maybe|probably)\s+)?(?:{_NUMBER}(?:\s+[a-z]+)?"
    r"|later|earlier|sooner|before|after|more|less|fewer|longer|shorter|bigger|smaller|so)"
)
#: A guess by its shape: values alone ("18? 20?", "2019 or later?", "two or three people?").
_VALUES = re.compile(rf"^\W*{_VALUE}(?:\s*(?:,|\?|\bor\b|/)\s*{_VALUE})*\W*$", re.I)
#: A guess by the belief it opens with ("I think two people?", "pretty sure it was 2019?").
_BELIEF = re.compile(
    r"^\W*(?:(?:or|and|but)\s+)?(?:i\s+(?:think|guess|believe|assume|reckon|imagine|suppose)"
    r"|i'd\s+(?:guess|say)|pretty\s+sure|probably|maybe|perhaps|my\s+guess\s+is)\b",
    re.I,
)
#: What makes a sentence after a question a new question after all: a question word, or an
#: auxiliary with its subject ("I think you deliver, or do you charge?", "maybe can you ...").
_ASKS = re.compile(
    rf"\b(?:{alternation(QUESTION_OPENERS)})\b"
    rf"|\b(?:{alternation(ASKING_AUXILIARIES)})\s+(?:you|u|ya|we|i|it|there|they)\b",
    re.I,
)


def offers_guess(sentence: str, before: str) -> bool:
    """Whether ``sentence``, said right after the question ``before``, only offers the
    visitor's guess at its answer: values alone ("2019 or later?", "18? 20?") or a belief
    ("I think two people?") with no question of its own. It is part of that question."""
    if not before.rstrip().endswith("?") or _ASKS.search(sentence):
        return False
    return bool(_VALUES.match(sentence) or _BELIEF.match(sentence))


#: A question the visitor asks of their own business ("how many locations do we have",
#: "when did we open"): nobody but they can answer it.
_OWN_QUESTION = re.compile(
    r"^\W*(?:how\s+many|how\s+much|how\s+long|when|what)\b.*\b(?:do|did|have|are|were)\s+"
    r"(?:we|i)\b",
    re.I,
)
#: A sentence opening with its answer, a figure ("2, well 3 if you count the kiosk").
_ANSWER_FIRST = re.compile(rf"^\W*{_NUMBER}\b", re.I)


def answers_itself(question: str, after: str) -> bool:
    """Whether ``question`` is one the visitor asks of their own business and the sentence
    ``after`` it opens with the answer ("How many locations do we have... 2, well 3"): they
    think aloud, nothing is asked of us."""
    return bool(_OWN_QUESTION.match(question) and _ANSWER_FIRST.match(after))


#: An aside on the visitor's own plans behind a comma, to the end of the sentence ("...,
#: maybe I'll just look at it from outside lol", "..., we might drop by"): not words of the
#: question before it.
OWN_PLAN_AFTER = re.compile(
    r",\s+(?=(?:(?:maybe|perhaps|probably|might)\s+(?:i|we)(?:'ll|'d|\s+will|\s+would|\s+could"
    r"|\s+might|\s+may)?|(?:i|we)\s+(?:might|may))\s+[^?]*$)",
    re.I,
)
#: A modal opening a clause whose subject is left out, hedging what was just said ("could slip
#: to summer", "might be later", "may change depending on the build-out").
_HEDGED_CLAUSE = re.compile(
    r"^\W*(?:could|might|may|will|would)\s+(?:well\s+|also\s+|even\s+|still\s+)?"
    r"(?:slip|slide|change|move|shift|be|go|end\s+up|happen|push|drag|run|vary|depend|get)\b",
    re.I,
)


def hedges(clause: str) -> bool:
    """Whether ``clause`` hedges what was said before it with its subject left out ("could
    slip to summer depending on the build-out"): a statement, not a question, unless it
    carries a question mark ("could be delivered by friday?")."""
    return "?" not in clause and bool(_HEDGED_CLAUSE.match(clause))
