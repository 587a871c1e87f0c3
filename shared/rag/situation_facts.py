"""Company facts asked through the visitor's situation, by a word the facts never use.

"We use a bag and a half a week, does that get us any kind of bulk price?", "is anyone on
your sales side still picking up at 5?", "how old are the beans by the time they reach us?":
each asks a company fact (the volume discount, the sales hours, the roasting freshness) in
words the knowledge base does not use, so neither the topic's nearness nor the sentences'
meaning finds it. The reader names the ask (:mod:`shared.understanding.asked`); the answer is
the sentence of that topic's fact with the shape such a fact has (a share off, a span of
hours, a time since roasting), read from the bundle's facts: a knowledge base that lacks the
sentence gets no answer here. Pure: text and facts in, sentences and their fact out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.rag.facts import CompanyFacts, Fact
from shared.understanding.asked import asks_bulk_price, asks_coffee_age, asks_reachable

_SHARE_OFF = re.compile(r"\d+(?:\.\d+)?\s?%")
_HOURS = re.compile(r"\b\d{1,2}[:.]\d{2}\b[^.]*\b\d{1,2}[:.]\d{2}\b")
_SINCE = re.compile(r"\b\d+\s+(?:hours?|days?)\b", re.I)

#: The ask, the topic whose fact answers it, and the shape of the sentence that does.
_ASKED: tuple[tuple[Callable[[str], bool], str, re.Pattern[str]], ...] = (
    (asks_bulk_price, "volume discount", _SHARE_OFF),
    (asks_reachable, "sales hours", _HOURS),
    (asks_coffee_age, "roasting", _SINCE),
)


def situation_fact(text: str, facts: CompanyFacts) -> tuple[list[str], Fact] | None:
    """The sentences of the company fact ``text`` asks by its situation, with the fact, or
    None when it asks none of them or the fact states nothing of the shape needed."""
    for asks, topic, shape in _ASKED:
        fact = facts.facts.get(topic) if asks(text) else None
        said = [s for s in fact.sentences if shape.search(s)] if fact else []
        if fact is not None and said:
            return said, fact
    return None
