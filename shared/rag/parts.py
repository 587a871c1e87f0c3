"""The answer to each part of a message, and the merge of the parts into one reply."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from shared.catalog.model import Entity
from shared.catalog.words import numbers_in
from shared.rag.bm25 import tokenize
from shared.rag.question import GENERIC, size_words
from shared.rag.types import Answer, Chunk, Derivation, Source
from shared.understanding.accents import unaccented
from shared.understanding.guesses import hedges

COVERED = 2 / 3  # share of an unanswered part's topic words the reply holds to count it answered
#: The offer that ends every don't-know.
OFFER = "Would you like me to pass your question to our sales team?"
DONT_KNOW = (
    "I'm sorry, I don't know that one: I couldn't find it in our information, and I'd rather "
    f"not guess. {OFFER}"
)


def gap(text: str, entities: list[Entity] | None = None) -> Part:
    """An honest don't-know that names what is missing ("I don't have information on the
    power of the Atlas 75."): unknown like :data:`DONT_KNOW`, so the reply is not grounded
    when nothing else was answered, but said in these words instead of "I couldn't find X".
    Every gap starts "I don't have" so a reader (and a checker) recognises it as one."""
    shown = entities or []
    evidence = [t for e in shown for t in [*e.attributes.values(), *e.facts, e.name]]
    return Part(text, False, shown, [entity_source(e) for e in shown], evidence)


#: What a reply to a price question says the cost is: an amount, a share, or no charge.
_PRICE_SAID = re.compile(
    r"\$|\d\s*%|\b(?:free|included|includes|no charge|no cost|at no|complimentary)\b", re.I
)


#: A rate asked per unit of time or per call ("hourly rate", "per visit", "a day").
_PER = re.compile(r"\b(?:(hour|day|visit|call)ly|per (hour|day|visit|call)|an? (hour|day|visit))\b")


#: A price for the whole thing, not per unit ("one price or hourly?", "a flat fee or per
#: visit?"): asked beside a rate, the unit is one choice of two.
_WHOLE_PRICE = re.compile(
    r"\b(?:one|single|set|fixed|flat|lump)\s*(?:-\s*)?(?:price|fee|rate|sum|cost)\b", re.I
)


def asks_whole_or_rate(text: str) -> bool:
    """Whether ``text`` asks if a price is whole or per unit ("is it one price or hourly?"):
    an item's own price, said with no unit, answers it."""
    return bool(_WHOLE_PRICE.search(text)) and bool(_PER.search(text.lower()))


#: A cost asked in so many words ("how much", "hourly rate", "what's the fee"), not a way of
#: paying ("can we pay on invoice net 30?").
_RATE_ASKED = re.compile(
    r"\b(?:how much|costs?|costing|prices?|pricing|priced|rates?|fees?|charges?)\b", re.I
)


def asks_rate(text: str) -> bool:
    """Whether ``text`` names a cost in so many words (the caller also reads it as a price
    question: "how much does the Keel 10 hold" names none)."""
    return bool(_RATE_ASKED.search(text))


def says_price(text: str, asked: str = "") -> bool:
    """Whether an answer states a cost ("$120", "10%", "free", "included"), and per the unit
    the ``asked`` question names ("hourly rate": per hour): a price question answered by
    sentences that state none ("what's your hourly rate for a tech?" -> "Grinders in stock ship
    within 5 business days.", or a plan's monthly price) was not answered."""
    per = _PER.search(asked.lower())
    unit = next((g for g in per.groups() if g), "") if per else ""
    if not _PRICE_SAID.search(text):
        return False
    # per the unit, not the unit alone: "repairs within 48 hours" is no hourly rate
    return not unit or any(unit in m.group(0) for m in _PER.finditer(text.lower()))


@dataclass
class Part:
    """The answer to one part of a message."""

    text: str
    known: bool
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    derived: list[Derivation] = field(default_factory=list)
    attribute: str | None = None  # the catalog attribute this part answered ("warranty")
    asked: str = ""  # the part of the visitor's message this answers


def source_of(source: str, title: str) -> Source:
    return Source(title=title, category=source.split("/")[0], source=source)


def entity_source(entity: Entity) -> Source:
    return source_of(entity.source, entity.title)


def chunk_source(chunk: Chunk) -> Source:
    return Source(title=chunk.title, category=chunk.category, source=chunk.source)


def repeats(part: Part, before: Part) -> bool:
    """A part about the same entities saying no number the previous part did not say (the
    numbers of their names aside: "15 kWh" is new after "The Keel 15 is $10,900")."""
    same = bool(part.entities) and {e.name for e in part.entities} <= {
        e.name for e in before.entities
    }
    names = {n for e in part.entities for n in numbers_in(e.name)}  # the 15 of "Keel 15"
    numbers = numbers_in(part.text) - names
    return same and bool(numbers) and numbers <= numbers_in(before.text) - names


UNQUOTED_REST = "The rest I couldn't find in our information; our sales team can answer it."
_QUOTED_REST = re.compile(
    r"I couldn't find \".*?\" in our information; our sales team can answer it\."
)


def gaps_answered(text: str, answered: Callable[[str], bool]) -> str:
    """``text`` without its "I couldn't find "X" ..." sentence when a line put before it
    answers every part it quotes (``answered``): "We deliver to ... only, so not to
    Melbourne." answers "any chance you ship to Australia", said once."""
    found = _QUOTED_REST.search(text)
    if found is None:
        return text
    asked = re.findall(r'"(.*?)"', found.group(0))
    if not asked or not all(answered(a) for a in asked):
        return text
    return " ".join(f"{text[: found.start()]} {text[found.end() :]}".split())


def unquoted(answer: Answer, typed: str = "") -> Answer:
    """The answer without the reader's words quoted back when they were a machine gloss of
    another language, not what the visitor ``typed``: "I couldn't find "..."" becomes "The
    rest I couldn't find ..."; "We don't carry coffee brazilian." becomes "We don't carry
    that."; "Our information doesn't mention Outlet Normal Here by name." goes. A name the
    visitor typed themselves ("Ottawa") is still said."""
    text = _QUOTED_REST.sub(UNQUOTED_REST, answer.text)
    typed_plain = _plain(typed)
    text = _NOT_CARRIED.sub(
        lambda m: m.group(0) if _plain(m.group(1)) in typed_plain else "We don't carry that.", text
    )
    text = _NOT_NAMED.sub(lambda m: m.group(0) if _plain(m.group(1)) in typed_plain else "", text)
    return answer if text == answer.text else answer.model_copy(update={"text": text})


_NOT_CARRIED = re.compile(r"We don't carry (?:an? )?([^.]+)\.")
_NOT_NAMED = re.compile(r"Our information doesn't mention (.+?) by name\.\s*")


def _plain(text: str) -> str:
    """Lower case without accents, single-spaced, for "did the visitor type this"."""
    return " ".join(unaccented(text.lower()).split())


def merge_parts(parts: list[Part]) -> Answer:
    """One reply from the parts' answers: each sentence once, an honest gap (:func:`gap`) in
    its own words, and "I couldn't find X" naming only the parts really left unanswered. With
    nothing answered the reply is not grounded: the gaps and the offer, or :data:`DONT_KNOW`."""
    known: list[Part] = []
    for part in (p for p in parts if p.known):
        if known and repeats(part, known[-1]):
            continue
        known.append(part)
    gaps = list(dict.fromkeys(p.text for p in parts if not p.known and p.text != DONT_KNOW))
    if not known:
        text = " ".join([*gaps, OFFER]) if gaps else DONT_KNOW
        evidence = [e for p in parts for e in p.evidence]
        return Answer(text=text, sources=[], grounded=False, evidence=evidence)
    texts = _once([p.text for p in known])
    said = " ".join(p.text for p in known)
    unanswered = [
        p
        for p in parts
        if not p.known
        and p.text == DONT_KNOW
        and (not p.asked or (is_ask(p.asked) and not answered_by(p.asked, said)))
    ]
    texts.extend(gaps)  # an honest gap says what is missing in its own words
    missing = [cleaned(p.asked) for p in unanswered if cleaned(p.asked)]
    if missing:
        quoted = " or ".join(f'"{m}"' for m in dict.fromkeys(missing))
        texts.append(f"I couldn't find {quoted} in our information; our sales team can answer it.")
    elif unanswered:
        texts.append(UNQUOTED_REST)
    sources = list({s.source: s for p in known for s in p.sources}.values())
    entities = list(dict.fromkeys(e.name for p in known for e in p.entities))
    return Answer(
        text=" ".join(_ended(t) for t in texts),
        sources=sources,
        grounded=True,
        entities=entities,
        evidence=[e for p in known for e in p.evidence],
        derived=[d for p in known for d in p.derived],
    )


def _ended(text: str) -> str:
    """A part's text closed as a sentence before the next one follows ("Tasting notes: cocoa,
    toasted almond" then "That's ..."): a stop added when it ends in none."""
    stripped = text.rstrip()
    return stripped if not stripped or stripped[-1] in ".!?:;)\"'’”" else f"{stripped}."


#: A question embedded in a sentence of the visitor's story ("I have two cafés and just want
#: to know if X covers us", "wondering whether you deliver"): the sentence asks.
EMBEDDED_ASK = re.compile(
    r"\b(?:want|wants|wanted|like|need|needs)\s+to\s+(?:know|find\s+out|check)\s+(?:if|whether"
    r"|what|how|when|which|who|why)\b|\bwondering\s+(?:if|whether|what|how|when|which)\b",
    re.I,
)
_QUESTION = re.compile(
    r"\?\s*$|^\W*(?:what|whats|how|hows|do|does|did|can|could|will|would|should|shall|is|"
    r"isn|are|aren|was|were|where|wheres|when|who|whos|which|why|any|have|has|got|may|"
    r"tell|send|give|let|please|need|want|looking|wondering|i wonder|is there|are there|"
    r"(?:i|we)(?: would|d|'d)? (?:need|want|like|love)|(?:i|we) (?:am|are|was|were)? ?"
    r"(?:looking|wondering|trying to find))\b"
    r"|\b(?:can|could|will|would|do|does|are|is) (?:you|u|ya|i|we|it|there)\b"
    # a question embedded after the visitor's story: "... and just want to know if X covers us"
    rf"|{EMBEDDED_ASK.pattern}"
    # what someone the visitor works with wants to know ("our electrician also wants the
    # boiler size"): asked on their behalf
    r"|\b(?:our|my|the)\s+(?:electrician|plumber|contractor|builder|architect|landlord|"
    r"accountant|bookkeeper|partner|business partner|co-owner|boss|manager|owner|wife|husband)"
    r"\s+(?:also\s+|too\s+)?(?:wants|needs|asked for|asks for|is asking for)\s+"
    r"(?:to know\s+)?(?:the|its|your)\b",
    re.I,
)


def is_ask(text: str) -> bool:
    """Whether a part of a message asks something (a question mark, a question or request
    word first in one of its clauses, "can you" within) rather than remarks ("thats cutting
    it close", "be honest", "still works fine"): only an unanswered ask is reported."""
    return any(
        _QUESTION.search(clause.strip()) and not hedges(clause.strip())  # "could slip to may"
        for clause in re.split(r"[,;:]", text)
    )


def answered_by(asked: str, said: str) -> bool:
    """Whether the rest of the reply already holds at least two thirds of the topic words of
    an unanswered part ("is that a problem for a new account" after "New accounts pay by
    card ..."), or the part has none besides words of size ("which one is it", "how much is
    the little one" beside "the pico?")."""
    sizes = set(tokenize(" ".join(size_words(asked))))  # "the little one": named elsewhere
    topic = {
        w for w in tokenize(asked) if w not in GENERIC | sizes and len(w) > 2 and not w.isdigit()
    }
    if not topic:
        return True
    have = set(tokenize(said))
    return len(topic & have) >= COVERED * len(topic)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9$])")
_LEAD = re.compile(r"^(?:and|also|plus|so|ok|okay|oh|what about|how about)\b[\s,]*", re.I)


def _once(texts: list[str]) -> list[str]:
    """The texts with every sentence said before removed."""
    said: set[str] = set()
    out: list[str] = []
    for text in texts:
        fresh = [s for s in _SENTENCE.split(text) if s not in said]
        said.update(fresh)
        if fresh:
            out.append(" ".join(fresh))
    return out


_JOINER = re.compile(r"^(?:and|also|plus)\b[\s,]*", re.I)


def unjoined(part: str) -> str:
    """A part without the joining word it was asked after ("and can I come by on a saturday?"
    -> "can I come by on a saturday?"): the joiner weighs on no meaning."""
    return _JOINER.sub("", part.strip())


def cleaned(asked: str) -> str:
    """A part of the visitor's message as it can be quoted back: no leading "and"/"also", no
    trailing punctuation, lower case unless the visitor wrote a name, at most 60 characters."""
    text = _LEAD.sub("", asked.strip()).strip(" ?!.,;:")
    if text.isupper():
        text = text.lower()
    text = text[:1].lower() + text[1:] if text[1:2].islower() else text
    return text if len(text) <= 60 else text[:57].rsplit(" ", 1)[0] + "..."
