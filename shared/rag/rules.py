"""Arithmetic and rules from the catalog and the company facts: totals, volume discount, leasing.

Pure: a question's text, the entities it names with their quantities, and the facts in; a
sentence and its :class:`~shared.rag.types.Derivation` list out. Every rule's numbers are read
from the knowledge base's own sentences (the leasing minimum, term and monthly rate; the volume
discount's threshold and rate), and every derived number says how it was derived. A rule whose
sentence the knowledge base lacks is simply not applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.facts import CompanyFacts
from shared.rag.order import MONTHLY, YEAR_IN_MONTHS
from shared.rag.phrasing import cap, money, percent_of, the
from shared.rag.rates import Rate, converted, stated_rate
from shared.rag.types import Derivation
from shared.understanding.asked import asks_after_that, asks_lease, asks_reached, asks_total
from shared.understanding.entities import money as money_read

#: "whats the monthly then" asks the payment only right after a leasing answer.
_MONTHLY = re.compile(r"\b(?:monthly|a month|per month|each month|payments?)\b")
#: A sum asked per month: its count is of something paid monthly, not a number of months.
_PER_MONTH = re.compile(r"\b(?:monthly|a month|per month|each month|every month|a mo|per mo)\b")
LEASE = "lease"  # the attribute a leasing answer records, so a follow-up keeps the topic
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
    attribute: str | None = None  # what it answered, kept by a follow-up (``LEASE``)
    amount: float | None = None  # the amount it arrives at, for a next step (a discounted sum)


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


def asks_monthly(text: str) -> bool:
    """Whether ``text`` asks a monthly figure ("roughly per month?", "whats the monthly")."""
    return _MONTHLY.search(normalise(text)) is not None


def lease_terms(text: str, facts: CompanyFacts, follow: bool = False) -> LeaseTerms | None:
    """The leasing terms, when ``text`` asks about leasing (or, as the ``follow``-up of a
    leasing answer, about the monthly payment or whether the order now reaches the leasing
    minimum) and the knowledge base states them."""
    fact = facts.facts.get("leasing")
    asked = asks_lease(text) or (follow and (asks_monthly(text) or asks_reached(text)))
    if fact is None or not asked:
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


def bundles(text: str, groups: list[list[tuple[Entity, int]]], facts: CompanyFacts) -> Ruled | None:
    """Alternatives laid out one per line ("A) Pico + Atlas 64" / "B) Pico + Atlas 75 +
    Clarity"), a total or leasing asked: each totalled on its own and, when leasing is asked,
    judged against the leasing minimum with its monthly figure; never one sum over them all."""
    priced = [
        [(e, n) for e, n in g if e.price is not None and e.price.unit is None] for g in groups
    ]
    if len(priced) < 2 or not all(priced) or not (asks_total(text) or asks_lease(text)):
        return None
    terms = lease_terms(text, facts)
    parts, derived = [], []
    for group in priced:
        amount, sums, named = _sum(group)
        derived += sums
        verb = "come to" if len(group) > 1 or group[0][1] > 1 else "is"
        parts.append(f"{named} {verb} {money(amount)}{_leased(terms, amount, derived)}")
    said = "Taken one at a time: " + "; ".join(parts) + "."
    if terms is None:
        return Ruled(said, derived, [])
    said += f" Leasing: {terms.offer}, subject to approved credit."
    return Ruled(said, derived, terms.sentences, terms.source, LEASE)


def _one_off(entity: Entity) -> bool:
    return entity.price is not None and entity.price.unit is None


def _leased(terms: LeaseTerms | None, amount: float, derived: list[Derivation]) -> str:
    """Whether ``amount`` can be leased, with its monthly figure (appended to ``derived``)."""
    if terms is None:
        return ""
    if amount <= terms.floor:
        return f", under the ${terms.minimum} leasing minimum"
    monthly = terms.monthly(amount)
    if monthly is None:
        return ", enough to lease"
    derived.append(monthly[1])
    return f", enough to lease at roughly {monthly[0]} a month"


def _below(terms: LeaseTerms, named: str, amount: float) -> str:
    return (
        f"Leasing is only for equipment orders over ${terms.minimum} (over {terms.months} "
        f"months); {named} at {money(amount)} is below that, so it could be leased only as part "
        "of a larger equipment order."
    )


def lease(
    text: str, items: list[tuple[Entity, int]], facts: CompanyFacts, follow: bool = False
) -> Ruled | None:
    """Whether the named equipment can be leased under the knowledge base's terms, and the
    monthly figure when it can ("3% of $12,250 is roughly $368 a month"); ``follow`` when the
    previous answer was about leasing ("whats the monthly then")."""
    equipment = [(e, n) for e, n in items if e.price is not None and e.price.unit is None]
    terms = lease_terms(text, facts, follow) if equipment else None
    if terms is None:
        return None
    total, derived, named = _sum(equipment)
    if total <= terms.floor:
        below = _below(terms, named, total)
        return Ruled(below, derived, terms.sentences, terms.source, LEASE)
    text_out = f"Yes: {terms.offer}, subject to approved credit."
    monthly = terms.monthly(total)
    if monthly is not None:
        derived.append(monthly[1])
        verb = "come to" if len(equipment) > 1 else "comes to" if equipment[0][1] > 1 else "is"
        whole = f"{named} {verb} {money(total)}"  # each item priced, so the sum can be checked
        text_out += (
            f" Payments start from about {terms.rate}% of the price a month: {whole}, so that "
            f"is roughly {monthly[0]} a month."
        )
    return Ruled(text_out, derived, terms.sentences, terms.source, LEASE)


def lease_after_credit(
    text: str, entity: Entity, credit: str, worked: Derivation, facts: CompanyFacts
) -> Ruled | None:
    """Leasing asked of what is left of ``entity``'s price after a credit (``credit``, worked
    out as ``worked``: 15% of the $16,000 the visitor paid is $2,400): the remainder derived
    ($13,400 - $2,400 = $11,000), judged against the leasing minimum, and its monthly figure at
    the published rate (3% of $11,000 is roughly $330), never the full price's."""
    terms = lease_terms(text, facts)
    if terms is None or entity.price is None or entity.price.unit is not None:
        return None
    left_amount = entity.price.amount - _amount(credit)
    if left_amount <= 0:
        return None
    left = money(left_amount)
    net = Derivation(operands=[entity.price.text, credit], result=left)
    share = " of ".join(worked.operands)  # "15% of $16,000"
    said = (
        f"{cap(the(entity.name))} is {entity.price.text}; after the credit of {credit} ({share}),"
        f" {entity.price.text} - {credit} = {left} is left."
    )
    derived = [worked, net]
    if left_amount <= terms.floor:
        return Ruled(
            f"{said} {_below(terms, 'what is left', left_amount)}",
            derived,
            terms.sentences,
            terms.source,
            LEASE,
            left_amount,
        )
    said += f" Yes, that can be leased: {terms.offer}, subject to approved credit."
    monthly = terms.monthly(left_amount)
    if monthly is not None:
        derived.append(monthly[1])
        said += (
            f" Payments start from about {terms.rate}% of the price a month: {terms.rate}% of "
            f"{left} is roughly {monthly[0]} a month."
        )
    return Ruled(said, derived, terms.sentences, terms.source, LEASE, left_amount)


def _amount(text: str) -> float:
    """The number of a money figure as written ("$2,400" -> 2400.0)."""
    return float(re.sub(r"[^\d.]", "", text))


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


def _summed(entity: Entity, count: int) -> bool:
    """Whether an item goes into a total: a one-off price, or a monthly one for a term."""
    assert entity.price is not None
    return entity.price.unit is None or (entity.price.unit == MONTHLY and count > 1)


def total(text: str, items: list[tuple[Entity, int]]) -> Ruled | None:
    """Several items with quantities: each line and the total ("2 x $9,800 = $19,600; ..."),
    compared with a budget the question states ("our budget is $12,000": $250 over it); with
    a budget, one item is enough."""
    priced = [(e, n) for e, n in items if e.price is not None and _summed(e, n)]
    budget = stated_budget(text)
    asked = any(n > 1 for _, n in priced) or asks_total(text) or budget
    termed = [e for e, _ in priced if e.price is not None and e.price.unit == MONTHLY]
    several = len(priced) == 1 and priced[0][1] > 1 and asks_total(text)  # "4 of X, all up"
    enough = len(priced) >= 2 or (priced and (budget is not None or termed or several))
    if not enough or len(priced) != len(items) or not asked or _asks_discount_only(text):
        return None
    lines = []
    for entity, count in priced:
        assert entity.price is not None
        each = entity.price.text
        if entity in termed and _PER_MONTH.search(normalise(text)):
            # "3 x $99, what does that come to a month?": a count paid each month, no term
            line = money(entity.price.amount * count)
            lines.append(f"{count} x {the(entity.name)} ({count} x {each}) = {line} a month")
        elif entity in termed:  # "a year of the essential plan": its months
            line = money(entity.price.amount * count)
            lines.append(f"{count} months of {the(entity.name)} ({count} x {each}) = {line}")
        elif count > 1:  # the unit price is in the derivation; said, it would read as a line
            # (and a total beside a unit price no longer reads as the sum of the lines)
            lines.append(f"{count} x {the(entity.name)} = {money(entity.price.amount * count)}")
        else:
            lines.append(f"{the(entity.name)} at {each}")
    amount, derived, _ = _sum(priced)
    text_out = cap("; ".join(lines)) + f". Together that comes to {money(amount)}, before tax."
    if len(priced) == 1 and priced[0][1] == 1:
        text_out = f"{cap(the(priced[0][0].name))} is {money(amount)}, before tax."
    elif len(priced) == 1 and priced[0][0] not in termed:
        # one item counted: its unit price is said, since no other line's sum can misread it
        # ("3 x the Atlas 75 at $2,450 each = $7,350")
        entity, count = priced[0]
        line = money(entity.price.amount * count) if entity.price is not None else ""
        each = entity.price.text if entity.price is not None else ""
        text_out = cap(f"{count} x {the(entity.name)} at {each} each = {line}, before tax.")
    elif len(priced) == 1:
        text_out = cap(f"{lines[0]}, before tax.")
    months = [YEAR_IN_MONTHS] if termed else []  # the one conversion not from the sources
    if budget is None:
        return Ruled(text_out, derived, months)
    said, gap = _against_budget(amount, budget)
    derived.append(gap)
    # the visitor's figure as read ("5k" -> "$5,000"), so the check sees where it comes from
    return Ruled(f"{text_out} {said}", derived, [f"your budget: {budget}", *months])


def discount_gap(text: str, entities: list[Entity], facts: CompanyFacts) -> bool:
    """Whether ``text`` asks for a discount on ``entities`` that the knowledge base's one
    discount rule cannot cover: none of them is sold in the unit its threshold counts (a
    volume discount on pounds of coffee says nothing of paying a plan a year up front)."""
    fact = facts.facts.get("volume discount")
    match = _DISCOUNT.search(" ".join(fact.sentences)) if fact else None
    unit = match.group(2)[:2] if match else None
    units = [e.price.unit or "" for e in entities if e.price is not None]
    covered = unit is not None and any(u.removeprefix("per ").startswith(unit) for u in units)
    return bool(entities) and _asks_discount_only(text) and not covered


def _asks_discount_only(text: str) -> bool:
    """Whether ``text`` asks for a discount and no total ("if we pay the pro plan for a year up
    front, do we get a discount?"): the sum is not the answer, the discount rule is (or none)."""
    return bool(_DISCOUNT_WORD.search(normalise(text))) and not asks_total(text)


_DISCOUNT_WORD = re.compile(r"\bdiscount\w*")


def asks_discount(text: str) -> bool:
    """Whether ``text`` names a discount ("is 15 lb a week enough for the discount"): an amount
    in it is weighed against the discount's threshold, not the order minimum."""
    return bool(_DISCOUNT_WORD.search(normalise(text)))


def together(entities: list[Entity]) -> Ruled | None:
    """The sum of items answered one by one ("... the Lumen 3-Group is $13,400 ... the Atlas
    75 is $2,450") when a total was asked: "Together: $13,400 + $2,450 = $15,850, before tax.";
    None unless there are several, each with a one-off price."""
    if len(entities) < 2 or any(e.price is None or e.price.unit is not None for e in entities):
        return None
    amount, derived, _ = _sum([(e, 1) for e in entities])
    parts = " + ".join(money(e.price.amount) for e in entities if e.price is not None)
    return Ruled(f"Together: {parts} = {money(amount)}, before tax.", derived, [])


def _against_budget(amount: float, budget: str) -> tuple[str, Derivation]:
    """ "That is $250 over your $12,000 budget." or what is left to spare, derived."""
    limit = float(budget.replace("$", "").replace(",", ""))
    gap = money(abs(amount - limit))
    derived = Derivation(operands=[money(amount), budget], result=gap)
    if amount > limit:
        return f"That is {gap} over your {budget} budget.", derived
    return f"That fits your {budget} budget, with {gap} to spare.", derived


def discount(
    text: str,
    quantity: int,
    unit: str,
    subtotal: float,
    facts: CompanyFacts,
    rate: Rate | None = None,
) -> Ruled | None:
    """The volume discount, when the quantity meets its threshold ("150 lb ... 10% off"); a
    quantity stated per another period ("20 lb a week") is converted to the threshold's first.
    Below the threshold, a question that asks about the discount gets its rule, which the
    answerer then compares with the stated quantity (:mod:`shared.rag.rates`). ``rate`` is
    the quantity per period when the caller has read it (several lines summed), else it is
    read from ``text``."""
    fact = facts.facts.get("volume discount")
    said = " ".join(fact.sentences) if fact else ""
    match = _DISCOUNT.search(said)
    if fact is None or match is None or not unit.startswith(match.group(2)[:2]):
        return None
    threshold = int(match.group(1).replace(",", ""))
    period = match.group(3)
    stated = rate or stated_rate(text)
    per_period = converted(stated, unit, period)[0].amount if stated else quantity
    if per_period < threshold:
        rule = next((t for t in fact.sentences if _DISCOUNT.search(t)), None)
        asked = _DISCOUNT_ASK.search(normalise(text))
        return Ruled(rule, [], [rule]) if rule and asked else None
    off = subtotal * float(match.group(4)) / 100
    after = money(subtotal - off)
    each = stated.period if stated else period
    sentence = (
        f"Orders of {match.group(1)} {match.group(2)} or more per {period} get a "
        f"{match.group(4)}% volume discount: {money(subtotal)} less {match.group(4)}% "
        f"({money(off)}) is {after}"
        + (f" a {each}." if each in normalise(text) else f", if you order that each {period}.")
    )
    derived = [
        Derivation(operands=[money(subtotal), f"{match.group(4)}%"], result=money(off)),
        Derivation(operands=[money(subtotal), money(off)], result=after),
    ]
    return Ruled(sentence, derived, fact.sentences, amount=subtotal - off)


_DISCOUNT_ASK = re.compile(r"\b(?:discount\w*|bulk|volume|qualify|cheaper|deal)\b")


def _said(amount: float | None) -> str | None:
    """An amount the reader found, as the rules quote it ("$12,000")."""
    return None if amount is None else money(amount)


def stated_amount(text: str) -> str | None:
    """The money amount a question names, as quoted: "$8,000", "cost 6000 new" -> "$6,000"
    (read by :func:`shared.understanding.entities.money.stated_amount`); None without one."""
    return _said(money_read.stated_amount(text))


def paid_amount(text: str) -> str | None:
    """The money the visitor paid for something they own, as quoted ("we paid $12,000")."""
    return _said(money_read.paid_amount(text))


def own_item_amount(text: str) -> str | None:
    """The money the visitor's own item is worth to them, as quoted (see
    :func:`shared.understanding.entities.money.own_item_amount`): a credit of a share of its
    price is never worked on another seller's price."""
    return _said(money_read.own_item_amount(text))


def on_own_item(rule: str) -> bool:
    """The rule takes a share of the visitor's own item ("15% of its original price")."""
    return bool(_THEIRS.search(rule))


def stated_budget(text: str) -> str | None:
    """The spending limit a question states, as quoted ("we have 5k to spend" -> "$5,000")."""
    return _said(money_read.stated_budget(text))


_CREDIT = re.compile(r"\b(?:credit\w*|toward|towards)\b", re.I)
#: Words asking what is left to pay after a credit ("what do we end up paying", "net price").
_NET_ASK = re.compile(
    r"\b(?:pay|paying|net|end up|total|left|difference|out of pocket|come to|comes to|bring"
    r"|cost (?:us|me)|set (?:us|me) back)\b"
)


def credits(rule: str) -> bool:
    """Whether a percentage rule credits a share toward a purchase ("we credit 15% ...")."""
    return bool(_CREDIT.search(rule))


def percent_applied(
    rule: str, rate: str, entity: Entity, text: str, carried: str | None = None
) -> tuple[str, list[Derivation]]:
    """A percentage rule applied for ``entity`` (a priced item): to the amount the visitor
    states when ``text`` names one ("On $12,000, 15% is $1,800"), and when the rule credits it
    toward a purchase and ``text`` asks what is left to pay, that price ("so the Lumen 3-Group
    at $13,400 comes to $11,600 after the credit"); else to the entity's own price ("roughly
    $402 a month"), unless the rule is a credit on the visitor's own item (a share of what their
    old machine cost, not of this one). ``carried``: the visitor's amount an earlier answer
    worked the rule on, when ``text`` states none ("so what would we pay after that")."""
    assert entity.price is not None
    stated = (own_item_amount(text) if _THEIRS.search(rule) else stated_amount(text)) or carried
    if stated is None and _THEIRS.search(rule):
        return rule, []  # a credit is a share of the visitor's amount, not of this price
    if stated is None:
        value, sum_ = percent_of(rate, entity.price)
        month = " a month" if "month" in rule.lower() else ""
        said = (
            f"{rule} For {the(entity.name)} at {entity.price.text}, that is roughly {value}{month}."
        )
        return said, [sum_]
    value, sum_ = percent_of(rate, stated)
    said = f"{rule} On {stated}, {rate.rstrip('%')}% is {value}"
    left_asked = _NET_ASK.search(normalise(text)) or asks_after_that(text)  # "... after that?"
    if not _CREDIT.search(rule) or not left_asked:
        return f"{said}.", [sum_]  # "how much do I get for it?" asks the credit alone
    credit = float(value.replace("$", "").replace(",", ""))
    left = money(entity.price.amount - credit)
    net = Derivation(operands=[entity.price.text, value], result=left)
    said += (
        f", so {the(entity.name)} at {entity.price.text} comes to {entity.price.text} - {value} "
        f"= {left} after the credit."
    )
    return said, [sum_, net]


#: A money floor a rule's section sets on what it applies to ("Any equipment order over
#: $5,000 can be leased"): its percentage is of an amount above the floor only.
_FLOOR = re.compile(
    r"\b(?:orders?|purchases?|amounts?|spend)\s+(?:of\s+)?(?:over|above|more than|exceeding)"
    r"\s+\$(\d[\d,]*(?:\.\d+)?)",
    re.I,
)


def unmet_floor(section: list[str], amount: float) -> str | None:
    """The sentence of a rule's ``section`` setting a money floor that ``amount`` does not pass
    ("Any equipment order over $5,000 can be leased ..." for a $2,450 grinder), or None when
    the section sets none or the amount passes it: a percentage of the rule (a monthly lease
    payment) is then never worked out on an amount the rule does not apply to."""
    for sentence in section:
        found = _FLOOR.search(sentence)
        if found and amount <= float(found.group(1).replace(",", "")):
            return sentence
    return None


def below_floor(floor: str, named: str, amount: str) -> str:
    """The floor sentence and that ``named`` at ``amount`` is not over it."""
    return f"{floor} {cap(named)} at {amount} is not over that, so it does not apply on its own."


#: A share of the visitor's own item ("15% of its original price"), not of the purchase.
_THEIRS = re.compile(r"\b(?:of (?:its|their) (?:\w+ )?price|original price)\b", re.I)


def credit_on_order(
    rule: str, rate: str, items: list[tuple[Entity, int]]
) -> tuple[str, list[Derivation]] | None:
    """A credit rule taking its share of the purchase ("a credit of 30% of the system cost")
    applied to the order's total, with what is left ("$10,400 - $3,120 = $7,280"); None for a
    share of the visitor's own item, which needs their figure."""
    if _THEIRS.search(rule):
        return None
    amount, derived, named = _sum(items)
    value, share = percent_of(rate, money(amount))
    left = money(amount - float(value.replace("$", "").replace(",", "")))
    derived += [share, Derivation(operands=[money(amount), value], result=left)]
    verb = "come to" if len(items) > 1 or items[0][1] > 1 else "is"
    said = (
        f"{rule} {cap(named)} {verb} {money(amount)}; {rate.rstrip('%')}% of that is {value}, "
        f"so {money(amount)} - {value} = {left} after the credit."
    )
    return said, derived


#: A rate the knowledge base names by its noun: "a 10% volume discount", "a 10% restocking fee".
_RATE_NOUN = re.compile(
    r"\b(\d+(?:\.\d+)?)%\s+((?:[a-z-]+\s+)?(?:discount|fee|credit|surcharge|deposit|rebate))\b",
    re.I,
)
#: A rate the visitor names as the rule itself: "the 10% off", "that 10% discount", "the 10%".
_NAMED_RATE = re.compile(
    r"\b(?:(the|that|this|your|ur|a)\s+)?(\d+(?:\.\d+)?)\s?%(?:\s+(off|discount|fee|credit))?"
    r"(?!\s*of\b)",
    re.I,
)
_REDUCING = frozenset({"off", "discount"})
#: A verb of receiving before the rate: what is got is a saving, never a fee ("so we'd get
#: that 10%", "do we qualify for the 10%").
_RECEIVED = re.compile(
    r"\b(?:get|gets|getting|got|qualify\s+for|receive|earn|eligible\s+for)\s+$", re.I
)
_SAVINGS = ("discount", "credit", "rebate")


def rate_named(question: str, sentences: Iterable[str]) -> str:
    """``question`` with a rate that stands for a rule ("when do we get the 10% off") replaced
    by the rule's own name in ``sentences`` ("the volume discount"), so the rule is found by
    its words; unchanged when the rate is no definite reference, or several rules share it
    and nothing in the question picks one ("the 10%" of a discount and of a fee)."""
    match = _NAMED_RATE.search(question)
    if match is None or not (match.group(1) or match.group(3)):
        return question  # "what is 10% of 5000", "is it 10%": a figure, not a rule
    cue = (match.group(3) or "").lower()
    named = {
        m.group(2).lower()
        for sentence in sentences
        for m in _RATE_NOUN.finditer(sentence)
        if m.group(1) == match.group(2)
    }
    if cue:
        kind = "discount" if cue in _REDUCING else cue
        named = {n for n in named if n.endswith(kind)}
    elif _RECEIVED.search(question[: match.start()]):
        named = {n for n in named if n.endswith(_SAVINGS)}
    if len(named) != 1:
        return question
    return f"{question[: match.start()]}the {named.pop()}{question[match.end() :]}"
