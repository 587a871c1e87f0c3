"""Which parts of a message ask and which tell: a statement is context for the ask after it.

"got an atlas 75 last week, box never opened, changed my mind. if i send it back how much do i
get back?" tells, then asks: the first part is not a question to answer with whatever sentence
is nearest to it, but the anchor of the ask ("it" is the Atlas 75, never opened). A statement
after the last ask anchors it only when it says what the visitor is on or uses ("... can i
reach anybody? we're on the pro plan"; not "are you hiring? im a barista looking for work").
Pure: parts in, parts out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import pairwise

from shared.catalog.words import normalise
from shared.rag.conditions import NEGATIONS
from shared.rag.parts import EMBEDDED_ASK, is_ask
from shared.rag.question import GENERIC, PHRASE_SYNONYMS, terms
from shared.rag.rules import stated_amount
from shared.understanding.asked import asks_price, asks_total
from shared.understanding.coffee_service import OWN_PLACE
from shared.understanding.fragment_asks import asks_as_fragment, topics_put_first
from shared.understanding.lexicon import MONTHS, REMARK_WORDS, SMALL_NUMBERS, TIME_NOUNS
from shared.understanding.reference import points_back

#: A joining word before a part's ask ("and whats the warranty", "also how long").
_LEADING = re.compile(r"^\W*(?:(?:and|also|plus|oh|ok|so)\b[\s,]*)+", re.I)


def asks(part: str) -> bool:
    """Whether a part asks something, past a joining word ("and whats the warranty"), or
    asks an attribute of a topic as a verbless fragment ("techs cover where")."""
    return is_ask(_LEADING.sub("", part)) or asks_as_fragment(part)


#: "got a grinder last week" tells what the visitor has; "got any decaf?" asks.
_HAVE = re.compile(r"^\W*(?:we |i )?(?:got|bought|have|had) (?:a|an|the|our|my|two|\d+)\b", re.I)


#: "we're on the pro plan", "we're running a lumen": what the visitor is on or uses, said.
_ARE = re.compile(
    r"^\W*(?:we(?: |')?re|were|we are|i(?: |')?m|i am) (?:on|with|using|running)\b", re.I
)


#: The visitor's own premises' lease, told as theirs or done ("just signed the lease", "our
#: lease runs out in may", "the lease is signed"): a word of their situation, not an ask about
#: leasing equipment.
_OWN_LEASE = re.compile(
    r"\b(?:signed|got|secured|inked|negotiated|renewed|finali[sz]ed|closed\s+on)\s+(?:the|our"
    r"|a|my)\s+(?:new\s+|shop\s+|cafe\s+|building\s+)?lease\b|\b(?:our|my)\s+(?:new\s+)?lease\b"
    r"|\blease\s+(?:is|was|got|has\s+been)\s+(?:signed|done|sorted|finali[sz]ed)\b",
    re.I,
)


#: A part the visitor tells about themselves opens with them or their plan ("we open in the
#: spring ...", "opening in june and ..."); one without a question word that does not ("sales
#: phone # pls") is still a request.
#: A pick of the visitor's own, hedged ("probably the 75 for the new place", "maybe a 64 for
#: the old one", "leaning towards the pico"): what they will choose, not an ask.
_CHOICE = re.compile(
    r"^\W*(?:probably|prob|maybe|likely|most likely|leaning(?:\s+towards?)?|thinking)\s+"
    r"(?:the|a|an|one|two|both|\d)\b",
    re.I,
)
_FIRST_PERSON = re.compile(
    r"^\W*(?:we|i|im|i'm|i m|we're|we re|were|our|my|us|opening|starting|launching|planning)\b",
    re.I,
)


#: "were opening a cafe in june" (the speller's "we're"): a verb in -ing after it tells what
#: the visitor is doing; "were you open ..." would ask.
_WERE_DOING = re.compile(r"^\W*were\s+[a-z]+ing\b(?!\s+(?:you|u)\b)", re.I)


#: What makes an ask lean on the statement before it: a word pointing back ("can we send it
#: back?", "is that included") or a bare ask ("how much?", "since when").
_LEANS = re.compile(
    r"\b(?:it|its|it's|that|this|them|they|those|these|one|there|he|she|his|her)\b", re.I
)


def _leans(part: str, told: str = "") -> bool:
    """Whether an ask leans on the statement before it: it points back, has at most one topic
    word of its own ("how much back?"), or asks a sum of what a statement counts ("we'd take
    120 lb of X a month. what's the monthly total after any discount?"); "can we try the
    coffees before we commit" does not, nor one whose pronoun follows its own topic ("which
    coffee is your single origin, where is it from")."""
    if _SUMMED.search(told) and (asks_total(part) or asks_price(part)):
        return True
    pointing = _LEANS.search(part)
    if pointing and len(terms(part[: pointing.start()]) - GENERIC) >= 2:
        return False  # "which coffee is your single origin, where is it from": "it" is its own
    return bool(pointing) or len(terms(part) - GENERIC) < 2


#: A figure in a statement: what a sum asked after it multiplies.
_SUMMED = re.compile(r"\d")
#: The visitor's own things ("our machine is 2 group", "we have a pico"): what they have, not
#: the item their next ask is about.
_OWNED = re.compile(
    r"\b(?:our|my|we (?:have|own|run|use|got)|we've got|i (?:have|own|use))\b", re.I
)
#: An amount of goods or money stated ("120 lb", "25 bags", "$7,500"), not a model number.
_WEIGHED = re.compile(
    r"\d[\d,.]*\s*(?:lbs?|pounds?|kg|kilos?|bags?|oz|ounces?|%)(?![a-z])|\$\s?\d", re.I
)


#: A greeting before what the visitor says ("hi, we're turning our juice bar into ...").
_GREETING = re.compile(r"^\W*(?:hi|hello|hey|hiya|morning|afternoon|evening)\b[\s,!.]*", re.I)

#: Words that make a part without a question a request ("sales phone # pls", "pricing on the
#: lumen", "need a quote"): what it names is asked for, not told.
_REQUEST = re.compile(
    r"#|\b(?:pls|plz|please|price\w*|cost\w*|quotes?|info|details?|need\w*|want\w*|send|"
    r"tell|list|interested)\b",
    re.I,
)


#: What the item just named is for, said without a question ("want it for my kitchen", "need
#: one for a food truck"): the visitor's purpose, not a request for something else.
_PURPOSE = re.compile(
    r"^\W*(?:(?:we|i) )?(?:want|need|getting|buying)\w* (?:it|them|one|this|that) for\b[^?]*$",
    re.I,
)


#: A clause the splitter cut from its subject, negated ("... and can't decide on a coffee.",
#: "... but don't need a grinder."): still the visitor's statement, not a request.
_NEGATED = re.compile(
    r"^\W*(?:(?:and|but|so|just)\s+)?(?:can't|cannot|can not|don't|didn't|won't|haven't|"
    r"couldn't|wouldn't|never)\b",
    re.I,
)


def _told(part: str) -> bool:
    """Whether a part tells rather than asks: no ask, opening with the visitor themselves or
    saying what the item is for ("want it for my kitchen"); a sentence closed by a full stop
    that opens by saying what the visitor has ("got an atlas 75 last week, box never
    opened."); or one without a question mark saying what they are ("we're on the pro plan")."""
    said = part.strip()
    if EMBEDDED_ASK.search(said):  # "I have two cafés and just want to know if X covers us"
        return False
    if _PURPOSE.match(said) or (not asks(said) and _FIRST_PERSON.match(said)):
        return True
    if "?" not in said and _WERE_DOING.match(said):  # "were opening a new cafe next spring"
        return True
    if "?" not in said and _NEGATED.match(said):  # "... and can't decide on a coffee."
        return True
    if "?" not in said and _CHOICE.match(said) and not asks(said):
        return True  # "probably the 75 for the new place and a 64 for the old": their pick
    if "?" not in said and _OWN_LEASE.search(said) and not asks(said):
        return True  # "just signed the lease.": their premises, no equipment leasing asked
    return (said.endswith(".") and bool(_HAVE.match(said))) or _situation(said)


def tells(part: str) -> bool:
    """Whether a part tells rather than asks (see :func:`_told`)."""
    return _told(part)


def _remark(part: str) -> bool:
    """Whether a part only remarks, beside an ask of the same message: a sentence closed by a
    full stop, with no question mark and no request word, and either no ask ("end of Q1 is
    the plan.", "maybe 80 coffees a day, mostly espresso drinks.") or opening, past a
    greeting, with the visitor ("hi, we're turning our juice bar into a coffee spot."); one
    stating an amount of money ("paid about 12k for it") is kept for the rule that works on
    it. Alone in a message such a part is still answered."""
    said = _GREETING.sub("", part.strip())
    if not said.endswith((".", "!")) or "?" in said or _REQUEST.search(said):
        return False  # "number to call sales": a request without a verb, not closed as said
    if stated_amount(said):
        return False  # "paid about 12k for it new": the amount a rule works on
    return not asks(said) or bool(_FIRST_PERSON.match(said))


#: A part opening with the visitor's sites counted ("single cafe in Pasadena", "just the one
#: shop", "2 locations in Ohio"): who asks, typed as a noun phrase.
_SITES_COUNTED = re.compile(
    rf"^\W*(?:just |only )?(?:a |the |\d+ |(?:{'|'.join(SMALL_NUMBERS)}) )?(?:single |one )?"
    r"(?:cafe|café|coffee shop|shop|location|site|store|kiosk|cart|truck|branch)s?\b",
    re.I,
)


def _trailing(parts: list[tuple[str, str]]) -> set[str]:
    """The parts after the message's last question mark that count the visitor's sites and
    neither ask nor request nor state an amount ("Essential plan - price? single cafe in
    Pasadena, machine is 4 yrs old"): the situation typed after the question, unclosed; a
    remark like the closed ones of :func:`_remark`, not a second question. A story after it
    ("... the last roaster sent us beans that were a month old") may still say what is asked."""
    last = max((n for n, (part, _) in enumerate(parts) if "?" in part), default=None)
    if last is None:
        return set()
    return {
        part
        for part, _ in parts[last + 1 :]
        if _SITES_COUNTED.match(part)
        and not asks(part)
        and not _REQUEST.search(part)
        and not stated_amount(part)
    }


def _situation(part: str) -> bool:
    """Whether a part without a question mark says what the visitor is on or uses."""
    return "?" not in part and bool(_ARE.match(part.strip()))


def _asks_after_told(
    parts: list[tuple[str, str]],
    remarks: Callable[[str], bool],
    subjects: Callable[[str], str | None] = lambda _: None,
    stories: Collection[str] = (),
) -> tuple[list[tuple[str, str, str]], str]:
    """The one walk over a message's parts: each ask with its own anchor and the statement
    told since the ask before it ("" when none), and the statement told after the last ask.
    A part that tells is gathered into the statement (so is one of the ``stories``, the
    statements a question was dictated on after), and of a remark that is the subject of
    the ask after it, the item it names (``subjects``); one that only ``remarks`` is passed over
    (it neither tells nor asks); any other part asks."""
    asks: list[tuple[str, str, str]] = []
    told = ""
    for part, anchor in parts:
        subject = subjects(part)
        if _told(part) or part in stories or subject:
            told = f"{told} {subject or part}".strip()
        elif not remarks(part):
            asks.append((part, anchor, told))
            told = ""
    return asks, told


def told_apart(
    parts: list[tuple[str, str]],
    unknown: Callable[[str], list[str]] = lambda _: [],
    names: Callable[[str], bool] = lambda _: False,
    mentions: Callable[[str], bool] = lambda _: False,
    items_in: Callable[[str], str] = lambda _: "",
    stories: Collection[str] = (),
) -> list[tuple[str, str]]:
    """The parts that ask, when some do: a statement before one ("got an atlas 75, box never
    opened, changed my mind.") is its context, not a question to answer with whatever
    sentence is nearest to it, and a remark beside an ask ("end of Q1 is the plan.") is
    dropped unless it ``mentions`` an item by name (a bare list of items is asked for). A
    statement anchors the ask after it only when the ask ``names`` no subject of its own
    ("... can we send it back?"; not "... what's the smallest espresso machine you have").
    The statement's ``unknown`` words (English words the knowledge base never uses:
    "spring", "picked") are left out of the anchor: they are the visitor's story, not what
    the ask is about. A remark naming an item before an ask pointing back ("we'd like the
    three-group machine in before the festival. how long does it take to arrive?") gives it
    the item (``items_in``: the names of the items a part names), not its story."""
    subjects = {
        part: items_in(part)
        for (part, _), (ask, _) in pairwise(parts)
        if _remark(part)
        and mentions(part)
        and points_back(ask)
        and not names(ask)
        and not _WEIGHED.search(part)  # "120 lb of foundry a month.": the amount a rule sums
        and not _OWNED.search(part)  # "our machine is 2 group": theirs, not the item asked
    }
    trailing = _trailing(parts)
    topics = _topics_first(parts, unknown)  # "own blend. min?": the subject of the ask after it
    asks, after = _asks_after_told(
        parts,
        lambda p: (_remark(p) or p in trailing) and not mentions(p),
        subjects.get,
        {*stories, *topics},
    )
    if not asks or len(asks) == len(parts):  # every part tells, or none does
        return parts
    out: list[tuple[str, str]] = []
    for part, anchor, told in asks:
        # "can we try the coffees first" stands alone; "we're on the pro plan." is what any
        # ask after it is about
        put_first = any(told.endswith(topic) for topic in topics)
        own = names(part) or not (_leans(part, told) or _situation(told) or put_first)
        # an anchor of the part before, told in the visitor's story ("i heard you send samples
        # to new places."), keeps only the words the knowledge base uses
        anchor = _context(anchor, unknown) if anchor and _told(anchor) else anchor
        out.append((part, anchor or ("" if own else _context(told, unknown))))
    if after and not out[-1][1] and _situation(after):  # "... anybody? we're on the pro plan"
        out[-1] = (out[-1][0], _context(after, unknown))
    return out


def _topics_first(parts: list[tuple[str, str]], unknown: Callable[[str], list[str]]) -> set[str]:
    """The parts that only name the topic the ask right after them is about ("decaf. how
    decaffed", "multisite plan. how many sites needed"): that ask's subject, whatever it
    names of its own, unless it names an item itself. A remark ("thanks.", "ok cool."), a
    word the knowledge base never uses, a time or a deed of the visitor's ("bought jan.": their
    story) is no topic."""
    said = [part for part, _ in parts]
    return {
        part
        for part in topics_put_first(said, [asks(part) for part in said])
        if _remark(part)  # closed as said ("own blend."): an unclosed one is asked already
        and terms(part) - GENERIC
        and not set(normalise(part).split()) & (_NO_TOPIC_WORDS | MONTHS.keys() | TIME_NOUNS)
        and not _DEED.match(part)
        and not unknown(part)
    }


#: words that make a bare sentence a remark, not a topic ("thanks.", "ok cool.")
_NO_TOPIC_WORDS = REMARK_WORDS - {"your", "ur"}
#: a deed of the visitor's opening a bare sentence: "bought jan.", "got 2.", "ordered friday."
_DEED = re.compile(
    r"^\W*(?:got|bought|had|have|ordered|paid|sent|broke|opened|signed|switched|moved|started"
    r"|returned|tried|used|installed)\b",
    re.I,
)


def told_before(
    parts: list[tuple[str, str]],
    unknown: Callable[[str], list[str]] = lambda _: [],
    stories: Collection[str] = (),
) -> dict[str, str]:
    """Each ask's statement before it as an anchor, whether or not the ask leans on it: the
    second try of an ask that alone finds nothing ("we get a weekly coffee delivery. can i
    skip next week"), where :func:`told_apart` gave it none because it names its own topic.
    Every remark is passed over here, one naming an item too."""
    asks, _ = _asks_after_told(parts, _remark, stories=stories)
    return {part: _context(told, unknown) for part, _, told in asks if told}


def asked_only(parts: list[str]) -> str:
    """The parts of a message that ask, joined, when some part tells and another asks ("we got
    the lease for a kiosk. lumen 2 group or pico?" asks no leasing); else the whole message: a
    rule's trigger word counts only where the visitor asks."""
    flags = [_told(p) or _remark(p) for p in parts]
    if all(flags) or not any(flags):
        return " ".join(parts)
    return " ".join(p for p, told in zip(parts, flags, strict=True) if not told)


def told_only(parts: list[str]) -> str:
    """The parts of a message that tell, joined, when another part asks ("we can't go a day
    without the grinder." of "... which plan?"); "" when none tells or none asks."""
    flags = [_told(p) or _remark(p) for p in parts]
    if all(flags) or not any(flags):
        return ""
    return " ".join(p for p, told in zip(parts, flags, strict=True) if told)


#: What the visitor says they do not want ("we don't need espresso", "not espresso", "no
#: grinder needed"): no subject of the ask, so no word of the anchor.
_DENIED = re.compile(
    r"\b(?:(?:don'?t|do\s+not|doesn'?t|won'?t)\s+(?:really\s+)?(?:need|want)\s+(?:an?\s+|any\s+)?"
    r"(?:[\w-]+)(?:\s+really)?"
    r"|(?:^|,\s*)(?:but\s+)?not\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s*(?=$|[,.;!])"
    r"|\bno\s+[\w-]+\s+(?:needed|required|necessary)\b)",
    re.I,
)


def _context(told: str, unknown: Callable[[str], list[str]]) -> str:
    """A statement as an anchor: its words but those the knowledge base never uses and what
    the visitor says they do not want."""
    told = _DENIED.sub(" ", told)
    strange = set(unknown(told)) - NEGATIONS  # "box never opened" keeps its "never"
    kept = " ".join(w for w in normalise(told).split() if w not in strange)
    # the knowledge base's words for a phrase whose own words it never uses ("regular coffee")
    meant = " ".join(word for phrase, word in PHRASE_SYNONYMS if phrase.search(normalise(told)))
    return f"{kept} {meant}".strip() if strange else kept


#: A clause after the ask saying when or why, of the visitor ("... when we close for holidays",
#: "... while we renovate") or of what could befall their things ("... if it broke", "... if
#: the grinder ever quits on us"), or of the choice still before them ("... before deciding",
#: "... before we make up our minds"): their story, not what is asked.
_STORY = re.compile(
    r"\s+(?:when|while|whenever|because|since|during|before|until)\s+"
    r"(?:we|i|we're|i'm|were|im|our|my)\b.*$"
    r"|\s+(?:before|until)\s+[a-z]+ing\b[^,;:?.!]{0,30}[?.!]*\s*$"
    # closing the ask only: "if our lumen dies on a sunday, can i reach anybody" asks after it
    r"|\s+(?:if|when|whenever|in case)\s+(?:it|they|the [a-z]+|our [a-z]+|my [a-z]+)\s+"
    r"(?:ever\s+)?(?:broke|breaks|break|died|dies|quit|quits|stopped|stops|failed|fails|"
    r"conked)\b[^,;:?.!]{0,30}[?.!]*\s*$",
    re.I,
)


def without_story(text: str, unknown: Callable[[str], list[str]]) -> str:
    """``text`` without the words of its story clause (:data:`_STORY`) that the knowledge base
    never uses ("close", "holidays"): an unfamiliar word of the visitor's circumstances is no
    sign the ask is unanswerable (its familiar words stay: "when we order over $250")."""
    text = _without_own_place(text, unknown)
    found = _STORY.search(text)
    if found is None or found.start() == 0:
        return text
    strange = set(unknown(found.group(0))) - NEGATIONS
    kept = [w for w in found.group(0).split() if normalise(w) not in strange]
    return f"{text[: found.start()]} {' '.join(kept)}".rstrip()


def _without_own_place(text: str, unknown: Callable[[str], list[str]]) -> str:
    """``text`` without the visitor's own place (:data:`OWN_PLACE`: "for a car dealership
    waiting room") when it holds a word the knowledge base never uses: where they will serve
    the coffee says nothing of what they ask about it."""
    for found in reversed(list(OWN_PLACE.finditer(text))):
        if set(unknown(found.group(0))) - NEGATIONS:  # all of it: "our staff" alone is a count
            text = f"{text[: found.start()]}{text[found.end() :]}"
    return text
