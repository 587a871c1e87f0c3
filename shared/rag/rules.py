"""Arithmetic and rules from the catalog and the company facts: totals, volume discount, leasing.

Pure: a question's text, the entities it names with their quantities, and the facts in; a
sentence and its :class:`~shared.rag.types.Derivation` list out. Every rule's numbers are read
from the knowledge base's own sentences (the leasing minimum, term and monthly rate; the volume
discount's threshold and rate), and every derived number says how it was derived. A rule whose
sentence the knowledge base lacks is simply not applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.facts import CompanyFacts
from shared.rag.phrasing import cap, money, the
from shared.rag.types import Derivation
from shared.understanding.asked import asks_lease, asks_total

_MINIMUM = re.compile(r"over \$(\d[\d,]*)")
_MONTHS = re.compile(r"(\d+) months")
_RATE = re.compile(r"(\d+(?:\.\d+)?)% of the (?:equipment )?price")
_DISCOUNT = re.compile(
    r"(\d[\d,]*) ?(lb|kg|bags?|units?) or more (?:of [a-z]+ )?per (month|week)[^.]*?(\d+)% "
    r"(?:volume )?discount"
)


@dataclass(frozen=True)
class Ruled:
    """A rule's sentence with its sums and the source sentences it quotes."""

    text: str
    derived: list[Derivation]
    evidence: list[str]
    source: str | None = None  # the document of the rule's sentence


def quantities_of(catalog: Catalog, text: str) -> list[tuple[Entity, int]]:
    """The entities ``text`` names, each with the count just before it ("2 Atlas 75s") or 1."""
    flat = normalise(text)
    found: dict[str, tuple[Entity, int]] = {}
    for mention in catalog.mentions(text):
        entity = catalog.get(mention.entity)
        if entity is None or entity.name in found:
            continue
        before = flat[: mention.start].split()[-1:] or [""]
        word = before[0]
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        found[entity.name] = (entity, max(count, 1))
    return list(found.values())


def _numbers(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text)


@dataclass(frozen=True)
class LeaseTerms:
    """The knowledge base's leasing terms: the minimum order, the term and the monthly rate."""

    minimum: str  # "5,000", as the source writes it
    months: str
    rate: str | None  # "3", the monthly share of the price in percent
    sentences: list[str]
    source: str

    @property
    def floor(self) -> float:
        return float(self.minimum.replace(",", ""))

    @property
    def offer(self) -> str:
        return f"equipment orders over ${self.minimum} can be leased over {self.months} months"

    def monthly(self, amount: float) -> tuple[str, Derivation] | None:
        """The monthly payment of ``amount`` at the published rate, with its derivation."""
        if self.rate is None:
            return None
        value = money(round(amount * float(self.rate) / 100))
        return value, Derivation(operands=[f"{self.rate}%", money(amount)], result=value)


def lease_terms(text: str, facts: CompanyFacts) -> LeaseTerms | None:
    """The leasing terms, when ``text`` asks about leasing and the knowledge base states them."""
    fact = facts.facts.get("leasing")
    if fact is None or not asks_lease(text):
        return None
    said = " ".join(fact.sentences)
    minimum, months, rate = _MINIMUM.search(said), _MONTHS.search(said), _RATE.search(said)
    if minimum is None or months is None:
        return None
    return LeaseTerms(
        minimum.group(1),
        months.group(1),
        rate.group(1) if rate else None,
        fact.sentences,
        fact.source,
    )


def _below(terms: LeaseTerms, named: str, amount: float) -> str:
    return (
        f"Leasing is only for equipment orders over ${terms.minimum} (over {terms.months} "
        f"months); {named} at {money(amount)} is below that, so it could be leased only as part "
        "of a larger equipment order."
    )


def lease(text: str, items: list[tuple[Entity, int]], facts: CompanyFacts) -> Ruled | None:
    """Whether the named equipment can be leased under the knowledge base's terms, and the
    monthly figure when it can ("3% of $12,250 is roughly $368 a month")."""
    equipment = [(e, n) for e, n in items if e.price is not None and e.price.unit is None]
    terms = lease_terms(text, facts) if equipment else None
    if terms is None:
        return None
    total, derived, named = _sum(equipment)
    if total <= terms.floor:
        return Ruled(_below(terms, named, total), derived, terms.sentences, terms.source)
    text_out = f"Yes: {terms.offer}, subject to approved credit."
    monthly = terms.monthly(total)
    if monthly is not None:
        derived.append(monthly[1])
        whole = (
            f"{named} come to {money(total)}"  # each item priced, so the sum can be checked
            if len(equipment) > 1
            else f"{named} is {money(total)}"
        )
        text_out += (
            f" Payments start from about {terms.rate}% of the price a month: {whole}, so that "
            f"is roughly {monthly[0]} a month."
        )
    return Ruled(text_out, derived, terms.sentences, terms.source)


def lease_kind(text: str, kind: str, members: list[Entity], facts: CompanyFacts) -> Ruled | None:
    """Leasing asked of a kind ("finance on espresso machines?"): which of its members the
    terms allow on their own, each with its monthly figure, and which only in a larger order."""
    equipment = [e for e in members if e.price is not None and e.price.unit is None]
    terms = lease_terms(text, facts) if equipment else None
    if terms is None:
        return None
    over = [e for e in equipment if e.price is not None and e.price.amount > terms.floor]
    under = [e for e in equipment if e not in over]
    derived: list[Derivation] = []
    lines = []
    for entity in over:
        assert entity.price is not None
        monthly = terms.monthly(entity.price.amount)
        if monthly is not None:
            derived.append(monthly[1])
        each = f" roughly {monthly[0]} a month" if monthly else ""
        lines.append(f"{the(entity.name)} ({entity.price.text}){each}")
    if not over:
        names = " and ".join(f"{the(e.name)}" for e in under)
        return Ruled(
            f"Leasing is only for equipment orders over ${terms.minimum} (over {terms.months} "
            f"months); each {kind} of ours is below that on its own ({names}), so it could be "
            "leased only as part of a larger equipment order.",
            derived,
            terms.sentences,
            terms.source,
        )
    rate = f" At about {terms.rate}% of the price a month:" if terms.rate else " That covers"
    text_out = f"Yes: {terms.offer}, subject to approved credit.{rate} " + "; ".join(lines) + "."
    if under:
        names = " and ".join(f"{the(e.name)} ({e.price.text})" for e in under if e.price)
        verb = "is" if len(under) == 1 else "are"
        text_out += (
            f" {cap(names)} {verb} below the minimum, so only as part of a larger equipment order."
        )
    return Ruled(text_out, derived, terms.sentences, terms.source)


def _sum(items: list[tuple[Entity, int]]) -> tuple[float, list[Derivation], str]:
    """The total price of ``items``, its derivations, and the items named, each with its price
    when there are several ("the Pico 1-Group ($3,900), the Atlas 64 ($1,350) and ...")."""
    total = 0.0
    derived: list[Derivation] = []
    names = []
    for entity, count in items:
        assert entity.price is not None
        line = entity.price.amount * count
        total += line
        if count > 1:
            derived.append(Derivation(operands=[entity.price.text, str(count)], result=money(line)))
        name = f"{count} x {entity.name}" if count > 1 else the(entity.name)
        names.append(f"{name} ({money(line)})" if len(items) > 1 else name)
    if len(items) > 1:
        parts = [money(e.price.amount * n) for e, n in items if e.price is not None]
        derived.append(Derivation(operands=parts, result=money(total)))
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return total, derived, listed


def total(text: str, items: list[tuple[Entity, int]]) -> Ruled | None:
    """Several items with quantities: each line and the total ("2 x $9,800 = $19,600; ...")."""
    priced = [(e, n) for e, n in items if e.price is not None and e.price.unit is None]
    asked = any(n > 1 for _, n in priced) or asks_total(text)
    if len(priced) < 2 or len(priced) != len(items) or not asked:
        return None
    lines = []
    for entity, count in priced:
        assert entity.price is not None
        each = entity.price.text
        if count > 1:
            lines.append(
                f"{count} x {the(entity.name)} at {each} = {money(entity.price.amount * count)}"
            )
        else:
            lines.append(f"{the(entity.name)} at {each}")
    amount, derived, _ = _sum(priced)
    text_out = cap("; ".join(lines)) + f". Together that comes to {money(amount)}, before tax."
    return Ruled(text_out, derived, [])


def discount(
    text: str, quantity: int, unit: str, subtotal: float, facts: CompanyFacts
) -> Ruled | None:
    """The volume discount, when the quantity meets its threshold ("150 lb ... 10% off")."""
    fact = facts.facts.get("volume discount")
    said = " ".join(fact.sentences) if fact else ""
    match = _DISCOUNT.search(said)
    if fact is None or match is None:
        return None
    threshold = int(match.group(1).replace(",", ""))
    if not unit.startswith(match.group(2)[:2]) or quantity < threshold:
        return None
    rate = float(match.group(4))
    off = subtotal * rate / 100
    after = money(subtotal - off)
    period = match.group(3)
    sentence = (
        f"Orders of {match.group(1)} {match.group(2)} or more per {period} get a "
        f"{match.group(4)}% volume discount: {money(subtotal)} less {match.group(4)}% "
        f"({money(off)}) is {after}"
        + (f" a {period}." if period in normalise(text) else f", if you order that each {period}.")
    )
    derived = [
        Derivation(operands=[money(subtotal), f"{match.group(4)}%"], result=money(off)),
        Derivation(operands=[money(subtotal), money(off)], result=after),
    ]
    return Ruled(sentence, derived, fact.sentences)


_AMOUNT = re.compile(r"\$\d[\d,]*(?:\.\d+)?")
_PAID = re.compile(
    r"\b(?:cost|costs|paid|pay|priced|worth|spent)\s+(?:me\s+|us\s+|about\s+|around\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?\b",
    re.I,
)


def stated_amount(text: str) -> str | None:
    """The money amount a question names: "$8,000", or a bare number after a paying word
    ("cost 6000 new" -> "$6,000"); None without one."""
    found = _AMOUNT.search(text)
    if found:
        return found.group(0)
    paid = _PAID.search(text)
    return money(float(paid.group(1).replace(",", ""))) if paid else None
