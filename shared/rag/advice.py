"""A setup recommended for what the visitor told (:class:`Needs`), from the catalog alone.

Each item is picked by what the knowledge base says of it, never by its name: the machine it
recommends to most new cafés, the one built for several hundred drinks a day, the one that runs
on an ordinary outlet or is made for carts and kiosks; the grinder that pairs with that machine,
or the cheaper one for a tight budget or a small site; the brewer anyone can run at the press of
a button, for filter coffee or staff with no barista skills; the filtration that protects a
machine from scale, for hard water. The reply says which need led to which item, quotes the
sentence saying why, gives each price and the total. With no item fitting what was asked it
gives None and the answer is left to the other mechanisms. Pure: the needs and the catalog in;
the only text read is the catalog's own sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from shared.catalog.model import Catalog, Entity
from shared.rag.phrasing import cap, money, the
from shared.rag.resolve import kind_named
from shared.rag.rules import Ruled
from shared.rag.types import Derivation
from shared.understanding.advice import Needs, asked_things, asks_advice, asks_fit, needs_of

# what the knowledge base's sentences say of an item (its own words, not the visitor's)
_RECOMMENDED = re.compile(r"\bwe recommend\b|\brecommended\b", re.I)
_HIGH_VOLUME = re.compile(r"\bseveral hundred\b|\bhundreds of\b|\bhigh[- ]volume\b", re.I)
_OUTLET = re.compile(r"\b(?:ordinary|normal|standard|regular)\b[^.]*\boutlet\b|\b1[12]0 ?V\b")
_SMALL_SITES = re.compile(r"\b(?:carts?|kiosks?|pop-up)\b", re.I)
_BUTTON = re.compile(r"\bpress of a button\b|\bpush[- ]button\b|\bprogrammable\b", re.I)
_DRIP = re.compile(r"\b(?:drip|filter) coffee\b", re.I)
_SCALE = re.compile(r"\bscale\b|\bhard water\b", re.I)
_PROTECTS = re.compile(r"\bprotects?\b", re.I)
_SMALLER = re.compile(r"\bsmaller\b|\bsimpler\b", re.I)
_ESPRESSO_KIND = re.compile(r"\bespresso machine\b", re.I)
_GRINDER_KIND = re.compile(r"\bgrinder\b", re.I)

#: Drinks a day from which the knowledge base's "several hundred drinks a day" machine fits.
SEVERAL_HUNDRED = 300


@dataclass(frozen=True)
class Pick:
    """One item recommended, the need that led to it and the catalog sentence saying why."""

    entity: Entity
    need: str
    said: str


def _equipment(catalog: Catalog) -> list[Entity]:
    """Items sold once at a price of their own (no price per pound, per month or per person)."""
    return [e for e in catalog.entities if e.price is not None and e.price.unit is None]


def _saying(entities: list[Entity], pattern: re.Pattern[str]) -> tuple[Entity, str] | None:
    """The first item one of whose own sentences matches ``pattern``, with that sentence."""
    for entity in entities:
        for fact in entity.facts:
            if pattern.search(fact) and not _attribute_line(fact, entity):
                return entity, fact
    return None


def _attribute_line(fact: str, entity: Entity) -> bool:
    """Whether ``fact`` is one of the item's attribute lines ("Power: 110 V"), not a sentence."""
    label, colon, _ = fact.partition(":")
    return bool(colon) and label.strip().lower() in entity.attributes


def _kind(catalog: Catalog, pattern: re.Pattern[str]) -> list[Entity]:
    return [e for e in _equipment(catalog) if pattern.search(e.kind)]


def _volume_words(needs: Needs) -> str:
    return f"about {needs.volume} drinks a day" if needs.volume else ""


def _machine(catalog: Catalog, needs: Needs) -> Pick | None:
    """The espresso machine for the needs: an ordinary outlet or a cart first, then a volume
    of several hundred, else the one recommended to most new cafés."""
    machines = _kind(catalog, _ESPRESSO_KIND)
    if needs.outlet:
        found = _saying(machines, _OUTLET)
        if found:
            return Pick(found[0], "to run on an ordinary outlet", found[1])
    if needs.small_site:
        found = _saying(machines, _SMALL_SITES)
        if found:
            return Pick(found[0], "for a cart or kiosk", found[1])
    if needs.volume and needs.volume >= SEVERAL_HUNDRED:
        found = _saying(machines, _HIGH_VOLUME)
        if found:
            return Pick(found[0], f"for {_volume_words(needs)}", found[1])
    found = _saying(machines, _RECOMMENDED)
    if found is None:
        return None
    need = f"for {_volume_words(needs)}" if needs.volume else "for a café starting out"
    return Pick(found[0], need, found[1])


def _grinder(catalog: Catalog, needs: Needs, machine: Entity) -> Pick | None:
    """The grinder for ``machine``: the cheaper one on a tight budget, a small site or a
    machine no grinder names, else the one whose sentence names the machine."""
    grinders = sorted(_kind(catalog, _GRINDER_KIND), key=_price)
    if not grinders:
        return None
    paired = _saying(grinders, _named(machine))
    if paired and not (needs.budget or needs.small or needs.small_site or needs.outlet):
        return Pick(paired[0], f"for the grinder, to pair with {the(machine.name)}", paired[1])
    cheaper = grinders[0]
    found = _saying([cheaper], _SMALLER)
    said = found[1] if found else (cheaper.facts[0] if cheaper.facts else "")
    need = "on a tight budget" if needs.budget else "for a smaller setup"
    return Pick(cheaper, f"for the grinder, {need}", said)


def _named(entity: Entity) -> re.Pattern[str]:
    """The item's name in a sentence, also without its family ("3-Group" for the Lumen 3-Group,
    as "a Lumen 2-Group or 3-Group" names it)."""
    names = [entity.name]
    if entity.family and entity.name.startswith(entity.family):
        names.append(entity.name[len(entity.family) :].strip())
    return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.I)


def _price(entity: Entity) -> float:
    return entity.price.amount if entity.price else 0.0


def _brewer(catalog: Catalog, needs: Needs) -> Pick | None:
    """The brewer for filter coffee or for staff with no barista skills (its button)."""
    equipment = _equipment(catalog)
    brewers = [e for e in equipment if _saying([e], _DRIP)]
    found = _saying(brewers, _BUTTON)
    if found is None:
        return None
    brewer, button = found
    if needs.untrained:
        return Pick(brewer, "for staff with no barista training", button)
    if not needs.filter:
        return Pick(brewer, "for the brewer", button)
    drip = _saying([brewer], _DRIP)
    volume = f" at {_volume_words(needs)}" if needs.volume else ""
    return Pick(brewer, f"for filter coffee{volume}", drip[1] if drip else button)


def _water(catalog: Catalog, needs: Needs) -> Pick | None:
    found = _saying(_equipment(catalog), _SCALE)
    if found is None:
        return None
    protects = _saying([found[0]], _PROTECTS)
    lead = "for the hard water" if needs.water else "for the water"
    return Pick(found[0], lead, protects[1] if protects else found[1])


def picks_for(catalog: Catalog, needs: Needs) -> list[Pick] | None:
    """The items for ``needs``. None when nothing fits or the knowledge base has no such
    items."""
    machines = needs.machine
    wants_brewer = needs.untrained or needs.no_espresso or (needs.filter and not machines)
    picks: list[Pick] = []
    if wants_brewer:
        brewer = _brewer(catalog, needs)
        picks += [brewer] if brewer else []
    elif (
        machines
        or needs.espresso
        or needs.outlet
        or needs.small_site
        or needs.volume
        or needs.opening
    ):
        machine = _machine(catalog, needs)
        grinder = _grinder(catalog, needs, machine.entity) if machine else None
        picks += [p for p in (machine, grinder) if p]
    water = _water(catalog, needs) if needs.water else None
    picks += [water] if water else []
    return picks or None


def _line(pick: Pick) -> str:
    said = re.sub(r"^(?:It|Its)\b", cap(the(pick.entity.name)), pick.said)
    price = money(_price(pick.entity))
    return f"{cap(pick.need)}: {the(pick.entity.name)} at {price}. {said}"


def _cheaper_note(catalog: Catalog, needs: Needs, picks: list[Pick]) -> str:
    """On a tight budget, the cheaper machine not picked, with what it is made for (an honest
    trade-off, not a second recommendation). Its price is left out: beside the total it would
    read as a third line of it."""
    chosen = {p.entity.name for p in picks}
    machines = sorted(_kind(catalog, _ESPRESSO_KIND), key=_price)
    if not needs.budget or not machines or machines[0].name in chosen:
        return ""
    if not any(p.entity in machines for p in picks):
        return ""
    cheapest = machines[0]
    found = _saying([cheapest], _SMALL_SITES)
    said = f" {found[1]}" if found else ""
    return f"Our cheapest machine is {the(cheapest.name)}.{said}"


def advised(
    catalog: Catalog, question: str, details: Mapping[str, object] | None = None
) -> tuple[Ruled, list[Entity]] | None:
    """The recommendation a question asks for (:func:`asks_advice`) under the needs it and the
    visitor's ``details`` state, with the items picked; None when it asks none, names an item
    (that item's own answer is wanted), names a kind no pick is of ("which coffee would you
    recommend"), states no need, or nothing fits."""
    if not asks_advice(question) or catalog.mentioned(question):
        return None
    needs = needs_of(question, details)
    if not needs.any():
        return None
    kinds = _kinds_asked(catalog, question)
    if kinds is None:
        return None
    picks = _of_kinds(catalog, needs, kinds) if kinds else picks_for(catalog, needs)
    return None if picks is None else (advice(catalog, needs, picks), [p.entity for p in picks])


def _kinds_asked(catalog: Catalog, question: str) -> list[str] | None:
    """The kinds the question asks for ("a simple setup, the brewer and a water filter"), in
    its order; None when one is a kind advice does not pick from ("which coffee ..."). A kind
    named in a need ("rather than a fancy espresso machine") is not asked."""
    named = [kind_named(catalog, p) for p in asked_things(question)]
    kinds = list(dict.fromkeys(k for k in named if k is not None))
    advisable = _advised_kinds(catalog)
    return None if any(k not in advisable for k in kinds) else kinds


def _of_kinds(catalog: Catalog, needs: Needs, kinds: list[str]) -> list[Pick] | None:
    """One pick of each kind asked, chosen for the needs; the picks for the needs alone when
    none of them is of a kind asked."""
    picks = picks_for(catalog, needs) or []
    if needs.untrained or needs.no_espresso:  # "which machine ... push one button only"
        kinds = [k for k in kinds if k not in _espresso_kinds(catalog)]
    chosen = [p for p in picks if p.entity.kind in kinds]
    have = {c.entity.kind for c in chosen}
    chosen += [p for k in kinds if k not in have for p in _pick(catalog, needs, k)]
    return chosen or picks or None


def _espresso_kinds(catalog: Catalog) -> set[str]:
    """The kinds of espresso equipment (machines and grinders), which untrained staff rule out."""
    return {e.kind for e in _kind(catalog, _ESPRESSO_KIND) + _kind(catalog, _GRINDER_KIND)}


def _pick(catalog: Catalog, needs: Needs, kind: str) -> list[Pick]:
    """The pick of one kind asked, whatever the needs say of the others."""
    found = [
        _brewer(catalog, needs),
        _water(catalog, needs),
        _machine(catalog, needs),
    ]
    machine = found[2]
    found.append(_grinder(catalog, needs, machine.entity) if machine else None)
    return [p for p in found if p is not None and p.entity.kind == kind][:1]


def _advised_kinds(catalog: Catalog) -> set[str]:
    """The kinds a recommendation may pick from: machines, grinders, a button-run brewer and
    the filtration against scale."""
    found = _kind(catalog, _ESPRESSO_KIND) + _kind(catalog, _GRINDER_KIND)
    for pattern in (_BUTTON, _SCALE):
        said = _saying(_equipment(catalog), pattern)
        found += [said[0]] if said else []
    return {e.kind for e in found}


def advice(catalog: Catalog, needs: Needs, picks: list[Pick]) -> Ruled:
    """The reply recommending ``picks`` for ``needs`` (see the module docstring)."""
    lines = [_line(p) for p in picks]
    derived: list[Derivation] = []
    if len(picks) > 1:
        amounts = [money(_price(p.entity)) for p in picks]
        total = money(sum(_price(p.entity) for p in picks))
        derived.append(Derivation(operands=amounts, result=total))
        lines.append(f"Together that comes to {total}, before tax.")
    note = _cheaper_note(catalog, needs, picks)
    lines += [note] if note else []
    text = " ".join(lines)
    return Ruled(text, derived, [p.said for p in picks])


def fitted(
    catalog: Catalog, question: str, details: Mapping[str, object] | None = None
) -> tuple[Ruled, list[Entity]] | None:
    """Whether the one item a question asks about fits (:func:`asks_fit`: "is the X a good fit?")
    for what the question and the visitor's ``details`` state (their drinks a day, an ordinary
    outlet, a cart): yes with the sentence saying why when the pick for those needs is that item,
    else the item's own sentence on what it is made for and the pick with its price. None when
    the question asks no fit, names no single espresso machine (a grinder's fit is its
    machine's), or no need is known."""
    named = catalog.mentioned(question)
    if not asks_fit(question) or len(named) != 1:
        return None
    item = named[0]
    needs = needs_of(question, details)
    machines = {e.kind for e in _kind(catalog, _ESPRESSO_KIND)}  # a grinder fits its machine
    if not needs.any() or item.kind not in machines:
        return None
    picks = _pick(catalog, needs, item.kind)
    if not picks:
        return None
    pick = picks[0]
    said = re.sub(r"^(?:It|Its)\b", cap(the(pick.entity.name)), pick.said)
    if pick.entity.name == item.name:
        text = f"Yes: {pick.need}, we'd suggest {the(item.name)}. {said}"
        return Ruled(text, [], [pick.said]), [item]
    # what the asked item is made for first, then the suggestion: the knowledge base gives no
    # capacity that would rule the asked item out, so it is not called unfit
    price = money(_price(pick.entity))
    own = next((f for f in item.facts if not _attribute_line(f, item)), "")
    text = f"{own} {cap(pick.need)}, the machine we'd suggest is {the(pick.entity.name)} at "
    text = f"{text}{price}. {said}".lstrip()
    return Ruled(text, [], [*([own] if own else []), pick.said]), [item, pick.entity]
