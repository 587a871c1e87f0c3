"""Services included with a purchase, and what they cost when the purchase does not qualify.

"When you buy any Lumen espresso machine, the two-day on-site barista training is included
free." names a condition (any Lumen) and a service (the on-site course). Asked about a Pico, the
sentence alone reads as a yes; :func:`not_included` adds that the Pico does not meet the
condition and what the service costs on its own ("... so the Two-day on-site course is not
included with it: it is $850."). Pure: sentence, catalog and entities in.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.matching import article
from shared.rag.phrasing import the

_INCLUDED = (
    re.compile(
        r"\b(?:when|if) you buy (?:any |a |an )?(?P<cond>[^,.]+), (?:the |our )?(?P<what>[^.]+?) "
        r"(?:is|are) included(?: free| at no (?:extra )?charge)?",
        re.I,
    ),
    re.compile(
        r"\bbuying (?:any |a |an )?(?P<cond>[^,.]+?) (?:also )?gets (?:you|your \w+) "
        r"(?:the |our )?(?P<what>[^.]+?) (?:free|at no (?:extra )?charge)",
        re.I,
    ),
)


#: the attribute an answer on what comes included records, so that the item named next ("for
#: the pico i mean") is asked it
INCLUDED = "included"
_ASKS = re.compile(r"\b(?:free|includ\w*|come with|comes with|no charge|thrown in|part of)\b")


def asks_included(text: str) -> bool:
    """Whether ``text`` asks if something comes free or included ("is training included?")."""
    return bool(_ASKS.search(normalise(text)))


def qualifying(catalog: Catalog, condition: str) -> list[Entity]:
    """The entities a purchase condition covers: a family ("any Lumen"), a kind ("any espresso
    machine"), or the entities it names."""
    flat = f" {normalise(condition)} "
    for family, members in catalog.families().items():
        if f" {normalise(family)} " in flat:
            return members
    for kind in catalog.kinds():
        if f" {normalise(kind)} " in flat:
            return catalog.of_kind(kind)
    return catalog.mentioned(condition)


def not_included(catalog: Catalog, sentence: str, entities: list[Entity]) -> str | None:
    """When ``sentence`` includes a service with a purchase and an entity under discussion is
    a purchase it does not cover, the sentence saying so with the service's own price; None
    when every entity qualifies or the sentence states no such rule."""
    match = next((m for p in _INCLUDED if (m := p.search(sentence))), None)
    if match is None:
        return None
    covered = qualifying(catalog, match.group("cond"))
    services = [e for e in catalog.mentioned(match.group("what")) if e.price is not None]
    bought = [e for e in entities if e not in covered and e not in services]
    bought = [e for e in bought if e.price is not None and e.price.unit is None]
    if not covered or len(services) != 1 or not bought:
        return None
    service = services[0]
    assert service.price is not None
    names = " and ".join(dict.fromkeys(the(e.name) for e in bought))
    condition = match.group("cond").strip()
    return (
        f"That covers {article(condition)} {condition} only: with {names} "
        f"{the(service.name)} is not included, and on its own it is {service.price.text}."
    )
