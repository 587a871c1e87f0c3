"""A word-for-word English gloss of a message in another language, from per-language data.

The local brain understands English only. A visitor writing Spanish, French, Portuguese or
German still gives details the English reader can take once the words that carry them are in
English: "vamos a abrir una panadería" -> "we are going to open a bakery", "8 kilos por
semana" -> "8 kilos per week", "mi nombre es" -> "my name is". Each language's glossary is a
data file beside this module (``lexicons/<code>.txt``, one ``phrase = english`` a line), and
its month names come from :mod:`shared.understanding.lexicon`, so adding a language is adding
one file.

Matching ignores case and accents and prefers the longest phrase; a phrase written in quotes
matches only as accented ("\"cómo\" = how" beside "como = like", "\"à\" = to" beside "a =
has"), and is preferred to the unaccented entry when the visitor typed the accent. Words the
glossary does not know (names, places, product names, numbers) and whole emails, URLs and
phone-like runs are kept exactly as typed, so the English reader still finds them. The gloss
is for reading only: it is never shown to the visitor or stored; a free-text value the reader
takes from it is stored in the visitor's own words (:func:`typed_words`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import cache
from pathlib import Path

from shared.understanding.accents import folded
from shared.understanding.fuzzy import english_words
from shared.understanding.lexicon import MONTHS, alternation, month_names

LEXICONS = Path(__file__).with_name("lexicons")
READING_ONLY = frozenset({"ko"})
"""Languages whose glossary reads who the visitor is and what they give (a home drinker, a
café, an email), but is too small to search the knowledge base with: their questions get the
English-only notice, never an answer to a half-read question."""
MAX_PHRASE = 8
_OPAQUE = r"\S+@\S+|https?://\S+|www\.\S+|\+?\d[\d\s().-]{5,}\d"
# an elided French or Italian article or pronoun is its own word ("l'" + "installation")
_ELIDED = r"[^\W\d_]{1,2}['’](?=[^\W\d_])"
_TOKEN = re.compile(rf"(?P<opaque>{_OPAQUE})|(?P<word>{_ELIDED}|[^\W\d_]+(?:['’][^\W\d_]+)*)")

Glossary = dict[tuple[str, ...], str]
Span = tuple[int, int, int, int]
# letters that Unicode does not decompose into a base letter and an accent
# "the 1 of march of 2026" (a day-first date glossed word for word) -> "march 1 2026"
_DAY_OF_MONTH = re.compile(
    rf"\b(?:the\s+)?(\d{{1,2}})\s+of\s+({alternation(MONTHS)})\b(?:\s+of\s+(\d{{4}}))?", re.I
)


def fold(word: str) -> str:
    """Lower case without accents ("Panadería" -> "panaderia", "heiße" -> "heisse", "được" ->
    "duoc"), as glossary keys are kept."""
    return folded(word.replace("’", "'")).rstrip("'")


def _exact(word: str) -> str:
    """A quoted entry's key: lower case, accents kept, marked apart from folded keys."""
    return "=" + unicodedata.normalize("NFC", word.lower().replace("’", "'"))


def parse_glossary(text: str) -> Glossary:
    """``phrase = english`` lines (``#`` comments and blank lines ignored) -> folded phrase
    tokens -> English. A line without ``=`` or with a phrase longer than ``MAX_PHRASE`` words
    is a data error and raises ``ValueError``."""
    glossary: Glossary = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        phrase, sep, english = line.partition("=")
        if not sep or not phrase.strip():
            raise ValueError(f"glossary line {number}: expected 'phrase = english': {raw!r}")
        exact = phrase.strip().startswith('"') and phrase.strip().endswith('"')
        words = [m.group(0) for m in _TOKEN.finditer(phrase)]  # as messages split
        key = tuple(_exact(w) if exact else fold(w) for w in words)
        if len(key) > MAX_PHRASE:
            raise ValueError(f"glossary line {number}: more than {MAX_PHRASE} words: {raw!r}")
        glossary[key] = english.strip()
    return glossary


@cache
def glossary(language: str) -> Glossary:
    """The language's glossary with its month names (empty for a language without a file)."""
    path = LEXICONS / f"{language}.txt"
    entries = parse_glossary(path.read_text(encoding="utf-8")) if path.exists() else {}
    months: Glossary = {(fold(name),): english for name, english in month_names(language).items()}
    return {**months, **entries}


def gloss(text: str, language: str, keep: Container[str] = ()) -> str:
    """The message with every phrase the language's glossary knows replaced by its English
    (longest phrase first); everything else, punctuation included, kept as typed.

    ``keep`` holds words never glossed on their own: for a message mostly in English from a
    visitor who also writes another language, the English words ("son", "local") stay."""
    return _DAY_OF_MONTH.sub(_month_first, _glossed(text, language, keep)[0])


def _glossed(text: str, language: str, keep: Container[str]) -> tuple[str, list[Span]]:
    """The gloss before dates are reordered, and where each replaced phrase lies in the gloss
    and in the text (``(gloss start, gloss end, text start, text end)``, in order)."""
    table = glossary(language)
    if not table:
        return text, []
    tokens = list(_TOKEN.finditer(text))
    out: list[str] = []
    spans: list[Span] = []
    written, position, i = 0, 0, 0
    while i < len(tokens):
        length, english = _longest(tokens, i, table, keep)
        if not length:
            i += 1
            continue
        start, end = tokens[i].start(), tokens[i + length - 1].end()
        out.append(text[position:start])
        written += start - position
        elided = tokens[i + length - 1].group(0)[-1] in "'’"  # "l'installation"
        out.append(_cased(english, tokens[i].group(0)) + (" " if elided else ""))
        spans.append((written, written + len(out[-1]), start, end))
        written += len(out[-1])
        position, i = end, i + length
    out.append(text[position:])
    return "".join(out), spans


def typed_words(value: str, typed: str, language: str | None, earlier: str | None = None) -> str:
    """The visitor's own words for ``value``, a span the English reader took from the gloss
    of ``typed`` (:func:`english_reading` with the same languages): "the moins a fois per
    month" -> "au moins une fois par mois". A phrase only partly inside the value is taken
    whole; a list the reader put together ("espresso machine, grinder") is given back item by
    item. A value or item not found in the gloss (the reader rewrote it) is kept as read."""
    reading, spans = _reading(typed, language, earlier)
    if not spans:
        return value
    whole = _typed_span(value, typed, reading, spans)
    if whole is not None:
        return whole
    parts = re.split(r"(\s*[,;]\s*)", value)
    return "".join(
        part if index % 2 else (_typed_span(part, typed, reading, spans) or part)
        for index, part in enumerate(parts)
    )


def _typed_span(value: str, typed: str, reading: str, spans: list[Span]) -> str | None:
    found = _find(value, reading)
    if found is None:
        return None
    start, end = found
    return typed[_to_typed(start, spans, False) : _to_typed(end, spans, True)].strip()


def _reading(typed: str, language: str | None, earlier: str | None) -> tuple[str, list[Span]]:
    if language:
        return _glossed(typed, language, ())
    if earlier:
        return _glossed(typed, earlier, english_words())
    return typed, []


def _find(value: str, reading: str) -> tuple[int, int] | None:
    """Where ``value`` lies in ``reading``, ignoring case, accents and the spacing between
    words ("cafes" is found as "cafés")."""
    parts = [re.escape(part) for part in _plain(value).split()]
    found = re.search(r"\s+".join(parts), _plain(reading)) if parts else None
    return (found.start(), found.end()) if found else None


def _plain(text: str) -> str:
    """Each character lower case without its accent, one for one (offsets are kept)."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c).lower()[:1] for c in text)


def _to_typed(at: int, spans: list[Span], end: bool) -> int:
    """A gloss offset as an offset of the typed text; inside a glossed phrase, the phrase's
    start (``end`` False) or end (``end`` True)."""
    shift = 0
    for out_start, out_end, start, stop in spans:
        if at < out_start or (end and at == out_start):
            break
        if at < out_end or (end and at == out_end):
            return stop if end else start
        shift = stop - out_end
    return at + shift


def _month_first(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    return f"{month} {day} {year}" if year else f"{month} {day}"


def _longest(
    tokens: list[re.Match[str]], i: int, table: Glossary, keep: Container[str]
) -> tuple[int, str]:
    """The longest glossary phrase starting at token ``i``: (its token count, its English)."""
    for length in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
        run = tokens[i : i + length]
        if any(t.group("opaque") for t in run):
            continue
        if length == 1 and run[0].group(0).lower() in keep:
            continue
        typed = tuple(_exact(t.group(0)) for t in run)
        if typed in table:  # an accented entry ("cómo") before the folded one ("como")
            return length, table[typed]
        key = tuple(fold(t.group(0)) for t in run)
        if key in table:
            return length, table[key]
    return 0, ""


def _cased(english: str, typed: str) -> str:
    """A sentence-initial capital survives the gloss ("Tenemos" -> "We have")."""
    if typed[:1].isupper() and english[:1].islower():
        return english[:1].upper() + english[1:]
    return english


def english_reading(message: str, language: str | None, earlier: str | None = None) -> str:
    """The message as the chat's English reader reads it: glossed when it is in another language; a
    mostly-English message from a visitor who wrote another language ``earlier`` is glossed
    too, its English words kept ("sorry my english not so good. necesitamos máquina y molino")."""
    if language:
        return gloss(message, language)
    return gloss(message, earlier, keep=english_words()) if earlier else message
