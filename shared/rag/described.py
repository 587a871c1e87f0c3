"""A catalog member named by a quality its own sentences state ("the ethiopian one" -> the
Sunrise Single Origin, whose origin is Ethiopia; "the swiss water one" -> the decaf).

"the <word(s)> one|blend|coffee|machine..." where the words are no member's name: the one
member whose attribute values hold every word (a demonym matched to its country: "ethiopian"
holds "Origin: Ethiopia Yirgacheffe") is substituted for the phrase; with none or several,
the text is unchanged (the question stays as asked: a wrong member costs more than a vague
answer). Pure.
"""

from __future__ import annotations

import re

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.question import comparison
from shared.understanding.lexicon import number_value

#: "the ethiopian one", "that swiss water blend": up to two describing words and a head.
_DESCRIBED = r"\b(?:the|that)\s+([a-z]+(?:\s+[a-z]+)?)\s+({heads})\b"
#: Suffixes that turn a place into its adjective ("ethiopia" -> "ethiopian", "kenya" -> "kenyan").
_DEMONYM = ("n", "an", "ian", "ese", "ish", "i")
_WORD = re.compile(r"[a-z]+")


def described_member(text: str, catalog: Catalog) -> str:
    """``text`` with a "the <quality> one" phrase replaced by the one member it describes."""
    heads = {"ones?", *(re.escape(w) for k in catalog.kinds() for w in k.split())}
    described = re.compile(_DESCRIBED.format(heads="|".join(sorted(heads))), re.I)
    for match in described.finditer(text):
        keys = {w for e in catalog.entities for k in e.attributes for w in k.split()}
        words = [w for w in match.group(1).lower().split() if w not in keys]  # "light roast"
        if not words or catalog.mentions(match.group(0)):
            continue
        if comparison(" ".join(words)):
            continue  # "the small grinder": a size among the kind, not a described quality
        head = match.group(2).lower()
        of_kind = [e for e in catalog.entities if head in e.kind.split()]
        found = _holding(words, of_kind or catalog.entities)  # "grinder": a grinder's value
        kind_words = {w for k in catalog.kinds() for w in k.split()}  # "the barista training"
        named = [] if kind_words & set(words) else _named_by(words, of_kind or catalog.entities)
        found = found or named  # "the organic coffee": a word of the blend's own name
        if len(found) == 1:
            start, end = match.span()
            return f"{text[:start]}the {found[0].name}{text[end:]}"
    return _demonym_member(text, catalog)


#: "your house espresso", "ur best seller", "10 lb of the house espresso": two or three words
#: after "your" (or "the" of what a weight is of).
_YOURS = re.compile(r"\b(?:your|ur|yr|(?<=\bof )the)\s+(?=([a-z]+(?:[ -][a-z]+){1,2})\b)", re.I)


_JOINING = frozenset({"and", "or", "plus", "with", "for", "of"})


def epithet_member(text: str, catalog: Catalog) -> str:
    """``text`` with "your <words>" replaced by the one member whose own section calls it "our
    <words>" ("your house espresso" -> the Foundry Espresso: "Our house espresso and our best
    seller."); the longest phrase first, unchanged when none or several sections say it."""
    for match in _YOURS.finditer(text):
        words = match.group(1).lower().split()
        for size in range(len(words), 1, -1):
            phrase = " ".join(words[:size])
            if words[size - 1] in _JOINING:
                continue  # "house espresso and": the phrase ends before the conjunction
            said = re.compile(rf"\bour {re.escape(phrase)}\b", re.I)
            found = [e for e in catalog.entities if any(said.search(f) for f in e.facts)]
            if len(found) == 1 and not catalog.mentions(phrase):
                start, end = match.start(), match.start(1) + len(phrase)
                return f"{text[:start]}the {found[0].name}{text[end:]}"
    return text


#: "what's the espresso most cafés pour", "which is the decaf": which item a word means, asked;
#: "the" and one word, then the next word if any.
_THE_WORD = re.compile(
    r"\b(?:what\s*'?\s*s|what\s+is|which\s+is|which\s+s)\s+the\s+([a-z]+)\b(?:\s+([a-z]+))?", re.I
)


def last_word_member(text: str, catalog: Catalog) -> str:
    """``text`` with "what's the <word>" replaced by the one member whose name ends with that
    word ("what's the espresso most of your cafés pour" -> "the Foundry Espresso"; "which is
    the decaf" -> the Night Shift Decaf), when the word is no kind's head and the word after
    it is no kind's word ("the espresso machine" names a kind; "the plan" asks which);
    unchanged otherwise, and where the word is not what is asked ("should we use the espresso
    within a month": coffee in general)."""
    kind_words = {w for k in catalog.kinds() for w in normalise(k).split()}
    heads = {normalise(k).split()[-1] for k in catalog.kinds()}
    last = [normalise(e.name).split()[-1] for e in catalog.entities]
    for match in reversed(list(_THE_WORD.finditer(text))):
        word, after = match.group(1).lower(), (match.group(2) or "").lower()
        plural = after[:-1] if after.endswith("s") else after  # "the espresso machines"
        if word in heads or {after, plural} & kind_words or catalog.mentions(match.group(0)):
            continue
        found = [e for e, w in zip(catalog.entities, last, strict=True) if w == word]
        if len(found) == 1 and last.count(word) == 1:
            start, end = match.span(1)
            text = f"{text[:start]}{found[0].name}{text[end:]}"
    return text


#: "one bag of the ethiopian", "some kenyan": a bare place adjective used as the noun.
_BARE = re.compile(r"\b(?:the|that|your|ur|some|of)\s+(?=([a-z]+)\b)", re.I)


def _demonym_member(text: str, catalog: Catalog) -> str:
    """``text`` with a bare place adjective ("the ethiopian") replaced by the one member whose
    values name the place; the word itself in a value (a name, "light") is left alone."""
    for match in _BARE.finditer(text):
        word = match.group(1).lower()
        if catalog.mentions(word) or any(word in _value_words(e) for e in catalog.entities):
            continue
        found = [e for e in catalog.entities if _is_demonym(word, _value_words(e))]
        if len(found) == 1:
            start, end = match.span(1)
            return f"{text[:start]}{found[0].name}{text[end:]}"
    return text


def _is_demonym(word: str, said: set[str]) -> bool:
    """Whether ``word`` is the adjective of a place among ``said`` ("ethiopian", "ethiopia")."""
    return word not in said and _holds(word, said)


#: "the 64s", "those 75": a bare model number, read against a kind the message names.
_NUMBERED = re.compile(r"\b(?:the|those|these)\s+(\d+)s?\b(?!\s*(?:%|lb|lbs|kg|oz|g\b))", re.I)


def numbered_member(text: str, catalog: Catalog) -> str:
    """``text`` with a bare model number ("need 2 grinders for the bar, the 64s") replaced by
    the one member of a kind the message names ("grinders") whose name carries that number
    ("the Atlas 64s"); unchanged when no kind is named, several members carry it, or the
    number goes on into a name's word ("the 2 group")."""
    words = {w.rstrip("s") for w in _WORD.findall(text.lower())}
    kinds = [k for k in catalog.kinds() if k.split()[-1] in words]
    named = {w for e in catalog.entities for w in _WORD.findall(e.name.lower())}
    for match in _NUMBERED.finditer(text):
        number = match.group(1)
        after = _WORD.match(text[match.end() :].lstrip().lower())
        if after and after.group(0) in named:  # "the 2 group": a model name, said in part
            continue
        found = [
            e
            for k in kinds
            for e in catalog.of_kind(k)
            if number in re.split(r"[\s-]+", e.name.lower())
        ]
        if len(found) == 1:
            start, end = match.span(1)
            return f"{text[:start]}{found[0].name}{text[end:]}"
    return text


def family_numbered(text: str, catalog: Catalog) -> str:
    """``text`` with a family's word and a number said short of the full name ("and the Lumen
    2?") given the one member whose name is that word and number ("the Lumen 2-Group");
    unchanged when the name is said whole, or no member or several carry the number."""
    mentioned = {e.name for e in catalog.mentioned(text)}
    for entity in catalog.entities:
        words = re.split(r"[\s-]+", entity.name)
        if len(words) < 3 or not words[1].isdigit() or entity.name in mentioned:
            continue  # "Atlas 64" is said whole by its two words; "Lumen 2-Group" is not
        short = re.compile(
            rf"\b{re.escape(words[0])}\s?{words[1]}\b(?![\s-]*{re.escape(words[2])})", re.I
        )
        siblings = [e for e in catalog.entities if re.split(r"[\s-]+", e.name)[:2] == words[:2]]
        if len(siblings) == 1 and (match := short.search(text)):
            return f"{text[: match.start()]}{entity.name}{text[match.end() :]}"
    return text


def _holding(words: list[str], entities: list[Entity]) -> list[Entity]:
    """The entities whose attribute values hold every word (or the place a demonym is made
    from); values, not prose, so "the same one" never matches "the same PID control"."""
    return [e for e in entities if all(_holds(w, _value_words(e)) for w in words)]


def _named_by(words: list[str], entities: list[Entity]) -> list[Entity]:
    """The entities whose own name holds every word, or a name word of 5+ letters a word
    starts with ("the organic coffee" -> Riverbend Organic; "the decaffeinated coffee" -> the
    Night Shift Decaf): a quality the name itself states. The caller passes no word of a kind's
    name ("the barista training" is a kind, not the Online barista course)."""
    return [e for e in entities if all(_names(w, _WORD.findall(e.name.lower())) for w in words)]


def _names(word: str, name: list[str]) -> bool:
    return any(word == n or (len(n) >= 5 and word.startswith(n)) for n in name)


def _value_words(entity: Entity) -> set[str]:
    return {w for value in entity.attributes.values() for w in _WORD.findall(value.lower())}


def _holds(word: str, said: set[str]) -> bool:
    """Whether ``word`` or the place it is the adjective of is among ``said``."""
    if word in said:
        return True
    stems = {word[: -len(s)] for s in _DEMONYM if word.endswith(s) and len(word) - len(s) >= 4}
    return any(stem in said or f"{stem}a" in said for stem in stems)


_MEASURES = {"lb", "kg"}  # the units a coffee is priced per

#: "40 lb of your espresso blend", "20 lb decaf": a weight, then up to two words naming what.
_WEIGHED = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:lbs?|pounds?|kg|kilos?)\s+(?:of\s+)?(?:(?:the|your|our|that)\s+)?"
    r"([a-z]+(?:\s+[a-z]+)?)",
    re.I,
)


def weighed_member(text: str, catalog: Catalog) -> str:
    """``text`` with what a weight is of, said by a word of one coffee's name ("20 lb decaf",
    "40 lb of your espresso blend"), replaced by that coffee's name: the one member priced by
    weight whose name holds a word no other such member's name holds, its other words being its
    kind's ("blend", "coffee"). Unchanged when the words fit none or several."""
    weighed = [e for e in catalog.entities if _MEASURES & set(_unit(e).split())]
    for match in reversed(list(_WEIGHED.finditer(text))):
        phrase = match.group(1).lower()
        if catalog.mentions(phrase):
            continue
        found = _named_by_word(phrase.split(), weighed)
        if found is not None:
            entity, kept = found
            start = match.start(1)
            end = start + len(" ".join(match.group(1).split()[:kept]))
            text = f"{text[:start]}{entity.name}{text[end:]}"
    return text


def _unit(entity: Entity) -> str:
    return entity.price.unit or "" if entity.price else ""


def _named_by_word(words: list[str], members: list[Entity]) -> tuple[Entity, int] | None:
    """The one member the words name by a word of its own name (the rest its kind's words),
    with how many of the words name it; None when they fit none or several."""
    names = {e.name: set(_WORD.findall(e.name.lower())) for e in members}
    kinds = {e.name: set(_WORD.findall(e.kind.lower())) for e in members}
    said = {e.name: names[e.name] | kinds[e.name] for e in members}
    kind_words = set().union(*kinds.values()) if kinds else set()
    while words and not any(words[-1] in s for s in said.values()):
        words = words[:-1]  # "decaf a month": the words after the name are no part of it
    own = [w for w in words if w not in kind_words and sum(w in n for n in names.values()) == 1]
    fits = [e for e in members if own and set(words) <= said[e.name] and set(own) & names[e.name]]
    return (fits[0], len(words)) if len(fits) == 1 else None


_COUNTED = re.compile(r"\b(\d+|[a-z]+)\s+([a-z]+?)(e?s)?\b", re.I)


def counted_kind(text: str, catalog: Catalog) -> str:
    """``text`` with a count of a kind said by its last word alone ("three brewers") given the
    kind's whole name ("three batch brewers"), so the count reads as an order of that kind; only
    a plural word that ends the name of one kind of one member, and only after a count of two or
    more."""
    heads: dict[str, list[str]] = {}
    for kind in catalog.kinds():
        heads.setdefault(kind.split()[-1].lower(), []).append(kind)
    for match in reversed(list(_COUNTED.finditer(text))):
        count = number_value(match.group(1))
        if count is None or count < 2 or not match.group(3):  # "three brewers", not "a brewer"
            continue
        kinds = heads.get(match.group(2).lower(), [])
        if len(kinds) != 1 or " " not in kinds[0] or len(catalog.of_kind(kinds[0])) != 1:
            continue  # "two grinders" of two models stays a question of which
        start = match.start(2)
        text = f"{text[:start]}{' '.join(kinds[0].split()[:-1])} {text[start:]}"
    return text
