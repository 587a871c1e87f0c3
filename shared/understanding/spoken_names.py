"""The catalog's names as a phone's speech-to-text writes them, read back as the names.

Dictation splits a name it does not know into words it does ("Atlas" -> "a tlas",
"Riverbend" -> "river bend"), writes it as words that sound like it ("BatchPro" -> "bash
pro", "Pico" -> "peek oh") and a model number as a word that sounds like the number ("Lumen
2-Group" -> "lumen too group"). Read as typed, these name nothing, so a question about the
item is answered about another or not at all. The served catalog's own names decide:

* two words written together spell a name word of five letters or more ("a tlas", "river
  bend") -> the name word;
* two words sound like a name word (:func:`sound`: the same consonants, "sh" and "tch" one
  sound), neither a function word ("her bar" is no Harbor, "clear it" no Clarity; "oh" said
  as a syllable may be the second) nor a name word of four letters or more itself,
  and the sound of at least three consonants; a shorter one ("peek oh" / "Pico") only before
  the number the name carries ("peek oh 1 group");
* "too", "to", "tree" or "for" after a name word and before "group", or a number word after
  it, is the model's number when the name word and that number start a catalog name ("lumen
  too group" -> "lumen 2 group", "BatchPro two" -> "BatchPro 2"; "the lumen too" stays); after
  "the" (or "that", "this", "your") and before "group" it is the number when the catalog calls
  an item by it ("or the tree group" -> "or the 3 group"; "a tree group of friends" stays).

A sound shared by two name words is left as said (precision first: the reply then asks which
item, as for any unnamed one). Single words are never changed ("lemon notes" stays). Pure
over the served catalog; the derived tables are kept with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.catalog.model import Catalog
from shared.catalog.served import derived
from shared.catalog.words import normalise
from shared.understanding.lexicon import (
    FUNCTION_WORDS,
    HOMOPHONE_COUNTS,
    SMALL_NUMBERS,
    alternation,
)

_LONGEST_SPLIT = 5  # letters of a name word two written words may spell
_FULL_SOUND = 3  # consonant sounds that make a sound match alone
# a vowel said as a syllable of a name ("peek oh" for Pico), though a word of its own
_SYLLABLES = frozenset({"oh", "o"})
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_SOUNDS = (
    ("tch", "X"), ("sch", "sk"), ("ch", "X"), ("sh", "X"), ("ph", "f"), ("ck", "k"),
    ("qu", "kw"), ("wh", "w"), ("gh", ""), ("c(?=[eiy])", "s"), ("c", "k"), ("z", "s"),
    ("q", "k"), ("x", "ks"), ("dg", "j"),
)  # fmt: skip


def sound(word: str) -> str:
    """A word's sound as its consonants ("BatchPro" and "bash pro" -> "bXpr"): spelling
    variants of one sound made one letter, vowels, "h", "w" and "y" dropped, a letter said
    twice said once; "A" marks a word that opens with a vowel."""
    text = re.sub(r"[^a-z]", "", word.lower())
    if not text:
        return ""
    for spelled, said in _SOUNDS:
        text = re.sub(spelled, said, text)
    opening = "A" if text[0] in "aeiouy" else ""
    consonants = re.sub(r"[aeiouyhw]", "", text)
    return opening + re.sub(r"(.)\1+", r"\1", consonants)


@dataclass(frozen=True)
class _Names:
    spelled: dict[str, str]  # a name word of five letters or more -> as the catalog writes it
    sounds: dict[str, list[str]]  # sound -> the name words with it
    numbers: dict[str, frozenset[str]]  # name word -> the numbers that follow it in a name
    starts: frozenset[str]  # every normalised name and alias


def _names(catalog: Catalog) -> _Names:
    spelled: dict[str, str] = {}
    sounds: dict[str, list[str]] = {}
    numbers: dict[str, set[str]] = {}
    starts: set[str] = set()
    for entity in catalog.entities:
        starts.update([normalise(entity.name), *entity.aliases])
        tokens = _TOKEN.findall(entity.name)
        for index, token in enumerate(tokens):
            word = token.lower()
            if not word.isalpha():
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following.isdigit():
                numbers.setdefault(word, set()).add(following)
            if len(word) >= _LONGEST_SPLIT - 1:
                spelled.setdefault(word, token)
                sounds.setdefault(sound(word), [])
                if word not in sounds[sound(word)]:
                    sounds[sound(word)].append(word)
    return _Names(
        spelled,
        sounds,
        {word: frozenset(found) for word, found in numbers.items()},
        frozenset(starts),
    )


def _served_names() -> _Names:
    return derived("spoken_names", _names)


def spoken_names(text: str) -> str:
    """``text`` with the catalog names dictation split or misheard written as the names (see
    the module's rules); every other word as said."""
    names = _served_names()
    tokens = list(_TOKEN.finditer(text))
    pieces: list[str] = []
    cursor = index = 0
    while index < len(tokens):
        meant = _meant(names, text, tokens, index)
        if meant is None:
            index += 1
            continue
        pieces += [text[cursor : tokens[index].start()], names.spelled[meant]]
        cursor, index = tokens[index + 1].end(), index + 2
    return _numbered("".join([*pieces, text[cursor:]]), names)


def _meant(names: _Names, text: str, tokens: list[re.Match[str]], index: int) -> str | None:
    """The name word tokens ``index`` and ``index + 1`` say together, or None."""
    if index + 1 >= len(tokens):
        return None
    first, second = (tokens[index + k].group(0).lower() for k in (0, 1))
    between = text[tokens[index].end() : tokens[index + 1].start()]
    if not (first.isalpha() and second.isalpha()) or between.strip():
        return None  # words of two clauses ("in Bend, Oregon. One shop") say no one name
    joined = first + second
    if joined in names.spelled and len(joined) >= _LONGEST_SPLIT:
        return joined
    if {first, second} & names.spelled.keys():
        return None  # a name word said is that name, never another's sound
    if first in FUNCTION_WORDS or len(first) < 2 or second in FUNCTION_WORDS - _SYLLABLES:
        return None
    if {first, second} & SMALL_NUMBERS.keys():
        return None  # a count said is no syllable of a name ("oregon one")
    heard = names.sounds.get(sound(joined), [])
    if len(heard) != 1:
        return None  # no name, or two that sound alike: left as said
    word = heard[0]
    if len(sound(joined).lstrip("A")) >= _FULL_SOUND:
        return word
    after = tokens[index + 2].group(0).lower() if index + 2 < len(tokens) else ""
    return word if after in names.numbers.get(word, ()) else None


#: a model's number as dictation hears it before "group": "too" and "to" two, "tree" three,
#: "for" four
_MODEL_HOMOPHONES = {**HOMOPHONE_COUNTS, "tree": 3}
_NUMBER_HOMOPHONE = re.compile(
    r"\b(?P<name>[A-Za-z]+)(?P<gap>\s+)(?:(?P<count>"
    + alternation(_MODEL_HOMOPHONES)
    + r")(?=[\s-]+groups?\b)(?![\s-]+groups?\s+of\b)|(?P<word>"
    + alternation(SMALL_NUMBERS)
    + r")\b)",
    re.I,
)


#: words that point at an item named by its model alone ("the tree group", "that too group")
_POINTING = frozenset({"the", "that", "this", "your"})


def _numbered(text: str, names: _Names) -> str:
    """ "lumen too group" -> "lumen 2 group", "batchpro two" -> "batchpro 2" where the
    catalog names a "Lumen 2" and a "BatchPro 2"; "the tree group" -> "the 3 group" where it
    calls an item the "3 group"."""

    def number(match: re.Match[str]) -> str:
        said = (match.group("count") or match.group("word")).lower()
        name, count = match.group("name").lower(), {**_MODEL_HOMOPHONES, **SMALL_NUMBERS}[said]
        if str(count) in names.numbers.get(name, ()) and f"{name} {count}" in names.starts:
            return f"{match.group('name')}{match.group('gap')}{count}"
        if match.group("count") and name in _POINTING and f"{count} group" in names.starts:
            return f"{match.group('name')}{match.group('gap')}{count}"  # "or the tree group"
        return match.group(0)

    return _NUMBER_HOMOPHONE.sub(number, text)
