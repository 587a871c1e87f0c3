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
    if any(e in covered for e in entities):  # a Lumen with its grinder: the Lumen earns it
        bought = [e for e in bought if e.kind in {c.kind for c in covered}]
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


def free_with(
    catalog: Catalog, sentences: list[str], entities: list[Entity]
) -> list[tuple[Entity, Entity, str]]:
    """The services among ``entities`` that a sentence includes free with another of them
    (the on-site course beside a Lumen), each with the purchase it comes with and the
    sentence; a Pico beside the course makes nothing free."""
    found: list[tuple[Entity, Entity, str]] = []
    for sentence in sentences:
        match = next((m for p in _INCLUDED if (m := p.search(sentence))), None)
        if match is None:
            continue
        covered = [e for e in qualifying(catalog, match.group("cond")) if e in entities]
        services = catalog.mentioned(match.group("what"))
        for service in services if covered and len(services) == 1 else []:
            if service in entities and all(service is not f[0] for f in found):
                found.append((service, covered[0], sentence.strip()))
    return found


#: The thing an included-ask asks about: "does it include a loaner grinder", "come with a
#: grinder", "do we get a loaner too", "is a loaner grinder included" (up to two words).
_ASKED_THING = (
    re.compile(
        r"\b(?:include|includes|including|come with|comes with|get)\s+(?:a |an |the |any )?"
        r"(?P<thing>[a-z]+(?: [a-z]+)?)\b"
    ),
    re.compile(r"\b(?:is|are) (?:a |an |the |any )?(?P<thing>[a-z]+(?: [a-z]+)?) included\b"),
)
_TRAILING = frozenset({"too", "also", "as", "free", "with", "for", "in", "on", "then"})


def only_with_sibling(catalog: Catalog, question: str, entity: Entity) -> tuple[str, str] | None:
    """When ``question`` asks whether ``entity`` includes a thing its own sentences never name
    and exactly one other member of its kind names it ("and the cheaper one, does that include
    a loaner grinder too?" of the Essential plan), the sentence saying so and the other
    member's sentence naming it (its evidence); else None."""
    match = next((m for p in _ASKED_THING if (m := p.search(normalise(question)))), None)
    if match is None:
        return None
    words = [w for w in match.group("thing").split() if w not in _TRAILING]
    if not words or any(w in normalise(entity.kind).split() for w in words[-1:]):
        return None
    phrase = " ".join(words)
    if phrase in normalise(" ".join(entity.facts)) or any(
        normalise(kind) in phrase for kind in catalog.kinds()
    ):
        return None  # said of it, or a product of its own (the rule of a purchase says)
    said = [
        (e, fact)
        for e in catalog.of_kind(entity.kind)
        if e is not entity
        for fact in e.facts
        if phrase in normalise(fact)
    ]
    if len({e.name for e, _ in said}) != 1:
        return None
    other, fact = said[0]
    verb = "are" if article(phrase) == "any" else "is"
    return (
        f"The {phrase} {verb} not part of {the(entity.name)}: only {the(other.name)} has it.",
        fact,
    )
