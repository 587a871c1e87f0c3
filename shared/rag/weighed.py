"""Sums over several lines of coffee by weight, each with its own quantity, and a period.

"60 lb riverbend + 60 lb foundry every month - what's the monthly bill" is one sum: each line
("60 lb x $12.75 per lb = $765"), the total of the lines, and the volume discount when the
combined quantity per period meets its threshold, each step shown and derived. A line's
quantity is the weight written next to its item, all before their items ("60 lb riverbend")
or all after ("riverbend 60 lb"); when the message does not pair every item with a weight the
sum is not made (a wrong figure costs more than the per-lb prices). Pure: text, catalog and
facts in, a :class:`~shared.rag.rules.Ruled` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.facts import CompanyFacts
from shared.rag.phrasing import cap, money
from shared.rag.rates import CONVERSIONS, WEIGHT_UNITS, Rate, against, rule_rate
from shared.rag.rules import Ruled, discount
from shared.rag.types import Derivation
from shared.understanding.asked import asks_price, asks_total

_UNIT = WEIGHT_UNITS
_WEIGHT = re.compile(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s?(" + "|".join(_UNIT) + r")\b")
_PERIOD = re.compile(r"\b(?:a|per|each|every|/)\s?(week|month|day)\b|\b(week|month|dai)ly\b")
#: Cost asked in words the price vocabulary lacks ("the monthly bill", "what would we spend").
_COST = re.compile(r"\b(?:bill|spend|come to|comes to|run us|set us back|add up)\b")


@dataclass(frozen=True)
class Line:
    """One weighed line of an order: the item, its amount and the unit its price is per."""

    entity: Entity
    amount: int
    unit: str


def _weights(flat: str) -> list[tuple[int, str, int, int]]:
    """Every weight in normalised text: (amount, unit, start, end)."""
    found = []
    for match in _WEIGHT.finditer(flat):
        raw = match.group(1)
        value = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        found.append((value, _UNIT[match.group(2)], match.start(), match.end()))
    return found


def weights_in(text: str) -> list[tuple[int, str, int, int]]:
    """Every weight ``text`` states ("15 lb", "ten kg"): (amount, unit, start, end)."""
    return _weights(normalise(text))


def weighed_lines(catalog: Catalog, text: str) -> list[Line] | None:
    """The weighed items ``text`` names, each with the weight written beside it; None unless
    every item priced per a weight has exactly one, on the same side of each ("60 lb X and 40
    lb Y" or "X 60 lb, Y 40 lb"), in the unit its price is per."""
    flat = normalise(text)
    mentions = [m for m in catalog.mentions(text) if _per_weight(catalog.get(m.entity))]
    weights = _weights(flat)
    if len(mentions) < 2 or len(weights) != len(mentions):
        return None
    bounds = [0, *(m.end for m in mentions)]
    before = [
        [w for w in weights if bounds[i] <= w[2] and w[3] <= m.start]
        for i, m in enumerate(mentions)
    ]
    ends = [*(m.start for m in mentions[1:]), len(flat)]
    after = [
        [w for w in weights if m.end <= w[2] and w[3] <= ends[i]] for i, m in enumerate(mentions)
    ]
    paired = before if all(len(b) == 1 for b in before) else after
    if not all(len(p) == 1 for p in paired):
        return None
    lines = []
    for mention, (weight,) in zip(mentions, paired, strict=True):
        entity = catalog.get(mention.entity)
        assert entity is not None
        assert entity.price is not None
        if weight[1] not in (entity.price.unit or "").split():
            return None  # "30 kg" of a coffee priced per lb: no sum in another unit
        lines.append(Line(entity, weight[0], weight[1]))
    return lines


def _per_weight(entity: Entity | None) -> bool:
    unit = entity.price.unit if entity and entity.price else None
    return bool(unit and set(unit.split()) & set(_UNIT.values()))


def stated_period(text: str) -> str | None:
    """The period the message orders for ("every month", "weekly" -> "week"), or None."""
    match = _PERIOD.search(normalise(text))
    if match is None:
        return None
    word = match.group(1) or match.group(2)
    return "day" if word == "dai" else word


def weighed_sum(catalog: Catalog, text: str, facts: CompanyFacts) -> Ruled | None:
    """Each weighed line, their total and the volume discount on the combined quantity, when
    ``text`` asks what several weighed lines cost; None otherwise."""
    flat = normalise(text)
    if not (asks_price(text) or asks_total(text) or _COST.search(flat)):
        return None
    lines = weighed_lines(catalog, text)
    if lines is None:
        return None
    return _summed(lines, stated_period(text), text, facts)


def order_sum(
    catalog: Catalog, text: str, order: list[tuple[Entity, int]], facts: CompanyFacts
) -> Ruled | None:
    """The sum of the weighed order the visitor stated earlier ("40 lb of foundry and 20 lb of
    night shift a month", then "what's that come to per month?"), when ``text`` asks its cost
    and names no item of its own; None when any line of the order is not weighed (a count of
    machines is :func:`shared.rag.rules.total`'s)."""
    flat = normalise(text)
    if not order or catalog.mentions(text):
        return None
    if not (asks_price(text) or asks_total(text) or _COST.search(flat)):
        return None
    lines = [
        Line(e, n, e.price.unit.split()[-1])
        for e, n in order
        if n > 1 and e.price is not None and _per_weight(e) and e.price.unit
    ]
    if len(lines) != len(order):
        return None
    return _summed(lines, stated_period(text), text, facts)


def _summed(lines: list[Line], period: str | None, text: str, facts: CompanyFacts) -> Ruled:
    derived: list[Derivation] = []
    evidence: list[str] = []
    said = []
    for line in lines:
        assert line.entity.price is not None
        amount = line.entity.price.amount * line.amount
        each = line.entity.price.text
        derived.append(Derivation(operands=[each, str(line.amount)], result=money(amount)))
        said.append(f"{line.entity.name}: {line.amount} {line.unit} x {each} = {money(amount)}")
        evidence.extend(line.entity.facts)
    amounts = [money(ln.entity.price.amount * ln.amount) for ln in lines if ln.entity.price]
    subtotal = sum(ln.entity.price.amount * ln.amount for ln in lines if ln.entity.price)
    weight = sum(ln.amount for ln in lines)
    unit = lines[0].unit
    derived.append(Derivation(operands=amounts, result=money(subtotal)))
    derived.append(Derivation(operands=[str(ln.amount) for ln in lines], result=str(weight)))
    each_period = f" a {period}" if period else ""
    sentences = [
        cap("; ".join(said)) + ".",
        f"Together that is {weight} {unit}{each_period}: {' + '.join(amounts)} = "
        f"{money(subtotal)}{each_period}, before tax.",
    ]
    if len(lines) == 1:  # one line is its own total
        sentences = [f"{cap(said[0])}{each_period}, before tax."]
    rate = Rate(float(weight), unit, period) if period else None
    off = discount(text, weight, unit, subtotal, facts, rate)
    if off is not None:  # applied, or its rule when the question asks about a discount
        sentences.append(off.text)
        derived.extend(off.derived)
        evidence.extend(off.evidence)
        threshold = next((t for s in off.evidence if (t := rule_rate(s))), None)
        if rate and threshold and threshold.period != rate.period:  # "70 lb a week is ..."
            compared, steps = against(rate, threshold)
            sentences.insert(-1, compared)
            derived.extend(steps)
            evidence.append(CONVERSIONS)
    after = off.amount if off is not None and off.amount is not None else subtotal
    return Ruled(" ".join(sentences), derived, evidence, amount=after)
