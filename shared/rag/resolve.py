"""Which catalog entities a question part is about: named, by kind, by comparison, or earlier.

Pure over the catalog. ``recent`` is the list of entity names the conversation last talked
about (what the previous answer returned), which resolves "and the 3 group?" or "how much is
the smaller one?".
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.question import GENERIC, comparison, quantities, ranked_word, refers_back
from shared.understanding.asked import PRICE_WORDS
from shared.understanding.entities.gazetteer import kind_by_synonym
from shared.understanding.lexicon import LOCATION_NOUNS, MEASURE_UNITS
from shared.understanding.reference import subject_first, without_opener


@dataclass
class Resolved:
    """What a part is about: entities, whether they are a kind's listing, an unknown model."""

    entities: list[Entity] = field(default_factory=list)
    kind: str | None = None  # set when the part asks about a whole kind ("your grinders")
    unknown_model: str | None = None  # "Lumen 4-Group" when the family exists but not the model
    family: list[Entity] = field(default_factory=list)


def _fold_plural(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def kind_named(catalog: Catalog, text: str) -> str | None:
    """The kind a text names ("your grinders" -> "espresso grinder"), longest match first; the
    kind after "which"/"what" is the one asked ("which plan comes with a loaner grinder").
    Remembered per catalog kinds and text (an answer asks it of the same part several times)."""
    return _kind_named(tuple(catalog.kinds()), text)


#: A purchase supposed, done or not, and the head noun of what is bought: "if we didn t buy a
#: machine from u", "without buying a grinder", "if we already have a machine"
_BOUGHT_IF = re.compile(
    r" (?:(?:if|unless|when|once) (?:we|i) (?:did n t |didn t |didnt |don t |dont |do not "
    r"|did not |never |already )?(?:buy|bought|get|got|have|had|order|ordered|purchase|purchased)"
    r"|without(?: buying| getting| ordering)?) (?:a |an |the |our |my |one |any )?"
    r"(?:[a-z0-9]+ )?"
)


@functools.lru_cache(maxsize=1024)
def _kind_named(kinds: tuple[str, ...], text: str) -> str | None:
    words = [_fold_plural(w) for w in normalise(text).split()]
    asked = _asked_kind(kinds, words)
    if asked is not None:
        return asked
    words = [
        w if n + 1 == len(words) or not _content(words[n + 1]) else f"{w}_"
        for n, w in enumerate(words)
    ]  # "panel cleaning": a kind word used as a modifier is not the kind
    flat = f" {' '.join(words)} "
    best: str | None = None
    said = flat.replace("_ ", " ")
    for kind, kind_words, unique_head in _kind_table(kinds):
        full = " ".join(kind_words)
        if f" {full} " in flat:
            return kind
        # a kind named only as a purchase supposed is the condition, not the subject, beside
        # another kind ("the on site training if we didnt buy a machine": the training)
        supposed = re.search(f"{_BOUGHT_IF.pattern}{kind_words[-1]} ", said) is not None
        if f" {kind_words[-1]} " in flat and best is None and unique_head and not supposed:
            best = kind
    plain = [w.rstrip("_") for w in words]
    return best or _kind_by_root(kinds, words) or kind_by_synonym(plain, kinds)


def _asked_kind(kinds: tuple[str, ...], words: list[str]) -> str | None:
    """The kind whose words (all, or its head when no other kind shares it) follow "which"
    or "what" in ``words``."""
    flat = f" {' '.join(words)} "
    table = _kind_table(kinds)
    for kind, kind_words, unique_head in table:
        heads = [" ".join(kind_words)]
        heads += [kind_words[-1]] if unique_head else []
        if any(f" {ask} {head} " in flat for ask in ("which", "what") for head in heads):
            return kind
    return _asked_by_own_word(table, words)


def _asked_by_own_word(
    table: tuple[tuple[str, tuple[str, ...], bool], ...], words: list[str]
) -> str | None:
    """The kind a word of which no other kind has follows "which of your" / "which of the"
    ("which of your coffees would you put through it": the coffee blends), unless another
    kind's word follows it ("which of your coffee machines")."""
    every = [w for _, kind_words, _ in table for w in kind_words]
    for n, word in enumerate(words[:-1]):
        if word not in ("which", "what"):
            continue
        if words[n + 1 : n + 3] not in (["of", "your"], ["of", "the"]):
            continue  # "no clue which coffee to go with": "coffee" alone still names no kind
        at = n + 3
        asked = words[at] if at < len(words) else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        owners = [kind for kind, kind_words, _ in table if asked in kind_words]
        if len(owners) == 1 and every.count(asked) == 1 and after not in every:
            return owners[0]
    return None


#: The trade's everyday words for the coffee it sells, ranked as the coffee is ("cheapest
#: beans", "your priciest roast")
_GOODS_WORDS = {"bean": "coffee", "roast": "coffee"}


def ranked_kind(catalog: Catalog, text: str) -> str | None:
    """The kind a rank word is put on by a word of the kind no other kind has ("your priciest
    coffee" -> "coffee blend"): alone, "coffee" names no kind ("how fast does coffee get
    here"), after "cheapest" it says which members are ranked."""
    rank = ranked_word(text)
    if rank is None:
        return None
    after = normalise(text[rank.end() :]).split()[:1]
    if not after:
        return None
    word = _fold_plural(after[0])
    word = _GOODS_WORDS.get(word, word)  # "the cheapest beans": the cheapest coffee
    table = _kind_table(tuple(catalog.kinds()))
    owners = [kind for kind, kind_words, _ in table if word in kind_words]
    return owners[0] if len(owners) == 1 else None


def _kind_by_root(kinds: tuple[str, ...], words: list[str]) -> str | None:
    """A kind of several words named word by word with other endings ("the water filter
    thing" -> "water filtration"): each kind word, in order and adjacent, is the text's word or
    shares its first four letters with it (both five letters or longer). One-word kinds are
    left to the exact match ("brew" is not "brewer")."""
    plain = [w.rstrip("_") for w in words]
    for kind, kind_words, _ in _kind_table(kinds):
        if len(kind_words) < 2:
            continue
        for start in range(len(plain) - len(kind_words) + 1):
            pairs = zip(kind_words, plain[start : start + len(kind_words)], strict=True)
            if all(same_root(k, w) for k, w in pairs):
                return kind
    return None


def same_root(kind_word: str, word: str) -> bool:
    if kind_word == word:
        return True
    return min(len(kind_word), len(word)) >= 5 and kind_word[:4] == word[:4]


#: Prepositions the stemmer keeps ("over", "through"): a kind word before one is the noun
#: ("spread the grinder over monthly payments"), not a modifier ("grinder cleaning").
_PREPOSITIONS = frozenset(
    ("over", "under", "into", "through", "across", "via", "before", "after", "during")
) | frozenset(("within", "without", "between", "than", "until"))
#: Nouns that name a thing by its being one, not by what it is ("your filtration system", "the
#: grinder unit", "that brewer thing"): after a kind's word they leave it the kind, not a
#: modifier of another thing ("panel cleaning").
THING_NOUNS = frozenset({"system", "unit", "thing", "thingy", "setup", "device", "gadget"})


def _content(word: str) -> bool:
    if word in THING_NOUNS:
        return False
    return (
        bool(tokenize(word))
        and word not in GENERIC | PRICE_WORDS | _PREPOSITIONS
        and not word.isdigit()
    )


@functools.lru_cache(maxsize=8)
def _kind_table(kinds: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """Each kind with its words (plurals folded) and whether its head (last normalised word)
    is no other kind's: read once per catalog's kinds, not on every question part."""
    heads = [normalise(k).split()[-1] for k in kinds]
    return tuple(
        (kind, tuple(_fold_plural(w) for w in normalise(kind).split()), heads.count(head) == 1)
        for kind, head in zip(kinds, heads, strict=True)
    )


def _model_number(entity: Entity) -> float | None:
    match = re.search(r"\d+(?:\.\d+)?", entity.name)
    return float(match.group(0)) if match else None


def unknown_model(catalog: Catalog, text: str) -> tuple[str, list[Entity]] | None:
    """A "<family word> <number>" the catalog lacks ("lumen 4 group") with the family members."""
    flat = normalise(text)
    known = set(catalog.names())
    for first, members in _model_families(catalog).items():
        pattern = rf"\b{re.escape(first)} (\d+(?:\.\d+)?)([a-z]+)?(?: ([a-z]+))?"
        for match in re.finditer(pattern, flat):
            if {match.group(2), match.group(3)} & MEASURE_UNITS:  # "the pico 110 v": a voltage
                continue
            candidates = [f"{first} {match.group(1)}"]
            if match.group(3):
                candidates.insert(0, f"{candidates[0]} {match.group(3)}")
            if any(c in known or any(k.startswith(c + " ") for k in known) for c in candidates):
                continue
            name = " ".join(w.capitalize() for w in candidates[0].split())
            return name, members
    return None


def family_named(catalog: Catalog, text: str) -> list[Entity]:
    """The members of a model family named by its word alone ("the lumen", "your atlas
    grinders"), when the family has several; none when a model number follows the word."""
    flat = normalise(text)
    for first, members in _model_families(catalog).items():
        said = re.search(rf"\b{re.escape(first)}s?\b(?! ?\d)", flat)
        if said and len(members) > 1:
            return members
    return []


def _with_family_beside(catalog: Catalog, text: str, named: list[Entity]) -> list[Entity]:
    """``named`` with the members of a family named beside them by its word alone ("voltage
    on the Lumen machines vs the Pico": both Lumens and the Pico), in the order said; a family
    one of whose members is named ("the Lumen 2-Group") adds none."""
    family = family_named(catalog, text)
    if not family or any(member in named for member in family):
        return named
    first = re.search(rf"\b{re.escape(normalise(family[0].name).split()[0])}", normalise(text))
    named_at = min(m.start for m in catalog.mentions(text))
    return [*family, *named] if first and first.start() < named_at else [*named, *family]


def families_in_plural(catalog: Catalog, text: str) -> list[Entity]:
    """The members of a model family named in the plural or as a pair ("torn between the two
    Lumens", "both lumen machines", "the Lumen machines"), when no model is named: every
    member is the subject."""
    flat = normalise(text)
    # "the Lumen machines", "the Atlas grinders", "the Lumen espresso models": the family's
    # name before a plural of its kind or of "model"
    heads = {w for kind in catalog.kinds() for w in kind.split()[-1:]} | {"model", "machine"}
    kinds = "|".join(sorted(re.escape(h) for h in heads))
    for first, members in _model_families(catalog).items():
        word = re.escape(first)
        plural = (
            rf"\b{word}s\b(?! ?\d)|\b(?:both|two|2)\s+(?:the\s+|of\s+the\s+)?{word}\b(?! ?\d)"
            rf"|\b{word}\s+(?:[a-z]+\s+)?(?:{kinds})s\b"
        )
        if len(members) > 1 and re.search(plural, flat) and not catalog.mentioned(text):
            return members
    return []


def _model_families(catalog: Catalog) -> dict[str, list[Entity]]:
    families: dict[str, list[Entity]] = {}
    for entity in catalog.entities:
        words = normalise(entity.name).split()
        if len(words) >= 2 and re.match(r"^\d", words[1]) and words[0].isalpha():
            families.setdefault(words[0], []).append(entity)
    return families


def _sizes(entities: list[Entity]) -> dict[str, float]:
    """Name -> the size to order by: the model number when each has its own, else the price."""
    numbers = [_model_number(e) for e in entities]
    if all(n is not None for n in numbers) and len(set(numbers)) == len(numbers):
        return {e.name: float(n or 0.0) for e, n in zip(entities, numbers, strict=True)}
    return {e.name: (e.price.amount if e.price else 0.0) for e in entities}


def pick(entities: list[Entity], direction: str) -> Entity:
    """The smaller/cheaper ("min") or bigger ("max") entity, by a shared number or by price."""
    keyed = _sizes(entities)
    chooser = min if direction == "min" else max
    name = chooser(keyed, key=lambda n: keyed[n] or 0.0)
    return next(e for e in entities if e.name == name)


def beside(catalog: Catalog, entity: Entity, direction: str) -> Entity | None:
    """The sibling of ``entity`` (same kind) nearest below it ("min") or above it ("max"), by
    the shared model number or by price; None when it is already the smallest/biggest."""
    family = catalog.of_kind(entity.kind)
    if len(family) < 2:
        return None
    key = _sizes(family)
    here = key[entity.name]
    if direction == "min":
        lower = _priced_alike(entity, [e for e in family if key[e.name] < here])
        return max(lower, key=lambda e: key[e.name]) if lower else None
    higher = _priced_alike(entity, [e for e in family if key[e.name] > here])
    return min(higher, key=lambda e: key[e.name]) if higher else None


def _priced_alike(entity: Entity, siblings: list[Entity]) -> list[Entity]:
    """The siblings priced in the unit of ``entity`` when any is: a price per location is no
    nearer to one per month than the next flat monthly price ("the cheaper one" after the Pro
    plan is the Essential plan, not the Multi-site plan at $79 per location)."""
    unit = entity.price.unit if entity.price else None
    alike = [e for e in siblings if e.price is not None and e.price.unit == unit]
    return alike or siblings


def _ranked(
    catalog: Catalog, text: str, in_context: list[Entity], members: list[Entity], direction: str
) -> Entity:
    """The member a rank word picks: a superlative ranks every member ("the smallest
    grinder"); a comparative sets the one member discussed against its sibling ("and the
    smaller grinder?" after the Atlas 75 is the Atlas 64); else the smaller/bigger of those
    discussed, or of every member."""
    rank = ranked_word(text)
    word = rank.group(0).lower() if rank else ""
    if word.endswith("est"):
        return pick(members, direction)
    if word.endswith("er") and len(in_context) == 1:
        return beside(catalog, in_context[0], direction) or in_context[0]
    return pick(in_context or members, direction)


def _siblings(catalog: Catalog, recent: list[Entity]) -> list[Entity]:
    kinds = {e.kind for e in recent}
    return [e for e in catalog.entities if e.kind in kinds]


def _words(text: str) -> set[str]:
    """The stems of a text, with each hyphenated or spaced pair also joined ("on-site" and
    "on site" also give "onsite"), so "onsite training" meets "On-site course"."""
    plain = normalise(text).replace("-", " ").split()
    # a lone letter is a contraction's, not half a word: "what s it" is no "site"
    joined = [a + b for a, b in itertools.pairwise(plain) if len(a) > 1 and len(b) > 1]
    joined += ["onsite"] if _AT_YOURS.search(" ".join(plain)) else []
    # "an in-person day", "a face to face session": a sitting of a course, so a course
    joined += ["course"] if _AT_YOURS_SITTING.search(" ".join(plain)) else []
    return set(tokenize(" ".join([*plain, *joined])))


#: Done where the visitor is, in the trade's other words: an "in-person" or "face-to-face"
#: course is the one a trainer gives on site ("onsite"), not the one online.
_AT_YOURS = re.compile(r"\b(?:in person|face to face)\b")
#: The same said of a sitting ("an in-person day", "a face to face session"): a course given.
_AT_YOURS_SITTING = re.compile(
    r"\b(?:in person|face to face) (?:day|days|session|sessions|class|classes|lesson|lessons"
    r"|workshop|workshops)\b"
)


#: The visitor's own places ("across our sites", "at all 3 locations"): no item's name word
#: ("sites" does not name the on-site course).
_OWN_PLACES = re.compile(rf"\b(?:our|my|all|\d+|the|both|several)\s+(?:{LOCATION_NOUNS})\b")


def _by_name_word(text: str, pool: list[Entity]) -> list[Entity]:
    """Entities of ``pool`` whose name holds a content word of the text ("the black one") that
    not every name of the pool holds ("the online course": "course" names both courses)."""
    text = _OWN_PLACES.sub(" ", normalise(text))
    words = {w for w in _words(text) if w not in GENERIC and not w.isdigit()}
    kind_words = {w for e in pool for w in tokenize(e.kind)}
    names = [_words(e.name) for e in pool]
    shared = set.intersection(*names) if names else set()
    found = [e for e, name in zip(pool, names, strict=True) if (words - kind_words - shared) & name]
    return found if len(found) < len(pool) else []


def sibling_named(catalog: Catalog, text: str, recent: list[str]) -> Entity | None:
    """The one member of a kind discussed that ``text`` names by a word of its own name
    ("2 shops on Pro" after the Multi-site and Essential plans: the Pro plan), else None."""
    earlier = [e for n in recent if (e := catalog.get(n)) is not None]
    found = _by_name_word(text, _siblings(catalog, earlier)) if earlier else []
    return found[0] if len(found) == 1 else None


def _by_distinct_name(catalog: Catalog, text: str) -> Entity | None:
    """The one entity the text names by a word no other entity's name or its kind holds
    ("online", "onsite") and its name's last word or a word of its kind ("course",
    "training"): "the online course", "the onsite training", "in-person training" with no
    alias of them said."""
    words = _words(text) - GENERIC
    names = {e.name: _words(e.name) for e in catalog.entities}
    found = []
    for entity in catalog.entities:
        others = set().union(*(n for name, n in names.items() if name != entity.name))
        kind = _words(entity.kind)  # "barista" names no one course of "barista training"
        own = {w for w in names[entity.name] - others - kind - GENERIC if not w.isdigit()}
        head = set(tokenize(normalise(entity.name).split()[-1])) | kind
        own = {w for w in own - head if not _joined(w, head)}  # "barista course" is its kind
        if own & words and head & words:  # "the espresso" alone names no blend
            found.append(entity)
    return found[0] if len(found) == 1 else None


def sibling_alone(catalog: Catalog, text: str, earlier: list[Entity]) -> Entity | None:
    """The one other member of the kinds just discussed that a fragment of one or two words
    names by words of its own name alone ("onsite?" after the online course); None when the
    fragment says anything else, or names an item just discussed or several."""
    words = _words(text) - GENERIC
    if not earlier or not words or len(normalise(text).split()) > 2:
        return None
    found = _by_name_word(text, _siblings(catalog, earlier))
    if len(found) != 1 or found[0] in earlier:
        return None
    return found[0] if words <= _names_of(found[0]) else None


def _joined(word: str, parts: set[str]) -> bool:
    """Whether ``word`` is two of ``parts`` written as one (the tokenizer's word pairs)."""
    return any(word[:i] in parts and word[i:] in parts for i in range(1, len(word)))


_PRICE_STEMS = frozenset(tokenize(" ".join(PRICE_WORDS)))


def _price_alone(text: str, earlier: list[Entity]) -> bool:
    """ "how much per lb?", "whats the price?", "and per lb?" after an item: a price asked with
    no subject of its own (only price words and the unit the earlier item is priced per, or
    "per" that unit), so about it."""
    units = {w for e in earlier if e.price and e.price.unit for w in tokenize(e.price.unit)}
    units |= {"pound", "lbs"} if "lb" in units else set()
    own = {w for w in tokenize(text) if w not in GENERIC and not w.isdigit()}
    rate = any(re.search(rf"\bper\s+{re.escape(u)}\b", text, re.I) for u in units)
    asked = own & _PRICE_STEMS or bool(re.search(r"\bhow much\b", text, re.I)) or rate
    return bool(asked) and own <= _PRICE_STEMS | units | {"per"}


def _counts_units_of(text: str, earlier: list[Entity]) -> bool:
    """ "what if I have 4 staff?" after a price "per staff member": the same entity, counted."""
    units = {w for e in earlier if e.price and e.price.unit for w in tokenize(e.price.unit)}
    counted = {w for n, word, _ in quantities(text) for w in tokenize(word)}
    return bool(units & counted)


#: "that plan", "this machine", "the same grinder": the one of the kind just discussed.
_THAT_ONE = re.compile(r"\b(?:that|this|the same|said)\s+(?:\w+\s+)?\w+")


def _leans_back(text: str, earlier: list[Entity]) -> bool:
    """The part is about the items just discussed: it points back ("and the 3 group?", "how
    much is it?"), counts their unit or asks their price alone; not when a discourse opener
    holds its "one" ("one more - is there a discount ...?") or it puts a subject of its own
    first ("and coffee - is there a minimum?" after the brewer)."""
    own = subject_first(text)
    if own is not None and not _words(own) & {w for e in earlier for w in _names_of(e)}:
        return False
    bare = without_opener(text)
    return refers_back(bare) or _counts_units_of(bare, earlier) or _price_alone(bare, earlier)


def _own_part(catalog: Catalog, text: str, earlier: list[Entity]) -> bool:
    """The part names with its article a thing only the items just discussed and their kind
    have among the catalog's attributes ("how often do the cartridges need swapping" after the
    Clarity, whose "cartridge life" no other kind has; "the boiler" after a machine): it asks
    of them."""
    if not earlier:
        return False
    kinds = {e.kind for e in earlier}
    own = {w for e in earlier for w in _label_heads(e)}
    others = {w for e in catalog.entities if e.kind not in kinds for w in _label_heads(e)}
    flat = normalise(text).split()
    said = {
        stem
        for before, word in itertools.pairwise(flat)
        if before in _ARTICLES
        for stem in tokenize(word)
    }
    alone = set(tokenize(text)) - GENERIC  # "boiler?" typed alone after a machine
    if len(flat) <= 2 and alone and alone <= own - others:
        return True
    return bool(said & (own - others - GENERIC))


_ARTICLES = frozenset({"the", "its", "their", "a", "an"})


def _label_heads(entity: Entity) -> set[str]:
    """The first stem of each attribute label ("cartridg" of "cartridge life")."""
    return {tokenize(label)[0] for label in entity.attributes if tokenize(label)}


def _names_of(entity: Entity) -> set[str]:
    """The stems naming an entity: its name, kind and aliases."""
    return _words(" ".join([entity.name, entity.kind, *entity.aliases]))


#: What sets one side of a comparison against the other ("the batch brewer compared with the
#: grinders", "the lumen vs your grinders").
_AGAINST = re.compile(r"\s+(?:compared (?:with|to)|vs|versus|against)\s+")


def kinds_compared(catalog: Catalog, text: str) -> list[Entity]:
    """The sides of a comparison across kinds, each side an item named or a kind's members
    ("the warranty on the batch brewer compared with the grinders": the BatchPro 2, the Atlas
    75 and the Atlas 64); [] unless every side names one and they are of two or more kinds."""
    sides = _AGAINST.split(normalise(text))
    found: list[Entity] = []
    for side in sides if len(sides) > 1 else []:
        kind = None if catalog.mentioned(side) else kind_named(catalog, side)
        members = catalog.mentioned(side) or (catalog.of_kind(kind) if kind else [])
        if not members:
            return []
        found += [e for e in members if e not in found]
    return found if len({e.kind for e in found}) > 1 else []


_CUSTOM_THING = re.compile(r"\bcustom\s+(?:(?:custom|house)\s+)*[a-z]+", re.I)


def resolve(catalog: Catalog, text: str, recent: list[str]) -> Resolved:
    """The entities ``text`` is about (see the module docstring)."""
    sides = kinds_compared(catalog, text)
    if sides:  # "the batch brewer compared with the grinders": each side's members
        return Resolved(entities=sides)
    named = catalog.mentioned(text)
    unknown = unknown_model(catalog, text)
    if unknown is not None and not any(
        normalise(e.name).startswith(normalise(unknown[0])) for e in named
    ):
        return Resolved(unknown_model=unknown[0], family=unknown[1])
    if named:
        return Resolved(entities=_with_family_beside(catalog, text, named))
    earlier = [e for n in recent if (e := catalog.get(n)) is not None]
    direction = comparison(text)
    # "a custom blend" (see question.as_custom) is made for the visitor: none of the kind's
    # members, so the kind is read without it
    plain = _CUSTOM_THING.sub("", text)
    kind = kind_named(catalog, plain) or (ranked_kind(catalog, plain) if direction else None)
    family = family_named(catalog, text)
    if family and not kind:  # "warranty on the lumen?": both Lumens (the smaller: one)
        return Resolved(entities=[pick(family, direction)] if direction else family)
    if kind:
        members = catalog.of_kind(kind)
        in_context = [e for e in earlier if e.kind == kind] if refers_back(text) else []
        if direction and members:
            return Resolved(entities=[_ranked(catalog, text, in_context, members, direction)])
        if len(in_context) == 1 and _THAT_ONE.search(normalise(text)):
            return Resolved(entities=in_context)  # "that plan" after the Pro plan
        by_word = _by_name_word(text, members) if not direction else []
        if len(by_word) == 1:  # "barista training on site": the on-site course of the kind
            return Resolved(entities=by_word)
        return Resolved(entities=members, kind=kind)
    distinct = _by_distinct_name(catalog, text)
    if distinct is not None:  # "the online course": its own name word and its head noun
        return Resolved(entities=[distinct])
    follows = _leans_back(text, earlier) or _own_part(catalog, text, earlier)
    if earlier and follows:
        by_word = _by_name_word(text, _siblings(catalog, earlier))
        if by_word:
            return Resolved(entities=by_word)
        if direction and len(earlier) > 1:
            return Resolved(entities=[pick(earlier, direction)])
        if direction and (other := beside(catalog, earlier[0], direction)) is not None:
            return Resolved(entities=[other])  # "the smaller one" after the Atlas 75
        return Resolved(entities=earlier)
    return Resolved()
