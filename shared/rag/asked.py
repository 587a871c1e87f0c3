"""The asked attribute: the noun a question asks about, read from the question's structure.

"how much caffeine is in a double shot of foundry?" asks *caffeine* of the Foundry; "what
colors does the lumen come in?" asks *colors*; "is there parking at the showroom?" asks
*parking*; "is the showroom wheelchair accessible?" asks whether it is *accessible*. The rest of
the question names the subject. When the asked word is one the knowledge base never uses, no
sentence about the subject can answer it, however near the subject's sentences are in meaning:
the honest answer is that we do not have that information, not a neighbouring fact (the
subject's price, description or address). Pure: question text in, words out; the answerer
decides which of them the knowledge base lacks.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise

#: Words that follow "how much/many" or "what" without being the thing asked.
_NOT_HEAD_WORDS = """
    is are was were does do did will would can could should shall may might has have had
    for of to it its the a an this that these those they them you we i he she your our my
    more longer per each total extra in on at by with from about time
    altogether together overall combined all roughly approximately then now
"""
_NOT_HEAD = frozenset(_NOT_HEAD_WORDS.split())
_HOW_MUCH = re.compile(r"\bhow (?:much|many) (?P<head>[a-z][a-z-]*)\b")
# "what colors does ...", "which country is it from", "what sizes are there"
_WHAT_NOUN = re.compile(
    r"^(?:what|which) (?P<head>[a-z][a-z-]*) (?:does|do|is|are|can|will|would|did)\b"
)
# "is there parking at ...", "is there any wifi in the showroom"
_IS_THERE = re.compile(
    r"\b(?:is|are) there (?:a |an |any |some )?(?P<head>[a-z][a-z-]*(?: [a-z][a-z-]*)?) "
    r"(?:at|in|on|near|for|by|with|outside)\b"
)
# "is the showroom wheelchair accessible", "is the pico noisy": the closing adjective, after at
# most four words of subject with no preposition or verb ("is your roastery powered by
# renewable energy" asks a fact, not a quality "energy")
_IS_ADJECTIVE = re.compile(
    r"^(?:is|are) (?:the|your|it|they)(?: (?!(?:by|in|on|at|for|with|to|of|from|powered|made|"
    r"built|used|included|covered|available|certified)\b)[a-z0-9-]+){0,4} (?P<head>[a-z][a-z-]*)$"
)


def asked_heads(question: str) -> list[str]:
    """The words naming what ``question`` asks about (its attribute), in the order found;
    [] when its structure names none (the caller then reads the question as a whole)."""
    flat = normalise(question).strip()
    heads: list[str] = []
    for pattern in (_HOW_MUCH, _WHAT_NOUN, _IS_THERE, _IS_ADJECTIVE):
        for match in pattern.finditer(flat):
            words = [w for w in match.group("head").split() if w not in _NOT_HEAD]
            heads.extend(w for w in words if w not in heads)
    return heads


#: "how much does it weigh", "how heavy is it", "how many shots can it pull": an amount is asked,
#: so only a sentence with a number can answer it (-> the attribute named in the gap).
_MEASURES = (
    (re.compile(r"\bhow much (?:does|do|can|will|would) .*\bweighs?\b|\bhow heavy\b"), "weight"),
    (
        re.compile(r"\bhow much (?:does|do|can|will|would) .*\b(?:hold|holds|store|stores)\b"),
        "capacity",
    ),
    (re.compile(r"\bhow (?:big|large|tall|wide|deep|small)\b"), "size"),
    (re.compile(r"\bhow (?:loud|noisy|quiet)\b"), "noise level"),
)
_HOW_MANY = re.compile(r"\bhow many (?P<noun>[a-z][a-z-]*)")


def amount_asked(question: str) -> str | None:
    """What amount the question asks ("weight", "the number of shots"), or None when it asks
    none: the answer to it must state a number."""
    flat = normalise(question)
    for pattern, name in _MEASURES:
        if pattern.search(flat):
            return name
    match = _HOW_MANY.search(flat)
    if match and match.group("noun") not in _NOT_HEAD:
        return f"number of {match.group('noun')}"
    return None


def is_quality(question: str, word: str) -> bool:
    """Whether ``word`` is asked as a quality of the subject ("is the pico noisy?"), not as
    a thing it has ("what colors does it come in?")."""
    match = _IS_ADJECTIVE.match(normalise(question).strip())
    return match is not None and match.group("head") == word


def missing_sentence(question: str, word: str, names: str) -> str:
    """The honest gap for an asked attribute the knowledge base never mentions: "I don't have
    information on caffeine for the Foundry Espresso." / "... on whether the Pico 1-Group is
    noisy." (``names``: the subject's entity names, "" when none is named)."""
    if is_quality(question, word):
        return f"I don't have information on whether {names or 'it'} is {word}."
    return f"I don't have information on {word}" + (f" for {names}." if names else ".")
