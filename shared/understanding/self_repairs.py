"""Self-repair inside one message: the visitor says a value, a repair's cue, and the value
meant in its place ("how much is the Foundry per pound... no sorry, the decaf one", "the online
course for 4 staff, wait, 5", "if our order is around 200, no, more like 260 dollars", "two
Lumen 2 groups, or actually one 2 group and one 3 group").

The message is read as repaired: the abandoned value (the reparandum) is replaced by the one
meant, the cue and the repair taken out where they stood, so every rule of the turn (the
fields stored, the question answered) reads only the value the visitor settled on:

* the cue is a repair's ("no" set off by a comma or dots or said with another cue, "sorry",
  "wait", "oops", "actually", "or actually", "or rather", "I mean(t)", "scratch that", "make
  it/that", "my bad"), hesitations around it allowed;
* the repair follows the cue at once ("more like", "it's", "about" may lead it in) and is of the
  same sort as the last value before the cue: a figure after a figure (their units, when both
  say one, agree: "200 cups a day, actually 3 shops" repairs nothing), a catalog item after a
  catalog item (with its count or article, several joined by "and");
* the reparandum stands at most a few words before the cue, with no other value of its sort
  between them, not ruled out already ("not the 2 group, i meant the 3 group" says what it
  means as it stands) and not quoted from a turn before ("earlier I said 3 staff, make it 5"
  revises across turns: :mod:`shared.understanding.corrections`).

A repair that only names the value is put in the reparandum's place in the sentence ("for 4
staff, wait, 5, we hired one more" -> "for 5 staff, we hired one more"); one that says more
after it ("more like 260 dollars, do we pay") replaces everything from the reparandum to the
cue. Precision first: "wait, does it come with a grinder?" (no value after the cue), "2 or 3,
probably 2" (a hedge, no cue), "the 2 group, actually the 3 group too" (an addition) and digits
retyped for a phone (:mod:`shared.understanding.corrections`) are left as said. Pure over the
served catalog.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from shared.catalog.model import Catalog
from shared.catalog.served import derived
from shared.catalog.words import normalise
from shared.understanding.lexicon import FUNCTION_WORDS, SMALL_NUMBERS, alternation
from shared.understanding.revisions import FIGURE_WORDS

#: a cue that takes back what was just said; "no" only set off ("200, no, 260") or beside
#: another cue ("no sorry"), never "no decaf?"
_CUE = (
    r"no(?=\s*(?:[,.!;:\u2026\u2014\u2013-]|\s(?:sorry|wait|more\s+like|make|i\s+mean)\b))"
    r"|nope|sorry|wait|oops|actually|actualy|or\s+rather|rather|i\s+meant?|scratch\s+that"
    r"|make\s+(?:it|that)|my\s+bad"
)
#: hesitations and joining words said around the cue ("hmm, or actually", "oh wait")
_SOFT = r"hm+|h?mm+|um+|uh+|er+m?|oh|well|or|so|ok|okay"
_MARK = r"[\s,.;:!?\u2026\u2014\u2013-]*"
_GAP = r"[\s,.;:\u2026\u2014\u2013-]*"  # what parts the words kept from the cue
_MARKER = re.compile(
    rf"{_GAP}(?:\b(?:{_SOFT})\b{_MARK})*\b(?:{_CUE})\b(?:{_MARK}\b(?:{_CUE}|{_SOFT})\b)*{_MARK}",
    re.I,
)
#: words that lead the repair in, left out with the cue ("no, more like 260")
_LEAD = re.compile(
    r"(?:(?:more\s+like|closer\s+to|it'?s|its|it\s+is|that'?s|about|around|roughly|like)\s+)*",
    re.I,
)
#: what a repaired value may say after it and still be a repair only of that value
_BARE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\u2026\u2014\u2013-]|(?:not|now|then|instead|total|in\s+total|altogether"
    r"|please|pls|thanks|and|we|i|since|because|as|ok|by|in|from|per|each|a|an)\b)",
    re.I,
)
#: an addition or a choice of both, never a repair ("actually the 3 group too")
_ADDED_AFTER = re.compile(r"\s*,?\s*(?:too|also|as\s+well|both|on\s+top)\b", re.I)
#: words before an item that belong to it: its article or count ("two Lumen 2 groups")
_COUNTS = alternation([*SMALL_NUMBERS, "a", "an"])
_ITEM_HEAD = re.compile(
    rf"(?:\b(?:the|your|that|this|those|these)\s+)?(?:\b(?:\d+|{_COUNTS})\s+(?:x\s+)?)?$", re.I
)
_ITEM_LEAD = re.compile(
    rf"(?:(?:the|your|that|this|those|these)\s+)?(?:(?:\d+|{_COUNTS})\s+(?:x\s+)?)?", re.I
)
#: between two items of one repair: "one 2 group and one 3 group"
_ITEM_JOIN = re.compile(rf"\s*(?:,|\band\b|&|\+|\bplus\b)\s*{_ITEM_LEAD.pattern}", re.I)
#: a figure: "4", "$12,000", "8.50", "five" (no comma after it taken in: "5, we hired")
_FIGURE = re.compile(
    rf"(?<![\w.$])\$?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\w$])"
    rf"|\b(?:{alternation(FIGURE_WORDS)})\b",
    re.I,
)
#: a value quoted from a turn before: its revision is read across turns, not in line
_QUOTED = re.compile(
    r"\b(?:said|told\s+you|wrote|mentioned|typed|gave\s+you|earlier|before)\b", re.I
)
_NEGATED = re.compile(r"\b(?:not|no|never)\s*$", re.I)
_ONE_AFTER = re.compile(r"\s+ones?\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_PHONE_LIKE = re.compile(r"\d[\d\s().-]{6,}\d")
_MOST_WORDS_BETWEEN = 5
_SHORTEST_NAME_WORD = 5
#: units that say one thing in two spellings
_SAME_UNIT = {"lbs": "lb", "pound": "lb", "pounds": "lb", "dollar": "$", "dollars": "$"}


@dataclass(frozen=True)
class _Value:
    start: int
    end: int
    sort: str  # "figure" or "item"


def self_repaired(text: str) -> str:
    """``text`` as repaired (see the module): each value taken back by a repair's cue and
    replaced by the one said after it; ``text`` itself when it repairs nothing."""
    for _ in range(3):  # "9,000... no, 8,000": one repair at a time, left to right
        repaired = _first_repair(text)
        if repaired is None:
            return text
        text = repaired
    return text


def repairs(text: str) -> bool:
    """Whether ``text`` repairs a value of its own in line (see :func:`self_repaired`)."""
    return self_repaired(text) != text


def _first_repair(text: str) -> str | None:
    """``text`` with its first repair made, or None when it makes none."""
    folded = _folded(text)
    items = _item_spans(folded)
    for marker in _MARKER.finditer(text):
        repaired = _repaired_at(text, items, marker)
        if repaired is not None:
            return repaired
    return None


def _repaired_at(text: str, items: list[tuple[int, int]], marker: re.Match[str]) -> str | None:
    """``text`` with the value before ``marker`` replaced by the one after it, or None when
    no value of one sort stands on both sides of it."""
    lead = _LEAD.match(text, marker.end())
    start = lead.end() if lead else marker.end()
    for repair in (_item_repair(text, items, start), _figure_repair(text, start)):
        if repair is None or _ADDED_AFTER.match(text, repair.end):
            continue
        old = _reparandum(text, items, marker.start(), repair.sort)
        if old is None or not _units_agree(text, old, repair):
            continue
        between = text[old.end : marker.start()]
        said = text[repair.start : repair.end]
        rest = text[repair.end :]
        if _BARE_AFTER.match(rest):  # the value alone: it goes where the old one stood
            kept = re.sub(rf"(?:{_GAP}\b(?:{_SOFT})\b)*{_GAP}$", "", between, flags=re.I)
            return f"{text[: old.start]}{said}{kept}{rest}"
        if repair.sort == "figure" and _unit(text, repair.end) is None:
            return None  # "3 shops. sorry, 2 more questions": no figure repaired
        return f"{text[: old.start]}{said}{rest}"
    return None


def _item_repair(text: str, items: list[tuple[int, int]], start: int) -> _Value | None:
    """The catalog items said from ``start`` on, with their articles and counts ("one 2 group
    and one 3 group")."""
    first = _item_from(text, items, start, _ITEM_LEAD)
    if first is None:
        return None
    end = first[1]
    while True:
        one = _ONE_AFTER.match(text, end)
        end = one.end() if one else end
        following = _item_from(text, items, end, _ITEM_JOIN)
        if following is None:
            return _Value(start, end, "item")
        end = following[1]


def _item_from(
    text: str, items: list[tuple[int, int]], start: int, lead: re.Pattern[str]
) -> tuple[int, int] | None:
    """The item named at ``start``, after words ``lead`` reads (an article, a count: the "3"
    of "the 3 group" is the item's own when its name begins with it)."""
    return next((s for s in items if s[0] >= start and lead.fullmatch(text, start, s[0])), None)


def _figure_repair(text: str, start: int) -> _Value | None:
    found = _FIGURE.match(text, start)
    if found is None or _PHONE_LIKE.match(text, found.start()):
        return None
    return _Value(found.start(), found.end(), "figure")


def _reparandum(text: str, items: list[tuple[int, int]], cue: int, sort: str) -> _Value | None:
    """The last value of ``sort`` before the cue at ``cue``, a few words before it at most."""
    if sort == "item":
        spans = [s for s in items if s[1] <= cue]
    else:
        spans = [(m.start(), m.end()) for m in _FIGURE.finditer(text[:cue])]
    if not spans:
        return None
    start, end = spans[-1]
    if len(_WORD.findall(text[end:cue])) > _MOST_WORDS_BETWEEN:
        return None
    if sort == "figure" and _in_a_phone(text, start, end):
        return None
    if sort == "item":
        head = _ITEM_HEAD.search(text[:start])
        start = head.start() if head else start
    if _NEGATED.search(text[:start]):
        return None  # "not the 2 group, i meant the 3 group": the old one already ruled out
    if _QUOTED.search(" ".join(text[:start].split()[-_MOST_WORDS_BETWEEN:])):
        return None  # "earlier I said 3 staff, make it 5": a value of a turn before, revised
    return _Value(start, end, sort)


def _in_a_phone(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _PHONE_LIKE.finditer(text))


def _units_agree(text: str, old: _Value, new: _Value) -> bool:
    """Two figures repair one another unless each says a unit and the units differ ("200 cups
    a day, actually 3 shops")."""
    if old.sort != "figure":
        return True
    units = [_unit(text, value.end) for value in (old, new)]
    return None in units or units[0] == units[1]


def _unit(text: str, end: int) -> str | None:
    word = re.match(r"\s*([A-Za-z]+)", text[end:])
    said = word.group(1).lower() if word else ""
    if not said or said in FUNCTION_WORDS:
        return None
    return _SAME_UNIT.get(said, said.rstrip("s") if len(said) > 3 else said)


def _folded(text: str) -> str:
    """``text`` in lower case without accents, each character where it was ("café" -> "cafe")."""
    return "".join(
        (unicodedata.normalize("NFKD", c)[:1] if c.isalpha() else c).lower() for c in text
    )


def _item_spans(folded: str) -> list[tuple[int, int]]:
    """Where the (folded) text names a catalog item: an alias of it, or with "the" a word of
    its name no other item's name or any kind has ("the decaf one")."""
    spans: list[tuple[int, int]] = []
    for pattern in derived("self_repair_items", _item_patterns):
        for found in pattern.finditer(folded):
            span = (found.start("item"), found.end("item"))
            if not any(a < span[1] and span[0] < b for a, b in spans):
                spans.append(span)
    return sorted(spans)


def _item_patterns(catalog: Catalog) -> list[re.Pattern[str]]:
    aliases = {normalise(e.name) for e in catalog.entities}
    aliases.update(a for e in catalog.entities for a in e.aliases)
    patterns = [
        re.compile(rf"(?<![\w-])(?P<item>{_spelled(alias)}s?)(?![\w-])")
        for alias in sorted(aliases, key=len, reverse=True)
    ]
    words = [normalise(e.name).split() for e in catalog.entities]
    kinds = {w for e in catalog.entities for w in normalise(e.kind).split()}
    counted: dict[str, int] = {}
    for name in words:
        for word in set(name):
            counted[word] = counted.get(word, 0) + 1
    own = sorted(
        w
        for w, n in counted.items()
        if n == 1 and w.isalpha() and len(w) >= _SHORTEST_NAME_WORD and w not in kinds
    )
    if own:
        patterns.append(re.compile(rf"\bthe\s+(?P<item>{alternation(own)})\b"))
    return patterns


def _spelled(alias: str) -> str:
    """An alias as a pattern: its words apart by spaces or hyphens."""
    return r"[\s-]+".join(re.escape(word) for word in alias.split())
