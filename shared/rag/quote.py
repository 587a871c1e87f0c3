"""Quotes for coffee by weight: the subtotal, the volume discount and the delivery fee.

"just want 20 lb of the harbor cold brew blend, what's the total with delivery? we're in Reno"
is answered as one sum over the whole message: each weighed item's line ("20 lb x $10.80 per lb
= $216"), the volume discount when its threshold is met, then the delivery fee for the place
named (:mod:`shared.rag.delivery`), each step with its derivation. Pure: text, items and the
knowledge base's terms in, a :class:`~shared.rag.rules.Ruled` out.
"""

from __future__ import annotations

from shared.catalog.model import Catalog, Entity
from shared.rag.delivery import DeliveryTerms, asks_delivery, asks_delivery_fee, delivery_line
from shared.rag.facts import CompanyFacts
from shared.rag.matching import quantity_for
from shared.rag.phrasing import cap, money, the
from shared.rag.rules import Ruled, discount
from shared.rag.types import Derivation
from shared.rag.weighed import weights_in
from shared.understanding.entities.places import Place


def weighed(
    catalog: Catalog, text: str, items: list[tuple[Entity, int]]
) -> list[tuple[Entity, int, str]]:
    """The items priced per a measure ("per lb") with the amount ``text`` gives ("20 lb"), or
    else the amount the order under discussion carries for it (an order's count of an item
    priced per a measure is that many of the measure: "Harbor Cold Brew Blend=25" is 25 lb)."""
    out = []
    for entity, count in items:
        if entity.price is None or not entity.price.unit:
            continue
        quantity = quantity_for(text, entity, catalog)
        if quantity is not None and quantity[1] in entity.price.unit:
            out.append((entity, quantity[0], quantity[1]))
        elif quantity is None and count > 1:  # "is shipping free on that?" after "25 lb of X"
            out.append((entity, count, entity.price.unit.split()[-1]))
    return out


def priced_whole(items: list[tuple[Entity, int]]) -> list[tuple[Entity, int, str]]:
    """The items priced as a whole (a machine, a grinder), each with the count ordered: what a
    delivery fee asked of an item ("is there a delivery fee for the atlas 64") is reckoned
    on, as a weighed line is (a delivery asked of it without its cost, "do you deliver it to
    Canada", is left to the delivery passage)."""
    return [(e, count, "") for e, count in items if e.price is not None and not e.price.unit]


def _line(entity: Entity, amount: int, unit: str, subtotal: float) -> str:
    """The line's sum ("20 lb x $10.80 per lb = $216"); one item priced whole is its price."""
    assert entity.price is not None
    each, name = entity.price.text, cap(the(entity.name))
    if not unit and amount == 1:
        return f"{name} is {each}."
    measure = f"{amount} {unit}" if unit else str(amount)
    return f"{name} is {each}: {measure} x {each} = {money(subtotal)}."


def delivered(
    catalog: Catalog,
    text: str,
    items: list[tuple[Entity, int]],
    facts: CompanyFacts,
    terms: DeliveryTerms | None,
    place: Place | None,
) -> Ruled | None:
    """The delivered total of the weighed items ``text`` orders to ``place`` (None: not named),
    when it asks about delivery and the knowledge base states delivery terms; else None."""
    lines = weighed(catalog, text, items) or (
        priced_whole(items) if asks_delivery_fee(text) else []
    )
    if terms is None or len(lines) != 1 or not asks_delivery(text):
        return None
    if len(weights_in(text)) > 1:  # "15 lb of X and 10 lb of Y": lines only its pairs may make
        return None
    entity, amount, unit = lines[0]
    assert entity.price is not None
    subtotal = entity.price.amount * amount
    derived = [Derivation(operands=[entity.price.text, str(amount)], result=money(subtotal))]
    sentences = [_line(entity, amount, unit, subtotal)]
    evidence = [*terms.sentences, *entity.facts]
    beside = _beside(items, entity) if unit else []
    if beside:  # "BatchPro 2 plus 20 lb of Riverbend": the machine is on the same bill
        return _with_whole(beside, lines[0], sentences, derived, evidence, terms, place)
    off = discount(text, amount, unit, subtotal, facts)
    if off is not None:
        sentences.append(off.text)
        derived.extend(off.derived)
        evidence.extend(off.evidence)
        subtotal = off.amount if off.amount is not None else subtotal
    said, added = delivery_line(terms, subtotal, place)
    sentences.append(said)
    derived.extend(added)
    return Ruled(" ".join(sentences), derived, evidence, terms.source)


def _beside(items: list[tuple[Entity, int]], weighed: Entity) -> list[tuple[Entity, int]]:
    """The items priced whole ordered beside the weighed one ("a BatchPro 2 plus 20 lb of
    Riverbend"); [] when any other item has no price of its own (no sum is made then)."""
    rest = [(e, n) for e, n in items if e != weighed]
    if any(e.price is None or e.price.unit for e, _ in rest):
        return []
    return rest


def _with_whole(
    whole: list[tuple[Entity, int]],
    line: tuple[Entity, int, str],
    sentences: list[str],
    derived: list[Derivation],
    evidence: list[str],
    terms: DeliveryTerms,
    place: Place | None,
) -> Ruled:
    """The weighed line's sum with the items priced whole beside it: each item's price, the
    total of the lines and the delivery for it (the volume discount counts pounds a month, which
    one order of this kind does not state, so none is applied)."""
    entity, amount, _ = line
    assert entity.price is not None
    amounts = [entity.price.amount * amount]
    for item, count in whole:
        assert item.price is not None
        subtotal = item.price.amount * count
        sentences.insert(-1, _line(item, count, "", subtotal))
        if count > 1:
            derived.append(
                Derivation(operands=[item.price.text, str(count)], result=money(subtotal))
            )
        amounts.append(subtotal)
        evidence.extend(item.facts)
    total = sum(amounts)
    lines = [money(a) for a in [*amounts[1:], amounts[0]]]
    derived.append(Derivation(operands=lines, result=money(total)))
    sentences.append(f"Together: {' + '.join(lines)} = {money(total)}, before tax.")
    said, added = delivery_line(terms, total, place)
    return Ruled(" ".join([*sentences, said]), [*derived, *added], evidence, terms.source)


def with_delivery(
    ruled: Ruled | None, text: str, terms: DeliveryTerms | None, place: Place | None
) -> Ruled | None:
    """A sum over several weighed lines (``ruled``, its amount after any discount) with the
    delivery fee for ``place`` added, when ``text`` asks about delivery; else ``ruled`` as it
    is ("3 bags of X and 2 bags of Y delivered to Denver, what's the total")."""
    if ruled is None or terms is None or ruled.amount is None or not asks_delivery(text):
        return ruled
    said, added = delivery_line(terms, ruled.amount, place)
    evidence = [*ruled.evidence, *terms.sentences]
    derived = [*ruled.derived, *added]
    return Ruled(f"{ruled.text} {said}", derived, evidence, terms.source, amount=ruled.amount)
