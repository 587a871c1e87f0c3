"""The entity catalog's values: prices, entities and the catalog with its lookups.

Pure pydantic and ``re``: no FAISS, no embedding model, so every function can import it.
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from shared.catalog.words import normalise


class Price(BaseModel):
    """A price exactly as a source states it: ``text`` "$11.50 per lb" -> 11.5, "per lb"."""

    model_config = ConfigDict(frozen=True)

    text: str
    amount: float = Field(ge=0)
    currency: str = "$"
    unit: str | None = None  # "per lb", "per month", "per location per month", ... or None


class Entity(BaseModel):
    """One product or service of the knowledge base, with what its source says about it."""

    model_config = ConfigDict(frozen=True)

    name: str  # "Lumen 2-Group"
    kind: str  # "espresso machine", "coffee blend", "maintenance plan", ...
    family: str | None = None  # "Lumen" when several entities share it
    aliases: list[str] = Field(default_factory=list)  # normalised ("lumen 2 group", "two group")
    attributes: dict[str, str] = Field(default_factory=dict)  # "price" -> "$9,800", "groups" -> "2"
    price: Price | None = None
    facts: list[str] = Field(default_factory=list)  # sentences of its section, markdown removed
    source: str  # document path relative to the knowledge base
    title: str  # document title
    heading: str  # section heading


class Mention(BaseModel):
    """Where a text names an entity (or a family it belongs to)."""

    model_config = ConfigDict(frozen=True)

    entity: str
    start: int
    end: int
    alias: str


class Catalog(BaseModel):
    """Every entity of one knowledge base, in source order. Built into ``catalog.json``."""

    format: int = 1
    entities: list[Entity] = Field(default_factory=list)

    @cached_property
    def _by_alias(self) -> dict[str, Entity]:
        table: dict[str, Entity] = {}
        for entity in self.entities:
            for alias in [normalise(entity.name), *entity.aliases]:
                table.setdefault(alias, entity)
        return table

    @cached_property
    def _longest_first(self) -> list[tuple[str, re.Pattern[str]]]:
        """Every alias with its pattern (the alias as whole words, a plural "s" allowed),
        longest first: compiled once, not at every call of :meth:`mentions`."""
        aliases = sorted(self._by_alias, key=len, reverse=True)
        return [(alias, re.compile(rf"(?<= ){re.escape(alias)}s?(?= )")) for alias in aliases]

    def get(self, name: str) -> Entity | None:
        """The entity with this name or alias (case, hyphens and spacing ignored)."""
        return self._by_alias.get(normalise(name))

    def kinds(self) -> list[str]:
        """The kinds present, in source order."""
        return list(dict.fromkeys(entity.kind for entity in self.entities))

    def of_kind(self, kind: str) -> list[Entity]:
        """The entities of one kind ("espresso machine"), in source order."""
        return list(self._by_kind.get(normalise(kind), ()))

    @cached_property
    def _by_kind(self) -> dict[str, list[Entity]]:
        """The entities of each normalised kind, in source order (grouped once)."""
        grouped: dict[str, list[Entity]] = {}
        for entity in self.entities:
            grouped.setdefault(normalise(entity.kind), []).append(entity)
        return grouped

    def families(self) -> dict[str, list[Entity]]:
        """Families with their members ("Lumen" -> the 2-Group and 3-Group)."""
        found: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.family:
                found.setdefault(entity.family, []).append(entity)
        return found

    def family_named(self, text: str) -> bool:
        """Whether ``text`` names a family of items by its word ("if we buy a lumen"): items,
        though no one member is named."""
        words = set(normalise(text).split())
        return any(normalise(family) in words for family in self.families())

    def names(self) -> dict[str, str]:
        """A gazetteer: every normalised alias -> the entity's name."""
        return {alias: entity.name for alias, entity in self._by_alias.items()}

    def mentions(self, text: str) -> list[Mention]:
        """Entities named in ``text`` (a plural "2-groups" names the 2-Group too), longest alias
        first, without overlaps, in text order."""
        flat = f" {normalise(text)} "
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []
        for alias, pattern in self._longest_first:
            if alias not in flat:  # the pattern cannot match: skip its scan
                continue
            for match in pattern.finditer(flat):
                span = (match.start(), match.end())
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                taken.append(span)
                found.append(
                    Mention(
                        entity=self._by_alias[alias].name,
                        start=span[0] - 1,
                        end=span[1] - 1,
                        alias=alias,
                    )
                )
        return sorted(found, key=lambda m: m.start)

    def mentioned(self, text: str) -> list[Entity]:
        """The entities named in ``text``, each once, in text order."""
        names = dict.fromkeys(m.entity for m in self.mentions(text))
        return [entity for name in names if (entity := self.get(name)) is not None]

    def priced(self, unit: str | None = None) -> list[Entity]:
        """Entities with a price (only those priced ``unit``, e.g. "per lb", when given)."""
        return [
            e
            for e in self.entities
            if e.price is not None and (unit is None or e.price.unit == unit)
        ]

    def numbers(self) -> set[str]:
        """Every number the catalog states (for checking replies against the sources)."""
        from shared.catalog.words import numbers_in

        found: set[str] = set()
        for entity in self.entities:
            for text in [*entity.attributes.values(), *entity.facts, entity.name]:
                found |= numbers_in(text)
        return found
