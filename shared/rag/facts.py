"""Company facts and policies, found in the knowledge base by meaning and kept in the bundle.

Each topic (how to reach sales, founding, ownership, roasting, packaging, who we sell to,
returns, payment terms, service area, emergency line, volume discount, ...) is described in
general words; the index builder picks the knowledge-base sentences nearest to that
description (:func:`extract`) and writes them, with the description vectors, into
``facts.json``/``facts.npy``. The answerer reads a company question's topic from the question's
vector (:meth:`CompanyFacts.topic_of`) and answers with that topic's sentences; the chat reads
the sales team's hours and contact from here. Nothing here is a module global: the facts hang
off the loaded bundle and are replaced with it.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from shared.rag.bm25 import tokenize
from shared.rag.errors import BundleCorrupt
from shared.rag.sentences import Sentence

FACTS_FILE = "facts.json"
FACT_VECTORS_FILE = "facts.npy"
#: Topic -> questions a visitor asks about it, in general words (no knowledge-base facts).
TOPICS = {
    "sales contact": [
        "How do I contact your sales team?",
        "How do I contact you or get in touch?",
        "What is your phone number or email?",
        "What is your email address?",
        "How can I reach you by phone?",
        "Where do I email or send my order?",
    ],
    "sales hours": ["What are your opening hours?", "When is the sales team available?"],
    "founded": [
        "When was the company founded?",
        "How long have you been in business?",
        "How long have you been around?",
        "How old is the company?",
        "How long has the company been going?",
    ],
    "location": [
        "Where are you located?",
        "What is your address?",
        "Where is your office or showroom?",
        "Where can I visit you?",
    ],
    "ownership": ["Who owns the company?", "Who are the founders?"],
    "roasting": ["Do you roast the coffee yourselves?", "How fresh is the roast?"],
    "packaging": ["What packaging do you use?", "Are your bags recyclable or compostable?"],
    "customers": [
        "Who do you sell to?",
        "Do you sell to home customers or only businesses?",
        "Can I buy from you for my home or for personal use?",
    ],
    "returns": [
        "What is your return policy?",
        "Can I send something back?",
        "How much do I get refunded if I return it?",
        "Can we return unused equipment, and is there a fee?",
    ],
    "samples": ["Can we try your coffee before we order?", "Do you send free samples?"],
    "payment terms": ["What are your payment terms?", "Can I pay by invoice?"],
    "service area": ["Which areas do you cover?", "Do your technicians come to my region?"],
    "delivery": ["Where do you deliver and how long does delivery take?"],
    "free delivery": [
        "How big must an order be for free delivery?",
        "When is shipping free?",
    ],
    "custom blend": [
        "Can you make a custom house blend for us?",
        "How much do we need to order for our own blend?",
    ],
    "emergency line": ["When is the emergency repair line open?"],
    "volume discount": ["Do you give a discount for bulk or large orders?"],
    "leasing": ["Can I lease or finance equipment?", "Do you offer loans or financing?"],
    "certifications": ["What certifications or licences do you have?"],
}
PROTOTYPES = [(topic, q) for topic, questions in TOPICS.items() for q in questions]
MIN_FACT = 0.45  # a section below this similarity to a topic's questions is not its fact
NEAR = 0.3  # a sentence of the best one's section this close to it joins the fact
SECTION_SENTENCES = 3  # a fact quotes at most this many sentences of its section
_EMAIL = re.compile(r"\b[\w.+-]+@[\w.-]+\.[a-z]{2,}\b", re.I)
_PHONE = re.compile(r"(?:\+?\(?\d[\d ()-]{7,}\d)")
_HOURS = re.compile(
    r"\b(Monday|Mon)\b[^.;]*?\d{1,2}[:.]\d{2}[^.;]*?\d{1,2}[:.]\d{2}(?:\s+[A-Z][a-z]+ Time|\s+PT)?"
)
_SPAN = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:to|-|–|until)\s*(\d{1,2})[:.](\d{2})")
_DAY_LONG = re.compile(r"\b(24)[- ]hours?\b|\b24/7\b", re.I)
#: Topic -> the shape a sentence stating it has in any company's words (contact details, a
#: year of founding, an ownership form, a list of counties or regions), with the bonus such a
#: sentence gains for that topic, so a fact is found when its wording is far from the questions.
#: Contact details are unambiguous, so they weigh twice as much.
CUES = {
    "sales contact": (re.compile(f"{_EMAIL.pattern}|{_PHONE.pattern}", re.I), 0.3),
    "sales hours": (_SPAN, 0.15),
    "founded": (
        re.compile(
            r"\b(?:founded|established|started|since)\b[^.]{0,40}\b(?:18|19|20)\d\d\b", re.I
        ),
        0.15,
    ),
    "ownership": (re.compile(r"\b(?:[a-z]+-owned|owned by|owners?|founded by)\b", re.I), 0.15),
    "service area": (re.compile(r"\b(?:count(?:y|ies)|regions?|areas?)\b", re.I), 0.15),
}


#: Topic -> the words a visitor asks it by whatever else the question is about ("the bags are
#: still sealed, can we send them back" is a return, not packaging), with the bonus such a
#: question gains for that topic over its nearness in meaning.
ASKED_BY = {
    "returns": (
        re.compile(
            r"\b(?:send|ship|take|bring|mail|give)\w*\s+(?:\w+\s+){0,3}?back\b"
            r"|\b(?:return(?:s|ed|ing)?|refund\w*|restocking)\b",
            re.I,
        ),
        0.15,
    ),
    # "what hours is the emergency number", "is the emergency line 24/7": not the sales line
    "emergency line": (re.compile(r"\bemergenc(?:y|ies)\b", re.I), 0.15),
    # what delivery costs, whatever the order is said to be ("does shipping cost extra on a
    # small coffee order", "any delivery charge for smaller orders", "do we pay for shipping")
    "free delivery": (
        re.compile(
            r"\b(?:shipping|delivery|postage|freight)\s+(?:\w+\s+){0,2}?"
            r"(?:costs?|charges?|charged|fees?|extra)\b"
            r"|\b(?:pay|paying|charged?)\s+(?:extra\s+)?(?:for\s+)?(?:shipping|delivery|postage)\b",
            re.I,
        ),
        0.15,
    ),
    # the trade's word for a product made for the visitor alone (see question.as_custom)
    "custom blend": (re.compile(r"\bcustom\s+(?:house\s+)?(?:blend|coffee|roast)s?\b", re.I), 0.15),
}


#: Topic -> the words without one of which a question is not about it, however near its
#: meaning: "what's the minimum per delivery" is near "how big must an order be for free
#: delivery" but asks no free delivery.
ASKED_ONLY_BY = {
    # "shipping" and what it costs to ship, not the verb of when ("when would a lumen 3 group
    # get shipped?" asks its lead time)
    "free delivery": re.compile(
        r"\bfree\b|\bshipping\b|\bpostage\b|\bdelivery\s+(?:fees?|charges?|costs?)\b"
        r"|\b(?:cost|charge|pay)\w*\s+(?:\w+\s+){0,3}?to\s+ship\b",
        re.I,
    ),
}


class Fact(BaseModel):
    """What the knowledge base says about one topic."""

    topic: str
    sentences: list[str]
    source: str
    title: str
    category: str
    score: float


class CompanyFacts(BaseModel):
    """The company's facts by topic, the sales contact values, and the build's conflicts."""

    facts: dict[str, Fact] = Field(default_factory=dict)
    topics: list[str] = Field(default_factory=list)  # the topic of each row of facts.npy
    sales_phone: str | None = None
    sales_email: str | None = None
    sales_hours: str | None = None
    conflicts: list[str] = Field(default_factory=list)
    name: str | None = None  # the company's own name ("Copperline Coffee Co.")
    vectors: list[list[float]] = Field(default_factory=list, exclude=True)

    @property
    def sales_contact(self) -> str | None:
        """ "+1 503 555 0142 or sales@copperline.coffee" (what is known of the two)."""
        found = [v for v in (self.sales_phone, self.sales_email) if v]
        return " or ".join(found) or None

    def as_company(self, text: str) -> str:
        """``text`` with the company's own name said as "the company": a name the embedding
        model never learnt pulls a question away from the topics' general questions ("how
        long has Copperline been around" is far from "how long have you been around")."""
        words = (self.name or "").split()
        if not words:
            return text
        rest = "".join(rf"(?:\s+{re.escape(w)})?" for w in words[1:])
        return re.sub(rf"\b{re.escape(words[0])}{rest}(?!\w)", "the company", text, flags=re.I)

    def asked_by_words(self, topic: str, text: str) -> bool:
        """Whether ``text`` asks ``topic`` by the topic's own words (:data:`ASKED_BY`)."""
        return topic in ASKED_BY and bool(ASKED_BY[topic][0].search(text))

    def topic_of(self, vector: npt.NDArray[np.float32], text: str = "") -> tuple[str, float] | None:
        """The topic whose questions are nearest to a question vector, with the cosine; a
        topic the question's ``text`` asks by its own words (:data:`ASKED_BY`) gains its bonus,
        one it says none of the words of (:data:`ASKED_ONLY_BY`) is not a candidate."""
        if not self.vectors:
            return None
        scores = np.asarray(self.vectors, dtype=np.float32) @ vector.reshape(-1)
        for topic, (_, bonus) in ASKED_BY.items():
            if text and self.asked_by_words(topic, text):
                scores = scores + bonus * np.asarray([t == topic for t in self.topics])
        for topic, needed in ASKED_ONLY_BY.items():
            if text and not needed.search(text):
                scores = np.where([t == topic for t in self.topics], -1.0, scores)
        n = int(np.argmax(scores))
        return self.topics[n], float(scores[n])

    def save(self, folder: Path) -> list[str]:
        """Write ``facts.json`` and ``facts.npy``; return their names."""
        (folder / FACTS_FILE).write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")
        np.save(folder / FACT_VECTORS_FILE, np.asarray(self.vectors, dtype=np.float32))
        return [FACTS_FILE, FACT_VECTORS_FILE]

    @classmethod
    def open(cls, folder: Path) -> CompanyFacts:
        """Read the two files of a bundle folder."""
        try:
            facts = cls.model_validate_json((folder / FACTS_FILE).read_bytes())
            vectors = np.load(folder / FACT_VECTORS_FILE, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise BundleCorrupt("The bundle's company facts cannot be read.") from exc
        facts.vectors = vectors.tolist()
        return facts


def extract(
    sentences: list[Sentence],
    vectors: npt.NDArray[np.float32],
    prototype_vectors: npt.NDArray[np.float32],
) -> CompanyFacts:
    """The facts of every topic (the nearest section's sentences), sales values, conflicts.

    ``prototype_vectors`` are the embeddings of :data:`PROTOTYPES`' questions, in order.
    """
    labels = [topic for topic, _ in PROTOTYPES]
    result = CompanyFacts(topics=labels, vectors=prototype_vectors.tolist())
    every = vectors @ prototype_vectors.T if len(sentences) else np.zeros((0, len(labels)))
    for topic in TOPICS:
        columns = [n for n, label in enumerate(labels) if label == topic]
        scores = np.asarray(
            every[:, columns].max(axis=1) if len(sentences) else np.zeros(0), dtype=np.float32
        )
        fact = _fact(topic, sentences, scores, cue_bonus(topic, sentences))
        if fact is not None:
            result.facts[topic] = fact
            heading = sentences[int(np.argmax(scores))].heading
            result.conflicts.extend(_conflicts(fact, heading, sentences))
    _sales_values(result)
    result.name = own_name(result)
    return result


def own_name(facts: CompanyFacts) -> str | None:
    """The company's name: the title of the page stating its founding or owners ("About
    Copperline Coffee Co."), without the "About" a page about it opens with."""
    fact = facts.facts.get("founded") or facts.facts.get("ownership")
    if fact is None:
        return None
    name = re.sub(r"^(?:about|who is|who are)\s+", "", fact.title.strip(), flags=re.I).strip()
    return name if name and name[0].isupper() else None


def cue_bonus(topic: str, sentences: list[Sentence]) -> npt.NDArray[np.float32]:
    """The topic's cue bonus for each sentence with the shape of a statement of it, else 0."""
    if topic not in CUES:
        return np.zeros(len(sentences), dtype=np.float32)
    cue, bonus = CUES[topic]
    return np.asarray([bool(cue.search(s.text)) for s in sentences], dtype=np.float32) * bonus


def topic_words(topic: str) -> frozenset[str]:
    """The stems of a topic's general questions ("email", "address", "phone", ...)."""
    return frozenset(tokenize(" ".join(TOPICS.get(topic, []))))


def _fact(
    topic: str,
    sentences: list[Sentence],
    meaning: npt.NDArray[np.float32],
    bonus: npt.NDArray[np.float32],
) -> Fact | None:
    """The best sentence by meaning plus cue bonus, with the sentences of its section nearly
    as near by meaning alone (at most three)."""
    scores = meaning + bonus
    if not len(scores) or float(scores.max()) < MIN_FACT:
        return None
    first = int(np.argmax(scores))
    top = sentences[first]
    section = [
        n for n, s in enumerate(sentences) if s.source == top.source and s.heading == top.heading
    ]
    best = max(float(meaning[n]) for n in section)
    near = [n for n in section if n != first and meaning[n] >= best - NEAR]
    ranked = sorted(near, key=lambda n: -meaning[n])[: SECTION_SENTENCES - 1]
    chosen = sorted([first, *ranked])
    return Fact(
        topic=topic,
        sentences=[sentences[n].text for n in chosen],
        source=top.source,
        title=top.title,
        category=top.category,
        score=round(float(scores.max()), 4),
    )


def day_length(text: str) -> set[int]:
    """The daily hours a sentence states: "24-hour" -> 24, "6:00 to 22:00" -> 16."""
    found = {24 for _ in _DAY_LONG.finditer(text)}
    for m in _SPAN.finditer(text):
        start, end = int(m.group(1)) + int(m.group(2)) / 60, int(m.group(3)) + int(m.group(4)) / 60
        found.add(round(end - start) % 24 or 24)
    return found


def _conflicts(fact: Fact, heading: str, sentences: list[Sentence]) -> list[str]:
    """Sentences about a fact's subject (two or more words of its section's heading, "a 24-hour
    emergency line") stating other daily hours than the fact ("6:00 to 22:00")."""
    stated = day_length(" ".join(fact.sentences))
    subject = set(tokenize(heading))
    if not stated or len(subject) < 2:
        return []
    said = " ".join(fact.sentences)
    return [
        f"{fact.topic}: {s.source} says {s.text!r}, but {fact.source} says {said!r}"
        for s in sentences
        if (hours := day_length(s.text))
        and hours != stated
        and len(subject & set(tokenize(s.text))) >= 2
    ]


def _sales_values(facts: CompanyFacts) -> None:
    contact = facts.facts.get("sales contact")
    hours = facts.facts.get("sales hours")
    text = " ".join([*(contact.sentences if contact else []), *(hours.sentences if hours else [])])
    email, phone = _EMAIL.search(text), _PHONE.search(text)
    facts.sales_email = email.group(0) if email else None
    facts.sales_phone = phone.group(0).strip() if phone else None
    span = _HOURS.search(" ".join(hours.sentences)) if hours else None
    facts.sales_hours = span.group(0).strip().rstrip(",") if span else None
