""" "When" questions: answered by a sentence that states the kind of time asked.

"who started copperline and when", "what year did you start?" ask a year: the sentence that
answers states one ("We were founded in 2011 in Portland"), not the founders sentence a company
topic would otherwise give. "can i swing by the showroom this saturday?", "are you open on
weekends?" ask which days: the answer states days or hours ("visits are by appointment, Monday
to Friday"). With "how long does it last" (:mod:`shared.rag.durations`) and "where do you
roast?" (a place) these are the shapes of an answer a candidate sentence must have;
:func:`shared.rag.meaning.choose_span` picks the nearest in meaning among those that have it,
and after an item was discussed a question naming no subject takes the one such sentence naming
it (:func:`about_discussed`). Pure: text in, verdicts out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from shared.catalog.model import Catalog
from shared.rag.durations import asks_lasting, states_span
from shared.rag.question import shared_heads
from shared.rag.sentences import Sentence
from shared.understanding.entities.places import place_in
from shared.understanding.lexicon import WEEKDAYS

_DAY = "(?:" + "|".join(WEEKDAYS) + ")s?"
#: "when" as the question's own word: opening it (or its clause, or after "so"/"and"), or
#: closing it ("who started copperline and when"); not "... pause it when the office shuts".
_WHEN_ASKED = r"(?:^|[?.!;,:]\s*|\b(?:so|and|but|ok)\s+)when\b"
_WHEN_LAST = r"\bwhen\s*[?.!]*\s*$"
_ASKS_YEAR = re.compile(
    r"\b(?:what|which) year\b|\bsince when\b|\bhow long ago\b"
    rf"|{_WHEN_ASKED}.*\b(?:found|start|establish|began|begin|creat|set up|launch|becom|became)"
    rf"|\b(?:found|start|establish|began|begun|creat|set up|launch)\w*\b.*{_WHEN_LAST}",
    re.I,
)
_ASKS_DAYS = re.compile(
    rf"\b(?:{_DAY}|weekends?|weekdays?|what days|which days|bank holidays?)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAYS = re.compile(rf"\b(?:{_DAY}|weekends?|weekdays?|7 days a week|\d{{1,2}}:\d\d)\b", re.I)


#: "where do you roast", "where are you based", "where's your roastery": the company's place.
_ASKS_WHERE = re.compile(
    r"\bwhere(?: s)?\b(?:(?!\b(?:i|we|my|our|me|us)\b).)*\b(?:you|your|copperline)\b", re.I
)


#: A street address: a number and a street type, or a state code and ZIP code.
_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:St|Street|Ave|Avenue|Way|Road|Rd|Blvd|Boulevard|"
    r"Drive|Dr|Lane|Ln|Place|Pl)\b|\b[A-Z]{2}\s+\d{5}\b"
)


#: A visit asked with its place ("can i come try the machines somewhere", "where can we taste
#: the coffee"): the sentence offering the visit answers, and the place must be said with it.
_VISIT_PLACE = re.compile(
    r"\b(?:where|somewhere|anywhere)\b.{0,30}?\b(?:try|test|see|taste|visit|demo)\b"
    r"|\b(?:try|test|see|taste|visit|demo)\b.{0,40}?\b(?:somewhere|anywhere)\b",
    re.I,
)


def asks_visit_place(question: str) -> bool:
    """Whether the question asks where the visitor can come to try or see something."""
    return bool(_VISIT_PLACE.search(question))


#: "where do you buy your beans from", "where do you get the coffee from": whom the company
#: gets a thing from (its sourcing), which a sentence naming no place answers ("we buy directly
#: from the farms"), not where the company itself is.
_ASKS_ORIGIN = re.compile(
    r"\bwhere(?: s)?\b.{0,60}?\b(?:buy|get)\b"
    r"[^?.!]{0,30}?\bfrom\s*(?:[?.!]|$)",
    re.I,
)


def asks_where(question: str) -> bool:
    """Whether the question asks where the company is or does something ("where do you
    roast?"); "where do i send it" and "where do you buy your beans from" (whom from) ask
    something else."""
    return bool(_ASKS_WHERE.search(question)) and not _ASKS_ORIGIN.search(question)


def states_place(sentence: str) -> bool:
    """Whether the sentence states a place: a street address ("415 Harbor Way, Eureka, CA
    95501") or a place the gazetteer knows ("in Portland, Oregon")."""
    return bool(_ADDRESS.search(sentence)) or place_in(sentence) is not None


def asks_year(question: str) -> bool:
    """Whether the question asks in which year something began ("what year did you start?")."""
    return bool(_ASKS_YEAR.search(question))


#: "want the sunrise on weekends": a want stated (no "?") is no question.
_WANT_STATED = re.compile(
    r"^\s*(?:(?:we|i)(?: d| would)?\s+)?(?:want|need|like|looking for)\b[^?]*$", re.I
)


def asks_days(question: str) -> bool:
    """Whether the question asks about a day of the week ("this saturday", "on weekends");
    a want stated with a day ("want a floral coffee on weekends.") asks none."""
    if _WANT_STATED.search(question.replace("'", " ")):
        return False
    return bool(_ASKS_DAYS.search(question))


def states_year(sentence: str) -> bool:
    """Whether the sentence states a year ("founded in 2011")."""
    return bool(_YEAR.search(sentence))


def states_days(sentence: str) -> bool:
    """Whether the sentence states days or hours ("Monday to Friday", "8:00 to 18:00")."""
    return bool(_DAYS.search(sentence))


def answer_shape(question: str) -> Callable[[str], bool] | None:
    """The test a sentence must pass to answer ``question`` as a time (a span, a year, days),
    or None when it asks no time."""
    if asks_lasting(question):
        return states_span
    if asks_year(question):
        return states_year
    if asks_days(question):
        return states_days
    if asks_where(question):
        return states_place
    return None


def about_discussed(
    question: str, sentences: Iterable[Sentence], discussed: set[str], catalog: Catalog
) -> Sentence | None:
    """For a time question naming no subject ("is anyone even there on a weekend?") after
    items were discussed (the Pro plan), the one sentence of the asked shape that names one of
    them ("Customers on the Pro and Multi-site plans can call our emergency repair line 7 days
    a week"), or None when there is not exactly one."""
    shape = answer_shape(question)
    if shape is None or not discussed:
        return None
    heads = {kind.split()[-1] for kind in catalog.kinds()}
    found = [
        s
        for s in sentences
        if shape(s.text)
        and discussed & {m.entity for m in catalog.mentions(shared_heads(s.text, heads))}
    ]
    return found[0] if len(found) == 1 else None
