"""Catalog facts written as a person would say them, quoting every number as the source has it.

Pure: entities in, sentences out. Arithmetic is done only on source numbers (a price times a
quantity the visitor gave, a documented percentage of a documented price) and every result is
returned as a :class:`Derivation` so a checker can verify it.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity, Price
from shared.catalog.words import DIGIT_WORDS
from shared.rag.types import Derivation


def money(amount: float, currency: str = "$") -> str:
    """``2700`` -> "$2,700"; ``12.5`` -> "$12.50"."""
    text = f"{amount:,.2f}"
    return currency + (text[:-3] if text.endswith(".00") else text)


def count_word(n: int) -> str:
    """Small counts in words, so a count is never mistaken for a quoted number."""
    return DIGIT_WORDS.get(n, str(n))


def cap(text: str) -> str:
    """Upper-case the first letter only ("the Lumen 2-Group" -> "The Lumen 2-Group")."""
    return text[:1].upper() + text[1:]


def the(name: str) -> str:
    """ "the Lumen 2-Group"; names that read as a phrase keep their own capital."""
    return f"the {name}"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def price_phrase(price: Price) -> str:
    return price.text


def price_sentence(entity: Entity) -> str:
    """ "The Lumen 2-Group is $9,800." (or "..." has no listed price)."""
    if entity.price is None:
        return f"I don't have a listed price for {the(entity.name)}."
    return f"{cap(the(entity.name))} is {entity.price.text}."


_PERIOD = re.compile(r"^(\S+)-(?:year|week|month|day)$")
_NUMBER_UNIT = re.compile(r"^\d[\d,.]*\s*[A-Za-z%]+$")
_SUPPLY = re.compile(r"^\d[\d,.]*\s*(?:V|W|kW|A|Hz)$")  # a supply, not a part: "220 V"


def attribute_phrase(label: str, value: str) -> str:
    """ "2 groups", "1 group", "an 11 L boiler", "a 2-year warranty", "dosing: on-demand",
    "power: 220 V"."""
    if value.isdigit():  # "1 group", not "1 groups"
        one = value == "1" and label.endswith("s") and not label.endswith("ss")
        return f"{value} {label[:-1] if one else label}"
    if _PERIOD.match(value):
        return f"a {value} {label}"
    if _NUMBER_UNIT.match(value) and not _SUPPLY.match(value):
        article = "an" if re.match(r"^(8|11|18)(\D|$)", value.replace(" ", "")[:3]) else "a"
        return f"{article} {value} {label}"
    return f"{label}: {value}"


#: A label that is a verb and its preposition ("ships within", "comes with"): it says itself.
_VERB_LABEL = re.compile(r"^[a-z]+s (?:within|with|in|from|by|to|on|at|for)$")


def attribute_sentence(entity: Entity, labels: list[str]) -> str:
    """ "The Atlas 64 has a 2-year warranty." for the asked attributes; a verb label reads as
    one ("The Atlas 64 ships within 5 business days.")."""
    verbs = [f"{label} {entity.attributes[label]}" for label in labels if _VERB_LABEL.match(label)]
    labels = [label for label in labels if not _VERB_LABEL.match(label)]
    phrases = [attribute_phrase(label, entity.attributes[label]) for label in labels]
    plain = [p for p in phrases if ": " not in p]
    labelled = [p for p in phrases if ": " in p]
    parts = [f"{cap(the(entity.name))} {_join(verbs)}"] if verbs else []
    if plain:
        parts.append(f"{cap(the(entity.name))} has {_join(plain)}")
    if labelled:
        lead = "Its " if plain else f"For {the(entity.name)}, the "
        parts.append(lead + "; ".join(_stated(p) for p in labelled))
    return ". ".join(parts) + "."


def _stated(phrase: str) -> str:
    """ "burrs: 64 mm flat" -> "burrs are 64 mm flat"; "power: 220 V" -> "power is 220 V"."""
    label, value = phrase.split(": ", 1)
    plural = label.endswith("s") and not label.endswith("ss")
    return f"{label} {'are' if plural else 'is'} {value}"


SUMMARY_SKIP = frozenset({"price", "tasting notes"})


def summary_sentence(entity: Entity) -> str:
    """The price, then the entity's specs in one sentence."""
    labels = [k for k in entity.attributes if k not in SUMMARY_SKIP][:4]
    head = price_sentence(entity)
    if not labels:
        return head
    specs = [attribute_phrase(k, entity.attributes[k]) for k in labels]
    plain = [p for p in specs if ": " not in p]
    rest = [p.replace(": ", " ", 1) for p in specs if ": " in p]
    if "tasting notes" in entity.attributes:
        rest.append(f"tasting notes of {entity.attributes['tasting notes']}")
    return f"{head[:-1]}, with {_join(plain + rest)}."


def listing_sentence(kind: str, entities: list[Entity]) -> str:
    """ "We have three maintenance plans: the Essential plan at $49 per month, ..."."""
    items = [f"{the(e.name)} at {e.price.text}" if e.price else the(e.name) for e in entities]
    if len(entities) == 1:
        return f"Our {kind} is {items[0]}."
    return f"We have {count_word(len(entities))} {_plural(kind)}: {_join(items)}."


def range_of(catalog: Catalog) -> str:
    """What a catalog sells, kind by kind: "batch brewers, water filtration, coffee blends, ..."
    (a kind in -ion/-ing is a service or material and stays singular)."""
    return _join([plural(kind) for kind in catalog.kinds()])


_MASS = ("ion", "ing")


def plural(kind: str) -> str:
    """A kind in the plural, one in -ion/-ing kept singular ("espresso machines", "barista
    training")."""
    return kind if kind.endswith(_MASS) else _plural(kind)


def _plural(kind: str) -> str:
    """ "espresso machine" -> "espresso machines", "home battery" -> "home batteries"."""
    if kind.endswith("s"):
        return kind
    return kind[:-1] + "ies" if re.search(r"[^aeiou]y$", kind) else kind + "s"


def shared_attribute_sentence(entities: list[Entity], label: str) -> str:
    """ "The Halo 400 and the Halo 450 Black both have a 25-year warranty." (same value)."""
    value = entities[0].attributes[label]
    names = _join([the(e.name) for e in entities])
    both = "both " if len(entities) == 2 else "all "
    phrase = attribute_phrase(label, value)
    if ": " in phrase:  # "both have the same power: 220 V"
        phrase = f"the same {phrase}"
    return f"{names[0].upper()}{names[1:]} {both}have {phrase}."


def times(price: Price, quantity: int, noun: str) -> tuple[str, Derivation]:
    """ "5 x $79 per location per month" -> ("$395 a month for 5 locations", derivation)."""
    total = money(price.amount * quantity, price.currency)
    period = _period(price.unit)
    if period and noun.rstrip("s") == period.split()[-1]:  # 3 years at $249 a year: $747 in all
        period = ""
    text = f"{total}{period} for {quantity} {noun}"
    return text, Derivation(operands=[price.text, str(quantity)], result=total)


def percent_of(percent: str, base: Price | str) -> tuple[str, Derivation]:
    """ "3%" of $13,400 -> "$402" (rounded to the dollar, as "roughly" allows)."""
    amount = base.amount if isinstance(base, Price) else float(re.sub(r"[^\d.]", "", base))
    value = round(amount * float(percent.rstrip("%")) / 100)
    text = money(value)
    source = base.text if isinstance(base, Price) else base
    return text, Derivation(operands=[percent, source], result=text)


def _period(unit: str | None) -> str:
    if not unit:
        return ""
    last = unit.split()[-1]
    return f" a {last}" if last in {"month", "year", "week", "day"} else ""
