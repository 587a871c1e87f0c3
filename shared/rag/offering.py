"""The whole range, for "what do you sell?" or "what DO you do apart from coffee beans":
the products kind by kind (a kind with one item by that item's name, a few with their names),
then the services, the service documents no catalog kind covers included (a trade-in
program). A kind the visitor leaves out is named first as set aside. And the prices at a
glance, for "pricing?" or "what are your prices" asked of nothing: each kind's price or range
from the catalog, then which one they would like (one short question, not a guess). Pure: the
catalog and the knowledge base's chunks in.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.catalog.model import Catalog, Entity, Price
from shared.catalog.words import normalise
from shared.rag.parts import entity_source
from shared.rag.phrasing import plural, range_of, the
from shared.rag.resolve import kind_named
from shared.rag.types import Answer, Chunk
from shared.understanding.advice import asks_range
from shared.understanding.asked import asks_prices_only

_LISTED = 3  # up to this many items a kind's names are listed, beyond it only counted


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _kind_said(kind: str, members: list[Entity]) -> str:
    """ "the BatchPro 2 batch brewer", "espresso grinders (the Atlas 75 and the Atlas 64)"."""
    if len(members) == 1:
        return the(members[0].name)
    if len(members) > _LISTED:
        return plural(kind)
    return f"{plural(kind)} ({_join([the(e.name) for e in members])})"


def _folder(entity: Entity) -> str:
    return entity.source.split("/", 1)[0]


def _other_services(catalog: Catalog, chunks: Sequence[Chunk]) -> list[str]:
    """Titles of service documents no catalog kind names ("Trade-In Program")."""
    kinds = {normalise(k) for k in catalog.kinds()}
    titles = dict.fromkeys(c.title for c in chunks if c.category == "services")
    return [
        t.lower() for t in titles if not any(k in normalise(t) or normalise(t) in k for k in kinds)
    ]


def offering(catalog: Catalog, chunks: Sequence[Chunk], left_out: str | None) -> str:
    """The range as one or two sentences, without the kind ``left_out`` (a kind name or None)."""
    products, services = [], []
    for kind in catalog.kinds():
        members = catalog.of_kind(kind)
        if kind == left_out or not members:
            continue
        if _folder(members[0]) == "products":
            products.append(_kind_said(kind, members))
        else:
            services.append(kind if len(members) == 1 else plural(kind))
    services += [f"our {s}" for s in _other_services(catalog, chunks)]
    if not products and not services:
        return f"We sell {range_of(catalog)}."
    lead = f"Apart from our {plural(left_out)}, we" if left_out else "We"
    text = f"{lead} sell {_join(products)}." if products else ""
    if services:
        text += f" We also offer {_join(services)}."
    return text.strip()


def _sharing(catalog: Catalog, said: str) -> str | None:
    """The one kind sharing a word with ``said`` ("coffee beans" -> "coffee blend")."""
    words = set(normalise(said).split())
    found = [k for k in catalog.kinds() if words & set(normalise(k).split())]
    return found[0] if len(found) == 1 else None


def range_answer(catalog: Catalog, chunks: Sequence[Chunk], question: str) -> Answer | None:
    """The range when ``question`` asks for it (:func:`asks_range`) and names no item."""
    left_out = asks_range(question)
    if left_out is None or catalog.mentioned(question):
        return None
    kind = (kind_named(catalog, left_out) or _sharing(catalog, left_out)) if left_out else None
    return Answer(text=offering(catalog, chunks, kind), sources=[], grounded=True)


def _prices_of(kind: str, priced: list[tuple[Entity, Price]]) -> str:
    """One kind's prices as the catalog gives them: "the BatchPro 2 batch brewer $1,980",
    "espresso grinders $1,350 to $2,450", or each item's when their units differ."""
    priced = sorted(priced, key=lambda pair: pair[1].amount)
    if len(priced) == 1:
        entity, price = priced[0]
        return f"{the(entity.name)} {price.text}"
    units = {price.unit for _, price in priced}
    if len(units) == 1:
        unit = units.pop()
        low, high = (
            p.text.removesuffix(f" {unit}") if unit else p.text for _, p in (priced[0], priced[-1])
        )
        return f"{plural(kind)} {low} to {high}" + (f" {unit}" if unit else "")
    each = ", ".join(f"{the(entity.name)} {price.text}" for entity, price in priced)
    return f"{plural(kind)}: {each}"


def price_overview(catalog: Catalog, question: str) -> Answer | None:
    """The prices at a glance when ``question`` asks prices of nothing (:func:`asks_prices_only`),
    then which one the visitor means: every number is a catalog price, each kind's document a
    source."""
    if not asks_prices_only(question) or catalog.mentioned(question):
        return None
    parts, sources = [], []
    for kind in catalog.kinds():
        priced = [(e, e.price) for e in catalog.of_kind(kind) if e.price is not None]
        if priced:
            parts.append(_prices_of(kind, priced))
            sources += [entity_source(e) for e, _ in priced]
    if not parts:
        return None
    text = f"Our prices at a glance: {'; '.join(parts)}. Which would you like to know more about?"
    return Answer(
        text=text,
        sources=list(dict.fromkeys(sources)),
        grounded=True,
        evidence=[e.price.text for e in catalog.priced() if e.price],
    )
