""" "What's your lightest roast?", "which coffee is the most chocolatey?": the member a
described quality picks.

A question that asks which one ("which", "what's your ...est", "the most ...") with a
quality word and no entity named is answered by the catalog members whose attribute values hold
that quality ("lightest" -> the roast "light" of the Sunrise; "chocolatey" -> the tasting notes
"dark chocolate" of the Foundry). Only a structured value counts, never a sentence's vector:
MiniLM put "lightest roast" nearest to the medium-dark Foundry. When no member, or every member
of a kind, holds it, the usual answer is given. Pure: the question and the catalog in, members
and the labels that matched out.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise

#: "which grinder ...", "which of your ...", "what's your lightest ...", "the most chocolatey"
_WHICH = re.compile(
    r"^\W*(?:which|what\s*(?:is|s)?\s+(?:your|the)\s+\w+est)\b|\bwhich (?:of|one)\b"
    r"|\b(?:the|your) (?:most|least) \w+",
    re.I,
)
_MOST = re.compile(r"\b(?:most|least)\s+(\w+)")
#: "got something light n fruity for pour over", "anything chocolatey?": qualities wished for.
_WISHED = re.compile(
    r"(?:^\W*|\b(?:got|any|have|want|need|recommend|suggest|looking\s+for)\s+)"
    r"(?:something|anything)\s+"
    r"(\w+(?:\s+(?:n|and|&|but|yet)\s+\w+)?)"
)
_SUPERLATIVE = re.compile(r"\b(\w{3,})est\b")
_NOT_QUALITY = frozenset({"b", "inter", "small", "larg", "big", "bigg", "cheap", "high", "low"})


def asks_which(question: str) -> bool:
    """Whether the question asks which member fits a described quality."""
    flat = normalise(question)
    return bool(_WHICH.search(flat) or _WISHED.search(flat))


def qualities(question: str) -> list[str]:
    """The quality words of a "which" question ("lightest" -> "light", "most chocolatey" ->
    "chocolatey"); size and price superlatives are left to the catalog's ordering."""
    flat = normalise(question)
    found = [m.group(1) for m in _MOST.finditer(flat)]
    for wished in _WISHED.finditer(flat):  # "something light n fruity": "light", "fruity"
        found.extend(w for w in wished.group(1).split() if w not in {"n", "and", "but", "yet"})
    for match in _SUPERLATIVE.finditer(flat):
        base = match.group(1)
        base = base[:-1] if len(base) > 3 and base[-1] == base[-2] else base  # "biggest"
        found.append(base)
    return [q for q in found if q not in _NOT_QUALITY and len(q) >= 4]


def _holds(value: str, quality: str) -> bool:
    """Whether an attribute value holds the quality as a word or its root ("dark chocolate"
    holds "chocolatey"; "medium-dark" does not hold "light")."""
    for word in re.split(r"[\s,;/-]+", normalise(value)):
        if word == quality or (min(len(word), len(quality)) >= 5 and word[:5] == quality[:5]):
            return True
    return False


def described_members(question: str, catalog: Catalog) -> list[tuple[Entity, str]]:
    """The (member, label) pairs whose attribute value holds a quality the "which" question
    asks; [] when none does, or when every member of a kind does (nothing is picked)."""
    if not asks_which(question):
        return []
    for quality in qualities(question):
        found = [
            (entity, label)
            for entity in catalog.entities
            for label, value in entity.attributes.items()
            if label != "price" and _holds(value, quality)
        ]
        asked = [(e, label) for e, label in found if label in normalise(question)]
        found = asked or found  # "darkest roast": the roast, not "dark chocolate" notes
        kinds = {e.kind for e, _ in found}
        everyone = any(len(catalog.of_kind(k)) == len({e.name for e, _ in found}) for k in kinds)
        if found and not everyone:
            return found
    return []
