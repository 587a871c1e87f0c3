"""The order a conversation is building: the items and quantities named so far.

"2 lumen 2 groups + 2 atlas 75s, whats the total" starts an order; "and roughly monthly if we
lease all of it?" leans on it whole; "ok what if i add the atlas 64 to the order" adds to it.
Items are found by name or alias ("the atlas 64") and by kind words when the kind has a single
member ("the batch brewer", "a water filter"), each with the count written before it. The chat
keeps an order as text lines ("Lumen 2-Group=2") in its topic list, so no other state is
needed; :func:`encode` and :func:`decode` are the two directions. Pure: text and catalog in,
items out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.figures import money_figures, own_price
from shared.rag.resolve import kind_named, pick
from shared.understanding.choices import PRICE_RANKS, SIZE_RANKS
from shared.understanding.corrections import corrected_tails
from shared.understanding.lexicon import FUNCTION_WORDS, LOCATION_NOUNS
from shared.understanding.revisions import adds, dropped_word, drops

Items = list[tuple[Entity, int]]

#: Words that point back at the whole order without naming its items.
_WHOLE = re.compile(
    r"\b(?:all of (?:it|them|that)|everything|the (?:whole |full )?order|the lot|"
    r"all (?:that|those|these|three|four|both)|both|the total|that|those|it|them)\b"
)
SEP = "="


def encode(items: Items) -> list[str]:
    """The order as text lines ("Lumen 2-Group=2"), as the conversation keeps it."""
    return [f"{entity.name}{SEP}{count}" for entity, count in items]


def decode(catalog: Catalog, lines: list[str]) -> Items:
    """The order the text lines name (lines naming no catalog entity are dropped)."""
    items: Items = []
    for line in lines:
        name, _, count = line.rpartition(SEP)
        entity = catalog.get(name)
        if entity is not None and count.isdigit():
            items.append((entity, max(int(count), 1)))
    return items


def count_before(flat: str, start: int, naming: frozenset[str] = frozenset()) -> int:
    """The count written just before ``start`` in normalised text ("2 atlas 75s" -> 2), else 1;
    digits right after a product's first name are its model number, not a count ("a lumen 2,
    atlas 75")."""
    before = flat[:start].split()[-5:]
    if len(before) >= 3 and before[-2:-1] == ["of"] and before[-1] in _OF_WHICH:
        before = before[:-2]  # "3 of the atlas 64s"
    before = before[-3:]
    if len(before) >= 2 and before[-1] == "x" and before[-2].isdigit():
        before = before[:-1]  # "2 x lumen 2 group": a count and its times sign
    before = before[-2:]
    word = before[-1] if before else ""
    if re.fullmatch(r"\d+x", word):  # "2x atlas 75": the times sign written on
        return max(int(word[:-1]), 1)
    if len(before) == 2 and before[0] in naming and word.isdigit():
        return 1
    if before == ["pair", "of"]:  # "a pair of atlas 64s"
        return 2
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    return max(count, 1)


def kind_count(flat: str, start: int, entity: Entity) -> int | None:
    """The count of ``entity``'s kind written just before it, the member named in apposition
    ("2 grinders (the big atlas ones)", "3 brewers, the batchpro 2"): that many of it; else
    None."""
    head = normalise(entity.kind).split()[-1]
    found = re.search(rf"\b(\w+) (?:[a-z]+ )?{re.escape(head)}s (?:the )?$", flat[:start])
    raw = found.group(1) if found else ""
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    return count if count is not None and count >= 2 else None


#: The words between "3 of" and the item it counts ("3 of the atlas 64s", "2 of your picos").
_OF_WHICH = frozenset({"the", "your", "ur", "those", "these"})
#: A term of a monthly item written before it ("a year of the essential plan", "6 months of
#: the pro plan") or right after it ("the pro plan for 2 years"): its number and unit.
_TERM_BEFORE = re.compile(r"\b(an?|\w+) (years?|months?|yrs?|mos?) (?:of|on) (?:the |your |ur )?$")
_TERM_AFTER = re.compile(r"^(?: plan)? for (an?|\w+) (years?|months?|yrs?|mos?)\b")
_MONTHS_IN = {"y": 12, "m": 1}
#: The one conversion a term needs, quoted as the evidence of its months.
YEAR_IN_MONTHS = "a year is 12 months"
MONTHLY = "per month"


def term_months(flat: str, start: int, end: int | None = None) -> int | None:
    """The months of a term written before the item at ``start`` ("a year of the essential
    plan" -> 12), or right after its name ending at ``end`` ("for 6 months"), else None."""
    found = _TERM_BEFORE.search(flat[:start])
    found = found or (_TERM_AFTER.match(flat[end:]) if end is not None else None)
    if found is None:
        return None
    raw = found.group(1)
    count = 1 if raw in {"a", "an"} else int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    return count * _MONTHS_IN[found.group(2)[0]] if count else None


#: A count written after an item's name with a times sign: "atlas 64 x2", "atlas 64 x 2".
_TIMES_AFTER = re.compile(r"^\s*x\s?(\d+)\b")


def count_after(flat: str, end: int) -> int | None:
    """The count written with a times sign right after an item's name ending at ``end`` in
    normalised text ("atlas 64 x2" -> 2), else None."""
    found = _TIMES_AFTER.match(flat[end:])
    return int(found.group(1)) if found and int(found.group(1)) >= 1 else None


@dataclass(frozen=True)
class Vocabulary:
    """What the order reader needs of a catalog, worked out once per catalog."""

    naming: frozenset[str]  # families and first name words ("lumen", "atlas"): models follow
    families: dict[str, list[Entity]]  # normalised family -> members
    only_members: list[tuple[list[str], Entity]]  # a one-member kind's words -> its member
    listed_heads: list[tuple[str, str]]  # (kind, head word) of the kinds with several members
    own_words: list[tuple[list[str], Entity, frozenset[str]]]  # a member's words no other has


_SEEN: dict[int, tuple[Catalog, Vocabulary]] = {}  # a cache: one catalog per loaded bundle


def vocabulary(catalog: Catalog) -> Vocabulary:
    """The :class:`Vocabulary` of ``catalog`` (computed on first use, then reused)."""
    hit = _SEEN.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    names = [*catalog.families(), *(entity.name for entity in catalog.entities)]
    kinds = [(k, catalog.of_kind(k)) for k in catalog.kinds()]
    found = Vocabulary(
        naming=frozenset(normalise(n).split()[0] for n in names if normalise(n)),
        families={normalise(f): m for f, m in catalog.families().items()},
        only_members=[(normalise(k).split(), m[0]) for k, m in kinds if len(m) == 1],
        listed_heads=[(k, normalise(k).split()[-1]) for k, m in kinds if len(m) > 1],
        own_words=[(normalise(k).split(), e, _own_words(e, m)) for k, m in kinds for e in m],
    )
    if len(_SEEN) > 4:  # bundles are swapped rarely; old catalogs are let go
        _SEEN.clear()
    _SEEN[id(catalog)] = (catalog, found)
    return found


def _own_words(entity: Entity, members: list[Entity]) -> frozenset[str]:
    """The words of ``entity``'s name that no other member of its kind has, numbers aside
    ("on", "site" of the two-day on-site course beside the online course)."""
    others = {w for e in members if e is not entity for w in normalise(e.name).split()}
    words = set(normalise(entity.name).split()) - others - set(normalise(entity.kind).split())
    return frozenset(w for w in words if not w.isdigit() and w not in NUMBER_WORDS)


def named_items(catalog: Catalog, text: str) -> Items:
    """The entities ``text`` names, each with its count, in text order: by name or alias, by a
    family and model number ("a lumen 2"), and by kind words where a kind has only one member
    ("the batch brewer plus the clarity"). A correction in the message ("three pico. sorry, one
    pico and one atlas") replaces what came before it: an item named again after the cue takes
    the count said there."""
    named = _named_items(catalog, text)
    tails = corrected_tails(text)
    if not tails or len(tails[0]) == len(text):
        return named
    later = {entity.name: count for entity, count in _named_items(catalog, tails[0])}
    return [(entity, later.get(entity.name, count)) for entity, count in named]


def _named_items(catalog: Catalog, text: str) -> Items:
    flat = normalise(text)
    words = vocabulary(catalog)
    found: dict[str, tuple[Entity, int, int]] = {}
    spans = []
    for mention in catalog.mentions(text):
        entity = catalog.get(mention.entity)
        spans.append((mention.start, mention.end))
        if entity is not None and entity.name not in found:
            count = count_before(flat, mention.start, words.naming)
            count = kind_count(flat, mention.start, entity) or count
            count = count_after(flat, mention.end) or count if count == 1 else count
            count = _termed(entity, flat, mention.start, mention.end) or count
            found[entity.name] = (entity, count, mention.start)
    masked = flat
    for start, end in spans:  # a name already found is a boundary between list items
        masked = masked[:start] + "#" * (end - start) + masked[end:]
    for start, piece in _pieces(masked):
        member = _only_member(words, piece)
        if member is not None and member[0].name not in found:
            at = start + member[1]
            found[member[0].name] = (member[0], count_before(flat, at, words.naming), at)
    ranked = ranked_members(catalog, masked)
    places = each_place(flat)
    # "the pico and the cheaper grinder": a list, not a search; so is one "for 4 sites"
    if found or len(ranked) > 1 or places:
        for entity, at in ranked:
            if entity.name not in found:
                count = kind_count(flat, at, entity) or count_before(flat, at, words.naming)
                count = _termed(entity, flat, at) or count
                found[entity.name] = (entity, count, at)
    ordered = sorted(found.values(), key=lambda item: item[2])
    figures = money_figures(text)  # "$13,400 lumen 3 group?" quotes a price: it counts one
    counted = [(e, 1 if str(n) in figures | own_price(e) else n) for e, n, _ in ordered]
    return [(e, places if places and n == 1 and _one_off(e) else n) for e, n in counted]


def _one_off(entity: Entity) -> bool:
    return entity.price is not None and entity.price.unit is None


_PLACE = rf"(?:[a-z]+ )?(?:{LOCATION_NOUNS})"
#: Items for each of several places: "3 coffee carts, each wants a pico and ...", "the smaller
#: grinder for 4 sites", "one in each of our 5 cafes", "across all 3 locations".
_EACH_PLACE = re.compile(
    rf"\b(\w+) {_PLACE},? (?:and )?each (?:one |of them )?(?:wants?|needs?|gets?|getting|"
    rf"will (?:need|want|get)|would (?:need|want)|with|has|having|takes?|taking)\b"
    rf"|\b(?:for|in|at|across) (?:each of |every one of )?(?:our |the |all |all of our |my )?"
    rf"(\w+) {_PLACE}\b"
)


def each_place(flat: str) -> int | None:
    """How many places a message buys its items for, each place the same ("3 coffee carts,
    each wants a pico ...", "the smaller grinder for 4 sites"), when it says so; else None."""
    for match in _EACH_PLACE.finditer(flat):
        raw = match.group(1) or match.group(2)
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if count is not None and count >= 2:
            return count
    return None


def _termed(entity: Entity, flat: str, start: int, end: int | None = None) -> int | None:
    """The months a term states of an item priced per month (its count in the order)."""
    monthly = entity.price is not None and entity.price.unit == MONTHLY
    return term_months(flat, start, end) if monthly else None


_BY_PRICE = PRICE_RANKS | {"basic": "min", "flagship": "max", "premium": "max"}
_BY_SIZE = SIZE_RANKS
#: The top of a kind's range ("your best grinder", "the top espresso machine"): the member the
#: catalog itself calls its best, else the priciest.
_BY_RANK = frozenset({"best", "top", "finest"})
_RANKED = re.compile(
    r"\b(?:the |a |your |ur |an )(?:most |least )?("
    + "|".join([*_BY_PRICE, *_BY_SIZE, *_BY_RANK])
    + r") "
    r"((?:[a-z]+ )?[a-z]+)\b"
)


def ranked_members(catalog: Catalog, flat: str) -> list[tuple[Entity, int]]:
    """Members of a kind with several, named by rank in normalised text ("the cheaper grinder",
    "the biggest espresso machine", "the least expensive brewer"): by price for price words,
    by size (the model number, else the price) for size words; with the match's offset."""
    found = []
    for match in _RANKED.finditer(flat):
        said = match.group(2).split()
        members = next((m for m in _kinds(catalog) if _names_kind(said, m)), None)
        if members is not None:
            least = "least " in match.group(0)
            found.append((_chosen(members, match.group(1), least), match.start(1)))
    return found


def _kinds(catalog: Catalog) -> list[list[Entity]]:
    """The members of each kind with several."""
    return [m for m in (catalog.of_kind(k) for k in catalog.kinds()) if len(m) > 1]


def _names_kind(said: list[str], members: list[Entity]) -> bool:
    """Whether the words after a rank word name the kind of ``members``: its head ("grinder")
    first, or a word of the kind or the members' family name and then its head ("espresso
    machine", "atlas grinder"), or the family name alone when every member shares it ("the
    big atlas")."""
    head = normalise(members[0].kind).split()
    families = {normalise(e.name).split()[0] for e in members}
    heads = [_singular(w, head[-1]) == head[-1] for w in said]
    one_family = len(families) == 1 and said[0] in families
    return heads[0] or (heads[-1] and (said[0] in head or said[0] in families)) or one_family


def _chosen(members: list[Entity], word: str, least: bool) -> Entity:
    """The member a rank word picks: by price ("cheaper"; "least expensive" flips it), else
    by size."""
    if word in _BY_RANK:
        return _best(members)
    if word not in _BY_PRICE:
        return pick(members, _BY_SIZE[word])
    lowest = (_BY_PRICE[word] == "min") != least
    priced = [e for e in members if e.price is not None] or members
    return (min if lowest else max)(priced, key=lambda e: e.price.amount if e.price else 0.0)


#: "your smallest coffee machine", "the cheap grinder": a determiner, a rank word of
#: :data:`_BY_PRICE` or :data:`_BY_SIZE`, at most two describing words and a kind's head word;
#: a plural picks no one member.
_RANK_PHRASE = (
    r"\b(?:the|your|ur|yr|our)\s+(?P<rank>[a-z]+)\s+(?P<words>(?:[a-z]+[\s-]+){{0,2}}?)"
    r"(?P<head>{heads})\b(?!-|'s)"
)
#: The rank is what is asked ("what's your smallest machine?", "which is the cheap grinder").
_RANK_ASKED = re.compile(r"\b(?:what|whats|which)(?:\s+[a-z]+){0,2}\s*$")


#: "the cheapest of your coffees", "the smallest one of the grinders": a rank over a kind said
#: as a part of its members.
_PARTITIVE_RANK = re.compile(
    r"\bthe ((?:most |least )?(?:"
    + "|".join(sorted([*_BY_PRICE, *_BY_SIZE, *_BY_RANK], key=len, reverse=True))
    + r")) (?:one )?of (?:all )?(?:your|ur|the) ((?:[a-z]+ )?[a-z]+)s\b",
    re.I,
)


def as_ranked_kind(text: str) -> str:
    """``text`` with a rank over the members of a kind said as "your <rank> <kind>" ("the
    cheapest of your coffees" -> "your cheapest coffee"), as the rank phrases are read."""
    return _PARTITIVE_RANK.sub(lambda m: f"your {m.group(1)} {m.group(2)}", text)


def ranked_member(text: str, catalog: Catalog) -> str:
    """``text`` with a rank phrase on one kind ("your smallest coffee machine", "the cheap
    grinder") replaced by the member :func:`_chosen` picks ("the Pico 1-Group"), so an ask
    about it ("... or does it just plug in?") or a sum of several ("the small machine plus the
    cheap grinder") reads it as named. Unchanged where the rank is what is asked ("what's your
    smallest machine?": that answer says which), for a comparative ("the smaller one" is set
    against the item discussed) and where the words name an item themselves ("the big
    3-group"). The kind is named as :func:`~shared.rag.resolve.kind_named` reads it ("coffee
    machine": the one kind whose head is "machine")."""
    phrase = _rank_phrase(tuple(catalog.kinds()))
    for match in reversed(list(phrase.finditer(text))):
        picked = _ranked_by_phrase(catalog, match)
        if picked is not None and not _RANK_ASKED.search(normalise(text[: match.start()])):
            text = f"{text[: match.start()]}the {picked.name}{text[match.end() :]}"
    return text


def names_by_rank(text: str, catalog: Catalog) -> bool:
    """Whether ``text`` names a member by a rank phrase on its kind ("what's your smallest
    coffee machine?"), asked or not; a comparative ("but bigger") names none."""
    phrase = _rank_phrase(tuple(catalog.kinds()))
    return any(_ranked_by_phrase(catalog, m) for m in phrase.finditer(text))


@functools.lru_cache(maxsize=8)
def _rank_phrase(kinds: tuple[str, ...]) -> re.Pattern[str]:
    heads = sorted({normalise(kind).split()[-1] for kind in kinds})
    return re.compile(_RANK_PHRASE.format(heads="|".join(map(re.escape, heads))), re.I)


def _ranked_by_phrase(catalog: Catalog, match: re.Match[str]) -> Entity | None:
    rank, words = match.group("rank").lower(), normalise(match.group("words")).split()
    if rank not in _BY_PRICE | _BY_SIZE or rank.endswith("er"):
        return None  # "the smaller one": set against the item discussed
    if any(w in FUNCTION_WORDS for w in words) or catalog.mentions(match.group(0)):
        return None  # "the cheap or the dear grinder", "the big 3-group machine"
    kind = kind_named(catalog, " ".join([*words, match.group("head")]))
    members = catalog.of_kind(kind) if kind else []
    return _chosen(members, rank, least=False) if len(members) > 1 else None


#: A member's own sentence calling it the best of its range ("Our house espresso and our best
#: seller.", "our flagship grinder").
_CALLED_BEST = re.compile(
    r"\b(?:best[- ]sell\w*|most popular|flagship|top of (?:the|our) range)\b", re.I
)


def _best(members: list[Entity]) -> Entity:
    """The member the catalog calls its best (one sentence says so of it alone), else the
    priciest."""
    called = [e for e in members if any(_CALLED_BEST.search(f) for f in e.facts)]
    if len(called) == 1:
        return called[0]
    priced = [e for e in members if e.price is not None] or members
    return max(priced, key=lambda e: e.price.amount if e.price else 0.0)


#: Words that put a kind on a list ("2 grinders", "plus grinders", "and a grinder").
_LISTING = frozenset({"a", "an", "some", "plus", "and", "two", "three", "four", "few", "couple"})


def ambiguous(catalog: Catalog, text: str) -> bool:
    """Whether ``text`` lists a kind with several members without naming which ("2 picos,
    plus grinders"): a sum over the rest would leave it out, so none is made."""
    words = normalise(text).split()
    named = {e.kind for e in catalog.mentioned(text)}
    named |= {e.kind for e, _ in ranked_members(catalog, normalise(text))}  # "the big atlas"
    for kind, head in vocabulary(catalog).listed_heads:
        if kind in named:
            continue
        for n, word in enumerate(words):
            listed = n > 0 and (words[n - 1] in _LISTING or words[n - 1].isdigit())
            if _singular(word, head) == head and listed:
                return True
    return False


def _pieces(flat: str) -> list[tuple[int, str]]:
    """The list items of a normalised text (names masked with "#") with their offsets."""
    out = []
    start = 0
    for match in re.finditer(r"\b(?:and|plus|with|also|then)\b|#+", flat):
        out.append((start, flat[start : match.start()]))
        start = match.end()
    out.append((start, flat[start:]))
    return [(s, p) for s, p in out if p.strip()]  # (offset, text) of each item


_MODEL = re.compile(r"\b([a-z]+) (\d+)\b")


def _only_member(words: Vocabulary, piece: str) -> tuple[Entity, int] | None:
    """The entity a piece names without its catalog name, with the offset of the naming words:
    a family and model number ("a lumen 2"), or a kind with just one member, also by the
    kind's words in another form ("a water filter" for "water filtration")."""
    for match in _MODEL.finditer(piece):
        members = words.families.get(match.group(1), [])
        model = [e for e in members if match.group(2) in normalise(e.name).split()]
        if len(model) == 1:
            return model[0], match.start()
    said = piece.split()
    for kind, member in words.only_members:
        at = _says_kind(said, kind)
        if at is not None:
            return member, len(" ".join(["", *said[:at]]))
    for kind, member, own in words.own_words:
        # "on-site barista training": the kind (or its head) after words of one member's name
        at = _says_kind(said, kind)
        at = _says_kind(said, kind[-1:]) if at is None else at
        before = said[:at][-2:] if at else []
        if at and before and own and all(w in own for w in before):
            return member, len(" ".join(["", *said[: at - len(before)]]))
    return None


STEM = 4  # letters a word shares with a kind's word to name it in another form


def _says_kind(words: list[str], kind: list[str]) -> int | None:
    """Where ``words`` hold the kind's words in order (the index of the first), each the same
    word, its plural, or another form of it (the same first ``STEM`` letters), at least one
    exactly: "water filter" for "water filtration"; a one-word kind must be written as it is."""
    for n in range(len(words) - len(kind) + 1):
        window = [_singular(w, k) for w, k in zip(words[n : n + len(kind)], kind, strict=True)]
        same = [w == k for w, k in zip(window, kind, strict=True)]
        alike = all(w[:STEM] == k[:STEM] for w, k in zip(window, kind, strict=True))
        if alike and any(same) and (len(kind) > 1 or all(same)):
            return n
    return None


def _singular(word: str, kind_word: str) -> str:
    """ "grinders" read as "grinder" against a kind word without the "s"."""
    return word[:-1] if word.endswith("s") and not kind_word.endswith("s") else word


def points_at_order(text: str) -> bool:
    """Whether ``text`` leans on the order without naming items ("lease all of it?")."""
    return bool(_WHOLE.search(normalise(text)))


def order_for(catalog: Catalog, text: str, previous: Items) -> Items:
    """The order ``text`` is about: the items it names, added to ``previous`` when it adds
    ("add the atlas 64 to the order"), or ``previous`` itself when it names none and points
    back at it ("monthly if we lease all of it?")."""
    named = named_items(catalog, text)
    changed = without_dropped(named, text, previous) or with_added(named, text, previous)
    if changed is not None:
        return changed
    if not named and previous and points_at_order(text):
        return list(previous)
    return named


def without_dropped(named: Items, text: str, previous: Items) -> Items | None:
    """The order left when ``text`` only takes items out of it ("Drop the filter, the building
    already has one. New total?"), or None when it does not (or would leave nothing). An item
    dropped by its kind in short ("the filter" for the Clarity water filtration) is the one
    held item of that kind."""
    if not previous or not drops(text):
        return None
    held = {entity.name for entity, _ in previous}
    dropped = {entity.name for entity, _ in named} or _held_of_kind(dropped_word(text), previous)
    if not dropped or not dropped <= held:
        return None
    left = [(e, n) for e, n in previous if e.name not in dropped]
    return left or None


def with_added(named: Items, text: str, previous: Items) -> Items | None:
    """The order with the ``named`` items added when ``text`` adds them ("what if i add the
    atlas 64"), an item named again taking its new count; None when it adds nothing."""
    if not (named and previous and adds(text)):
        return None
    have = {entity.name for entity, _ in named}
    return [*[(e, n) for e, n in previous if e.name not in have], *named]


def _held_of_kind(word: str, previous: Items) -> set[str]:
    """The one held item whose kind a word names in short ("filter": water filtration)."""
    stem = word[:4]
    if len(word) < 4 or word in FUNCTION_WORDS:
        return set()
    found = {e.name for e, _ in previous if any(w.startswith(stem) for w in e.kind.split())}
    return found if len(found) == 1 else set()
