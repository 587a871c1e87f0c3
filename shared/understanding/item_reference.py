"""An item wanted by reference, "the bigger one" or "pair it with ...", resolved against the
items discussed.

"how much is the smaller grinder" ... "and the bigger one?" ... "bigger one with the 2 group,
total?": the bigger one is the bigger grinder, because grinders were just discussed; "I need a
new grinder, the big one" is the bigger grinder because the message names one. The kind comes
from a generic item the message names (a grinder, without a product), else from the latest
answer that was about equipment; the product is the smaller or bigger of the two of that kind
discussed, or of the catalog's two. Precision first: when the kind is not one kind, or more
than two products could be meant ("the bigger one" after the Pico, of three machines), nothing
is resolved.

"how much is your bigger grinder" ... "We'd pair it with the two group": the pronoun paired
with another item is the one piece of equipment the latest answer about equipment was about
(the Atlas 75), when it is of another kind than the item it is paired with; "and if we lease
it?" is about that one piece of equipment too. A plain generic item ("1 espresso machine")
right after our reply recommended one product of its kind for the visitor's need ("For a cart
or kiosk: the Pico 1-Group at $3,900.") is that product.
"""

from __future__ import annotations

import re

from shared.understanding.entities.equipment import GENERIC, find_equipment, kind_of
from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, end_of_two, names_any, names_re

# "the bigger one", "smaller one pls", "the big one, with weight"; not "the bigger one of the
# Lumens" (the family is named: the interest reader's), nor "the 75 is the bigger one"
SIZED_ONE = re.compile(
    r"\b(?:the\s+)?"
    r"(?:(?P<small>smaller|smallest|small|little)|bigger|biggest|big|larger|largest)\s+one\b"
    r"(?!\s+of\b)",
    re.I,
)
# what the reference is said of: "the 75 is the bigger one"
_PREDICATE = re.compile(r"(?:\bis|'s|\bwas|\bare)\s+(?:the\s+)?$", re.I)
# a comparison sets two against each other: neither is wanted yet
_COMPARED = re.compile(r"\b(?:vs\.?|versus|than|difference|compared?|or\s+the)\b", re.I)
# a choice made of it: "we'll go with the bigger one", "take the smaller one"
_CHOSEN = re.compile(
    r"\b(?:go(?:ing)?\s+(?:with|for)|take|get|want|need|have|order|buy|prefer)\s+$", re.I
)
# how many answers back an item discussed may be meant
_ANSWERS_BACK = 3


def sized_one(text: str, needs: str, discussed: list[list[str]]) -> str | None:
    """The product "the bigger/smaller one" in ``text`` means, when the message wants it (it
    states an equipment need, ``needs``, or chooses it); ``discussed`` holds the entities of
    the answers so far, the latest first. None when there is no such reference, it is only
    asked about or compared, or it is not clear which product it is."""
    found = SIZED_ONE.search(text)
    if found is None or _COMPARED.search(text) or _PREDICATE.search(text[: found.start()]):
        return None
    if not needs and not _CHOSEN.search(text[: found.start()]):
        return None  # "and the bigger one?" asks about it
    kind, among = _kind_meant(text[: found.start()], discussed)
    return end_of_two(kind, among, found.group("small") is not None) if kind else None


def _kind_meant(text: str, discussed: list[list[str]]) -> tuple[str | None, list[str]]:
    """The kind of item the reference is to, and the products of it just discussed: a kind
    the message names before it by a generic item alone ("a new grinder ... the big one"; not
    "that small one + whatever grinder", where the grinder is another item), else the kind of
    the latest answer about equipment, unless the message names a product of that kind
    before it."""
    items = find_equipment(text)
    products = {kind_of(i) for i in items if names_any(i, EQUIPMENT_KINDS)}
    generic = {kind_of(i) for i in items if not names_any(i, EQUIPMENT_KINDS)} - {None}
    if len(generic) == 1 and not generic & products:
        return generic.pop(), []
    gear = next(iter(_gear_answered(discussed)), [])
    kinds = {kind_of(e) for e in gear}
    kind = kinds.pop() if len(kinds) == 1 else None
    if kind is None or kind in products:
        return None, []
    return kind, [e for e in gear if kind_of(e) == kind]


# a pronoun paired with another item: "pair it with the two group", "get that one and a
# grinder", "bundle it with the BatchPro"
_PAIRED = re.compile(
    r"\b(?:pair|bundle|combine|match|get|take|buy|order|want|need)\s+(?:it|that|this)"
    r"(?:\s+one)?\s+(?:with|and|alongside|plus|together\s+with|\+)\s",
    re.I,
)


def paired_item(text: str, needs: str, discussed: list[list[str]]) -> str | None:
    """The item "it" stands for in a need that pairs it with another ("pair it with the two
    group" after the Atlas 75 was answered -> "Atlas 75"): the one piece of equipment of the
    latest answer about equipment, of a kind the message does not name; None otherwise."""
    if not needs or not _PAIRED.search(text):
        return None
    named = {kind_of(i) for i in find_equipment(text)}
    gear = next(iter(_gear_answered(discussed)), [])
    return gear[0] if len(gear) == 1 and kind_of(gear[0]) not in named else None


def holds_other_of_kind(stored: str, name: str) -> bool:
    """Whether a stored need names another catalog product of ``name``'s kind (the Atlas 64
    asked about, before "the bigger one" is chosen)."""
    kind = kind_of(name)
    items = [i.strip() for i in re.split(r"[,;]", stored) if i.strip()]
    return any(
        kind_of(i) == kind and names_any(i, EQUIPMENT_KINDS) and name.lower() not in i.lower()
        for i in items
    )


def _recommendation_re() -> re.Pattern[str] | None:
    names = names_re(EQUIPMENT_KINDS)
    if names is None:
        return None
    # the advice's line for a need ("For a cart or kiosk: the Pico 1-Group at $3,900.") or its
    # pick ("For what you describe, the Lumen 3-Group: ...")
    return re.compile(
        rf"(?:^|[.!?]\s+)For\s[^.:!?]{{2,80}}?(?::\s+the\s+(?P<line>{names.pattern})\s+at\s+\$"
        rf"|,\s+the\s+(?P<pick>{names.pattern})\s*:)",
        re.I,
    )


def recommended(reply: str | None) -> list[str]:
    """The equipment a reply of ours recommended for the visitor's need, as it named it
    ("For a cart or kiosk: the Pico 1-Group at $3,900." -> ["Pico 1-Group"])."""
    pattern = _recommendation_re() if reply else None
    if pattern is None or reply is None:
        return []
    return [m.group("line") or m.group("pick") for m in pattern.finditer(reply)]


def generic_as_recommended(needs: str, reply: str | None) -> str | None:
    """The need with its generic item replaced by the one product of that kind our last reply
    recommended ("1 espresso machine, 1 grinder" after "For a cart or kiosk: the Pico 1-Group
    at $3,900." -> "Pico 1-Group, 1 grinder"); None when there is nothing to replace or the
    reply recommended no one product of the kind."""
    picks = recommended(reply)
    items = [i.strip() for i in needs.split(",") if i.strip()]
    replaced = list(items)
    for index, item in enumerate(items):
        kind = kind_of(item)
        if kind is None or not _PLAIN_GENERIC.fullmatch(item):
            continue  # a product, "2 grinders" or "a bigger machine" stays as said
        of_kind = [p for p in picks if kind_of(p) == kind]
        if len(of_kind) == 1 and kind not in {kind_of(i) for i in items if i != item}:
            replaced[index] = of_kind[0]
    return ", ".join(replaced) if replaced != items else None


# one plain generic item: "1 espresso machine", "a grinder", "espresso machine"
_PLAIN_GENERIC = re.compile(rf"(?:(?:1|one|a|an|the)\s+)?(?:{GENERIC})", re.I)


# a pronoun taken up as something to acquire: "if we lease it", "can we finance that one"
_TAKEN_UP = re.compile(
    r"\b(?:lease|finance|rent|buy|order|purchase)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)\b"
    r"(?!\s+all\b)",  # "if we buy it all together" is everything discussed
    re.I,
)


def taken_up(text: str, discussed: list[list[str]]) -> str | None:
    """The piece of equipment a question about acquiring "it" means ("and if we lease it,
    what would the monthly payment look like?" after an answer about the Lumen 3-Group):
    the one piece of equipment the latest answer was about; None otherwise."""
    if not _TAKEN_UP.search(text):
        return None
    gear = _gear_answered(discussed[:1])
    return gear[0][0] if gear and len(gear[0]) == 1 else None


def _gear_answered(discussed: list[list[str]]) -> list[list[str]]:
    """The equipment of each of the latest answers that were about any, the latest first."""
    lists = ([e for e in entities if names_any(e, EQUIPMENT_KINDS)] for entities in discussed)
    return [gear for gear in list(lists)[:_ANSWERS_BACK] if gear]
