"""A question or a sum done again after the visitor changes one of its inputs.

The conversation keeps what the last answer worked on (its topics: the order, the items and the
attribute asked, and the question a figure was computed from); a revision (read by
``shared.understanding.revisions``) changes one input of it and the same rules are applied to
the result:

- "no wait, I meant the decaf": the question asked again of the item meant;
- "drop the Clarity, what's the total now?", "make one of them a 3-group", "what if I add the
  Atlas 64 to it?": the order changed, then totalled again (or, after a leasing answer, its
  leasing worked out again);
- "make that 3 of the atlas 75": the order with that line's count changed, totalled again;
- "and over how many months is that?" after a leasing answer: the lease's term;
- "make that 14", "redo it for 5", "more like 120 lb. new total?": the question the last figure
  was computed from, with its one figure replaced;
- "and if it were 20 lb of the Harbor cold brew instead?": that question asked of the new item
  (of the kind of the one it named), with a figure it restates.

Precision first: when it is unclear which input changes (the item dropped is not in the order,
several lines could be the "one of them", the computed question holds several figures), there is
no revision and the message is answered as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.catalog import Catalog
from shared.catalog.model import Entity
from shared.rag.order import Items, decode, encode, named_items, with_added, without_dropped
from shared.rag.phrasing import the
from shared.understanding.asked import asks_lease
from shared.understanding.learner_questions import as_native
from shared.understanding.revisions import (
    FIGURE_WORDS,
    asked_of,
    asks_redo,
    asks_term,
    corrected_ask,
    figure_spans,
    replaced,
    restated_number,
    swaps_item,
    swaps_one,
)

#: attributes whose answer is a sum the order's change redoes (the lease after "add the atlas")
LEASE = "lease"
_SUMMED = {"price", LEASE}


@dataclass(frozen=True)
class Revision:
    """The question to answer instead, the order it leans on, and what changed (said first)."""

    question: str
    order: list[str]
    note: str = ""


def revision(
    catalog: Catalog,
    question: str,
    order: list[str],
    recent: list[str],
    attribute: str | None,
    computed: str | None,
) -> Revision | None:
    """How ``question`` revises the last answer (see the module), or None."""
    previous = decode(catalog, order)
    return (
        _term_asked(catalog, question, order, attribute)
        or _item_meant(catalog, question, order, recent)
        # "20 lb of the Harbor instead?"
        or _item_swapped(catalog, question, computed, previous)
        or _figure_changed(catalog, question, computed)  # its units kept: "120 lb", "14 staff"
        or _order_changed(catalog, question, previous, attribute)
        or _redone(catalog, question, computed)
    )


def _redone(catalog: Catalog, question: str, computed: str | None) -> Revision | None:
    """ "Correction: six locations. Can you redo the math?" after "the multi-site plan at our
    size": the question the sum was computed from, asked again (with the count the visitor
    just corrected); none when the message names an item of its own to ask about, or when
    that question holds a figure of its own (the new one is not read: not guessed)."""
    if computed is None or not asks_redo(question) or catalog.mentioned(question):
        return None
    if figure_spans(computed):
        return None
    return Revision(computed, [])


def _term_asked(
    catalog: Catalog, question: str, order: list[str], attribute: str | None
) -> Revision | None:
    """ "and over how many months is that?" right after a leasing answer: the lease's term
    (the item's own "months" are no attribute of it)."""
    if attribute != LEASE or not asks_term(question) or catalog.mentioned(question):
        return None
    return Revision("over how many months is the lease?", order)


def _item_meant(
    catalog: Catalog, question: str, order: list[str], recent: list[str]
) -> Revision | None:
    """ "what's the Riverbend per pound? no wait, I meant the decaf": the question asked of the
    decaf; "sorry, I meant the 2 group, not the 3" right after an answer: that answer's question
    asked of the 2 group (its attribute is kept by the follow-up)."""
    said = corrected_ask(question)
    if said is None:
        return None
    head, meant = said
    old = catalog.mentions(head)
    if head and len({m.entity for m in old}) == 1:
        asked = asked_of(head, old[0].alias, meant)
        return Revision(asked, []) if asked != head else None
    if not head and recent:
        return Revision(f"and the {meant}?", order)
    return None


def _order_changed(
    catalog: Catalog, question: str, previous: Items, attribute: str | None
) -> Revision | None:
    """The order with an item dropped, one of several swapped or one added, asked again."""
    summed = attribute in _SUMMED or len(previous) > 1 or any(n > 1 for _, n in previous)
    named = catalog.mentioned(question)
    if not (previous and named and summed):
        return None
    # "can we pay in installments? we'd also take the Atlas 75": the lease asked of the order
    leased = attribute == LEASE or asks_lease(as_native(question))
    again = "can I lease all of it?" if leased else "what's the total for all of it?"
    counted = named_items(catalog, question)
    changed = _dropped(question, previous, counted) or _swapped(question, previous, named)
    changed = changed or _added(question, previous, counted)
    changed = changed or _recounted(question, previous, named)
    if changed is None:
        return None
    items, note = changed
    return Revision(again, encode(items), note)


def _dropped(question: str, previous: Items, named: Items) -> tuple[Items, str] | None:
    """The order without the items ``question`` drops (:func:`~shared.rag.order.without_dropped`),
    said first ("Without the Clarity water filtration: ")."""
    left = without_dropped(named, question, previous)
    if left is None:
        return None
    kept = {e.name for e, _ in left}
    gone = [e.name for e, _ in previous if e.name not in kept]
    return left, f"Without {' and '.join(the(name) for name in gone)}: "


def _swapped(question: str, previous: Items, named: list[Entity]) -> tuple[Items, str] | None:
    if not swaps_one(question) or len(named) != 1:
        return None
    new = named[0]
    several = [(e, n) for e, n in previous if n > 1 and e.kind == new.kind and e.name != new.name]
    if len(several) != 1:  # which line gives up one is unclear: not guessed
        return None
    old = several[0][0]
    items = [(e, n - 1 if e is old else n) for e, n in previous]
    items.append((new, 1))
    return items, f"With a {new.name} in place of one {old.name}: "


def _added(question: str, previous: Items, named: Items) -> tuple[Items, str] | None:
    """The order with new items ``question`` adds (:func:`~shared.rag.order.with_added`); one
    naming an item held is no addition ("add another atlas 75" is left as asked), and none is
    made when one is paid by the period ("add a Pro maintenance plan, what's that per year?"
    after a lease of machines): a plan is no line of a one-off total or a lease, so the message
    is answered as it is."""
    have = {e.name for e, _ in previous}
    if any(e.name in have for e, _ in named):
        return None
    if not all(_by_the_piece(e) for e, _ in named):
        return None
    added = with_added(named, question, previous)
    return (added, "") if added is not None else None


def _recounted(question: str, previous: Items, named: list[Entity]) -> tuple[Items, str] | None:
    """ "make that 3 of the atlas 75": the one line of the order named, with the new count."""
    figure = restated_number(question)
    count = _value(figure) if figure and not figure.startswith("$") else ""
    lines = [e.name for e, _ in previous if e in named]
    if not count.isdigit() or int(count) < 1 or len(named) != 1 or len(lines) != 1:
        return None
    items = [(e, int(count) if e.name == lines[0] else n) for e, n in previous]
    return items, f"With {count} x {the(lines[0])}: "


def _figure_changed(catalog: Catalog, question: str, computed: str | None) -> Revision | None:
    """ "make that 14" after "the online barista course for 10 staff, how much?": that
    question with 14 for its one figure (a figure inside an item's name is no input)."""
    new = restated_number(question)
    if new is None or computed is None:
        return None
    inputs = _inputs(catalog, computed, money=new.startswith("$"))  # money for money
    if len(inputs) != 1:
        return None
    old = computed[inputs[0][0] : inputs[0][1]]
    if _value(old) == _value(new):
        return None
    return Revision(replaced(computed, inputs[0], new), [], f"For {new} instead of {old}: ")


def _item_swapped(
    catalog: Catalog, question: str, computed: str | None, previous: Items
) -> Revision | None:
    """ "and if it were 20 lb of the Harbor cold brew instead?" after "The office wants 20 lb
    of Riverbend. Would delivery be free?": that question asked of the Harbor, by the same
    rules (its delivery, not only its price). Only when each names one item, both of one kind;
    a figure the swap restates replaces the question's one figure of its sort. A piece ordered
    several times is left alone ("and if we went Pico in the smallest store instead?" after
    three Lumens: one of them or all three is not said)."""
    if computed is None or not swaps_item(question):
        return None
    new, old = catalog.mentions(question), catalog.mentions(computed)
    if len({m.entity for m in new}) != 1 or len({m.entity for m in old}) != 1:
        return None
    meant, before = catalog.get(new[0].entity), catalog.get(old[0].entity)
    if meant is None or before is None or meant is before or meant.kind != before.kind:
        return None
    if any(e.name == before.name and n > 1 and _by_the_piece(e) for e, n in previous):
        return None
    asked = asked_of(computed, old[0].alias, meant.name)
    if asked == computed:
        return None
    said = [question[a:b] for a, b in _inputs(catalog, question, money=False)]
    inputs = _inputs(catalog, asked, money=False)
    if len(said) == 1 and len(inputs) == 1:  # "30 lb of the harbor instead": 30 for 20
        asked = replaced(asked, inputs[0], said[0])
    return Revision(asked, [], f"For {the(meant.name)} instead of {the(before.name)}: ")


def _by_the_piece(entity: Entity) -> bool:
    """Whether ``entity`` is sold by the piece (a machine), not by a unit (coffee per lb)."""
    return entity.price is None or entity.price.unit is None


def _inputs(catalog: Catalog, text: str, money: bool) -> list[tuple[int, int]]:
    """Where ``text`` holds a sum of money (``money``) or a count, a figure inside an item's
    name aside ("the atlas 75")."""
    names = _entities(catalog, text)
    spans = [s for s in figure_spans(text) if (text[s[0]] == "$") == money]
    return [s for s in spans if _entities(catalog, replaced(text, s, "999")) == names]


def _entities(catalog: Catalog, text: str) -> list[str]:
    return [m.entity for m in catalog.mentions(text)]


def _value(figure: str) -> str:
    figure = figure.lower().lstrip("$").replace(",", "")
    return str(FIGURE_WORDS.get(figure, figure))
