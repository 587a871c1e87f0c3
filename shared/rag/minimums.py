"""The least a wholesale order may be, from the knowledge base's own sentence.

"The minimum wholesale order is 20 lb of coffee per delivery" makes an order of 10 lb too
small: the answer to "can i just order 10 lbs of foundry?" is that minimum, not a price for an
order that cannot be placed. Pure: the company facts' sentences in, the sentence out.
"""

from __future__ import annotations

import re

from shared.rag.facts import CompanyFacts, Fact

#: "The minimum wholesale order is 20 lb", "minimum order of 20 lb", "orders of at least 20 lb".
_MINIMUM = re.compile(
    r"\b(?:minimum\s+(?:[a-z]+\s+)?order\s+(?:is|of)\s+|orders?\s+(?:must\s+be\s+)?"
    r"(?:of\s+)?at\s+least\s+)(\d[\d,]*)\s?(lb|kg|bags?)\b",
    re.I,
)


def below_minimum(quantity: int, unit: str, facts: CompanyFacts) -> str | None:
    """The sentence stating an order minimum in ``unit`` that ``quantity`` falls short of, else
    None (no such sentence, another unit, or enough ordered)."""
    for fact in facts.facts.values():
        for sentence in fact.sentences:
            match = _MINIMUM.search(sentence)
            if match is None or not unit.startswith(match.group(2).lower()[:2]):
                continue
            if quantity < int(match.group(1).replace(",", "")):
                return sentence
    return None


def stated_minimum(facts: CompanyFacts, unit: str) -> tuple[int, Fact, str] | None:
    """The order minimum in ``unit`` ("lb") the knowledge base states, with its fact and
    sentence, or None."""
    for fact in facts.facts.values():
        for sentence in fact.sentences:
            match = _MINIMUM.search(sentence)
            if match is not None and unit.startswith(match.group(2).lower()[:2]):
                return int(match.group(1).replace(",", "")), fact, sentence
    return None
