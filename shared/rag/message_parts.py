"""How a message's parts are read before each is answered: an "or" alternative that names
nothing is the same question, an aside with no ask joins its neighbour, and a part that names
no subject is anchored to the parts before it. Pure: text in, parts out."""

from __future__ import annotations

import re

from shared.catalog.model import Catalog
from shared.rag.bm25 import tokenize
from shared.rag.gaps import PRICE_STEMS
from shared.rag.question import GENERIC, STAND_IN, STAND_INS, terms
from shared.rag.resolve import kind_named
from shared.rag.told import asks, tells
from shared.understanding.asked import asks_prices_only
from shared.understanding.entities.places import place_in
from shared.understanding.reference import points_back

_WH = re.compile(r"^\W*(?:where|when|who|what|which|why|how|since when)\b", re.I)
#: "we're in ohio", "were in denver" (as the speller leaves it), "i'm based out of austin",
#: "our shop is in boise", "located in tulsa": where the visitor is, said, not asked.
_WHERE_WE_ARE = re.compile(
    r"^\W*(?:(?:we|i)(?:'re|'m|\s+are|\s+am)?|were|im|our\s+(?:[\w-]+\s+){0,2}(?:is|are))?\s*"
    r"(?:based|located)?\s*(?:in|out\s+of|near|around)\s+[\w .,'-]+$",
    re.I,
)


def states_place(part: str) -> bool:
    """Whether the part only says where the visitor is ("we're in ohio"): context for the
    question beside it (a delivery fee, a technician's reach), never a question of its own."""
    return "?" not in part and bool(_WHERE_WE_ARE.match(part)) and place_in(part) is not None


def alternatives(part: str, items: list[str], catalog: Catalog) -> list[str]:
    """The items without an "or" alternative that names nothing of the catalog: in
    "Installation included, or a separate line item?" the second is the other answer to the
    same question (answering the first answers it), not a second thing asked."""
    out: list[str] = []
    offers = _OR.search(part) is not None  # no "or ": no item is an alternative
    for item in items:
        alternative = offers and re.search(rf"\bor\s+{re.escape(item)}", part, re.I)
        if not (out and alternative and not _names(item, catalog)):
            out.append(item)
    return out


_OR = re.compile(r"\bor\s", re.I)


def _names(item: str, catalog: Catalog) -> bool:
    return bool(catalog.mentions(item)) or kind_named(catalog, item) is not None


def folded(parts: list[str]) -> list[str]:
    """The parts with one that asks nothing of its own ("can i buy from you?", "hi!": no topic
    word and no question word such as "where are you" has; "we're in ohio") joined to its
    neighbour, so it is answered in that part's context, not reported unanswered."""
    out: list[str] = []
    pending = ""
    for part, after in zip(parts, [*parts[1:], ""], strict=True):
        if part.rstrip().endswith("?") and asks_prices_only(part) and after and not asks(after):
            # "can i just get a price? per pound for your house espresso and the organic
            # one.": the fragment after says what the price is asked of
            pending = f"{pending} {part}".strip()
            continue
        if states_place(part) or (not terms(part) - GENERIC and not _WH.match(part)):
            if out:
                out[-1] = f"{out[-1]} {part}"
            else:
                pending = f"{pending} {part}".strip()
            continue
        out.append(f"{pending} {part}".strip())
        pending = ""
    return out or ([pending] if pending else [])


#: Words that ask about something without naming it ("what exactly is included", "what are the
#: conditions", "what is the difference", "what is the cost"): a part asking only these is
#: about the subject of the message's part before it.
RELATIONAL = (
    frozenset(
        tokenize("include included difference differ conditions requirements terms options details")
    )
    | frozenset(tokenize("cost price work works mean covered cover free available possible"))
    # a limit asked of the subject before ("... house blend take and whats the minimum")
    | frozenset(tokenize("minimum minimums maximum"))
)


#: Words naming only the shape of an answer ("and what year", "since when"): a part asking
#: with them alone is about the subject of the part before it.
SHAPE_WORDS = frozenset(tokenize("year years date day days since long ago"))  # "and since when"


def anchored(parts: list[str]) -> list[tuple[str, str]]:
    """Each part with the (at most two) earlier parts of the message, which name its subject,
    when it names none itself ("I have read that you offer launch consulting. What exactly is
    included?"); one pointing back ("what comes in it?") with only the part just before it,
    when that is a statement ("i heard you send samples."); else with "". The caller drops
    the anchor of a part pointing back ("what does it include?") while entities are being
    discussed: they carry the subject."""
    out: list[tuple[str, str]] = []
    for n, part in enumerate(parts):
        own = terms(part) - GENERIC - PRICE_STEMS - RELATIONAL - SHAPE_WORDS
        earlier = parts[max(0, n - 2) : n]
        own = own - STAND_INS if earlier and STAND_IN.search(part) else own
        if points_back(part) and earlier and tells(earlier[-1]):
            earlier = earlier[-1:]  # "it" is what the statement just before names, not the story
        subject = (
            [_ASK_WORDS.sub(" ", p).strip() for p in earlier] if _LIMIT.search(part) else earlier
        )
        if terms(part) & PRICE_STEMS:  # "X include, and what does it cost": X, not its contents
            subject = [_CONTENTS_ASK.sub("", p).strip() for p in subject]
        out.append((part, "" if own else " ".join(subject)))
    return out


#: The contents asked of an earlier part ("what does X include", "what's included in X"): a
#: price asked after it is the price of X, and "include" would pull the contents back instead.
_CONTENTS_ASK = re.compile(
    r"\s*\b(?:include|includes|including|cover|covers|involve|involves|entail|entails)\W*$"
    r"|^\W*what(?:'s|s| is| are| comes?)? (?:included|covered) (?:in|with|on)\b"
    r"|^\W*what(?:'s|s| is| are) in\b",  # "what's in the launch consulting, and its cost"
    re.I,
)
#: A limit asked ("and what's the minimum"): the anchor gives the subject, not its ask.
_LIMIT = re.compile(r"\b(?:minimum|minimums|maximum)\b", re.I)
#: The asking words of an earlier part ("how long does ... take"), which would pull a limit's
#: answer back to the earlier ask.
_ASK_WORDS = re.compile(
    r"^\W*(?:how (?:long|much|many|soon|fast)|what\S*|when|where|which)"
    r"(?:\s+(?:does|do|is|are|will|would|can|could))?\b|\b(?:take|takes|taking)\s*$",
    re.I,
)
