"""The knowledge base as the chat sees it: grounded answers and the sales-hours fact.

Wraps the retriever (which may be missing when no bundle could be loaded: the chat then says it
cannot look things up rather than failing). Search runs in a worker thread so it overlaps with
the brain's own detections.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field

from shared.catalog import Catalog
from shared.rag.answering import Answerer
from shared.rag.retriever import Retriever
from shared.rag.types import Answer, ScoredChunk, Source

log = logging.getLogger(__name__)
HOURS_QUERY = "sales team hours Monday to Friday Pacific Time phone"
HOURS_SENTENCE = re.compile(r"[^.\n]*\bMonday\b[^.\n]*\d[^.\n]*(?:Time|PT)\b[^.\n]*", re.I)
UNAVAILABLE = Answer(
    text="I can't look that up right now. Our sales team will be happy to answer it.",
    sources=[],
    grounded=False,
)


PASSAGES = 4  # retrieved chunks given to the LLM's reply call (the brief: top 3-5)

RECENT = "recent:"  # topic entries "recent:N:Name|Name" carry the entities of answer N
ASKED = "asked:"  # topic entries "asked:N:warranty" carry the attribute answer N answered


def topic_of(hit: ScoredChunk) -> str:
    return f"{hit.chunk.source}#{hit.chunk.heading}"


def recent_entities(topics: list[str]) -> list[str]:
    """The entities the latest answer was about (from the conversation's topic list)."""
    marks = [t for t in topics if t.startswith(RECENT)]
    if not marks:
        return []
    latest = max(marks, key=lambda t: int(t.split(":")[1]) if t.split(":")[1].isdigit() else 0)
    return [name for name in latest.split(":", 2)[2].split("|") if name]


def recent_attribute(topics: list[str]) -> str | None:
    """The attribute the latest answer about entities answered, if it answered one."""
    count = sum(t.startswith(RECENT) for t in topics)
    mark = f"{ASKED}{count}:"
    return next((t[len(mark) :] for t in topics if t.startswith(mark)), None)


def recent_topic(topics: list[str], entities: list[str]) -> str:
    """A new, unique "recent:" entry (numbered, so it always sorts after the earlier ones)."""
    count = sum(t.startswith(RECENT) for t in topics)
    return f"{RECENT}{count + 1}:{'|'.join(entities)}"


@dataclass(frozen=True)
class Passage:
    """One source text for the LLM's reply call: a retrieved chunk or an entity's catalog
    facts, with the document it comes from."""

    source: Source
    text: str


@dataclass
class Lookup:
    """A grounded answer and the topics (chunks) it drew on; ``passages`` are the top
    retrieved chunks and the catalog facts of the answer's entities (for the LLM mode)."""

    answer: Answer
    topics: list[str] = field(default_factory=list)
    repeated: bool = False
    passages: list[Passage] = field(default_factory=list)


def chunk_passage(hit: ScoredChunk) -> Passage:
    chunk = hit.chunk
    source = Source(title=chunk.title, category=chunk.category, source=chunk.source)
    return Passage(source, f"{chunk.heading}: {chunk.text}" if chunk.heading else chunk.text)


def entity_passages(
    catalog: Catalog, names: list[str], categories: dict[str, str]
) -> list[Passage]:
    """The catalog facts of each named entity (its price first), as passages; ``categories``
    maps a document to its knowledge-base category."""
    found = []
    for name in names:
        entity = catalog.get(name)
        if entity is None:
            continue
        lines = [f"{entity.name} ({entity.kind})"]
        lines += [f"price: {entity.price.text}"] if entity.price else []
        lines += [f"{k}: {v}" for k, v in entity.attributes.items() if k != "price"]
        category = categories.get(entity.source, "products")
        source = Source(title=entity.title, category=category, source=entity.source)
        found.append(Passage(source, "; ".join([*lines, *entity.facts])))
    return found


def sales_hours_from(hits: list[ScoredChunk]) -> str | None:
    """The sales-hours phrase ("Monday to Friday, 8:00 to 18:00 Pacific Time") in the chunks."""
    for hit in hits:
        flat = " ".join(hit.chunk.text.replace("**", "").split())
        for sentence in re.split(r"(?<=[.!?])\s+", flat):
            match = HOURS_SENTENCE.search(sentence) if "sales" in sentence.lower() else None
            if match:
                phrase = re.sub(r"^.*?\b(Monday)", r"\1", match.group(0)).strip(" -*:")
                return re.split(r"[;(]", phrase)[0].strip().rstrip(",")
    return None


SALES_EMAIL = re.compile(r"\bsales@[\w.-]+\.[a-z]{2,}\b", re.I)
SALES_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")


def sales_contact_from(hits: list[ScoredChunk]) -> str | None:
    """How to reach sales ("+1 503 555 0142 or sales@copperline.coffee") from the chunk naming
    the sales team's hours (read by the conversation engine when a visitor cannot be reached)."""
    for hit in hits:
        text = hit.chunk.text.replace("**", "")
        if "sales" not in text.lower():
            continue
        email, phone = SALES_EMAIL.search(text), SALES_PHONE.search(text)
        found = [m.group(0).strip() for m in (phone, email) if m]
        if found:
            return " or ".join(found)
    return None


class Knowledge:
    """Answers questions from the bundle; remembers nothing itself (topics go to the state)."""

    def __init__(self, retriever: Retriever | None, passages: bool = False) -> None:
        self.passages = passages  # also gather passages for the LLM's reply call (LLM mode)
        self._retriever: Retriever | None = None
        self._answerer: Answerer | None = None
        self.sales_hours: str | None = None
        self.use(retriever)

    def use(self, retriever: Retriever | None) -> None:
        """Serve from ``retriever`` (a bundle loaded by a background retry replaces none)."""
        answerer = Answerer(retriever) if retriever else None
        self._retriever = retriever
        self.sales_hours = self._find_sales_hours()
        self._answerer = answerer
        self.sales_contact = self._find_sales_contact()

    @property
    def available(self) -> bool:
        return self._retriever is not None

    def _find_sales_hours(self) -> str | None:
        if self._retriever is None:
            return None
        if self._retriever.facts.sales_hours:
            return self._retriever.facts.sales_hours
        hours = sales_hours_from(self._retriever.search(HOURS_QUERY, k=4, category="company"))
        if hours is None:
            log.warning("sales hours not found in the knowledge base")
        return hours

    def _find_sales_contact(self) -> str | None:
        if self._retriever is None:
            return None
        if self._retriever.facts.sales_contact:
            return self._retriever.facts.sales_contact
        return sales_contact_from(self._retriever.search(HOURS_QUERY, k=4, category="company"))

    async def lookup(self, question: str, discussed: list[str]) -> Lookup:
        """A grounded answer and its topics; ``repeated`` when it was already given.

        ``discussed`` is the conversation's topic list: besides the sources answered, it
        holds "recent:" entries naming the entities of each answer, which resolve follow-ups
        ("and the 3 group?") without any other state.
        """
        if self._answerer is None:
            return Lookup(UNAVAILABLE)
        recent = recent_entities(discussed)
        attribute = recent_attribute(discussed)
        result, passages = await asyncio.to_thread(self._answer, question, recent, attribute)
        if not result.grounded:
            return Lookup(result, passages=passages)
        topics = [
            f"{s.source}#{'|'.join(result.entities) or result.text[:40]}"
            for s in result.sources[:1]
        ]
        repeated = bool(topics) and topics[0] in discussed
        if result.entities:
            topics.append(recent_topic(discussed, result.entities))
            if result.attribute:
                count = sum(t.startswith(RECENT) for t in discussed) + 1
                topics.append(f"{ASKED}{count}:{result.attribute}")
        return Lookup(result, topics, repeated=repeated, passages=passages)

    def _answer(
        self, question: str, recent: list[str], attribute: str | None
    ) -> tuple[Answer, list[Passage]]:
        """The extractive answer and, with ``passages`` on, what a model may answer from (the
        catalog facts of the answer's entities, then the top retrieved chunks)."""
        assert self._answerer is not None
        assert self._retriever is not None
        result = self._answerer.answer(question, recent, attribute)
        if not self.passages:
            return result, []
        hits = self._retriever.search(question, k=PASSAGES)
        categories = {c.source: c.category for c in self._retriever.chunks}
        facts = entity_passages(self._retriever.catalog, result.entities or recent, categories)
        return result, [*facts, *(chunk_passage(h) for h in hits)]
