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

from shared.rag.responder import answer as grounded_answer
from shared.rag.retriever import Retriever
from shared.rag.types import Answer, ScoredChunk

log = logging.getLogger(__name__)
HOURS_QUERY = "sales team hours Monday to Friday Pacific Time phone"
HOURS_SENTENCE = re.compile(r"[^.\n]*\bMonday\b[^.\n]*\d[^.\n]*(?:Time|PT)\b[^.\n]*", re.I)
UNAVAILABLE = Answer(
    text="I can't look that up right now. Our sales team will be happy to answer it.",
    sources=[],
    grounded=False,
)


def topic_of(hit: ScoredChunk) -> str:
    return f"{hit.chunk.source}#{hit.chunk.heading}"


@dataclass
class Lookup:
    """A grounded answer and the topics (chunks) it drew on."""

    answer: Answer
    topics: list[str] = field(default_factory=list)
    repeated: bool = False


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

    def __init__(self, retriever: Retriever | None) -> None:
        self._retriever = retriever
        self.sales_hours = self._find_sales_hours()
        self.sales_contact = self._find_sales_contact()

    @property
    def available(self) -> bool:
        return self._retriever is not None

    def _find_sales_hours(self) -> str | None:
        if self._retriever is None:
            return None
        hours = sales_hours_from(self._retriever.search(HOURS_QUERY, k=4, category="company"))
        if hours is None:
            log.warning("sales hours not found in the knowledge base")
        return hours

    def _find_sales_contact(self) -> str | None:
        if self._retriever is None:
            return None
        return sales_contact_from(self._retriever.search(HOURS_QUERY, k=4, category="company"))

    async def lookup(self, question: str, discussed: list[str]) -> Lookup:
        """A grounded answer and its topic; ``repeated`` when that topic was already discussed."""
        if self._retriever is None:
            return Lookup(UNAVAILABLE)
        hits = await asyncio.to_thread(self._retriever.search, question, 4)
        result = grounded_answer(question, named_first(question, hits))
        topics = [topic_of(hits[0])] if result.grounded and hits else []
        return Lookup(result, topics, repeated=bool(topics) and topics[0] in discussed)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def named_first(question: str, hits: list[ScoredChunk]) -> list[ScoredChunk]:
    """Put first the chunk whose heading the question names ("the Lumen 2-Group"), if any.

    Fused ranks barely separate sibling products whose texts mention each other; a heading
    named verbatim is the strongest evidence of what the visitor asks about.
    """
    asked = f" {_norm(question)} "
    named = [
        h
        for h in hits
        if len(_norm(h.chunk.heading)) > 3 and f" {_norm(h.chunk.heading)} " in asked
    ]
    if not named:
        return hits
    best = max(named, key=lambda h: len(h.chunk.heading))
    return [best, *(h for h in hits if h is not best)]
