"""Email addresses dictated to a phone: "priya at lilac city beans dot com".

Speech-to-text writes an address as the words said: "at" for @, "dot" for the full stop, a
shop's domain as its separate words ("lilac city beans"), a country code as its letters ("dot c
a"). An address is read only where its ending is said: "at", one to :data:`MAX_DOMAIN_WORDS`
domain words, "dot" and a top-level domain of :data:`DICTATED_TLDS` ("i'm hana at moss and
ember in bellingham" gives none). The domain's words are joined (lilaccitybeans.com: a
domain has no spaces, and "all one word" only says so again); the local part is the word
before "at", extended backwards over "<word> dot" pairs ("dev dot malhotra at ..."). A
pronoun or a filler before "at" is no mailbox ("meet me at the cafe dot com").

A correction after an address ("tom at harbor light cafe dot com no wait sorry it's
harborlight coffee dot com") replaces it: a whole address said again wins, and a domain said
again alone ("it's harborlight coffee dot com") keeps the mailbox before it. Pure: text in,
text with the dictated addresses written out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.understanding.lexicon import COMMON_TLDS, SAID_ONLY_TLDS

#: Top-level domains a dictated address may end with, said as a word ("dot com").
DICTATED_TLDS = frozenset(COMMON_TLDS + SAID_ONLY_TLDS)
#: Top-level domains said letter by letter ("dot c a").
SPELLED_TLDS = {"ca": "ca", "co": "co", "io": "io", "us": "us", "uk": "uk"}
MAX_DOMAIN_WORDS = 4
#: Most "<word> dot" pairs a local part reaches back over ("a dot b dot c at ...").
MAX_LOCAL_PARTS = 3

#: Words that are no mailbox before "at" ("meet me at the cafe", "we're at 5 sites").
_NOT_LOCAL = frozenset(
    {
        "i", "me", "we", "us", "you", "u", "ya", "they", "them", "he", "him", "she", "her",
        "it", "its", "it's", "im", "i'm", "we're", "were", "is", "are", "was", "be", "am",
        "um", "uh", "er", "erm", "so", "and", "or", "but", "the", "a", "an", "this", "that",
        "thats", "there", "here", "email", "mail", "e-mail", "address", "reach", "look",
        "looking", "arrive", "arrives", "stay", "staying", "live", "lives", "work", "works",
        "based", "located", "open", "opening", "meet", "just", "right", "all", "both",
        "shop", "cafe", "site", "sites", "store", "stores", "home",
    }
)  # fmt: skip
#: Words a domain does not hold: a new clause or the address's own words.
_NOT_DOMAIN = frozenset(
    {"at", "dot", "is", "and", "my", "email", "phone", "number", "the", "in", "on", "for"}
)
#: Joining words inside a domain that are part of its name ("saguaro and sage").
_DOMAIN_KEEPS = frozenset({"and"})
#: Words said for an address's characters: "kim underscore lee", "blue hyphen fern".
_CHARACTERS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'\-]*")
#: Words between a said address and one said again that mark the second as its correction.
_REPAIR = re.compile(
    r"\b(?:no|nope|sorry|wait|actually|i\s+mean|i\s+meant|make\s+(?:that|it)|scratch\s+that"
    r"|correction|oops)\b",
    re.I,
)
_RESTATED_OPENER = frozenset({"it's", "its", "it", "is", "that's", "thats", "make", "that", "um"})


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int


@dataclass(frozen=True)
class Dictated:
    """One dictated address: where it stands in the text and its written form."""

    start: int
    end: int
    written: str


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _tld_at(tokens: list[_Token], index: int) -> tuple[str, int] | None:
    """The top-level domain said from ``tokens[index]`` ("com", or "c a") and the index
    after it, or None."""
    word = tokens[index].word
    if word in DICTATED_TLDS:
        return word, index + 1
    pair = tokens[index : index + 2]
    if len(pair) == 2 and len(pair[0].word) == 1 and len(pair[1].word) == 1:
        spelled = SPELLED_TLDS.get(pair[0].word + pair[1].word)
        if spelled:
            return spelled, index + 2
    return None


def _domain_before(tokens: list[_Token], dot: int) -> int | None:
    """The index of the first domain word before the ``dot`` at ``dot``, just after an "at"
    (one to :data:`MAX_DOMAIN_WORDS` words, "dash" or "hyphen" between them not counted), or
    None when no "at" opens them."""
    start, words = dot, 0
    while start > 0 and words < MAX_DOMAIN_WORDS:
        word = tokens[start - 1].word
        if word == "at":
            return start if start < dot else None
        if word in _NOT_DOMAIN and word not in _DOMAIN_KEEPS:
            return None
        words += word not in _CHARACTERS
        start -= 1
    if start > 0 and tokens[start - 1].word == "at" and start < dot:
        return start
    return None


def _local_before(tokens: list[_Token], at: int) -> int | None:
    """The index of the local part's first word before the "at" at ``at``: the word before
    it, extended backwards over "<word> dot" pairs ("underscore", "dash" and "hyphen" too);
    None when that word is no mailbox."""
    first = at - 1
    if first < 0 or tokens[first].word in _NOT_LOCAL:
        return None
    for _ in range(MAX_LOCAL_PARTS):
        if first >= 2 and tokens[first - 1].word in _CHARACTERS:
            if tokens[first - 2].word in _NOT_LOCAL:
                break
            first -= 2
        else:
            break
    return first


def _joined(words: list[str]) -> str:
    """Words of a local part or a domain, the words said for characters written as them
    ("kim underscore lee" -> kim_lee) and the others joined ("lilac city beans")."""
    return "".join(_CHARACTERS.get(w, w) for w in words)


def _tld_chain(tokens: list[_Token], index: int) -> tuple[str, int] | None:
    """The top-level domain said from ``tokens[index]`` and a second level after it ("co dot
    uk"), and the index after them, or None."""
    tld = _tld_at(tokens, index)
    if tld is None:
        return None
    suffix, after = tld
    if after + 1 < len(tokens) and tokens[after].word == "dot":
        more = _tld_at(tokens, after + 1)
        if more and len(more[0]) == 2:  # "co dot uk", "com dot au"
            return f"{suffix}.{more[0]}", more[1]
    return suffix, after


def dictated_addresses(text: str) -> list[Dictated]:
    """Every address dictated in ``text``, in order, a correction applied (see the module)."""
    tokens = _tokens(text)
    found: list[Dictated] = []
    index = 0
    while index < len(tokens) - 1:
        if tokens[index].word != "dot" or not (tld := _tld_chain(tokens, index + 1)):
            index += 1
            continue
        suffix, after = tld
        address = _address(tokens, index, suffix, after, found[-1] if found else None, text)
        if address:  # a domain said again covers the address it corrects
            found = [d for d in found if d.start < address.start]
            found.append(address)
        index = after
    return found


def _address(
    tokens: list[_Token], dot: int, suffix: str, after: int, before: Dictated | None, text: str
) -> Dictated | None:
    """The address ending at the top-level domain before ``after``: a whole one, or a domain
    said again after a correction of the address ``before`` it."""
    end = tokens[after - 1].end
    domain = _domain_before(tokens, dot)
    if domain is not None and (local := _local_before(tokens, domain - 1)) is not None:
        local_words = [t.word for t in tokens[local : domain - 1]]
        domain_words = [t.word for t in tokens[domain:dot]]
        written = f"{_joined(local_words)}@{_joined(domain_words)}.{suffix}"
        return Dictated(tokens[local].start, end, written)
    if before is None:
        return None
    return _restated_domain(tokens, dot, suffix, end, before, text)


def _restated_domain(
    tokens: list[_Token], dot: int, suffix: str, end: int, before: Dictated, text: str
) -> Dictated | None:
    """The address ``before`` with its domain said again after a correction cue ("... no
    wait sorry it's harborlight coffee dot com"), or None: the domain is the words after the
    last cue, without an opener ("it's"), one to :data:`MAX_DOMAIN_WORDS` of them."""
    between = [t for t in tokens[:dot] if t.start >= before.end]
    cues = [t.end for t in between if _REPAIR.fullmatch(t.word)]
    if not cues:
        return None
    words = [t.word for t in between if t.start >= cues[-1]]
    domain = [w for w in words if w not in _RESTATED_OPENER]
    if not domain or len(domain) > MAX_DOMAIN_WORDS or set(domain) & _NOT_DOMAIN:
        return None
    local = before.written.split("@", 1)[0]
    return Dictated(before.start, end, f"{local}@{''.join(domain)}.{suffix}")


def written_dictation(text: str) -> str:
    """``text`` with each dictated address written as an address: a corrected one as its
    correction alone (the span from the first saying to the last becomes the last)."""
    pieces, cursor = [], 0
    for address in dictated_addresses(text):
        pieces += [text[cursor : address.start], address.written]
        cursor = address.end
    return "".join(pieces) + text[cursor:]


def without_dictation(text: str, replacement: str) -> str:
    """``text`` with each dictated address (its corrections included) as ``replacement``."""
    pieces, cursor = [], 0
    for address in dictated_addresses(text):
        pieces += [text[cursor : address.start], replacement]
        cursor = address.end
    return "".join(pieces) + text[cursor:]
