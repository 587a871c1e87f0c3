"""Revisions: the visitor changes one input of the question just asked or of the sum just
made, and wants it done again ("no wait, I meant the decaf", "drop the Clarity, what's the
total now?", "make one of them a 3-group", "make that 14", "redo it for 5", "more like 120 lb.
new total?").

Only the wording is read here; which question or sum is redone, and with what, is decided by
the answerer from the conversation's topics (``shared.rag.revised``). A revision that does not
say which input changes (no item, no number) reads as none: the message is taken as it is.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.understanding.lexicon import NUMBER_WORDS, alternation

#: "no wait, I meant the decaf", "sorry, I meant the 2 group, not the 3": the new item follows
_MEANT = re.compile(r"\bi\s+(?:meant|mean)\b[\s:,]*", re.I)
#: the cue words a correction opens on, left at the end of the question before it
_OPENERS = re.compile(
    r"(?:[\s,.;:!-]*\b(?:no|nope|wait|sorry|oops|actually|hmm+|sorry\s+no|er+m?|uh+|um+))+"
    r"[\s,.;:!-]*$",
    re.I,
)
#: "..., not the 3", "rather than the riverbend", "instead of the 3 group": the old item
_NOT_THE_OLD = re.compile(
    r"[\s,;]*\b(?:not|rather\s+than|instead\s+of)\b(?:\s+(?:the|a|an|that|this))?\s+[^,.;!?]*",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the|a|an|that|this)\s+", re.I)

#: "drop the Clarity", "take out the water filter", "without the grinder", "ditch the pico":
#: the cue and the word after it ("filter": an item the order holds, named by its kind)
_DROPS = re.compile(
    r"\b(?:drop|dropping|remove|removing|take\s+out|take\s+off|leave\s+out|leave\s+off|"
    r"without|minus|skip|forget\s+about|forget|scrap|lose|cut|ditch)\b"
    r"(?:\s+(?:the|that|our)\b)?(?:\s+(?P<word>\w+))?",
    re.I,
)
#: Words that add to the order already under discussion rather than start a new one, in
#: normalised text: "what if i add the atlas 64", "plus the water filter", "throw in a clarity",
#: "pair it with the smaller grinder"
_ADDS = re.compile(
    r"\b(?:add|adding|added|also|as well|too|on top|another|throw in|include)\b"
    # "i'd pair it with the atlas 64", "match that with a grinder": beside the one discussed
    r"|\b(?:pair|pairing|paired|match|combine)\s+(?:it|that|this|them|those)\s+with\b"
    r"|^\W*plus\b"  # "plus the water filter": a message opening on "plus" adds to the order
)
#: another item in place of the one just asked about: "and if it were 20 lb of the Harbor cold
#: brew instead?", "same but with the decaf instead", "swap it for the atlas 75", "switch to
#: the foundry"
_SWAPS_ITEM = re.compile(
    r"\binstead\b(?!\s+of\b)|\bif\s+it\s+(?:were|was)\b"
    r"|\b(?:swap|switch|change)\s+(?:it|that|them)?\s*(?:for|to)\b",
    re.I,
)
#: "make one of them a 3-group", "swap one for a 3 group", "one of them should be a 3 group"
_SWAPS_ONE = re.compile(
    r"\b(?:make|swap|switch|change|turn)\s+one\b|\bone\s+of\s+(?:them|those|the\s+\w+)\s+"
    r"(?:a|an|as|should\s+be|to|for|be|into|is)\b",
    re.I,
)

#: count words that are figures ("a", "one", "a few" are more often no figure at all)
_NOT_FIGURES = {"a", "an", "one", "single", "few", "couple", "dozen", "hundred", "una", "uno"}
FIGURE_WORDS = {w: n for w, n in NUMBER_WORDS.items() if w.isalpha() and w not in _NOT_FIGURES}
_NUMBER = rf"(?:\$?\d[\d,]*(?:\.\d+)?|{alternation(FIGURE_WORDS)})"
#: a figure in a text: "80", "$12,000", "ten" (see :data:`FIGURE_WORDS`)
FIGURE = re.compile(rf"(?<![\w.$]){_NUMBER}(?!\w)", re.I)
#: a new figure for the sum just made: "make that 14", "redo it for 5", "more like 120 lb",
#: "it was $11,000", "for 6 instead", "change it to 12"
_RESTATED = re.compile(
    rf"\b(?:make\s+(?:that|it)|redo\s+(?:it|that|this|the\s+\w+)\s+(?:for|with)|"
    rf"(?:do|work\s+it\s+out|recalculate|redo)\s+(?:it\s+|that\s+)?(?:for|with)|"
    rf"more\s+like|closer\s+to|change\s+(?:that|it)\s+to|it\s+was|it'?s|it\s+is|"
    rf"(?:what|how)\s+about|and\s+for|for)\s+(?:about\s+|around\s+|roughly\s+)?"
    rf"(?P<n>{_NUMBER})\b",
    re.I,
)
#: the visitor wants the sum again: "new total?", "what's the total now", "redo it"
_AGAIN = re.compile(
    r"\b(?:new\s+(?:total|price|figure|number|sum|monthly)|(?:total|cost|price)\s+now|"
    r"redo|recalculate|re-?calc\w*|instead\b|make\s+(?:that|it)\s+\S+|more\s+like|"
    r"(?:checked|looked\s+at)\s+(?:the\s+)?(?:invoice|receipt|paperwork|numbers?)|it\s+was)",
    re.I,
)

#: the term of the rule just applied: "and over how many months is that?", "how long is it for?"
_TERM = re.compile(
    r"\b(?:(?:over|for)\s+)?how\s+many\s+(?:months|years|payments|instal+ments)\b"
    r"|\bhow\s+long\s+(?:is|would|will|does)\s+(?:it|that|this)\b(?!\s+take)"
    r"|\bwhat(?:'s|\s+is|s)?\s+the\s+(?:term|length|duration)\b",
    re.I,
)


def corrected_ask(text: str) -> tuple[str, str] | None:
    """The question a message asks and the item it corrects it to, when it says "I meant":
    "what's the Riverbend per pound? no wait, I meant the decaf" -> ("what's the Riverbend
    per pound?", "decaf"); "sorry, I meant the 2 group, not the 3" -> ("", "2 group").
    None without the cue or without a new item after it."""
    match = _MEANT.search(text)
    if match is None:
        return None
    head = _OPENERS.sub("", text[: match.start()]).strip()
    tail = _NOT_THE_OLD.sub("", text[match.end() :]).strip(" ,.;:!?")
    tail = _ARTICLE.sub("", tail)
    return (head, tail) if tail else None


def asks_term(text: str) -> bool:
    """Whether ``text`` asks the term of what was just worked out ("and over how many months
    is that?" after a leasing answer)."""
    return bool(_TERM.search(text))


def asked_of(head: str, alias: str, meant: str) -> str:
    """The question ``head`` with the item it names by ``alias`` (a catalog alias, its words
    spaced: "2 group") replaced by the item ``meant``."""
    words = r"[\s-]+".join(re.escape(w) for w in alias.split())
    return re.sub(rf"\b{words}\b", meant, head, count=1, flags=re.I)


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a figure (see :data:`FIGURE`)."""
    return [(m.start(), m.end()) for m in FIGURE.finditer(text)]


def replaced(text: str, span: tuple[int, int], value: str) -> str:
    """``text`` with ``value`` in place of its ``span``."""
    return f"{text[: span[0]]}{value}{text[span[1] :]}"


def keepable(question: str) -> bool:
    """Whether a question a figure was computed from may be kept for "make that 14" or "redo
    the math": it holds no contact detail (an address or a phone number is never kept in
    topics). One with no figure of its own ("the multi-site plan at our size") counted what
    the visitor told, so it is worked again, never given a new figure."""
    return not ("@" in question or re.search(r"\d[\d ()-]{6,}\d", question))


def drops(text: str) -> bool:
    """Whether ``text`` takes something out of the order ("drop the Clarity, total now?")."""
    return bool(_DROPS.search(text))


def dropped_word(text: str) -> str:
    """The word a drop is said of ("drop the filter" -> "filter"), lower case; "" without a
    drop or a word after it. An item dropped by its kind in short is found by it."""
    found = _DROPS.search(text)
    return (found.group("word") or "").lower() if found else ""


def adds(text: str) -> bool:
    """Whether ``text`` adds to the order under discussion ("what if i add the atlas 64")."""
    return bool(_ADDS.search(normalise(text)))


def swaps_item(text: str) -> bool:
    """Whether ``text`` puts another item in place of the one just asked about ("and if it
    were the Harbor instead?"); "instead of the X" names the old one, not a swap cue."""
    return bool(_SWAPS_ITEM.search(text))


def swaps_one(text: str) -> bool:
    """Whether ``text`` turns one of several of an item into another ("make one of them a
    3-group")."""
    return bool(_SWAPS_ONE.search(text))


#: the sum asked again with nothing restated in it: "can you redo the math?", "recalculate
#: please", "run the numbers again" (after a count the visitor corrected)
_REDO = re.compile(
    r"\b(?:redo|re-do|recalculate|re-?calc\w*|recompute|rerun|re-run)\b"
    r"|\b(?:run|do|work\s+out)\s+(?:the|those|that|it|your)\s*(?:math|maths|numbers|figures|sums?)?"
    r"\s+again\b"
    r"|\bupdate\s+(?:the|those|your)\s+(?:math|maths|numbers|figures|totals?|quote)\b",
    re.I,
)


def asks_redo(text: str) -> bool:
    """Whether ``text`` asks for the last sum again as it stands ("can you redo the math?"):
    worked again on what the conversation now holds."""
    return bool(_REDO.search(text))


def restated_number(text: str) -> str | None:
    """The new figure a message gives the sum just made, as typed ("make that 14" -> "14",
    "it was $11,000" -> "$11,000"), when it also asks it again (a cue of its own, "new
    total?", "redo it"); None when it gives none or several different ones."""
    if not _AGAIN.search(text):
        return None
    typed = [m.group("n") for m in _RESTATED.finditer(text)]
    values = {n.lower().replace(",", "") for n in typed}
    return typed[0] if len(values) == 1 else None


def revises(text: str, products: frozenset[str]) -> bool:
    """Whether ``text`` changes an input of the last question or sum (see the module): it says
    the item meant or the new figure, or drops or swaps an item it names (a word of
    ``products``, lower case: "drop by on friday" drops nothing)."""
    if corrected_ask(text) is not None or restated_number(text) is not None:
        return True
    named = bool(set(re.findall(r"[a-z]+", text.lower())) & products)
    return named and (drops(text) or swaps_one(text) or swaps_item(text))
