"""A follow-up that points at another item by its model number alone ("and the 75?").

Right after an answer about catalog items, a message that is nothing but a pointer and a bare
number ("and the 75?", "the 2?", "same for 3", "what about the 64s") switches the entity and
keeps what was asked: the number is the model number of one other member of the kinds just
discussed (the Atlas 75 after the Atlas 64, the Lumen 2-Group after the Lumen 3-Group). The
message is read as "and the <name>?", so the attribute asked before is kept for that member.
A number followed only by attribute or price words ("3 price") is read as "the <name> price?".
Unchanged when no item was discussed, when the number is a discussed item's own, when several
members or none carry it, or when anything else is said (a count, a unit, a word of its own).
The message itself is read by :mod:`shared.understanding.pointing`. Pure.
"""

from __future__ import annotations

from shared.catalog.model import Catalog, Entity
from shared.rag.bm25 import tokenize
from shared.rag.question import GENERIC
from shared.rag.resolve import sibling_alone
from shared.understanding.asked import PRICE_WORDS
from shared.understanding.lexicon import MEASURE_UNITS
from shared.understanding.pointing import (
    as_and,
    count_for,
    pointer,
    unit_typed_alone,
    units_in,
)

#: Words a number's ask may hold beside the attribute labels and price words.
_ASK_WORDS = frozenset({"lead", "time", "how", "much", "warranty", "size", "weight"})


def _numbers(entity: Entity) -> set[str]:
    """The figures of an entity's name ("Lumen 2-Group" -> {"2"})."""
    return {part for part in entity.name.replace("-", " ").split() if part.isdigit()}


#: units a bare count never counts: a time is how long, not how many ("for 3" after a monthly
#: plan may be sites or months)
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour"})


def _counted(count: int, entity: Entity) -> str:
    """ "for <count> <unit>s?" of the unit ``entity`` is priced per ("per staff member":
    "for 7 staff members?"); "" when it is priced per no unit, or per a time."""
    unit = entity.price.unit if entity.price else None
    if not unit or not unit.startswith("per "):
        return ""
    noun = unit.removeprefix("per ").split(" per ")[0].strip()
    if not noun or noun.split()[-1] in _TIME_UNITS:
        return ""
    plural = noun if count == 1 or noun.endswith("s") or len(noun) <= 2 else f"{noun}s"
    return f"for {count} {plural}?"


def _value_asked(text: str, entity: Entity) -> str:
    """ "the <name> <label>?" for a value typed alone in a unit one attribute of ``entity`` is
    stated in ("110v?" after the Pico 1-Group: "the Pico 1-Group power?"), whatever the
    figure (the answer states the item's own); "" otherwise."""
    unit = unit_typed_alone(text)
    if unit is None:
        return ""
    labels = [label for label, value in entity.attributes.items() if unit in units_in(value)]
    return f"the {entity.name} {labels[0]}?" if len(labels) == 1 else ""


#: The words a fragment asks with ("repairs how fast"): none of them is the thing asked about
_ASKING = frozenset(
    tokenize("how fast quick quickly soon long when what which where is are there do does it")
)
#: Units a fragment counts or times in ("how many months"): what is measured, not a thing the
#: item's sentences name
_MEASURES = frozenset(
    tokenize("minute minutes hour hours day days week weeks month months year years")
) | frozenset(tokenize(" ".join(MEASURE_UNITS)))
#: At most this many words make a fragment asked of the item just discussed
_FRAGMENT_WORDS = 4


def _fact_asked(text: str, entity: Entity, catalog: Catalog) -> str:
    """ "the <name> <fragment>" for a fragment naming no item whose every word one of
    ``entity``'s own sentences holds ("repairs how fast", "loaner?" after the Pro plan: "...
    priority repairs within 48 hours, and a loaner grinder ..."): it asks that sentence's
    thing of the item just discussed, not of the whole knowledge base; "" otherwise."""
    if len(text.split()) > _FRAGMENT_WORDS or catalog.mentioned(text):
        return ""
    asked = set(tokenize(text)) - GENERIC - _ASKING - _MEASURES
    if not asked or any(w.isdigit() for w in asked):
        return ""
    holding = [fact for fact in entity.facts if asked <= set(tokenize(fact))]
    return f"the {entity.name} {text}" if holding else ""


def pointed_member(text: str, recent: list[str], catalog: Catalog) -> str:
    """``text`` read as "and the <name>?" when it only points at another member of the kinds
    last discussed by its model number (see the module docstring); "same for X" after an
    answer about items is read as "and X" (the same ask of X); else unchanged."""
    earlier = [e for n in recent if (e := catalog.get(n)) is not None]
    if not earlier:
        return text
    text = as_and(text)  # "same for the pico": "and the pico"
    valued = _value_asked(text, earlier[-1]) or _fact_asked(text, earlier[-1], catalog)
    if valued:  # "110v?" after the Pico: its power; "loaner?" after the Pro plan: its loaner
        return valued
    pointed = pointer(text)
    if pointed is None:  # "onsite?" after the online course: the on-site course, same ask
        sibling = sibling_alone(catalog, text, earlier)
        return f"and the {sibling.name}?" if sibling is not None else text
    kinds = {e.kind for e in earlier}
    found = [e for e in catalog.entities if e.kind in kinds and pointed.number in _numbers(e)]
    if not found and (count := count_for(text)) is not None:
        return _counted(count, earlier[-1]) or text  # "for 7" after "$120 per staff member"
    if len(found) != 1:
        return text
    if pointed.ask:  # "3 price" after the Lumen 2-Group: the Lumen 3-Group's price
        labels = {w for e in found for label in e.attributes for w in label.lower().split()}
        known = labels | set(PRICE_WORDS) | _ASK_WORDS
        asked = set(pointed.ask.lower().split()) <= known
        return f"the {found[0].name} {pointed.ask}?" if asked else text
    if any(pointed.number in _numbers(e) for e in earlier):  # "the 64?" after the 64
        return text
    return f"and the {found[0].name}?"
