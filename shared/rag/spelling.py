"""Typo normalisation against a knowledge base's vocabulary and an English word list.

``Speller(words).correct(text)`` rewrites a message's misspelt words onto the words the
knowledge base uses ("pricng" -> "pricing", "warrenty" -> "warranty", "pannel" -> "panel")
and expands text-speak ("ur" -> "your", "wat" -> "what"; :data:`TEXT_SPEAK`, the one table
every reader of visitor text uses). A word is left alone when the
knowledge base or English knows it (GCIDE headwords from ``english-words``, with regular
inflections: "owns", "shipping"), so a correct word is never "corrected" into a nearby
knowledge-base word; names, numbers, e-mail addresses and the places of the gazetteer
(:func:`shared.understanding.entities.places.place_words`: "columbus ohio", "vancouver bc") are
never touched.

Built from the bundle's words (:func:`words_of`) and hung off the loaded retriever, so a newly
published bundle brings its own speller. The text-speak table lives in the lexicon
(:mod:`shared.understanding.lexicon`), with each reader's exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from shared.understanding.entities.places import place_words
from shared.understanding.lexicon import (
    GLUED_SPEAK,
    QUESTION_KEEPS,
    QUESTION_WORDS,
    TEXT_SPEAK,
    text_speak,
)
from shared.understanding.slips import Slips
from shared.wordlists import english

QUESTION_SPEAK = text_speak(QUESTION_KEEPS)
# words in any alphabet ("cảm ơn" stays two words, not "cảm ơ" + text-speak "n" = "and")
# A short visit said with a phrasal verb ("swing by", "drop in", "pop over", "stop round"):
# the knowledge base says "visit", and the verb's own words are no topic.
_VISIT = re.compile(
    r"\b(?:swing|swung|drop|stop|pop|come|pass)(?:ping|ped)?\s+(?:by|round|around|over)\b(?!\s*[\d$])"
    r"|\b(?:drop|pop)(?:ping|ped)?\s+in\b",
    re.I,
)
#: "e-mail", "E-Mail": the knowledge base writes "email"; split, "mail" is a word it lacks.
_E_MAIL = re.compile(r"\b(e)-(?=mail)", re.I)
#: "telephone (number)", "telephon": the long form of "phone", a word the contact facts hold.
_TELEPHONE = re.compile(r"\btelephone?(s?)\b", re.I)
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|')*|[\W\d_]+")
#: Text-speak glued to a digit or a slash ("b4", "w/ our name", "w/o"), a word of its own.
_GLUED = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(re.escape(t) for t in sorted(GLUED_SPEAK, key=len, reverse=True))
    + r")(?![\w/])|(?<![\w/])w/(?=[^\W\d_])",
    re.I,
)
#: Units of weight a number is often typed against ("20lb", "5kg").
_UNITS = frozenset({"lb", "lbs", "pound", "pounds", "kg", "kgs", "kilo", "kilos", "oz"})
_SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "ers", "est", "'s")


def words_of(texts: Iterable[str]) -> list[str]:
    """The distinct lower-case words (3+ letters) of the knowledge base's texts, and its
    hyphenated compounds ("multi-site"), sorted."""
    found: set[str] = set()
    for text in texts:
        found.update(w for w in re.findall(r"[a-z]{3,}", text.lower()))
        found.update(w for w in re.findall(r"\b[a-z]+(?:-[a-z]+)+\b", text.lower()))
    return sorted(found)


def _inflected(word: str, known: Container[str]) -> bool:
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (stem in known or stem + "e" in known):
            return True
    # a final consonant doubled before the ending: "planning", "stopped", "shipper"
    for suffix in ("ing", "ed", "er", "ers"):
        stem = word[: -len(suffix)]
        doubled = word.endswith(suffix) and len(stem) >= 4 and stem[-1] == stem[-2]
        if doubled and stem[-1] not in "aeiouy" and stem[:-1] in known:
            return True
    # a "y" become "i" before the ending: "heaviest", "tiniest", "pricier" (of "pricey")
    for suffix in ("ies", "ied", "ier", "iest", "ily"):
        stem = word[: -len(suffix)]
        ends = word.endswith(suffix) and len(stem) >= 3
        if ends and (stem + "y" in known or stem + "ey" in known):
            return True
    return False


class Speller:
    """Corrects words against one knowledge base's vocabulary (see the module docstring)."""

    def __init__(self, kb_words: Iterable[str], slips: Slips | None = None) -> None:
        self._kb = {w.lower() for w in kb_words} | QUESTION_WORDS
        self._slips = slips
        self._choices = sorted(w for w in self._kb if len(w) >= 4 and "-" not in w)
        #: a compound the knowledge base hyphenates, typed solid: "multisite" -> "multi-site"
        self._solid = {w.replace("-", ""): w for w in self._kb if "-" in w}
        english()  # loaded at cold start, not on a visitor's first turn

    def known(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a word of the knowledge base or of English."""
        if word in self._kb or word in english():
            return True
        return _inflected(word, self._kb) or _inflected(word, english())

    def in_knowledge(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a word of the knowledge base itself."""
        return word in self._kb or _inflected(word, self._kb)

    def correct_word(self, word: str) -> str:
        """Its text-speak expansion; the word itself when the knowledge base or English has it;
        for an English inflection, the knowledge-base word one dropped letter away ("shiping"
        -> "shipping") or else the word itself ("terms" is no typo of "teams"); else the
        compound the knowledge base hyphenates when typed solid ("multisite" -> "multi-site");
        else the nearest knowledge-base word with the same first letter (one edit from 5
        letters, two from 7; a 4-letter word only when one letter was dropped: "grup" ->
        "group"), else the word itself."""
        lower = word.lower()
        if lower in QUESTION_SPEAK:
            return QUESTION_SPEAK[lower]
        if lower in self._kb or lower in english():
            return word
        if lower in self._solid:  # "multisite", "pourover": the knowledge base's compound
            return self._solid[lower]
        short = _skeleton_of(lower, self._choices) if not self.known(lower) else None
        if short is not None:  # text-speak without vowels: "grp" -> "group"
            return short
        if len(lower) < 5:  # short words: only a dropped letter ("grup" -> "group")
            near = self._nearest(lower, 1) if len(lower) == 4 and not self.known(lower) else None
            return near if near and _holds_in_order(near, lower) else word
        near = self._nearest(lower, 1)
        if self.known(lower):  # an English inflection: only a dropped letter is a typo
            return near if near and _holds_in_order(near, lower) else word  # "shiping", "terms"
        if near is None and len(lower) >= 7:
            near = self._nearest(lower, 2)
        return near or word

    def _nearest(self, word: str, limit: int) -> str | None:
        choices = [w for w in self._choices if w[0] == word[0] and abs(len(w) - len(word)) <= limit]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
        if not found:
            return None
        best = min(distance for _, distance, _ in found)
        nearest = [choice for choice, distance, _ in found if distance == best]
        # A dropped letter is the commonest typo: "grindr" is "grinder", not "grind".
        return next((c for c in nearest if _holds_in_order(c, word)), nearest[0])

    def correct(self, text: str) -> str:
        """``text`` with every misspelt word corrected (separators, digits and the words of a
        place it names kept as typed; a unit of weight glued to its number set apart; a visit
        said with a phrasal verb, "swing by", read as "visit"; an autocorrect slip against a
        product word read as the product word, :mod:`shared.understanding.slips`)."""
        if "@" in text:
            return text
        text = _TELEPHONE.sub(r"phone\1", _E_MAIL.sub(r"\1", text))
        text = _GLUED.sub(_spelt_out, text)
        places = place_words(text)
        out: list[str] = []
        for piece in _TOKEN.findall(text):
            if out and out[-1][-1].isdigit() and piece.lower() in _UNITS:
                out.append(" ")  # "20lb" -> "20 lb": a quantity the rules can read
            known = not piece[0].isalpha() or piece.lower() in places
            word = piece if known else self.correct_word(piece)
            if word != piece and out and out[-1][-1].isdigit():
                out.append(" ")  # "3grp" -> "3 group": a model number and its word
            out.append(word)
        spelt = _VISIT.sub("visit", "".join(out))
        return self._slips.mend(spelt) if self._slips else spelt


def _spelt_out(match: re.Match[str]) -> str:
    """A glued text-speak word written out ("b4" -> "before", "w/our" -> "with our")."""
    glued = match.string[match.end() : match.end() + 1].isalpha()
    return TEXT_SPEAK[match.group(0).lower()] + (" " if glued else "")


def _skeleton_of(typed: str, choices: list[str]) -> str | None:
    """The one knowledge-base word that ``typed`` (3 or 4 letters, no vowel) is the
    consonants of, first letter kept ("grp" -> "group"); None when none or several are."""
    if not 3 <= len(typed) <= 4 or any(c in "aeiouy" for c in typed):
        return None
    found = [w for w in choices if w[0] == typed[0] and _consonants(w) == typed]
    return found[0] if len(found) == 1 else None


def _consonants(word: str) -> str:
    """``word`` without its vowels ("group" -> "grp")."""
    return "".join(c for c in word if c not in "aeiouy")


def _holds_in_order(longer: str, typed: str) -> bool:
    """Whether ``typed`` is ``longer`` with letters left out."""
    letters = iter(longer)
    return len(longer) > len(typed) and all(ch in letters for ch in typed)
