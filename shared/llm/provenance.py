"""Provenance: a value the model proposes is kept only when the visitor said it (pure).

The model reads; it does not testify. A name, email, phone number or free-text detail it
proposes is stored only when it can be found in the visitor's own words of this conversation
(``said``), as written or in a normal form of it: an email in other letter case or spelled
out ("ana at example dot com"), a phone number in another format or in words, a free-text
value whose words the visitor used. The same test anchors the model's signals: a visitor
type or a flow signal counts only when the model quotes words of this message
(:func:`quoted`) and the quote holds a cue of that signal in one of the languages served
(:func:`justified`: a venue word for a cafe owner, "person"/"sales" for a handoff, "start
over" for a restart, ...), so "hi", "ok" or a price question cannot move a lead.

These functions take plain values, so they apply unchanged to whatever record the reader
produces (the ``Understanding`` today, a typed observations record later).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from shared.llm.wording import digit_string, digits_spoken, fold, unspell_emails, words
from shared.understanding.entities.phones import region_of

STEM = 5  # letters compared: "grinders" is the visitor's "grinder"
MIN_SHARE = 0.6  # of a free-text value's content words the visitor must have used
STOP = frozenset(
    {
        *("a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "have"),
        *("i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that"),
        *("the", "their", "them", "they", "this", "to", "us", "we", "with", "you", "your"),
        *("hi", "hello", "hey", "ok", "okay", "yes", "no", "yeah", "sure", "thanks", "thank"),
        *("please", "there", "just", "about"),
    }
)  # words that show nothing by themselves


def _stem(word: str) -> str:
    return word[:STEM]


def _vocabulary(said: Iterable[str]) -> set[str]:
    return {_stem(w) for text in said for w in words(digits_spoken(text))}


def _content(value: str) -> list[str]:
    return [w for w in words(value) if w not in STOP and (len(w) > 2 or w.isdigit())]


def said_name(name: str, said: Iterable[str]) -> bool:
    """Every word of the name is a word of the visitor's ("Ana Costa" after "I'm ana costa")."""
    parts = words(name)
    spoken = {w for text in said for w in words(text)}
    return bool(parts) and all(p in spoken for p in parts)


def said_email(email: str, said: Iterable[str]) -> bool:
    """The canonical address is in the visitor's words, in any letter case or spelled out."""
    target = fold(email)
    return any(target in fold(unspell_emails(text)) for text in said)


def said_phone(e164: str, said: Iterable[str], country: str | None = None) -> bool:
    """The number's national digits are among the visitor's digits (any format, or words)."""
    import phonenumbers  # on the first number

    try:
        parsed = phonenumbers.parse(e164, region_of(country))
    except phonenumbers.NumberParseException:
        return False
    national = str(parsed.national_number)
    return len(national) >= 6 and any(national in digit_string(text) for text in said)


def said_text(value: str, said: Iterable[str]) -> bool:
    """A free-text value is the visitor's: every number in it and most of its words are."""
    spoken = list(said)
    content = _content(value)
    if not content:
        return False
    vocabulary = _vocabulary(spoken)
    numbers = [w for w in content if w.isdigit()]
    if any(n not in vocabulary and n not in "".join(map(digit_string, spoken)) for n in numbers):
        return False
    used = sum(_stem(w) in vocabulary for w in content)
    return used / len(content) >= MIN_SHARE


def said_count(count: int, said: Iterable[str]) -> bool:
    """A count ("3 locations") is one the visitor wrote, in digits or words."""
    return any(str(count) in words(digits_spoken(text)) for text in said)


def kept(field: str, value: Any, said: Iterable[str], country: str | None = None) -> bool:
    """Whether a proposed (already validated and canonical) value may be stored."""
    spoken = list(said)
    if field == "name":
        return said_name(str(value), spoken)
    if field == "email":
        return said_email(str(value), spoken)
    if field == "phone":
        return said_phone(str(value), spoken, country)
    if isinstance(value, int) and not isinstance(value, bool):
        return said_count(value, spoken)
    return said_text(str(value), spoken)


def quoted(evidence: str | None, message: str) -> bool:
    """The model's quote is words of this message, with at least one that is not a greeting
    or filler ("hi", "ok", "thanks" alone justify nothing)."""
    quote = words(evidence or "")
    spoken = set(words(message))
    return bool(_content(evidence or "")) and all(w in spoken for w in quote)


# Word beginnings that show a signal (folded: no accents), in the languages the chat serves.
CUES: dict[str, tuple[str, ...]] = {
    "business": (
        "caf", "coffee", "kaffee", "shop", "store", "restaur", "baker", "backer", "roast",
        "kiosk", "cart", "truck", "bistro", "business", "location", "site", "branch", "chain",
        "hotel", "deli", "diner", "espresso", "tienda", "negocio", "local", "boulanger",
        "laden", "geschaft", "padaria", "loja", "lanchonete", "franchise", "outlet", "stand",
        "venue", "place", "spot", "counter", "bar",
    ),
    "casual_browser": (
        "home", "hobby", "fun", "curious", "brows", "myself", "personal", "kitchen", "gift",
        "student", "casa", "maison", "hause", "zuhause",
    ),
    "human": (
        "person", "human", "someone", "somebody", "sales", "team", "rep", "agent", "call",
        "talk", "speak", "folks", "people", "staff", "mensch", "persona", "humano", "quelqu",
        "alguien", "alguem", "telefon", "llam", "ligar", "appel",
    ),
    "restart": (
        "start", "restart", "reset", "scratch", "over", "again", "begin", "anew", "redo",
        "neu", "nuevo", "empezar", "recommenc", "recomec", "zuruck",
    ),
    "goodbye": (
        "bye", "goodbye", "later", "done", "enough", "leav", "adios", "ciao", "tschus",
        "revoir", "tchau", "chau", "night",
    ),
    "skip": (
        "skip", "later", "pass", "next", "unsure", "sure", "know", "idea", "decid", "yet",
        "despues", "luego", "apres", "spater", "depois",
    ),
    "refused": (
        "no", "not", "don", "won", "rather", "prefer", "private", "nope", "never", "nicht",
        "kein", "non", "pas", "nao", "nunca", "without", "refuse", "decline", "mail", "phone",
    ),
}  # fmt: skip
SIGNAL_CUES = {"new_cafe": CUES["business"], "existing_cafe": CUES["business"], **CUES}


def justified(signal: str, evidence: str | None, message: str) -> bool:
    """The quote is words of this message and one of them is a cue of ``signal`` (a type
    label, "business", or a flow signal: human, restart, goodbye, skip, refused)."""
    if not quoted(evidence, message):
        return False
    cues = SIGNAL_CUES.get(signal, ())
    return any(w.startswith(cues) for w in words(evidence or ""))
