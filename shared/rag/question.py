"""Reading a visitor's question: its parts, what it asks, quantities, comparisons, references.

Pure text functions over general English (no knowledge-base facts), so they transfer to any
knowledge base: the words here are question vocabulary, not product names.
"""

from __future__ import annotations

import itertools
import re

from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.bm25 import tokenize
from shared.understanding.entities.names import known_first
from shared.understanding.guesses import OWN_PLAN_AFTER, answers_itself, offers_guess
from shared.understanding.lexicon import (
    ASKING_AUXILIARIES,
    FUNCTION_WORDS,
    MONTHS,
    QUESTION_OPENERS,
    REMARK_WORDS,
    TIME_NOUNS,
    alternation,
    number_words,
)
from shared.understanding.sentences import sentences


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Everyday words a visitor uses that are not a topic: never "unknown" to a knowledge base.
GENERIC = frozenset(
    _words(
        """
    hi hello hey thanks thank please ok okay yes yeah guys folks anything something stuff
    thing things one ones much many long often soon get got need needs want wants like would
    could should might tell know about also just really actually exactly roughly
    approximately around kind sort type good great best better bigger biggest smaller
    smallest cheaper cheapest larger largest more less most least new old own any every each
    some all other else again still ever there here now today currently right main look
    looking buy buying bought sell selling sold offer offers offering provide provides come
    money cash dollars bucks
    comes make makes made have has had take takes took give gives go goes going use using
    used work works done doing happen happens mean means say said much per total overall
    whole available option options question questions info information detail details don t
    s won isn aren doesn didn ve ll re m d what if policy policies list show describe outline
    """
    )
)
GENERIC = GENERIC | frozenset(tokenize(" ".join(GENERIC)))
#: Everyday names for documented concepts: a question word -> words a document would use.
SYNONYMS = {
    # "how do you take the caffeine out?": the knowledge base's decaf process ("decaffeinated
    # by the Swiss Water process")
    "caffeine": "decaf process decaffeinated",
    # the verb clipped ("how decaffed", "how's it decafed"): the same process asked
    "decaffed": "decaf process decaffeinated",
    "decafed": "decaf process decaffeinated",
    # "something flowery": a tasting note as the knowledge base writes it ("floral character")
    "flowery": "floral",
    "flowers": "floral",
    # the visitor's people in the trade's word ("training for my crew of 5"): the knowledge
    # base says "your team", "staff members"
    "crew": "staff team",
    "crews": "staff team",
    "financing": "leasing lease loan loans credit monthly payments",
    "finance": "leasing lease loan loans credit",
    "installments": "leasing lease loan monthly payments",
    "based": "located address office roastery founded headquarters",
    "located": "address office founded",
    # an address is written with its street abbreviated ("2150 NW Raleigh St")
    "street": "st address located",
    "headquarters": "address office founded",
    # notice asked is a time before an event, as the knowledge base writes it ("up to 2 days
    # before dispatch")
    "notice": "days before",
    # the quantity a rule starts at, as a bookkeeper calls it ("over your 10% threshold?"):
    # the knowledge base writes "100 lb or more ... get a 10% volume discount"
    "threshold": "discount minimum",
    "thresholds": "discount minimum",
    "tier": "discount",
    "tiers": "discount",
    # acronyms of trade for what the knowledge base writes in words
    "moq": "minimum order",
    # "r u guys in nevada w techs": the trade's clipping of the knowledge base's "technicians"
    # (in the plural, the company's; "our tech said ..." is the visitor's own)
    "techs": "technicians technician",
    "eta": "lead time delivery ship",
    "rma": "return",
    "guarantee": "warranty",
    "guaranteed": "warranty",
    "outlet": "power volt plug",
    "voltage": "power volt",
    "socket": "power volt plug",
    "outlets": "power volt plug",
    "sockets": "power volt plug",
    "plug": "power volt outlet",
    "plugs": "power volt outlet",
    "volt": "power",
    # the building's electrics asked ("special wiring", "an electrical hookup"): the knowledge
    # base writes a machine's power, its outlet and whether it needs an electrician
    "wiring": "power volt outlet electrician",
    "wired": "power volt outlet electrician",
    "rewire": "power volt outlet electrician",
    "rewiring": "power volt outlet electrician",
    "electrical": "power volt outlet electrician",
    "volts": "power",
    "shipping": "delivery deliver ship",
    "ship": "delivery deliver",
    "ships": "delivery deliver lead time",
    "hours": "hours open monday",
    "open": "hours monday",
    # what a brewer brews into, as a visitor calls it
    "pot": "servers thermal litre",
    "pots": "servers thermal litre",
    "carafe": "servers thermal litre",
    "carafes": "servers thermal litre",
    "urn": "servers thermal litre",
    "urns": "servers thermal litre",
    "jug": "servers thermal litre",  # British, Australian and NZ English
    "jugs": "servers thermal litre",
    "flask": "servers thermal litre",
    "flasks": "servers thermal litre",
    "airpot": "servers thermal litre",
    "airpots": "servers thermal litre",
    "hold": "capacity storage",
    "holds": "capacity storage",
    "store": "capacity storage",
    "weigh": "weight",
    "weighs": "weight",
    "heavy": "weight",
    "heavier": "weight",
    "lighter": "weight",
    "efficient": "efficiency",
    # where a coffee is grown is documented as its origin
    "country": "origin",
    "grown": "origin",
    # a cost asked as "extra" ("install extra?") is documented as what is included
    # a period asked as an adverb: the knowledge base writes "per year"
    # a period of two weeks, as British English says it: the knowledge base writes "biweekly"
    "fortnight": "biweekly",
    "fortnightly": "biweekly",
    "annually": "year",
    "annual": "year",
    "yearly": "year",
    "extra": "included price",
    # "someone to install it": the knowledge base writes "installation", "installed"
    "install": "installation installed",
    "setup": "installation installed",
    "additional": "included price",
    # "one person we deal with", "our rep": the documented role
    # planning a new café ("help with planning the whole thing"): the knowledge base's launch
    # consulting, not a maintenance plan
    "planning": "launch consulting opening",
    "person": "dedicated account manager",
    # a machine lent while the visitor's own is repaired: the knowledge base's "loaner"
    "borrow": "loaner",
    "borrowed": "loaner",
    "lend": "loaner",
    "lends": "loaner",
    "rep": "dedicated account manager",
}


def synonyms_of(word: str) -> str:
    """Documented equivalents of a word or of its stem ("financ" -> "leasing lease ...")."""
    return SYNONYMS.get(word) or _STEM_SYNONYMS.get(word, "")


_STEM_SYNONYMS = {tokenize(k)[0]: v for k, v in SYNONYMS.items() if tokenize(k)}
#: A definite noun that stands in for the item just named ("the Clarity filter, and what does
#: the system cost?", "the unit", "the setup"): it names no subject of its own.
_STAND_IN_TEXT = "system unit setup device kit"
STAND_INS = frozenset(tokenize(_STAND_IN_TEXT))
STAND_IN = re.compile(rf"\b(?:the|this|that) (?:{'|'.join(_STAND_IN_TEXT.split())})\b", re.I)
_FOLLOW_UP = re.compile(
    rf"{STAND_IN.pattern}|"
    r"^\s*(?:and|what about|how about|what if|also|plus|or)\b|"
    # an item correcting the one asked of: "the grinder i mean", "i meant the pico"
    r"\bi\s+mean(?:t)?\b|"
    r"\b(?:it|its|it's|they|them|their|that one|this one|those|these|the one|one)\b|"
    # "prices on both?", "what's the warranty for each": the items just discussed, unnamed
    r"\bboth\b(?!\s+(?:the|a|an|your|our|of\s+(?:your|the))\b)|\b(?:for|on|of)\s+each\b|"
    r"\beach\s*(?:one)?\s*[?.!]*\s*$|"
    # "that"/"this" as the subject of an ask ("what would that cost", "is this included")
    r"\b(?:would|does|is|will|did|could|can)\s+(?:that|this)\b|"
    r"\b(?:that|this)\s+(?:cost|costs|come|comes|be|run|runs|include|includes)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:it|its|it's|they|them|their|those|these|that|this|one|ones)\b", re.I)


def size_words(text: str) -> set[str]:
    """The words of ``text`` that place an entity by size or price ("little", "bigger"):
    a part asking only these ("how much is the little one?") names its entity elsewhere."""
    return {m.group(0).lower() for p in (_SMALL, _LARGE) for m in p.finditer(text)}


_SMALL = re.compile(
    r"\b(?:small|smaller|smallest|cheap|cheaper|cheapest|little|lower|entry)\b", re.I
)
_LARGE = re.compile(
    r"\b(?:big|bigger|biggest|large|larger|largest|top|expensive|premium|flagship|higher|"
    r"pricier|priciest|costlier|costliest)\b",
    re.I,
)
_OPENERS = alternation([*QUESTION_OPENERS, *ASKING_AUXILIARIES, "have", "has", "tell", "any"])
_QUESTION_START = re.compile(rf"^\s*(?:{_OPENERS})\b", re.I)
_PRODUCT_ASK = re.compile(
    r"\b(?:do you (?:also )?(?:sell|have|make|carry|stock|supply)|have you got|"
    r"how much (?:is|are|for|does)|"
    r"price (?:of|for)|cost of)\s+(?:a |an |any |the |your |some )?(?P<object>[a-z0-9 -]+)",
    re.I,
)
#: A thing priced in a fragment, its price word last ("nitro keg price", "the cold brew tap
#: cost?"): what a terse visitor asks the price of, as "how much is X" asks it.
_PRICED_FRAGMENT = re.compile(
    r"^\W*(?:the |a |an |your |ur )?(?P<object>[a-z][a-z0-9 -]{2,40}?)\s+"
    r"(?:price|prices|pricing|cost|costs)\W*$"
)
#: A thing typed alone, two or three words and no more ("gift cards", "paper straws").
_THING_ALONE = re.compile(r"^\W*(?P<object>[a-z]{2,}(?: [a-z]{2,}){1,2})\W*$")
_OBJECT_END = re.compile(
    r"\b(?:that|which|with|for|to|in|on|at|from|and|or|if|cost|costs)\b.*$"
    r"|(?:\s+(?:too|also|as well|either|please|then|now|at all|anymore))+\s*$"
)
# A place is at most three words at the end ("to the UK", "in new south wales"); a longer tail
# after "to" is a verb phrase ("to have our own house blend with our name on the bag").
_SCOPE = re.compile(
    r"\b(?:to|in|into|outside|across)\s+(?:the\s+)?([a-z][a-z]*(?:\s+[a-z]+){0,2})\s*$", re.I
)
_QUANTITY = re.compile(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+([a-z][a-z-]*)", re.I)


#: The second side of a yes/no alternative ("does someone install it or is it plug and play",
#: "are your techs local or is that a partner"): the first side's answer answers both, and its
#: words alone ("plug", "partner") would pull in a neighbour.
_OR_ALTERNATIVE = re.compile(
    r",?\s+\bor\b\s+(?:is|are|do|does|will|would)\s+(?:it|they|that|there|this)\b.*$", re.I
)


#: What the visitor has been through, told after the ask behind a comma ("who fixes the
#: machines out here, we've had bad luck with local guys"): a statement of its own, not words
#: of the ask.
_EXPERIENCE_AFTER = re.compile(
    r",\s+(?=(?:we|i)(?:'ve|\s+have|'d|\s+had)?\s+(?:had|been|tried|used|gone|got)\b[^?]*$)",
    re.I,
)


#: Attributes listed after the subject ("delivery to calgary, time and cost?", "the online
#: course, cost and duration?", "decaf: process, tasting notes and price per lb?", "specs on
#: the lumen 2-group: boiler size and voltage"): each is a question of its own about the
#: subject before them. An item is an attribute noun with at most one word before it and an
#: optional unit after it; a list of names or of whole questions is not split here.
_ATTRIBUTE = (
    r"(?:(?:lead |turnaround |delivery |shipping |transit )?times?|timing|timeline|turnaround|"
    r"how long|costs?|prices?|pricing|fees?|charges?|rates?|how much)"
)
_ATTRIBUTE_NOUN = (
    r"(?:(?:[a-z]+ )?(?:sizes?|voltage|volts|power|wattage|amperage|process|notes|origins?|"
    r"roast(?: level)?|weight|dimensions|capacity|warranty|output|footprint|height|width|"
    r"depth|flavou?rs?|costs?|prices?|pricing|fees?|rates?|times?)(?: per [a-z]+)?)"
)
_LISTED_ITEM = rf"(?:{_ATTRIBUTE}|{_ATTRIBUTE_NOUN})"
_ATTRIBUTES_LISTED = re.compile(
    rf"^(?P<subject>[^,?]+?)(?P<mark>[,:])\s+(?P<items>{_LISTED_ITEM}(?:\s*,\s*{_LISTED_ITEM}){{0,2}}"
    rf"\s*,?\s+(?:and|&|\+|/)\s+{_LISTED_ITEM})\s*(?P<end>[?.!]*)\s*$",
    re.I,
)


def _attributes_apart(sentence: str) -> str:
    """ "X, time and cost?" as "X, time? X, cost?" and "X: a, b and c?" as "X, a? X, b? X,
    c?": a list of attributes closing the sentence asks each of them of its subject, so an
    answer with one alone is not read as the whole ask's gap."""
    found = _ATTRIBUTES_LISTED.search(sentence)
    if found is None:
        return sentence
    subject = found["subject"].strip()
    items = [
        i.strip()
        for i in re.split(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&|\+|/)\s)\s*", found["items"])
        if i.strip()
    ]
    asks = [f"{subject}, {item}?" for item in items]
    return " ".join([sentence[: found.start()] + asks[0], *asks[1:]])


#: Two ranks asked of one kind ("cheapest and most expensive coffee you sell, per lb?", "your
#: smallest and biggest grinder"): each rank is an ask of its own, the kind and what follows
#: it shared.
_RANK = (
    r"(?:(?:most|least)\s+(?:expensive|popular)|cheapest|priciest|costliest|smallest|biggest|"
    r"largest|lightest|darkest|strongest|mildest|fastest|newest|oldest)"
)
_RANKS_JOINED = re.compile(
    rf"\b(?P<before>(?:the|your|ur)\s+)?(?P<first>{_RANK})\s+(?:and|&|\+|/|or)\s+(?:the\s+)?"
    rf"(?P<second>{_RANK})\s+(?P<rest>[a-z][^?]*)(?P<end>\??)\s*$",
    re.I,
)


def _ranks_apart(sentence: str) -> str:
    """ "cheapest and most expensive coffee, per lb?" as "cheapest coffee, per lb? most
    expensive coffee, per lb?" (see :data:`_RANKS_JOINED`); else unchanged."""
    found = _RANKS_JOINED.search(sentence)
    if found is None or found["first"].lower() == found["second"].lower():
        return sentence
    head = sentence[: found.start()] + (found["before"] or "")
    rest = found["rest"].strip()
    return f"{head}{found['first']} {rest}? {(found['before'] or '')}{found['second']} {rest}?"


#: A list announced by its count or kind ("three things: X, Y, and whether Z", "quick qs - X,
#: Y"): every item is an ask of its own, not only the first.
_ANNOUNCED = re.compile(
    r"^\W*(?:(?:a\s+)?(?:couple(?:\s+of)?|few|" + number_words(2, 9) + r"|[2-9]|some|several)\s+)?"
    r"(?:quick\s+)?(?:things|questions|qs|q's|points|items)\s*(?::|-|\u2013)\s*(?P<items>.+)$",
    re.I,
)
_WHETHER_BE = re.compile(
    r"^(?:whether|if)\s+(?P<subject>.+?)\s+(?P<be>is|are|was|were)\s+(?P<rest>.+)$", re.I
)
_WHETHER_DO = re.compile(r"^(?:whether|if)\s+(?P<subject>you|u|we|they|i)\s+(?P<rest>.+)$", re.I)
#: An announced item that is a question of its own ("any discount for 2 sites"), not a bare
#: name to ask "what is" of.
_OWN_ASK = re.compile(
    rf"^(?:{alternation([*QUESTION_OPENERS, *ASKING_AUXILIARIES, 'any'])})\b", re.I
)


def _announced_apart(sentence: str) -> str:
    """ "three things: X, Y, and whether Z" as "what is X? what is Y? is Z?" (see
    :data:`_ANNOUNCED`); a sentence announcing no list, or one item alone, unchanged."""
    found = _ANNOUNCED.match(sentence)
    if found is None:
        return sentence
    items = [
        re.sub(r"^(?:and|&|\+|also|plus)\s+", "", i.strip(), flags=re.I).strip(" ?.!")
        for i in re.split(r"\s*[,;]\s*", found["items"])
    ]
    items = [i for i in items if i]
    if len(items) < 2:
        return sentence
    return " ".join(_as_ask(i) for i in items)


def _as_ask(item: str) -> str:
    """One listed item put as a question: "whether delivery is free" -> "is delivery free?"."""
    be = _WHETHER_BE.match(item)
    if be is not None:
        return f"{be['be']} {be['subject']} {be['rest']}?"
    done = _WHETHER_DO.match(item)
    if done is not None:
        return f"do {done['subject']} {done['rest']}?"
    return f"{item}?" if _OWN_ASK.match(item) else f"what is {item}?"


_FILLER_OPENING = re.compile(r"^(?:like|um+|uh+)\s+(?=(?:what|how|which|when|where|who)\b)", re.I)


def _unfilled(part: str) -> str:
    """A part without the filler dictated before its question word ("like where is it from")."""
    return _FILLER_OPENING.sub("", part.strip())


def split_parts(question: str) -> list[str]:
    """Split a message into the questions it asks ("X? Also Y?", "what X and what Y", "what X
    + can i Y", "X, time and cost?")."""
    parts: list[str] = []
    said = _EXPERIENCE_AFTER.sub(". ", question.strip())  # "..., we've had bad luck"
    said = OWN_PLAN_AFTER.sub(". ", said)  # "..., maybe I'll just look at it from outside"
    said = " ".join(_attributes_apart(s) for s in sentences(said))
    said = " ".join(_announced_apart(s) for s in sentences(said))  # "three things: X, Y, Z"
    said = " ".join(_ranks_apart(s) for s in sentences(said))  # "cheapest and priciest X"
    for sentence in _asked_sentences(sentences(said)):
        sentence = _OR_ALTERNATIVE.split(sentence)[0]  # "install it, or is it plug and play?"
        pieces = re.split(
            r",?\s+(?:\band\b|\+|&)\s+"
            r"(?=(?:what(?:'?s)?|how|which|when|where|who|is|are|do|does|can|since when)\b"
            # a hedge or a preposition before the question word: "and roughly how many",
            # "and since what year" ("and for how many persons" asks on of the same thing);
            # a dictated filler: "and like where is it from", "and um how big is it"
            r"|(?:roughly|approximately|approx|about|around|also|like|um|uh)?\s*"
            r"(?:(?:since|from|in|until"
            r"|till|by|at|with)\s+)?(?:what|how|which|when|where|who|whom)\b)"
            r"|,\s+and\s+(?=(?:it|that)(?:\s+is|'s)\s+for\b)",  # ", and it is for how many"
            sentence,
            flags=re.I,
        )
        pieces = _serial_asks(sentence, pieces)  # "X price, how long Y lasts, and what Z"
        parts.extend(_unfilled(q) for p in pieces for q in _comma_asks(p) if q.strip())
    kept = [p for p in parts if tokenize(p) or _PRONOUN.search(p) or _QUESTION_START.match(p)]
    return kept or [question]


def _asked_sentences(said: list[str]) -> list[str]:
    """The sentences that may ask: without a guess offered after a question ("... become one?
    2019 or later?") and without a question the visitor answers themselves ("how many
    locations do we have... 2, well 3")."""
    return [
        sentence
        for n, sentence in enumerate(said)
        if not (n and offers_guess(sentence, said[n - 1]))
        and not (n + 1 < len(said) and answers_itself(sentence, said[n + 1]))
    ]


#: A question, a comma, then a second question with its own question word and no "and" ("which
#: brewer you have, how many litre it makes?", "what grinder do you sell, how much is it?"):
#: two asks, as "X and how many ..." already is. The first must open as a question ("when it
#: arrives, who installs it" and "what if it breaks, who fixes it" are one ask with a clause).
_COMMA_ASK = re.compile(
    r"^(?P<first>\W*(?:which|what(?!\s+if\b)|whats|what's|how(?!\s+about\b)|do|does|is|are"
    r"|can|could)\b[^,?]*),\s+"
    r"(?P<second>(?:how\s+(?:many|much|long|big|old|often|soon|fast|heavy|large)|what(?!\s+about\b)"
    r"|which|who"
    r"|when|where)\b[^,]*\?)\s*$",
    re.I,
)


#: A list of asks closed by ", and <question word>" ("price of the X, how long a cartridge
#: lasts, and what warranty it has?", "X price, is install included, and how long to ship?"):
#: every earlier item opening with a question word or an auxiliary is an ask of its own.
_SERIAL_CLOSE = re.compile(rf",\s+(?:and|&|\+)\s+(?:{_OPENERS})\b", re.I)
_SERIAL_ITEM = re.compile(
    r",\s+(?=(?:how(?!\s+about\b)|what(?!\s+if\b)|what's|whats"
    r"|which|who|when|where|is|are|does|do|can|will)\b)",
    re.I,
)
#: A clause that only sets a condition or a time ("if it breaks, who fixes it, and ..."): its
#: comma does not close an ask.
_SUBORDINATE = re.compile(
    r"^\W*(?:if|when|whenever|once|after|before|because|since|while|as|unless|though|although)\b",
    re.I,
)


def _serial_asks(sentence: str, pieces: list[str]) -> list[str]:
    """``pieces`` (the sentence split at "and <question word>") with each piece before the
    last split at the commas of a serial list of asks (see :data:`_SERIAL_CLOSE`); unchanged
    when the sentence closes no such list."""
    if len(pieces) < 2 or _SERIAL_CLOSE.search(sentence) is None:
        return pieces
    out: list[str] = []
    for piece in pieces[:-1]:
        items = _SERIAL_ITEM.split(piece)
        if len(items) > 1 and not _asks_alone(items[0]):
            # "the pico, what does it cost, and ...": a subject or a statement before the first
            # comma stays with the ask after it
            items = [f"{items[0]}, {items[1]}", *items[2:]]
        out.extend(items if not _SUBORDINATE.match(items[0]) else [piece])
    return [*out, pieces[-1]]


_ATTRIBUTE_ASKED = re.compile(rf"\b{_LISTED_ITEM}\b", re.I)


def _asks_alone(item: str) -> bool:
    """Whether a list's first item asks by itself: a question word first ("what does it cost")
    or an attribute asked in a fragment ("price of the X", "Lumen 2-Group price")."""
    return bool(_QUESTION_START.match(item) or _ATTRIBUTE_ASKED.search(item))


def _comma_asks(piece: str) -> list[str]:
    """``piece`` as its two questions when a comma joins them (see :data:`_COMMA_ASK`)."""
    found = _COMMA_ASK.match(piece)
    if found is None:
        return [piece]
    return [f"{found['first'].strip()}?", found["second"].strip()]


#: A statement of the visitor's own before a comma, then a question ("we're opening a cafe in
#: june, can we try the coffees first", "we run a church morning tea, how much ... hold"): the
#: statement is context, the question is the ask.
_CONTEXT_THEN_ASK = re.compile(
    r"^(?P<told>\W*(?:we|i|we're|we re|were|we are|i'm|i m|im|i am|our|my)\b[^,?]*),\s+"
    r"(?P<ask>(?:what|what's|whats|how|which|when|where|who|is|are|do|does|did|can|could|will|"
    r"would|should|any)\b.*)$",
    re.I,
)


def context_then_ask(piece: str) -> tuple[str, str] | None:
    """``piece`` as its statement and its question when it tells before it asks (see
    :data:`_CONTEXT_THEN_ASK`); else None."""
    found = _CONTEXT_THEN_ASK.match(piece)
    return (found["told"], found["ask"]) if found else None


def coordinated(part: str) -> list[str]:
    """The pieces a question joins with "and", "+", "&", "/" or a comma ("phone # and hours
    for sales?" -> "phone #", "hours for sales?"), when it joins more than one; else []."""
    pieces = [p.strip() for p in re.split(r"\s*(?:,|\+|&|/|\band\b)\s*", part) if p.strip()]
    return pieces if len(pieces) > 1 else []


def split_items(part: str) -> list[str]:
    """ "the price of a 2 group machine and a grinder" -> the part, then "a grinder"."""
    pieces = re.split(
        r",?\s+\b(?:and|or|plus|as well as)\b\s+(?=(?:a|an|the|your|one|some)\b)", part, flags=re.I
    )
    return [p.strip() for p in pieces if p.strip()]


def terms(text: str) -> set[str]:
    """Content words of a question (stemmed like the keyword index)."""
    return set(tokenize(text))


#: The age of the visitor's own machine told ("8 months old", "bought it a year ago").
_AGE_TOLD = (
    rf"\b(?:\d+|a|an|few|couple of|{'|'.join(NUMBER_WORDS)}) (?:months?|years?|yrs?|weeks?) "
    r"(?:old|ago)\b"
)

#: Phrases with a documented one-word equivalent: a period said in words ("every two weeks",
#: "every other week") is the knowledge base's "biweekly".
PHRASE_SYNONYMS = (
    # "is the lumen 3 group 110 V or 220 V?": a voltage named asks the power
    (re.compile(r"\b\d{3}\s?(?:v|vac|volts?)\b"), "power volt"),
    # "we bought it 14 months ago, are we covered?": the owner's cover is the warranty (not
    # "is installation covered", "what's covered in the plan": their subject is the thing)
    (
        re.compile(
            r"\b(?:are|is|am) (?:we|you|u|it|i|they|that|this|ours|mine)(?: still)? covered\b"
        ),
        "warranty",
    ),
    # "who would fix our grinder", "can your techs fix it": repairs of the visitor's gear, as
    # the knowledge base writes them (not "how do i fix a leaking tap")
    (
        re.compile(
            r"\b(?:who|someone|somebody|anyone|techs?|technicians?)\b.{0,24}\bfix(?:es|ed|ing)?\b"
            r"|\bfix(?:es|ed|ing)? (?:our|it|them)\b"
        ),
        "repair repairs",
    ),
    # "it died on a sunday, is there anyone i can call?": a person to call beside a breakdown
    # is the emergency repair line (not "who can i call about a quote")
    (
        re.compile(
            r"^(?=.*\b(?:broke|broken|breaks|died|dies|dead|down|stopped working|not working)\b)"
            r".*\b(?:anyone|someone|somebody|anybody|who)\b.{0,30}\b(?:call|ring|phone)\b"
        ),
        "emergency repair line",
    ),
    # "... stopped heating, still covered?": the clause's subject left out, the cover asked
    (re.compile(r"\bstill covered\b"), "warranty"),
    # a repeating order as the trade calls it: the knowledge base's subscription
    (
        re.compile(r"\b(?:standing|recurring|repeat|regular|automatic) (?:coffee )?orders?\b"),
        "subscription recurring",
    ),
    # "what would you give me toward a lumen", "what'll you allow us for it": a credit asked
    # for the visitor's old machine, the knowledge base's trade-in
    (
        re.compile(
            r"\b(?:give|offer|allow|knock off)\s+(?:me|us)?\s*(?:for|toward|towards|against"
            r"|off)\b"
        ),
        "trade in credit",
    ),
    # coffee brewed by the pot, not espresso ("just regular coffee for the waiting room", "a
    # pot of drip"): the knowledge base's filter coffee and its batch brewer
    (
        re.compile(
            r"(?<!decaf )(?<!decaf or )\b(?:regular|normal|plain|drip|brewed|filter|pot of|pots of)"
            r" coffee\b|\bcoffee by the pot\b|\bpots? of drip\b"
        ),
        "filter drip batch brewer",
    ),
    # a change "before it ships" of a repeating order is made before its dispatch
    (
        re.compile(r"\b(?:change|changes|pause|skip|edit|amend)\b.*\bbefore (?:it|they) ships?\b"),
        "dispatch",
    ),
    # a repeating delivery held back ("pause", "skip one", "put on hold"): the subscription's
    # pause, not the delivery times
    (
        re.compile(
            r"\b(?:pause|skip|postpone|hold off|put (?:it |them |one |that )?on hold)\b"
            r".{0,40}\b(?:deliver(?:y|ies)|orders?|shipments?)\b"
            r"|\b(?:deliver(?:y|ies)|orders?|shipments?)\b.{0,20}\bon hold\b"
        ),
        "subscription pause dispatch",
    ),
    # "does somebody come and set it up": the knowledge base writes "installation"
    (
        re.compile(r"\bset (?:it|them|that|this|everything) up\b|\bsetting (?:it|them) up\b"),
        "installation installed",
    ),
    # "whats the minimum per delivery": the minimum order (not the delivery fee)
    (re.compile(r"\bmin(?:imum)? (?:per|a|each|for an?) (?:delivery|drop|shipment)\b"), "order"),
    (re.compile(r"\bevery (?:two|2|other|second) weeks?\b|\btwice a month\b"), "biweekly"),
    (re.compile(r"\bevery (?:single )?week\b|\bonce a week\b"), "weekly"),
    # "where's it from", "where does the foundry come from": the coffee's origin (not "where
    # do you ship from", which asks about us)
    (
        re.compile(
            r"\bwhere(?: is| s| are| does| do)? (?!you\b|u\b|we\b|ya\b)(?:[a-z0-9]+ ){1,4}?"
            r"(?:(?:come|comes|grown|sourced) )?from\s*$"
        ),
        "origin",
    ),
)


#: A product made for the visitor alone, as they say it ("our own blend", "a blend with my
#: father's name on it", "private label coffee"): what the trade calls "custom".
_CUSTOM = re.compile(
    r"\b(?:(?:our|my|your|their) (?:very )?own|private[- ]label(?:led)?|own[- ]label|bespoke)"
    r" (?:custom |house |personal |signature )?(blends?|coffees?|roasts?)\b"
    r"|\b(blends?|coffees?|roasts?) (?:with|that has|carrying|bearing) (?:our|my|his|her|their|"
    r"the (?:caf[eé]|shop|bakery|business)'?s?|[a-z]+'s)(?: (?:late |own )?[a-z]+'?s?)? (?:own )?"
    r"names? on (?:it|them|the bags?)\b"
    # "a blend just for us", "roast a coffee only for our cafe": made for the visitor alone
    r"|\b(blends?|coffees?|roasts?) (?:(?:made|roasted|developed|created) (?:just |only )?"
    r"|just |only )for (?:us|me|our (?:caf[eé]|shop|bakery|business|place))\b"
    # "a blend with the name of our café", "coffee with our shop name": the name, no "on it"
    r"|\b(blends?|coffees?|roasts?) with (?:the name of (?:our|my) [^\W\d_]+"
    r"|(?:our|my) (?:own )?(?:caf[eé] |shop |bakery |business |brand )?name)\b",
    re.I,
)


#: "one" standing for a thing ("gives me one to borrow", "can we get one"), not a count or an
#: opener ("one of them", "one more question", "the one").
_ONE = re.compile(
    r"\b(?:me|us|get|have|borrow|lend|loan|give|gives|offer|offers|need) (one)\b"
    r"(?!\s+(?:of|more|last|other|thing|question|day|week|month|year)\b)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.?!])(\s+)")


def one_as_kind(text: str, heads: set[str]) -> str:
    """``text`` with a "one" that stands for a thing read as the kind the sentence before names
    ("my grinder goes in for repair ... is there a plan that gives me one to borrow?" -> "a
    grinder"), when that sentence names exactly one of the catalog's kind ``heads``."""
    sentences = _SENTENCE.split(text)  # the spaces between kept: a pasted list stays lines
    for n in range(2, len(sentences), 2):
        found = _ONE.search(sentences[n])
        words = set(re.findall(r"[a-z]+", sentences[n - 2].lower()))
        named = {h for h in heads if h in words or f"{h}s" in words}
        if found and len(named) == 1:
            head = next(iter(named))
            said = sentences[n]
            sentences[n] = f"{said[: found.start(1)]}a {head}{said[found.end(1) :]}"
    return "".join(sentences)


#: A kind named alone as a sentence of its own ("grinder too.", "and a grinder.", "plus brewer").
_KIND_ALONE = re.compile(
    r"^\W*(?:(?:and|also|plus|oh)\s+)?(?:a|an|the|some)?\s*([a-z]+?)(?:s)?"
    r"(?:\s+(?:too|also|as\s+well))?\s*[.?!]*\s*$",
    re.I,
)
#: A rank alone ("cheaper?", "the cheaper one", "smallest one pls"): of the kind said before.
_RANK_ALONE = re.compile(
    r"^\W*(?:(?:and|but|the|a)\s+)*(cheaper|cheapest|less\s+expensive|least\s+expensive"
    r"|smaller|smallest|bigger|biggest|larger|largest)(?:\s+one)?(?:\s+(?:pls|please|plz))?"
    r"\s*([.?!]*)\s*$",
    re.I,
)


def rank_on_kind(text: str, heads: set[str]) -> str:
    """``text`` with a kind named alone and then a rank alone read as one ask of the ranked
    member ("grinder too. cheaper?" -> "the cheaper grinder?"), when the first sentence names
    exactly one of the catalog's kind ``heads``; anything else is left as typed."""
    sentences = _SENTENCE.split(text)
    for n in range(2, len(sentences), 2):
        kind, rank = _KIND_ALONE.match(sentences[n - 2]), _RANK_ALONE.match(sentences[n])
        if kind and rank and kind.group(1).lower() in heads:
            asked = f"the {rank.group(1).lower()} {kind.group(1).lower()}{rank.group(2) or '?'}"
            sentences[n - 2], sentences[n - 1], sentences[n] = "", "", asked
    return "".join(sentences)


#: "the smaller atlas or the big one": a describing word and a noun, "or", another describing
#: word and "one".
_OTHER_SIDE_ONE = re.compile(
    # an alternative's or a list's second side: "... or the big one", "... plus the small one"
    r"\b(?:the|a|your)\s+([a-z]+)\s+([a-z][a-z0-9-]*)\s+(?:or|and|plus|\+|&)\s+(?:the|a|your)"
    r"\s+([a-z]+)\s+"
    r"(one)\b",
    re.I,
)


def one_of_alternative(text: str, nouns: set[str]) -> str:
    """``text`` with the "one" of an alternative's (or a list's) second side read as the first
    side's noun ("the smaller atlas or the big one" -> "... or the big atlas", "the big grinder
    plus the small one" -> "... plus the small grinder"), so each side names a member
    of the same family or kind; only when that noun is one of ``nouns`` (the catalog's kind
    heads and family names) and both sides are described ("the pico or the big one" is left)."""
    for match in reversed(list(_OTHER_SIDE_ONE.finditer(text))):
        noun = match.group(2)
        if noun.lower().rstrip("s") not in nouns and noun.lower() not in nouns:
            continue
        text = f"{text[: match.start(4)]}{noun}{text[match.end(4) :]}"
    return text


def as_custom(text: str) -> str:
    """``text`` with a product made for the visitor alone named as the trade does ("our own
    blend" -> "custom blend"), the word a knowledge base's heading uses."""
    said = _CUSTOM.sub(lambda m: f"custom {next(g for g in m.groups() if g).lower()}", text)
    return re.sub(
        r"\bcustom\s+custom\b", "custom", said, flags=re.I
    )  # "a custom blend with our name"


#: The visitor's machine handed over against a new one ("if we hand it over", "hand our old
#: machine in", "part-exchange"): the trade's word, a trade-in.
_HANDED = re.compile(
    r"\b(?:hand|turn|pass)(?:ing|ed)?\s+(it|them|ours|that|this|(?:our|my) old \w+)\s+(?:over|in)\b"
    r"|\bpart[- ]?exchang(?:e|ing)\b"
    # "if I give it to you, how much do I get for it": the machine handed to the seller
    r"|\bgiv(?:e|ing)\s+(it|them|(?:our|my) (?:old|actual|current|existing) \w+|the [\w-]+"
    r"(?: [\w-]+){0,2})\s+to\s+you\b",
    re.I,
)


def as_traded(text: str) -> str:
    """``text`` with a machine handed over against a new one said as the trade does ("if we
    hand it over" -> "if we trade in our old machine"), the words a knowledge base's trade-in
    uses."""
    return _HANDED.sub(_traded, text)


def _traded(match: re.Match[str]) -> str:
    """The trade-in said of the visitor's machine: a pronoun handed over is theirs ("hand it
    over" with a new one named is "trade in our old machine", not the new one's own trade)."""
    if match.group(2) in ("it", "them"):  # "give it to you": as "trade it in" says it
        return f"trade {match.group(2)} in"
    handed = match.group(1) or match.group(2) or ""
    return (
        f"trade in {handed}"
        if handed.lower().startswith(("our ", "my "))
        else "trade in our old machine"
    )


#: A person of the seller's asked for ("do you have someone in Texas", "anybody out here"):
#: with a breakdown or a repair in the same message, the knowledge base's technicians.
_SOMEONE = re.compile(
    r"\b(?P<ask>(?:do|would|will) (?:you|u|y'?all) (?:guys |folks )?(?:have|got|know)"
    r"|(?:is|are) there|you got)\s+(?P<who>someone|somebody|anyone|anybody|a person|people"
    r"|a guy|guys|folks)\b"
    # a person to talk to is a contact, not a technician ("someone I can talk to about a bill")
    # ("anyone i can actually call": an adverb may stand before the verb)
    r"(?!\s+(?:(?:i|we)\s+(?:can|could)\s+(?:actually\s+|really\s+|just\s+|even\s+)?)?"
    r"(?:to\s+)?(?:talk|speak|call|ring|phone|email|contact|ask|chat))",
    re.I,
)
#: What sends a technician: the machine breaking, a repair, a service visit.
_REPAIR = re.compile(
    r"\b(?:break|breaks|broke|broken|breaking|breakdown|breaks down|goes down|dies|died|fails"
    r"|repair\w*|fix|fixes|fixing|service|servicing|maintenance|goes wrong|stops working)\b",
    re.I,
)


def as_repairer(text: str) -> str:
    """``text`` with a person asked for beside a breakdown or a repair said as the knowledge
    base's technicians ("if it breaks down do you have someone in Texas?" -> "... do you have
    technicians in Texas?"); unchanged without a repair in the message (a person asked for
    alone may be a sales contact)."""
    if _REPAIR.search(text) is None:
        return text
    return _SOMEONE.sub(lambda m: f"{m.group('ask')} technicians", text)


#: "our brewer is 18 months old, covered?": a clause of its own asking the cover (the owner's
#: warranty), its subject left out ("still" is dropped before answering).
_COVER_CLAUSE = re.compile(r"(?:^|[,;:.!?]\s*|\bstill\s+)covered\s*[?.!]*\s*$", re.I)


#: "covered" with nothing said to cover it ("is the atlas 75 covered?", not "covered by the
#: plan", "covered in the price").
_COVERED_ALONE = re.compile(r"\bcovered\b(?!\s+(?:by|under|in|with|on|for)\b)", re.I)


def as_warranted(text: str) -> str:
    """``text`` with the cover asked beside the age of the visitor's own machine said as its
    warranty ("is the atlas 75 covered? it's about 8 months old" -> "covered by the
    warranty"), whatever names the machine; unchanged when no age is told."""
    if not re.search(_AGE_TOLD, text, re.I):
        return text
    return _COVERED_ALONE.sub("covered by the warranty", text)


def expanded(text: str) -> str:
    """The question with everyday words' documented equivalents appended (for retrieval)."""
    flat = normalise(text)
    extra = [SYNONYMS[w] for w in flat.split() if w in SYNONYMS]
    extra += [word for phrase, word in PHRASE_SYNONYMS if phrase.search(flat)]
    extra += ["warranty"] if _COVER_CLAUSE.search(text) else []
    return " ".join([text, *extra])


_COORDINATED = re.compile(r"\b([A-Za-z0-9-]+) (and|or) ([A-Za-z0-9-]+) ([a-z]+s)\b")


def shared_heads(text: str, heads: set[str]) -> str:
    """ "the Essential and Pro plans" -> "the Essential plan and Pro plan": a plural head noun
    (one of ``heads``) shared by coordinated names is given to each of them."""

    def spread(match: re.Match[str]) -> str:
        single = match.group(4)[:-1]
        if single not in heads:
            return match.group(0)
        return f"{match.group(1)} {single} {match.group(2)} {match.group(3)} {single}"

    return _COORDINATED.sub(spread, text)


def ranked_word(text: str) -> re.Match[str] | None:
    """The first word of ``text`` placing an entity by size or price ("priciest", "smaller")."""
    found = [m for p in (_SMALL, _LARGE) if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


#: A size asked ("how big is the boiler"), not a member placed by size.
_HOW_SIZED = re.compile(r"\bhow (?:big|large|small|little)\b", re.I)


#: A size that qualifies an order, not an item ("a small coffee order", "bigger orders", "a
#: large shipment"): "small coffee" there places no coffee by size.
_SIZED_ORDER = re.compile(
    r"\b(?:small|smaller|tiny|little|big|bigger|large|larger|huge)\s+(?:[a-z]+\s+)?"
    r"(?:orders?|shipments?|deliver(?:y|ies)|purchases?)\b",
    re.I,
)


#: A rank word turned round by "least" ("the least expensive grinder").
_LEAST = re.compile(r"\bleast (?:expensive|costly|pricey|big|large|small|cheap)\b", re.I)


def comparison(text: str) -> str | None:
    """ "min" for "the smaller/cheaper one", "max" for "the bigger one", else None ("how big
    is it" asks a size)."""
    text = _SIZED_ORDER.sub("", _HOW_SIZED.sub("", text))
    least = _LEAST.search(text)
    if least:  # "the least expensive", "the least costly": the other end
        return "max" if _SMALL.search(least.group(0)) else "min"
    if _SMALL.search(text):
        return "min"
    if _LARGE.search(text):
        return "max"
    return None


#: A tag that turns a statement into a question ("..., right??", "..., correct?", "..., no?")
#: and the adverbs of a yes/no check ("still", "already"): they ask nothing of their own, and a
#: sentence index would match them ("still under warranty" -> "ships within ...").
_TAG = re.compile(
    r"[,\s]+(?:right|correct|yeah|yes|no|ok|okay|isn'?t it|aren'?t they|true)\s*(?=[?!.]*\s*$)",
    re.I,
)
_REPEATED_MARK = re.compile(r"([?!])[?!]+")  # "right??" asks once
_CHECK_ADVERB = re.compile(r"\b(?:still|already)\s+", re.I)
#: A clause pointing at the chat's own words ("the one you mentioned", "that grinder you
#: suggested"): the thing before it is the reference; the clause names no topic of its own.
_SAID = re.compile(
    r"\s+(?:that\s+|which\s+)?you(?:'ve|\s+have)?\s+(?:just\s+)?(?:mentioned|suggested|"
    r"recommended|named|listed|brought\s+up|talked\s+about|pointed\s+(?:out|to))\b",
    re.I,
)
#: A remark of liking at a clause's end ("... sounds amazing", "looks really nice!"): it
#: says the visitor likes the thing before it and asks nothing of its own.
_APPRAISAL = re.compile(
    r"\s+(?:sounds?|looks?|seems?)\s+(?:(?:really|so|pretty|super|very)\s+)?(?!like\b)[a-z]+(?=\s*(?:[,.!?;]|$))",
    re.I,
)
_THE_SAID = re.compile(r"\bthe\s+(\w+)" + _SAID.pattern, re.I)


#: What the answer is for, opening the message before a colon ("for our due-diligence form:",
#: "for our records:"): no part of the ask, and its words ("supplier", "form") no topic.
_PURPOSE = re.compile(r"^\s*for (?:our|my|the|a|an) [^:?.!]{1,60}:\s+(?=\S)", re.I)


#: A follow-up naming another item ("and the Lumen 2", "what about the 64") ...
_OPENS_FOLLOW_UP = re.compile(r"^\s*(?:and|what about|how about)\s+(?:the|your|a|an)?\b", re.I)
#: ... then which of the visitor's sites it is for, after a comma and closing the message
#: (", for our second shop in Spokane?"): who it is for, not a second ask, so the attribute
#: asked before is kept.
_SITE_TOLD = re.compile(
    r"\s*[,;-]\s*(?:it s |its |it is |that s |this is )?for (?:our|my|the) (?:[a-z0-9]+ ){0,2}"
    r"(?:shop|cafe|café|location|site|store|kiosk|truck|cart|place|branch|restaurant|bar|spot|"
    r"lobby|unit)s?\b[^?.!,;]*(?=[?.!]*\s*$)",
    re.I,
)


#: How the visitor wants the reply, closing the message (", all in one pls", "in one go",
#: "all at once please"): no part of the ask, and its "one" points back at no item.
_REPLY_FORM = re.compile(
    r"[,;]?\s+(?:all\s+)?(?:in\s+one(?:\s+(?:go|message|reply|answer))?|at\s+once)"
    r"(?:\s+(?:pls|plz|please))?(?=\W*$)",
    re.I,
)


def untagged(text: str) -> str:
    """The question without a trailing question tag, "still"/"already" and a repeated mark
    ("its still under warranty right??" -> "its under warranty?") and without a clause
    pointing at the chat's words ("can i lease the one you mentioned?" -> "can i lease the
    one?"), a remark of liking ("the sunrise sounds amazing" -> "the sunrise") or how the
    reply should come (", all in one pls")."""
    text = _THE_SAID.sub(r"that \1", text)  # "the grinder you suggested" -> "that grinder"
    text = _APPRAISAL.sub("", _SAID.sub("", text))  # "the sunrise sounds amazing"
    text = _PURPOSE.sub("", text)  # "for our supplier form: since when ..."
    text = _REPLY_FORM.sub("", text)  # "..., all in one pls"
    if _OPENS_FOLLOW_UP.match(text):  # "and the Lumen 2, for our second shop in Spokane?"
        text = _SITE_TOLD.sub("", text)
    return _CHECK_ADVERB.sub("", _TAG.sub("", _REPEATED_MARK.sub(r"\1", text)))


def refers_back(text: str) -> bool:
    """Whether the text leans on what came before ("and the 3 group?", "how much is it?")."""
    return bool(_FOLLOW_UP.search(text))


def is_question_like(text: str) -> bool:
    """Starts like a question (used to tell a new question from a trailing noun phrase)."""
    return bool(_QUESTION_START.match(text)) or text.rstrip().endswith("?")


#: "which oat milk steams best", "what brand of syrup works better": a thing to choose among.
_BEST_ASK = re.compile(
    r"^(?:so |and )?(?:which|what) (?:kind of |type of |brand of )?"
    r"(?P<object>[a-z]+(?: [a-z]+)?) (?=(?:is|are|[a-z]+s) (?:the )?(?:best|better|most)\b)"
)


def product_object(text: str) -> str | None:
    """What a "do you sell X" / "how much is your X" question asks for ("cold brew kegerator"),
    or what a "which X works best" question asks to choose among ("oat milk")."""
    flat = normalise(text).replace(" s ", "s ")
    match = _PRODUCT_ASK.search(flat)
    if match is None or match.group("object").split()[0] in ("it", "them", "that", "those"):
        match = _BEST_ASK.search(flat) or match  # "which oat milk ..., do you sell it?"
    match = match or _PRICED_FRAGMENT.search(flat)  # "nitro keg price"
    if match is None:
        return None
    obj = _OBJECT_END.sub("", match.group("object")).strip()
    return obj or None


def thing_alone(text: str) -> str | None:
    """The thing a message of two or three words names when it is nothing else ("gift cards",
    "loyalty program"): what a terse visitor asks about, as "do you sell X" asks it. A word of
    remark or function ("just browsing", "thanks a lot") makes it no thing, and a first name
    first makes it a person's name ("john smith"); one word ("parking") names none."""
    match = _THING_ALONE.match(normalise(text))
    words = match.group("object").split() if match else []
    if not words or set(words) & (FUNCTION_WORDS | REMARK_WORDS | TIME_NOUNS | MONTHS.keys()):
        return None  # "saturday possible": a time asked about, no thing
    if known_first(words[0]):
        return None
    return " ".join(words)


def scope_place(text: str) -> str | None:
    """The place in "do you ship to the UK" / "do you install in Nevada", if any; a time is
    none ("can i pause deliveries in the slow season")."""
    match = _SCOPE.search(normalise(text))
    if match is None or match.group(1).split()[-1] in TIME_NOUNS:
        return None
    return match.group(1)


#: A times sign glued to a count ("online course x5 staff", "5x baristas"): the count of the
#: noun after it, blanked to its own length so the offsets stay those of the text.
_TIMES_SIGN = re.compile(r"\bx\s?(?=\d+\s+[a-z])|(?<=\d)x(?=\s+[a-z])")


def quantities(text: str) -> list[tuple[int, str, int]]:
    """Numbers followed by a word: ``(number, word, start offset)`` in the normalised text."""
    flat = _TIMES_SIGN.sub(lambda m: " " * len(m.group(0)), normalise(text))  # "x5 staff"
    found = []
    for match in _QUANTITY.finditer(flat):
        raw = match.group(1).lower()
        value = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        found.append((value, match.group(2), match.start()))
    return found


def two_word_phrases(text: str) -> frozenset[str]:
    """Adjacent pairs of topic words of ``text`` ("is ur coffee fair trade" -> "coffee fair",
    "fair trade"): a sentence holding one names what the question names."""
    words = [
        w if len(w) >= 3 and tokenize(w) and w not in GENERIC else ""
        for w in normalise(text).split()
    ]
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(words) if a and b)
