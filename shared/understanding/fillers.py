"""Spoken fillers: what a visitor dictating to a phone says while thinking, left out of the reading.

A dictated message keeps its hesitations as words ("um", "uh", "er", "erm", "hmm"), its
"you know" and "i mean", and "like" where it only hedges ("we have like 60 people", "in like
february", "that's like chemical free"). Kept, they end up in what is stored and echoed
("Got it: like 60 people") and hide where a question starts ("the coffee situation is bad um do
you guys sell to offices"). The reader leaves them out once
(:func:`shared.understanding.reading.read`); the transcript keeps what was typed.

Precision first: "like" is a filler only where it cannot be the verb or the preposition: never
after a subject or "would" ("i'd like", "we like dark roasts"), a verb of the senses or a word
of likeness ("looks like", "something like the pico", "more like 120"), nor before what it
compares ("is it like the pico", "what's it like"). "i mean" is left out only opening the
message or after a joining word, never as a correction ("3. i mean 4"); "you know" never as a
verb ("do you know if", "let you know", "you know what"). A hesitation is a whole word ("album",
"umbrella", "her" stay); "uh huh" and "mm hmm" say yes and stay; "er" is left out only set off
by a comma or dots.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.understanding.lexicon import FUNCTION_WORDS, SMALL_NUMBERS
from shared.understanding.questions import QUESTION_START


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: A hesitation with the commas and dots around it: "um", "umm", "uh", "uhm", "erm", "hmm",
#: and "er" set off ("we need, er, two"); never inside a word nor the yes of "uh huh", "mm hmm",
#: nor one that opens a correction ("hmm no, 110": the correction reader's cue).
_HESITATION = re.compile(
    r"[\s,]*(?<![\w'-])(?:u+h*m+|u+h+(?![\s-]+huh\b)|e+r+m+|(?<!m[\s-])h+m+"
    r"|e+r+(?=\s*(?:,|\.\.|…)))(?![\w'-])(?![\s,.…]*(?:no|nope|wait|sorry|actually|oops)\b)"
    r"(?:\s*(?:\.\.+|…|,))*\s*",
    re.I,
)
#: The marks after a hesitation that opens the message or a sentence ("hmm. is it loud").
_MARKS = " .!?,;:"
#: Fewest words a statement has before a hesitation that ends it ("hi um is it" is no story).
_STORY_WORDS = 3
_SENTENCE_MARK = re.compile(r"[.!?;]\s*")
_WORD = re.compile(r"[\w'’]+")

#: Words after which "like" is the verb or a likeness, never a filler.
_LIKE_KEEPS_AFTER = _words(
    "would i'd id we'd you'd youd they'd theyd i we you u they he she who people customers"
    " guests folks kids staff everyone everybody don't dont didn't didnt doesn't doesnt looks look"
    " looked looking sounds sound sounded feel feels felt seem seems seemed taste tastes tasted"
    " smell smells something anything nothing stuff things thing more less much not just exactly"
    " kinda sorta kind sort really also what whats what's to of it"
)
#: Words "like" compares with when they follow it ("is it like the pico", "like that").
_COMPARED = _words(
    "a an the this that these those what how it them me us you him her his their your"
)
_PREPOSITIONS = _words(
    "in on at for from with through thru around by into until till within after before over"
    " under every"
)
_COPULAS = _words(
    "is are was were be been that's thats it's its we're i'm im they're theyre there's theres"
    " he's she's you're youre"
)
_JOINERS = _words("and so but or oh yeah ok okay well then because cause cuz")
#: What a clause goes on with after a filler "like" that follows a joining word.
_CLAUSE_GOES_ON = _words(
    "where what how when why who which we i you our my it there they maybe every just really"
    " right super totally literally"
)
#: Hedges and adverbs a filler "like" stands before ("like right now", "like maybe").
_HEDGED = _words(
    "right really super totally so just maybe probably almost about around over under literally"
    " basically honestly seriously half twice all for in at on"
)
_OBJECT_VERBS = _words(
    "want wants wanted need needs needed get gets getting got have has had having buy buying"
    " order ordering use using serve serving sell selling do doing make making drink drinking"
    " pay paying spend spending run running hire hiring expect expecting go"
)
#: What the object of such a verb opens with after a filler "like" ("want like a coffee bar").
_OBJECT_OPENS = _words("a an some your our my")
_MODALS = _words("can could may might should will")

_LIKE = re.compile(r"[\s,]*\blike\b(?![-'’])[\s,]*", re.I)
_YOU_KNOW = re.compile(r"[\s,]*\byou\s+know\b(?![-'’])[\s,]*", re.I)
_I_MEAN = re.compile(r"[\s,]*\bi\s+mean\b(?![-'’])[\s,]*", re.I)
_YOU_KNOW_KEEPS_AFTER = _words(
    "do does did don't dont didn't didnt doesn't doesnt if let lets would will could can might"
    " may should as whether to what how when once after before until unless"
)
_YOU_KNOW_KEEPS_BEFORE = _words(
    "what if whether how when where who why which about of that any anyone anybody anything"
    " someone somebody something it me him her them us more yet already better best"
)
_MEAN_KEEPS_BEFORE = _words("it that what to by")

#: Whether a filler word between the words before it (last first) and after it only fills,
#: and whether it opens the message or a clause.
_Judge = Callable[[list[str], list[str], bool], bool]


def without_hesitations(said: str) -> str:
    """``said`` without its hesitations; one between a statement and a question that starts
    after it ends the statement ("... is bad um do you guys sell to offices" -> "... is bad.
    do you guys sell to offices")."""
    parts: list[str] = []
    end = 0
    if _HESITATION.search(said) is None or _foreign(said):
        return said  # "tenho um food truck": Portuguese "um" is "a" (its gloss is read)
    for match in _HESITATION.finditer(said):
        if match.start() < end:
            continue  # its marks were taken with the hesitation before it
        head, rest = said[end : match.start()], said[match.end() :]
        parts.append(head + _joint(said[: match.start()], rest))
        end = match.end()
        if _opens(said[: match.start()]):
            end += len(rest) - len(rest.lstrip(_MARKS))  # "hmm. is it loud": no mark left
    return "".join([*parts, said[end:]]).strip() or said


def _foreign(said: str) -> bool:
    """Whether ``said`` is in another language, wholly or in a sentence of its own.

    The language detector ships with the chat only (``requirements/rag.in``): lead analysis
    reads stored transcripts through the same reading without it, so there every "um" is a
    hesitation; a foreign message's Portuguese "um" dropped there changes nothing it reads
    (its rules read English)."""
    try:
        from shared.understanding.languages import language_of, mixed_language
    except ImportError:  # lead analysis: no language detector in its function
        return False
    return bool(language_of(said) or mixed_language(said))


def _joint(before: str, rest: str) -> str:
    """What stands in a hesitation's place: a full stop when a statement ends there and a
    question starts, else a space (nothing at either end of the message)."""
    if not before.strip() or not rest.strip():
        return ""
    story = _WORD.findall(_SENTENCE_MARK.split(before)[-1].lower())
    ends = len(story) >= _STORY_WORDS and story[-1] not in FUNCTION_WORDS
    return ". " if ends and QUESTION_START.match(rest) else " "


def without_filler_words(text: str) -> str:
    """``text`` without its filler "like", "you know" and "i mean" (see the module's rules)."""
    text = _LIKE.sub(lambda m: _dropped(m, _filler_like), text)
    text = _YOU_KNOW.sub(lambda m: _dropped(m, _filler_you_know), text)
    return _I_MEAN.sub(lambda m: _dropped(m, _filler_i_mean), text).strip() or text


def _dropped(match: re.Match[str], is_filler: _Judge) -> str:
    text = match.string
    before, after = text[: match.start()], text[match.end() :]
    if not is_filler(_last_words(before), _first_words(after), _opens(before)):
        return match.group()
    return " " if before.strip() and after.strip() else ""


def _last_words(text: str) -> list[str]:
    """The last two words of ``text``, last first (lower case)."""
    return [w.lower() for w in reversed(_WORD.findall(text)[-2:])]


def _first_words(text: str) -> list[str]:
    """The first two words of ``text`` (lower case; none when a sentence ends first)."""
    return [w.lower() for w in _WORD.findall(re.split(r"[.!?;]", text, maxsplit=1)[0])[:2]]


def _opens(before: str) -> bool:
    """Whether what follows ``before`` opens the message or a clause."""
    return not before.strip() or before.rstrip()[-1] in ".,!?;:"


def _filler_like(before: list[str], after: list[str], opens: bool) -> bool:
    """Whether a "like" between ``before`` (last word first) and ``after`` only hedges."""
    if not after:
        return False  # "what's it like"
    prev, nxt = (before or [""])[0], after[0]
    if prev in {"i", "we"} and before[1:2] and before[1] in _MODALS:
        return nxt not in _COMPARED  # "can i like buy it", not "will i like it"
    if prev in _LIKE_KEEPS_AFTER:
        return False
    if _is_number(nxt) or prev in _PREPOSITIONS or nxt in _HEDGED:
        return True  # "like 60 people", "in like february", "like right now"
    if prev == "there" and before[1:2] and before[1] in {"is", "are", "was"}:
        return True  # "is there like a discount"
    if prev in _COPULAS:
        return nxt not in _COMPARED  # "that's like chemical free", not "it's like the pico"
    if prev in _OBJECT_VERBS:
        return nxt in _OBJECT_OPENS  # "we want like a coffee bar"
    return (opens or prev in _JOINERS) and nxt in _CLAUSE_GOES_ON  # "and like where do you"


def _filler_you_know(before: list[str], after: list[str], opens: bool) -> bool:
    """Whether a "you know" only fills ("the prices are you know high"), not asks or tells."""
    if before and before[0] in _YOU_KNOW_KEEPS_AFTER:
        return False
    return not after or after[0] not in _YOU_KNOW_KEEPS_BEFORE


def _filler_i_mean(before: list[str], after: list[str], opens: bool) -> bool:
    """Whether an "i mean" opens the message or follows a joining word as a filler, never as
    a correction ("no i mean the decaf", "3. i mean 4", "i mean 4")."""
    if after and (after[0] in _MEAN_KEEPS_BEFORE or _is_number(after[0])):
        return False
    return not before or before[0] in _JOINERS


def _is_number(word: str) -> bool:
    return word[0].isdigit() or word in SMALL_NUMBERS
