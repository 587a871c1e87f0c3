"""Messages written as lists: a line per item, each item opened by an enumerator ("1) ", "2. ",
"a) ", "- ", "• "), often under a header line ("Warranty question:"). The message keeps its line
breaks (:func:`~shared.understanding.text.clean_message`), and the list is written as sentences: the
enumerators are structure, never a quantity or part of a model's name ("2. Atlas 64" is not
two Atlas 64s, "1) price of the pico\\n2) does it ..." no "Pico 2"), and each item is a part
of its own. Pure: text in, text out."""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.understanding.asked import OTHER_ASK
from shared.understanding.lexicon import ASKING_AUXILIARIES, QUESTION_OPENERS, alternation

#: A list item's enumerator at a line's start: "1) ", "2. ", "(3) ", "a) ", "- ", "• ", "* ".
_ENUMERATOR = re.compile(r"^[ \t]*(?:\(?(?:\d{1,2}|[a-hA-H])[.)]|[-•*–·])[ \t]+")
#: A line already ended by punctuation of its own (a header's ":", a question's "?"), also
#: inside a closing quote or bracket ("... right now.'").
_ENDED = re.compile(r"[.?!:;,][\"'’”)\]]*$")
#: An item that is a question of its own ("does it come with training"), not a bare name.
_ASKING = re.compile(
    rf"^\W*(?:{alternation([*QUESTION_OPENERS, *ASKING_AUXILIARIES, 'any'])})\b", re.I
)
#: What a header asks of each item under it ("Warranty question:", "Lead times please:").
_HEADER_ASK = re.compile(OTHER_ASK.pattern + r"|\b(?:price|prices|pricing|cost|costs)\b")


def unlisted(text: str) -> str:
    """``text`` with a list written line by line (two or more lines opened by an enumerator)
    as sentences: the enumerators dropped, each line ended by a full stop (a "?" for an item
    that asks) unless it has punctuation of its own, and a bare item under a header that asks
    an attribute asking it of that item ("Warranty question:\\n1) X\\n2) Y" -> "Warranty
    question: X warranty? Y warranty?"). Any other text is returned unchanged."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    if sum(1 for line in lines if _ENUMERATOR.match(line)) < 2:
        return text
    out: list[str] = []
    asked = ""  # the attribute the header just before the items asks
    for line in lines:
        item = _ENUMERATOR.sub("", line).strip()
        if not item:
            continue
        if item == line:  # a line of prose: a header, a greeting, the question after the list
            found = _HEADER_ASK.search(normalise(line)) if line.endswith(":") else None
            asked = found.group(0) if found else ""
            out.append(line if _ENDED.search(line) else f"{line}.")
            continue
        out.append(_item(item, asked))
    return "\n".join(out)


def _item(item: str, asked: str) -> str:
    """One list item as a sentence (see :func:`unlisted`)."""
    if _ENDED.search(item):
        return item
    if _ASKING.match(item):
        return f"{item}?"
    return f"{item} {asked}?" if asked and _names_only(item) else f"{item}."


#: An item that tells rather than names ("we ordered monday", "still not here").
_TELLS = re.compile(r"^\W*(?:we|i|it|our|my|they|you|still)\b|\b(?:not|no|never)\b|n't\b", re.I)


def _names_only(item: str) -> bool:
    """Whether the item is a bare name ("BatchPro 2", "the big grinder"), which a header's
    attribute can be asked of: at most four words, telling nothing."""
    return len(item.split()) <= 4 and not _TELLS.search(item)
