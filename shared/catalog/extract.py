"""Build the catalog from markdown: spec lists and price sentences are parsed, not guessed.

An entity is a ``##`` section that either carries a spec list (two or more short
``- Label: value`` items, e.g. ``- Price: $9,800``) or states its own price in a sentence
("The Pro plan costs $99 per month."). Its kind comes from the document title ("Espresso
Machines" -> "espresso machine") or, for a mixed document ("Batch Brewers and Water
Filtration"), from the heading's lower-case tail ("BatchPro 2 batch brewer" -> "batch brewer").
Warranty and lead-time sentences of the document are attached to the entities they name, or to
every entity of the document when they name none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.catalog.model import Catalog, Entity, Price
from shared.catalog.words import DIGIT_WORDS, digits_for_words, normalise
from shared.understanding.lexicon import number_words
from shared.understanding.sentences import sentences

_SPEC = re.compile(r"^\s*[-*+]\s+([A-Z][A-Za-z /-]{0,24}):\s+((?:[^.\n]|\.(?=\d)){1,60})\s*$")
_PRICE = re.compile(
    r"(?P<text>\$(?P<amount>\d[\d,]*(?:\.\d+)?)(?P<unit>(?:\s+per\s+[a-z]+(?:\s+member)?)*))"
)
_PRICE_SENTENCE = re.compile(r"\b(?:costs|is a flat fee of|is priced at)\s+\$")
_GENERIC_HEADINGS = {"price", "prices", "pricing", "cost", "costs", "fees"}
_COMMON_FIRST_WORDS = {
    "night",
    "day",
    "the",
    "our",
    "new",
    "house",
    "classic",
    "standard",
    "basic",
    "premium",
    "online",
    "two",
    "one",
    "three",
    "pro",
    "multi",
}
_WARRANTY = re.compile(rf"\b(\d+|{number_words(1, 12)})-year (?:[a-z]+ )?warranty", re.I)
_LEAD = re.compile(rf"\b(\d+|{number_words(1, 12)})-week lead time", re.I)
_SHIPS = re.compile(r"ships? within (\d+ business days)", re.I)
#: Labels that answer one question ("when does it ship?"): an item built to order has a lead
#: time, one in stock ships within days; a follow-up keeping one asks the other of an item
#: that has it ("how long before an Atlas 75 ships? and the Lumen 3-Group?").
SAME_ASK = {"lead time": ("ships within",), "ships within": ("lead time",)}


@dataclass(frozen=True)
class Section:
    """One ``##`` section of a document."""

    heading: str
    lines: list[str]

    @property
    def specs(self) -> list[tuple[str, str]]:
        return [
            (m.group(1).strip(), m.group(2).strip()) for ln in self.lines if (m := _SPEC.match(ln))
        ]

    @property
    def sentences(self) -> list[str]:
        return sentences_of(self.lines)


def sentences_of(lines: list[str]) -> list[str]:
    """Prose sentences (list items each count as one), markdown emphasis removed."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", "\n".join(lines)):
        items = [re.sub(r"^\s*[-*+]\s+", "", ln) for ln in block.splitlines() if ln.strip()]
        is_list = any(re.match(r"^\s*[-*+]\s+", ln) for ln in block.splitlines())
        parts = (
            items if is_list else sentences(" ".join(ln.strip() for ln in items), capitalised=True)
        )
        out.extend(re.sub(r"\*\*|__|`", "", p).strip() for p in parts if p.strip())
    return out


def split_sections(text: str) -> tuple[str, list[Section]]:
    """The document title (``#``) and its ``##``/``###`` sections."""
    title = ""
    found: list[Section] = []
    for line in text.splitlines():
        heading = re.match(r"^(#{1,3})\s+(.+?)\s*#*\s*$", line)
        if heading and len(heading.group(1)) == 1 and not title:
            title = heading.group(2)
        elif heading and len(heading.group(1)) > 1:
            found.append(Section(heading.group(2), []))
        elif found:
            found[-1].lines.append(line)
    return title, found


def parse_price(text: str) -> Price | None:
    """The first dollar price in ``text`` with its unit ("$79 per location per month")."""
    match = _PRICE.search(text)
    if match is None:
        return None
    unit = " ".join(match.group("unit").split()) or None
    return Price(
        text=match.group("text").strip(),
        amount=float(match.group("amount").replace(",", "")),
        unit=unit,
    )


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def kind_for(title: str, heading: str) -> str:
    """ "Espresso Machines" -> "espresso machine"; a mixed title uses the heading's tail."""
    tail = re.match(r"^.*?\b((?:[a-z][a-z-]*\s?)+)$", heading)
    mixed = " and " in title.lower() or ":" in title
    if mixed and tail:
        return tail.group(1).strip()
    words = title.lower().split()
    return " ".join([*words[:-1], _singular(words[-1])]) if words else "item"


def _entity_sections(sections: list[Section]) -> list[Section]:
    chosen = []
    for section in sections:
        if len(section.specs) >= 2 or any(_PRICE_SENTENCE.search(s) for s in section.sentences):
            chosen.append(section)
    return chosen


def _attributes(section: Section) -> tuple[dict[str, str], Price | None]:
    attributes = {label.lower(): value for label, value in section.specs}
    price_text = attributes.get("price") or next(
        (s for s in section.sentences if _PRICE_SENTENCE.search(s)), ""
    )
    price = parse_price(price_text)
    if price is not None:
        attributes.setdefault("price", price.text)
    return attributes, price


def _number_variants(alias: str) -> set[str]:
    words = alias.split()
    spelled = " ".join(DIGIT_WORDS.get(int(w), w) if w.isdigit() else w for w in words)
    return {alias, spelled, digits_for_words(alias)}


def _aliases(name: str, family: str | None, attributes: dict[str, str], kind: str) -> list[str]:
    base = normalise(name)
    found = set(_number_variants(base))
    words = name.split()
    rest = normalise(" ".join(words[1:]))
    model_like = re.match(r"^\d+ [a-z]+$", rest) is not None  # "1 group" of "Pico 1-Group"
    if (family or model_like) and re.search(r"[a-z]", rest) and len(words) > 1:
        found |= _number_variants(rest)
    trimmed = normalise(name).removesuffix(f" {kind.split()[-1]}")
    if trimmed != normalise(name) and len(trimmed) > 3:
        found.add(trimmed)  # "multi site" for "Multi-site plan"
    if trimmed != normalise(name):
        found.add(f"{trimmed} {normalise(kind)}")  # "pro maintenance plan" for "Pro plan"
    if len(words) >= 3:
        found.add(normalise(" ".join(words[:2])))
    head = kind.split()[-1]
    if len(words) >= 3 and rest.endswith(f" {head}") and not rest[0].isdigit():
        # "cold brew blend" of "Harbor Cold Brew Blend" ("2 batch brewer" would eat a count)
        found.add(rest)
    for use in re.split(r",| and | or ", attributes.get("best for", "")):
        noun = normalise(use).split()
        if noun:
            found.add(f"{_singular(noun[-1])} {head}")
    return sorted(found - {base})


def _prefix_alias(name: str, firsts: dict[str, int]) -> str | None:
    first = name.split()[0]
    if len(name.split()) < 2 or not first.isalpha() or not first[:1].isupper():
        return None
    if first.lower() in _COMMON_FIRST_WORDS:
        return None
    return normalise(first) if firsts.get(first, 0) == 1 and len(first) > 3 else None


def _fill_terms(
    entity: Entity, sentences: list[str], names: list[str], families: set[str]
) -> Entity:
    """Warranty and lead time from sentences naming this entity (or naming none of the doc's)."""
    attrs = dict(entity.attributes)
    mine = normalise(entity.name)
    family = normalise(entity.family or "\0")
    for sentence in sentences:
        flat = f" {normalise(sentence)} "
        named = [n for n in names if f" {n} " in flat]
        if named and mine not in named:
            continue
        other_family = any(f" {fam} " in flat for fam in families - {family})
        if not named and other_family:
            continue
        for key, pattern, form in (
            ("warranty", _WARRANTY, "{}-year"),
            ("lead time", _LEAD, "{}-week"),
            ("ships within", _SHIPS, "{}"),
        ):
            match = pattern.search(sentence)
            if match and key not in attrs and (key != "ships within" or not named):
                attrs[key] = form.format(match.group(1))
    return entity.model_copy(update={"attributes": attrs})


def entities_of(source: str, text: str) -> list[Entity]:
    """The entities one markdown document defines."""
    title, sections = split_sections(text)
    chosen = _entity_sections(sections)
    names = [title if s.heading.lower() in _GENERIC_HEADINGS else s.heading for s in chosen]
    firsts: dict[str, int] = {}
    for name in names:
        firsts[name.split()[0]] = firsts.get(name.split()[0], 0) + 1
    entities = []
    for section, name in zip(chosen, names, strict=True):
        first = name.split()[0]
        family = first if firsts[first] > 1 and len(name.split()) > 1 else None
        attributes, price = _attributes(section)
        kind = kind_for(title, section.heading)
        aliases = _aliases(name, family, attributes, kind)
        prefix = _prefix_alias(name, firsts) if len(section.specs) >= 2 else None
        entities.append(
            Entity(
                name=name,
                kind=kind,
                family=family,
                aliases=sorted({*aliases, *filter(None, [prefix])}),
                attributes=attributes,
                price=price,
                facts=section.sentences,
                source=source,
                title=title,
                heading=section.heading,
            )
        )
    chosen_headings = {s.heading for s in chosen}
    every = [
        s
        for section in sections
        for s in section.sentences
        if section.heading in chosen_headings or not _about_another(section.heading, s)
    ]
    flat_names = [normalise(n) for n in names]
    families = {normalise(e.family) for e in entities if e.family}
    return [_fill_terms(entity, every, flat_names, families) for entity in entities]


def _about_another(heading: str, sentence: str) -> bool:
    """Whether a sentence of a section that is no entity talks about that section's own named
    thing ("The Tern has a 12-year warranty" under "Tern string inverter"): its terms are not
    the document's entities' terms."""
    first = heading.split()[0] if heading.split() else ""
    return bool(first[:1].isupper() and re.search(rf"(?<!^)\b{re.escape(first)}\b", sentence))


def build_catalog(documents: list[tuple[str, str]]) -> Catalog:
    """The catalog of ``(source path, markdown text)`` documents, in the order given."""
    entities = [e for source, text in documents for e in entities_of(source, text)]
    return Catalog(entities=_unique_aliases(entities))


def _unique_aliases(entities: list[Entity]) -> list[Entity]:
    """Drop aliases two entities share ("1 group"), so an alias always names one entity."""
    counts: dict[str, int] = {}
    for entity in entities:
        for alias in {normalise(entity.name), *entity.aliases}:
            counts[alias] = counts.get(alias, 0) + 1
    return [
        e.model_copy(update={"aliases": [a for a in e.aliases if counts[a] == 1]}) for e in entities
    ]
