"""The knowledge base as the chat sees it: grounded answers and the company facts.

The company facts the chat states (the sales team's hours and contact, the emergency repair
line) and the product words (never taken for a name) are read from one place, the served
bundle (:class:`Served`): from the facts its builder extracted (``facts.json``), searched only
in a bundle whose facts lack them.

Wraps the retriever (which may be missing when no bundle could be loaded: the chat then says it
cannot look things up rather than failing). Search runs in a worker thread so it overlaps with
the brain's own detections.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from shared.catalog import Catalog
from shared.catalog.terms import emergency_line_from
from shared.chat.subjects import (
    asks_for_something,
    recent_subject,
    said_again,
    section_of,
    subject_topic,
)
from shared.conversation.gazetteer import product_words
from shared.conversation.topics import (
    ASKED,
    COMPUTED,
    CREDITED,
    GENERAL,
    PENDING,
    answers_so_far,
    entry,
    order_topic,
    pending_ask,
    recent_attribute,
    recent_computed,
    recent_credited,
    recent_entities,
    recent_order,
    recent_topic,
)
from shared.rag.answering import Answerer
from shared.rag.candidates import asked_of, chosen
from shared.rag.delivery import served_area
from shared.rag.retriever import Retriever
from shared.rag.revised import revision
from shared.rag.types import Answer, Chunk, ScoredChunk, Source
from shared.understanding.asked import asks_eligibility
from shared.understanding.entities.places import zones_of
from shared.understanding.intents import IntentModel
from shared.understanding.reference import asks_minimum_only
from shared.understanding.revisions import keepable
from shared.understanding.sentences import sentences
from shared.understanding.visitor_model import TypeModel

log = logging.getLogger(__name__)
HOURS_QUERY = "sales team hours Monday to Friday Pacific Time phone"
EMERGENCY_QUERY = "emergency repair line hours"
HOURS_SENTENCE = re.compile(r"[^.\n]*\bMonday\b[^.\n]*\d[^.\n]*(?:Time|PT)\b[^.\n]*", re.I)
UNAVAILABLE = Answer(
    text="I can't look that up right now. Our sales team will be happy to answer it.",
    sources=[],
    grounded=False,
)


PASSAGES = 4  # retrieved chunks given to the LLM's reply call (the brief: top 3-5)


def topic_of(hit: ScoredChunk) -> str:
    return f"{hit.chunk.source}#{hit.chunk.heading}"


def _order_kept(answerer: Answerer, question: str, result: Answer) -> list[str]:
    """The order a follow-up leans on after this answer: the weights the question stated
    ("15 lb foundry plus 5 lb of the decaf", so "and do we pay delivery on that?" is priced on
    20 lb, not on one bag of each), else the answer's own order."""
    if not result.order:
        return []
    weighed = answerer.weighed_order(question)
    same = {_item(line) for line in weighed} == {_item(line) for line in result.order}
    return weighed if weighed and same else result.order


def _item(line: str) -> str:
    """The item of an order line ("Foundry Espresso=15" -> "Foundry Espresso")."""
    return line.split("=", 1)[0]


def _answered(result: Answer) -> list[str]:
    """The topic entry of an answer: its first source with its entities (or its opening)."""
    return [
        f"{s.source}#{'|'.join(result.entities) or result.text[:40]}" for s in result.sources[:1]
    ]


def _repeats(result: Answer, discussed: list[str], attribute: str | None) -> bool:
    """Whether ``result`` was said before: the same source and entities, asked the same (a new
    attribute or a fresh sum is no repeat: "whats that cost" for 25 lb after its price per lb)."""
    topics = _answered(result) if result.grounded else []
    repeated = bool(topics) and topics[0] in discussed and not result.derived
    return repeated and result.attribute == attribute


#: How much nearer in meaning to the question a new answer must be than the one just given
#: ("how much coffee is in it?" after the sample kit is about the kit, as near as the bag sizes:
#: kept; "do your techs come out here or is it some subcontractor" is far nearer the technicians'
#: coverage than the delivery times it was anchored to).
NEARER = 0.1


def _nearer(
    question: npt.NDArray[np.float32], new: npt.NDArray[np.float32], old: npt.NDArray[np.float32]
) -> bool:
    """Whether the answer ``new`` is nearer the question than ``old`` by :data:`NEARER`."""

    def cosine(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> float:
        return float(a @ b) / (float(np.linalg.norm(a) * np.linalg.norm(b)) or 1.0)

    return cosine(question, new) - cosine(question, old) >= NEARER


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
        for sentence in sentences(flat):
            match = HOURS_SENTENCE.search(sentence) if "sales" in sentence.lower() else None
            if match:
                phrase = re.sub(r"^.*?\b(Monday)", r"\1", match.group(0)).strip(" -*:")
                return re.split(r"[;(]", phrase)[0].strip().rstrip(",")
    return None


WEB_SHOP = re.compile(r"\b(?:web\s*shop|online\s+(?:shop|store)|web\s+store)\b", re.I)


def home_buyers_from(chunks: Sequence[Chunk]) -> str | None:
    """The knowledge base's sentence on where home buyers shop ("... home customers are served
    by our web shop."), told to a home visitor who asks to buy: the first sentence naming both,
    read from the chunks without a search (nothing is embedded at start)."""
    for chunk in chunks:
        flat = " ".join(chunk.text.replace("**", "").split())
        for sentence in sentences(flat):
            if WEB_SHOP.search(sentence) and re.search(r"\bhome\b", sentence, re.I):
                return sentence
    return None


def delivered_from(chunks: Sequence[Chunk]) -> tuple[str, frozenset[str]]:
    """The area the knowledge base says the company delivers to ("We deliver across the United
    States and Canada"), with its zones; ("", empty) when it states none."""
    rows = [(s, chunk.source) for chunk in chunks for s in sentences(" ".join(chunk.text.split()))]
    return served_area(rows)


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


@dataclass(frozen=True)
class Served:
    """One bundle and everything derived from it, swapped as a whole (never field by field),
    so a turn never mixes an old bundle's answers with a new one's facts."""

    retriever: Retriever | None = None
    answerer: Answerer | None = None
    sales_hours: str | None = None
    sales_contact: str | None = None
    emergency_line: str | None = None
    products: frozenset[str] = frozenset()
    home_buyers: str | None = None
    delivered_text: str = ""  # "the United States and Canada": where the company delivers
    delivered: frozenset[str] = frozenset()  # the gazetteer's zones of ``delivered_text``

    @classmethod
    def of(cls, retriever: Retriever | None) -> Served:
        """Derive everything the chat reads from a bundle (pure apart from the searches made
        for a fact the bundle's facts lack)."""
        if retriever is None:
            return cls()
        facts = retriever.facts  # the company facts the bundle carries, preferred
        hours, contact = facts.sales_hours, facts.sales_contact
        if hours is None or contact is None:
            company = retriever.search(HOURS_QUERY, k=4, category="company")
            hours = hours or sales_hours_from(company)
            contact = contact or sales_contact_from(company)
        if hours is None:
            log.warning("sales hours not found in the knowledge base")
        area, zones = delivered_from(retriever.chunks)
        return cls(
            retriever=retriever,
            answerer=Answerer(retriever),
            sales_hours=hours,
            sales_contact=contact,
            emergency_line=emergency_line_of(retriever),
            products=frozenset(w.lower() for w in product_words(retriever.chunks)),
            home_buyers=home_buyers_from(retriever.chunks),
            delivered_text=area,
            delivered=zones,
        )


def emergency_line_of(retriever: Retriever) -> str | None:
    """The knowledge base's emergency repair line sentence, offered with urgent repairs: from
    the bundle's facts, else searched."""
    fact = retriever.facts.facts.get("emergency line")
    line = emergency_line_from([" ".join(fact.sentences)]) if fact else None
    if line is None:
        hits = retriever.search(EMERGENCY_QUERY, k=4)
        line = emergency_line_from([h.chunk.text for h in hits])
    return line


class Knowledge:
    """Answers questions from the bundle; remembers nothing itself (topics go to the state).

    The served bundle is one :class:`Served` object, replaced in a single assignment by
    :meth:`use` (a bundle watcher thread calls it); a turn reads it once.
    """

    def __init__(self, retriever: Retriever | None, passages: bool = False) -> None:
        self.passages = passages  # also gather passages for the LLM's reply call (LLM mode)
        self._served = Served.of(retriever)

    def use(self, retriever: Retriever | None) -> None:
        """Serve from ``retriever`` from now on (derived facts computed before the swap)."""
        self._served = Served.of(retriever)

    @property
    def served(self) -> Served:
        return self._served

    @property
    def available(self) -> bool:
        return self._served.retriever is not None

    def intents(self) -> IntentModel | None:
        """The served bundle's intent classifier (None: no bundle, or one built without it)."""
        retriever = self._served.retriever
        return retriever.intents if retriever else None

    def types(self) -> TypeModel | None:
        """The served bundle's visitor-type classifier (None: no bundle, or built without it)."""
        retriever = self._served.retriever
        return retriever.types if retriever else None

    def products(self) -> frozenset[str]:
        """The served bundle's product and blend words, lower case (never taken for a name)."""
        return self._served.products

    @property
    def sales_hours(self) -> str | None:
        return self._served.sales_hours

    @property
    def sales_contact(self) -> str | None:
        return self._served.sales_contact

    @property
    def emergency_line(self) -> str | None:
        return self._served.emergency_line

    @property
    def home_buyers(self) -> str | None:
        return self._served.home_buyers

    @property
    def delivered_text(self) -> str:
        return self._served.delivered_text

    def unserved(self, whereabouts: list[str]) -> bool | None:
        """Whether every place the visitor said they are at lies outside the area the company
        delivers to; None when they named none, or the bundle states no such area."""
        delivered = self._served.delivered
        if not whereabouts or not delivered:
            return None
        return all(not delivered & zones_of(place) for place in whereabouts)

    async def lookup(
        self,
        question: str,
        discussed: list[str],
        details: Mapping[str, object] | None = None,
        last_reply: str | None = None,
    ) -> Lookup:
        """A grounded answer and its topics; ``repeated`` when it was already given.

        ``discussed`` is the conversation's topic list: besides the sources answered, it
        holds "recent:" entries naming the entities of each answer, which resolve follow-ups
        ("and the 3 group?") without any other state. ``details`` are the visitor's collected
        fields (see :meth:`shared.rag.answering.Answerer.answer`). ``last_reply`` is the chat's
        reply just given: a fragment asking only an attribute ("what hours") is answered by
        the one sentence of it that carries that attribute (see :func:`said_again`).
        """
        served = self._served  # one bundle for the whole turn, even if a refresh swaps it
        if served.answerer is None:
            return Lookup(UNAVAILABLE)
        assert served.retriever is not None
        again = said_again(question, last_reply, served.retriever.chunks)
        if again is not None:  # the subject the visitor asked about, not a new search's
            return Lookup(again, _answered(again))
        recent = recent_entities(discussed)
        pending = pending_ask(discussed)
        picked = chosen(question, recent, served.retriever.catalog) if pending else None
        if pending and picked:  # "the smaller one" after "Which one do you mean: ...?"
            question, recent = asked_of(pending, picked), [picked.name]
        attribute = recent_attribute(discussed)
        # a repeat is the same answer asked the same of an item: an attribute asked of none
        # before ("how long to get here?") makes no new question of the one after it
        focus = recent_attribute(discussed, general=False)
        order = recent_order(discussed)
        subject = recent_subject(discussed)
        credited = recent_credited(discussed)
        computed = recent_computed(discussed)
        catalog = served.retriever.catalog
        revised = revision(catalog, question, order, recent, attribute, computed)
        if revised is not None:  # "drop the clarity, total now?", "make that 14": done again
            question, order = revised.question, revised.order
        result, passages = await asyncio.to_thread(
            self._answer, served, question, recent, attribute, details, order, subject, credited
        )
        if revised is not None and revised.note and result.grounded and result.derived:
            result.text = f"{revised.note}{result.text}"
        # "how much do we need to order" after the custom blend: its threshold again, never
        # the general minimum it would find alone
        on_threshold = subject is not None and asks_minimum_only(question)
        # read against the section just quoted, a question gets that section again: one
        # pointing back only by "it" with words that section never says ("do your techs come
        # here or is it some partner" after the delivery times) is weighed against its own
        # answer as a repeat is
        anchored = subject is not None and served.answerer.strays_from(question, subject)
        # "we only have 2 shops, does it apply to us?" after the Multi-site plan: its condition,
        # from the section just quoted, is what is asked; no repeat to read apart
        qualifying = bool(result.entities) and asks_eligibility(question)
        if (
            (_repeats(result, discussed, focus) or anchored)
            and (recent or attribute or subject)
            and not on_threshold
            and not qualifying
        ):
            # read with the conversation's focus, the question gets the answer just given;
            # a new question ("and a maintenance plan for it, which one?" after its power, "do
            # your techs come out here or is it some subcontractor" after delivery) read on
            # its own may find its own answer: taken when it is a new one
            alone, apart = await asyncio.to_thread(
                self._answer, served, question, [], None, details, order, None
            )
            # read apart from the section it leaned on, the question may not bring an item it
            # never names ("we use 120 lb a month, mostly espresso. any discount at that
            # volume" is no question about the Foundry Espresso)
            guessed = anchored and not served.answerer.names_all(question, alone.entities)
            if alone.grounded and not guessed and not _repeats(alone, discussed, focus):
                assert served.retriever is not None
                # the answer just given is as near as its nearest sentence ("... or change it
                # up to 2 days before dispatch" to "until when can i change it")
                said = [result.text, *sentences(result.text)]
                vectors = served.retriever.embed([question, alone.text, *said])
                if all(_nearer(vectors[0], vectors[1], old) for old in vectors[2:]):
                    result, passages = alone, apart
        if not result.grounded:
            return Lookup(result, passages=passages)
        topics = _answered(result)
        repeated = _repeats(result, discussed, focus)
        if result.entities:
            topics.append(recent_topic(discussed, result.entities))
            if result.attribute:  # numbered as the answer's "recent:" entry just made
                answer = answers_so_far(discussed) + 1
                topics.append(entry(ASKED, answer, result.attribute))
        elif result.attribute:  # "whats the warranty on": asked of no item, kept for the next
            topics.append(entry(GENERAL, answers_so_far(discussed), result.attribute))
        if result.choices:  # asked back which item: the question waits for the pick
            topics.append(entry(PENDING, answers_so_far(discussed) + 1, question))
        if result.credited:  # "so what would we pay for the lumen after that"
            answers = answers_so_far([*discussed, *topics])
            topics.append(entry(CREDITED, answers, result.credited))
        if result.derived and keepable(question):  # "make that 14" redoes it
            answers = answers_so_far([*discussed, *topics])
            topics.append(entry(COMPUTED, answers, question))
        kept = _order_kept(served.answerer, question, result)
        if kept and kept != order:
            topics.append(order_topic(discussed, kept))
        assert served.retriever is not None
        heading = section_of(result, served.retriever.chunks, served.retriever.catalog)
        if heading:  # "how much coffee is in it?" after the sample kit
            topics.append(subject_topic(discussed, heading))
        return Lookup(result, topics, repeated=repeated, passages=passages)

    def mentioned(self, message: str, discussed: list[str]) -> list[str]:
        """The "recent:" topic of the catalog items a message that is not looked up names
        ("looking at the lumen 3grp"), so the next question's "it" is that item, and the
        "order:" topic of the amounts it states ("25 lb of the harbor"); none when
        it names none or the knowledge base is not loaded. A message asking for a thing
        without naming it ("need something for cold brew", "can i get a free sample?") gets
        the one item or the section its answer would give (its answer is not shown)."""
        served = self._served
        if served.answerer is None or served.retriever is None:
            return []
        named = served.answerer.named(message)
        # "plus the big grinder" after the 2-group: the order so far with it added
        order, recent = recent_order(discussed), recent_entities(discussed)
        if named:  # "putting in an order for 25 lb of the harbor": its order too
            added = served.answerer.added_order(message, named, order, recent)
            weighed = served.answerer.weighed_order(message) or added
            return [recent_topic(discussed, named)] + (
                [order_topic(discussed, weighed)] if weighed else []
            )
        if not asks_for_something(message):
            return []
        found = served.answerer.answer(message)
        if found.grounded and len(found.entities) == 1:
            added = served.answerer.added_order(message, found.entities, order, recent)
            ordered = [order_topic(discussed, added)] if added else []
            return [recent_topic(discussed, found.entities), *ordered]
        heading = section_of(found, served.retriever.chunks, served.retriever.catalog)
        return [subject_topic(discussed, heading)] if heading else []

    def _answer(
        self,
        served: Served,
        question: str,
        recent: list[str],
        attribute: str | None,
        details: Mapping[str, object] | None = None,
        order: list[str] | None = None,
        subject: str | None = None,
        credited: str | None = None,
    ) -> tuple[Answer, list[Passage]]:
        """The extractive answer and, with ``passages`` on, what a model may answer from (the
        catalog facts of the answer's entities, then the top retrieved chunks)."""
        assert served.answerer is not None
        assert served.retriever is not None
        result = served.answerer.answer(
            question, recent, attribute, details, order, subject, credited
        )
        if not self.passages:
            return result, []
        retriever = served.retriever
        hits = retriever.search(question, k=PASSAGES)
        categories = {c.source: c.category for c in retriever.chunks}
        facts = entity_passages(retriever.catalog, result.entities or recent, categories)
        return result, [*facts, *(chunk_passage(h) for h in hits)]
