"""Messages written as lists: a line per item, each item opened by an enumerator ("1) ", "2. ",
"a) ", "- ", "• "), often under a header line ("Warranty question:"), or the same on one line
("Company background: 1) founded when  2) where", "Lumen 2-Group vs 3-Group | boiler | price").
The message keeps its line breaks (:func:`~shared.understanding.text.clean_message`), and the
list is written as sentences: the enumerators are structure, never a quantity or part of a
model's name ("2. Atlas 64" is not two Atlas 64s, "1) price of the pico\\n2) does it ..." no
"Pico 2"), and each item is a part of its own. The header gives what every item shares: the
attribute asked of each named item ("Warranty:\\n- BatchPro 2?") or the subject each attribute
is asked of ("On-site barista course:\\n- price\\n- max number of staff"). Pure: text in, text
out."""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.understanding.asked import OTHER_ASK
from shared.understanding.lexicon import ASKING_AUXILIARIES, QUESTION_OPENERS, alternation

#: A list item's enumerator at a line's start: "1) ", "2. ", "(3) ", "a) ", "- ", "• ", "* ".
_ENUMERATOR = re.compile(r"^[ \t]*(?:\(?(?:\d{1,2}|[a-hA-H])[.)]|[-•*–·])[ \t]+")
#: An enumerator inside a line ("... pls: 1) founded when  2) where", "4. X  5. Y"): a digit and
#: ")" or "." before a word (a decimal has no space; "-" inside prose is a dash).
_INLINE = re.compile(r"(?<![\w$.,])(?P<n>[1-9])[.)][ \t]+(?=[A-Za-z*\"'])")
#: A line already ended by punctuation of its own (a header's ":", a question's "?"), also
#: inside a closing quote or bracket ("... right now.'").
_ENDED = re.compile(r"[.?!:;,][\"'’”)\]]*$")
#: An item that is a question of its own ("does it come with training"), not a bare name.
_ASKING = re.compile(
    rf"^\W*(?:{alternation([*QUESTION_OPENERS, *ASKING_AUXILIARIES, 'any'])})\b", re.I
)
#: What a header asks of each item under it ("Warranty question:", "Lead times please:").
_HEADER_ASK = re.compile(OTHER_ASK.pattern + r"|\b(?:price|prices|pricing|cost|costs)\b")
#: A header's end: a colon or a dash after it ("Leasing -", "Sunrise single origin - 1) ...").
_HEADER_END = re.compile(r"\s*(?::|\s-+|\s[–—])\s*$")


def unlisted(text: str) -> str:
    """``text`` with a list written line by line (two or more lines opened by an enumerator,
    or one line enumerated "1) X  2) Y" or split by pipes, see :func:`_spread`) as sentences:
    the enumerators dropped, each line ended by a full stop (a "?" for an item that asks)
    unless it has punctuation of its own, and a bare item under a header that asks an
    attribute asking it of that item ("Warranty question:\\n1) X\\n2) Y" -> "Warranty
    question: X warranty? Y warranty?"), an attribute under a header naming a subject asking
    it of the subject (see :func:`_of_subject`). Any other text is returned unchanged."""
    given = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [spread for line in given for spread in _spread(line)]
    items = [_ENUMERATOR.sub("", line).strip() for line in lines if _ENUMERATOR.match(line)]
    # "4) sample kit - what's in it?" alone: one more question numbered on from the last turn
    alone = len(lines) == 1 and len(items) == 1 and (_asks(items[0]) or _attribute(items[0]))
    if len(items) < 2 and not (items and len(lines) > len(given)) and not alone:
        dashed = [_dashed_ask(line) for line in given]
        return "\n".join(dashed) if dashed != given else text
    asking = not any(_TELLS.search(i) for i in items) and any(_attribute(i) for i in items)
    out: list[str] = []
    asked = subject = previous = ""  # what the header before the items asks, or names
    header_at = -1  # where the header naming the subject stands in out: restated by its items
    for line in lines:
        item = _ENUMERATOR.sub("", line).strip()
        if not item:
            continue
        if item == line:  # a line of prose: a header, a greeting, the question after the list
            header = _HEADER_END.search(line) is not None
            found = _HEADER_ASK.search(normalise(line)) if header else None
            asked = found.group(0) if found else ""
            subject = _subject(line) if header and not asked else ""
            header_at = len(out) if subject else -1
            out.append(_header(line) if header else line if _ENDED.search(line) else f"{line}.")
            continue
        out.append(_item(_dashed_ask(item), asked, subject, asking, previous))
        previous = out[-1]
        if header_at >= 0 and out[-1].startswith(f"{subject}: "):
            out[header_at], header_at = "", -1  # the subject is asked in its items
    return "\n".join(line for line in out if line)


def _spread(line: str) -> list[str]:
    """One line as the lines of its list: "Header: 1) X  2) Y" (consecutive numbers, every item
    saying something) as "Header:", "1) X", "2) Y"; "Subject | attribute | attribute" (every
    cell after the first an attribute, the first none) as "Subject:", "- attribute", ... Any
    other line is itself."""
    marks = list(_INLINE.finditer(line))
    numbers = [int(m["n"]) for m in marks]
    if len(marks) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        ends = [m.start() for m in marks[1:]] + [len(line)]
        items = [line[m.end() : end].strip() for m, end in zip(marks, ends, strict=True)]
        if all(_says(i) for i in items):
            head = line[: marks[0].start()].strip()
            listed = [f"{m['n']}) {i}" for m, i in zip(marks, items, strict=True)]
            return ([_header(head)] if head else []) + listed
    cells = [c.strip() for c in line.split("|")]
    attributes = len(cells) >= 2 and all(_attribute(c) and _bare(c) for c in cells[1:])
    if attributes and cells[0] and not _attribute(cells[0]):
        return [_header(cells[0]), *(f"- {c}" for c in cells[1:])]
    return [line]


#: A subject, a dash, then a question pointing back at it ("sample kit for new cafes - whats in
#: it", "Riverbend - is it organic?"): the subject is what the question asks about.
_DASHED_ASK = re.compile(
    r"^(?P<subject>[^?:|]{3,80}?)\s+[-–—]+\s+(?P<ask>(?:what|whats|what's|how|is|are|does|do|can"
    r"|where|when|which|who)\b.*\b(?:it|its|they|them|that|those)\b.*)$",
    re.I,
)


def _dashed_ask(line: str) -> str:
    """``line`` as the question asked of its subject when it is written "subject - question
    pointing back" (see :data:`_DASHED_ASK`): a closing "it" replaced by the subject ("whats in
    the sample kit"), else "subject: question"; any other line is itself."""
    found = _DASHED_ASK.match(line)
    subject = _subject(found["subject"]) if found else ""
    if found is None or not subject:  # "our order came with X - can I send them back?" tells
        return line
    # "it" is the subject: said in its place, an item talked about before is not read for it
    asked, put = re.subn(r"\b(?:it|them)\b(?=\W*$)", lambda _: f"the {subject}", found["ask"])
    return asked if put else f"{subject}: {found['ask']}"


def _asks(item: str) -> bool:
    """Whether a list item asks: a question mark or a question word first."""
    return item.rstrip("\"'’”)]").endswith("?") or _ASKING.match(item) is not None


def _says(item: str) -> bool:
    """Whether an inline item says something ("prices 1) and 2) above": "and" says nothing)."""
    return bool(re.sub(r"\b(?:and|or|&)\b", "", item).strip(" ,.;-"))


def _header(line: str) -> str:
    """A header line ended by its colon ("Leasing -" -> "Leasing:"); a sentence stays."""
    if _HEADER_END.search(line):
        return _HEADER_END.sub(":", line)
    return line if _ENDED.search(line) else f"{line}:"


def _item(item: str, asked: str, subject: str, asking: bool, previous: str) -> str:
    """One list item as a sentence (see :func:`unlisted`)."""
    bare = item.rstrip("?").strip()
    if asked and _names_only(bare):
        return f"{bare} {asked}?"
    if subject and _of_subject(bare):
        return f"{subject}: {bare}?"
    if _ENDED.search(item):
        return item
    if _ASKING.match(item) or (asking and _attribute(item)):
        return f"{item}?"
    if asking and previous.endswith("?") and _names_only(item) and not subject:
        return f"and {item}?"  # "1) delivery time to X  2) Canada": the same asked of Canada
    return f"{item} {asked}?" if asked and _names_only(item) else f"{item}."


#: An item that tells rather than names ("we ordered monday", "still not here").
_TELLS = re.compile(r"^\W*(?:we|i|it|our|my|they|you|still)\b|\b(?:not|no|never)\b|n't\b", re.I)


def _names_only(item: str) -> bool:
    """Whether the item is a bare name ("BatchPro 2", "the big grinder"), which a header's
    attribute can be asked of: at most four words, telling nothing."""
    return len(item.split()) <= 4 and not _TELLS.search(item) and ":" not in item


#: Words naming an attribute asked of a thing ("price", "boiler size", "max number of staff",
#: "showroom address", "restocking fee"): a list item led by one asks it.
_ATTRIBUTE_TEXT = """
    price prices pricing cost costs fee fees charge charges total rate rates boiler power
    voltage burrs burr warranty lead delivery shipping roast origin term terms minimum min max
    maximum capacity size weight dimensions specs hours address location duration length
    discount discounts"""
_ATTRIBUTE_WORDS = frozenset(_ATTRIBUTE_TEXT.split())
#: Words of the visitor's own that a header naming a subject never holds ("we", "our ...").
_FILLER = re.compile(r"\s*\b(?:pls|plz|please|questions?|qs|q|info|details)\W*$", re.I)
_ANNOUNCING = re.compile(r"^\W*(?:hi|hello|hey|thanks|re|fwd?|quick|a few|few|some)\b", re.I)


def _attribute(item: str) -> bool:
    """Whether one of the item's first three words names an attribute (see
    :data:`_ATTRIBUTE_WORDS`), the item telling nothing."""
    words = normalise(item).split()[:3]
    return any(w in _ATTRIBUTE_WORDS for w in words) and not _TELLS.search(item)


def _bare(item: str) -> bool:
    """Whether the item names no thing of its own: short, no digit, no capital after its first
    word ("price", "boiler size"; not "price of the Atlas 64")."""
    words = item.split()
    named = any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
    return len(words) <= 6 and not named and ":" not in item


def _subject(header: str) -> str:
    """The subject a header names for the items under it ("On-site barista course:", "Company
    background pls:"), or "" for a header that greets, announces a list, tells or is long."""
    name = _FILLER.sub("", _HEADER_END.sub("", header)).strip(" *_#")
    if not name or len(name.split()) > 8 or _TELLS.search(name) or _ANNOUNCING.match(name):
        return ""
    return "" if re.search(r"[?!.]|\b(?:things|points|items)\b", name, re.I) else name


def _of_subject(item: str) -> bool:
    """Whether an item asks something of the header's subject: an attribute that names no thing
    of its own ("price", "max number of staff"), or a short question naming nothing ("founded
    when", "where", "how long to develop") or one pointing at it ("where is it from")."""
    if _attribute(item):
        return _bare(item)
    opener = re.search(rf"\b(?:{alternation(QUESTION_OPENERS)})\b", item, re.I)
    asks = opener is not None or _ASKING.match(item) is not None
    pointing = re.search(r"\b(?:it|its|they|them)\b", item, re.I) is not None
    # an article names a thing of its own ("what powers the roastery")
    own = re.search(r"\b(?:the|a|an|your|ur)\b", item, re.I) is not None
    return asks and _bare(item) and (pointing or (len(item.split()) <= 4 and not own))
