"""The thing a "do you <offer> X?" question asks for must be what the answer talks about.

"do you supply compostable cups and lids too?" shares a topic with "Our coffee bags are
compostable", but the bags are not what was asked: a sentence near in meaning that names none
of the asked objects does not answer. The objects are the head nouns after a verb of supplying
("supply", "sell", "offer", "carry", "have", "do", "make", "rent"...) in a question to the
company; an object counts as named when a word of the answer holds its stem, or one of its
documented synonyms (``question.SYNONYMS``: "financing" -> "leasing"). A question whose verb is
itself an English word the knowledge base never uses ("do you rent out a machine") asks a
service it never mentions. Pure: the question and the answer in.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.rag.attribute_gaps import used_in
from shared.rag.bm25 import tokenize
from shared.rag.parts import Part, gap
from shared.rag.question import GENERIC, synonyms_of

#: "do you (guys) supply ...", "can you also sell ...", "does copperline offer ...".
_OFFER_ASK = re.compile(
    r"\b(?:do|does|can|could|will|would) (?:you|u|ya|copperline)(?: guys| also| even| ever)?"
    r" (?P<verb>[a-z]+)(?: out)? (?P<rest>.+)$"
)
#: Verbs of supplying whose objects are what is asked.
_SUPPLY = frozenset(
    {"supply", "supplies", "sell", "offer", "carry", "stock", "have", "provide", "make", "do"}
    | {"rent", "hire", "lend"}
)
#: Where the objects end: a preposition, an adverb closing the ask, a clause.
_OBJECTS_END = re.compile(
    r"(?:^|\s+)(?:too|as well|also|for|to|in|at|with|from|on|by|if|when|that|which|so)\b.*$"
)
#: An answer opening with its verdict replies to the yes/no question itself ("No. We only
#: install grid-tied systems" to "can you do an off-grid cabin?").
_VERDICT = re.compile(r"^(?:yes|no)\b", re.I)
_DETERMINERS = frozenset(["a", "an", "the", "any", "some", "your", "ur", "our", "other", "more"])


#: A means of paying asked about: "can i pay my invoices in canadian dollars", "pay by cheque".
_PAY_ASK = re.compile(
    r"\b(?:can|could|do|may) (?:i|we|you|u) pay\b(?: [a-z]+){0,3}? (?:in|with|by|via|using|thru)"
    r" (?P<rest>.+)$"
)


def asked_objects(question: str) -> list[str]:
    """The head nouns a "do you <supply> X and Y" question asks for ("cups", "lids"), or the
    means a "can we pay in X" question asks about ("dollars"); [] when it asks no such thing."""
    flat = normalise(question)
    found = _OFFER_ASK.search(flat)
    if found is None or found.group("verb") not in _SUPPLY:
        return _means(flat)
    span = _OBJECTS_END.sub("", found.group("rest"))
    heads = []
    for conjunct in re.split(r"\s+(?:and|or|n|plus)\s+|,\s*", span):
        words = [w for w in conjunct.split() if w not in _DETERMINERS]
        if words and tokenize(words[-1]) and tokenize(words[-1])[0] not in GENERIC:
            heads.append(words[-1])
    return heads


def _means(flat: str) -> list[str]:
    """The means a "can we pay in/by X" question asks about, whole ("canadian dollars": its
    own word is the currency's, the money word alone is generic), or [] with no word of its own."""
    found = _PAY_ASK.search(flat)
    span = _OBJECTS_END.sub("", found.group("rest")) if found else ""
    words = [w for w in span.split() if w not in _DETERMINERS]
    own = [w for w in words if tokenize(w) and tokenize(w)[0] not in GENERIC]
    return [" ".join(words)] if own else []


#: "do you (guys) <verb>", "does copperline <verb>" opening a yes/no question (its clause, or
#: after "and"/"so"): a question about what the business does; not "which one do you suggest",
#: "what do you recommend" (advice asked after a question word), nor "would you suggest".
_DOES_ASK = re.compile(
    r"(?:^|[?.!,;:]\s*|\b(?:and|also|so|but|ok|hi|hey)\s+)"
    r"(?:do (?:you|u|ya)|does copperline)(?: guys| also| even| ever)? ([a-z]+)\b"
)


def asked_verb(question: str) -> str | None:
    """The verb of a "do you <verb> ..." question about what the company does ("rent"), or
    None."""
    found = _DOES_ASK.search(normalise(question))
    return found.group(1) if found else None


def unanswered_objects(question: str, answer: str) -> list[str]:
    """The objects ``question`` asks for when ``answer`` names none of them (all of them
    then), else []; an answer opening with "Yes" or "No" answers the question itself."""
    heads = [] if _VERDICT.match(answer) else asked_objects(question)
    said = set(tokenize(answer))
    named = [h for h in heads if any(used_in(s, said) for s in _stems(h))]
    return heads if heads and not named else []


def _stems(word: str) -> list[str]:
    """The stems ``word`` may appear under in an answer: its own and its synonyms'."""
    return [*tokenize(word), *tokenize(synonyms_of(word))]


def objects_checked(question: str, found: Part) -> Part:
    """``found``, or, when it names none of the things a "do you supply X" question asks for
    ("compostable cups and lids" answered by the compostable bags), the gap naming them
    followed by what the knowledge base does say."""
    missing = unanswered_objects(question, found.text) if found.known else []
    if not missing:
        return found
    return gap(f"I don't have information on {' or '.join(missing)}. {found.text}", found.entities)
