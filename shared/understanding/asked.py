"""What a question asks of an item: its price, leasing, a total, its warranty, delivery, a
discount, or what is included.

One vocabulary for two readers: the answerer (which figure to quote or compute: a price, the
monthly lease payment, the sum of several items) and the flow rules (a "?" sentence that names
what it asks of an item asks something, where a bare value with a "?" answers: "monthly
payment on a lumen 3 group lease?" asks, "maybe 250 cups a day?" answers). Pure functions over
general English: the words are question vocabulary, not product names.

Also the noun a question asks about, read from its structure (:func:`asked_heads`): "how much
caffeine is in a double shot of foundry?" asks *caffeine*; "what colors does the lumen come
in?" *colors*; "is there parking at the showroom?" *parking*; "is the showroom wheelchair
accessible?" whether it is *accessible*. The answerer says it does not have an attribute the
knowledge base never uses rather than give a neighbouring fact (:mod:`shared.rag.attribute_gaps`).
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.understanding.entities.quantities import find_locations
from shared.understanding.lexicon import (
    ASKING_AUXILIARIES,
    FUNCTION_WORDS,
    SECONDHAND,
    SMALL_NUMBERS,
    WEEKDAYS,
)

_PRICE_TEXT = """
    price prices priced cost costs much expensive pay charge charges fee fees quote rate
    cheap cheaper cheapest pricey pricier priciest costly costlier costliest
"""
PRICE_WORDS = frozenset(_PRICE_TEXT.split())
"""Words that ask what something costs ("how much", "what do you charge")."""

# "how much does it hold / weigh / make", "how much coffee does it hold": a quantity, not a price
_HOW_MUCH_OTHER = re.compile(
    r"\bhow much (?:(?!money\b)[a-z]+ ){0,2}?(?:does|do|will|can|would) "
    r"(?:the |a |an |your |it |they |this |that )?"
    r"(?:[a-z0-9-]+ ){0,4}?(?!cost|charge|run|set)(?:hold|holds|store|stores|weigh|weighs|make|"
    r"makes|produce|produces|take|takes|add|adds|fit|fits|use|uses|need|needs|save|saves)\b"
)
#: "how much notice do you need", "how much time do we have": a time asked, not a price
_HOW_MUCH_TIME = re.compile(r"\bhow much (?:advance |prior )?(?:notice|warning|time|heads up)\b")
#: "how much coffee do we have to buy", "how much would i need to order": the amount the visitor
#: must take (a minimum), not a price.
_HOW_MUCH_ORDERED = re.compile(
    r"\bhow much (?:[a-z]+ ){0,2}?(?:do|does|would|will|must|should) (?:we|i|you|u) "
    r"(?:have to |need to |got to |gotta )?(?:buy|order|purchase|take)\b"
)
#: "how much coffee per month before we get our own blend", "how many lbs till delivery is
#: free": a threshold asked as the amount to reach before something, not a price ("how much is
#: it before tax" asks one: its word after "how much" is a verb).
_HOW_MUCH_BEFORE = re.compile(
    r"\bhow (?:much|many) (?!(?:is|are|was|were|does|do|did|would|will|should|can|could|money|"
    r"it|that|this|they)\b)[a-z]+ "
    r"(?:(?:per|a|each|every) (?:month|week|year|day|order|delivery) )?"
    r"(?:(?:do|would|must|should) (?:we|i|you|u) (?:need |have )?(?:to )?(?:order |buy )?)?"
    r"(?:before|until|till|b4|to (?:get|qualify|unlock))\b"
)
#: Nouns that stand for the money asked in idiom ("what's the damage on the Lumen", "what's
#: the tab", "what would the outlay be"): a price only as the thing "what's the ..." asks, so
#: "water damage" or "a tab on the screen" asks none.
_PRICE_IDIOM_TEXT = "damage damages tab bill outlay"
PRICE_IDIOMS = frozenset(_PRICE_IDIOM_TEXT.split())
_PRICE_IDIOM = "|".join(sorted(PRICE_IDIOMS))
# Price asked with a phrase rather than a price word ("what does the Atlas 64 go for", "what
# does multi-site run for 5", "what would that set me back", "and per lb?").
_PRICE_PHRASE = re.compile(
    r"\b(?:go|goes|going) for\s*$|\bruns? (?:for \d+|me|us|you|ya)\b|\bset (?:me|us|you|ya) back\b"
    rf"|\b(?:what|whats|hows)(?: s| is| would| will| d| ll)?(?: be)? (?:the|our|my) "
    rf"(?:{_PRICE_IDIOM})(?=\s*$| (?:on|for|of|with|all|in|be|if|looking|like|going|then)\b)"
    r"|^(?:so |and |ok )?what\S* .{0,30}\bruns?\s*$"
    r"|^(?:and |so |what about |how about )?(?:(?:a|the) )?per (?:[a-z]+ )?[a-z]+\s*$"
    r"|^(?:and |so |ok )?what(?: s| is| are)? (?:it|that|this|they|those) per [a-z]+\s*$"
    # "what does the pro plan come to per year", "what's that work out to": a sum asked (not
    # "can your tech come to seattle")
    r"|\bwhat\S* .{0,50}?\b(?:come|comes|work|works) (?:out )?to(?:\s*$| (?:per|a|in|each"
    r"|altogether|together|all|overall|for|annually|monthly|yearly|every)\b)"
    # "ballpark for both carts?", "rough figure on the lot": a figure asked as a clause alone
    r"|^(?:so |and |ok |just )?(?:a |any |your )?(?:ballpark|rough (?:figure|number|price"
    r"|estimate|idea))(?: figure| number| price)?(?: (?:for|on) [a-z0-9 ]{1,40})?\s*$"
)  # "and per lb?": the price per a unit, asked of the item just discussed
#: What may close a price asked without changing it ("what's the atlas 75 run, before tax?",
#: "what does the pico go for these days"), in normalised text: the phrase is read without it.
_PRICE_TAIL = re.compile(
    r"(?: (?:before|pre|plus|ex|excl|excluding|without|after|incl|including|with|inc)"
    r" (?:tax|taxes|sales tax|gst|hst|pst|vat|shipping|delivery)"
    r"| these days| nowadays| right now| now| roughly| approx| approximately| ballpark| each"
    r"| apiece| new)+\s*$"
)
#: A price's unit closing the ask ("what's it run a pound?"): read without it as well.
_UNIT_TAIL = re.compile(r" (?:a|an|per|the) (?:pound|lb|lbs|kilo|kg|bag|unit|month|year)\s*$")
#: Where a clause ends before the next one starts ("..., what does it run?").
_CLAUSE_END = re.compile(r"[,;.!?]\s+")
LEASE_ASK = re.compile(
    r"\b(?:leas(?!t\b)\w*|financ\w*|monthly payments?|pay (?:(?:it|them|that|for it) )?monthly|"
    r"installments?)\b"
)
"""Leasing asked about, in normalised text ("can I lease it", "monthly payments")."""
TOTAL_ASK = re.compile(
    r"\b(?:total|subtotal|sub total|together|altogether|in all|combined|plus|all in(?! one\b)"
    r"|(?:that|it) all up)\b"
    # "what would X and Y set me back all up", "how much all up" (not "set them all up")
    r"|(?<!set )(?<!sets )(?<!them )(?<!hook )(?<!plug )\ball up\b"
    r"|\b(?:what|whats|hows)(?: s| is| would| will| d| ll)?(?: be)? (?:the|our|my)"
    r"(?: (?:monthly|weekly|yearly|annual|final|full))? (?:tab|bill)\b"  # "our monthly bill"
    r"|\b(?:does|do|would|will|whats|what(?: s)?)\s+"
    r"(?:that|it|this|they|these|those|everything|all\s+that)\s+"
    r"(?:all\s+)?(?:come|add)\s+(?:up\s+)?to\b"
    # the visitor's own product asked: "so 4 x 79, what's that per month?", "whats 3 x 99"
    r"|\b\d+ (?:x|times) \d+\b(?: [a-z]+){0,3} (?:what|whats|how much)(?: s| is| would| does)?"
    r" (?:that|it)(?= (?:per|a|each|every|monthly|come|add|total|and|or)\b|$)"
    r"|\b(?:what|whats)(?: s| is)? \d+ (?:x|times) \d+\b"
)
"""A sum of several items asked for, in normalised text ("what's the total", "all together",
"all up")."""
OTHER_ASK = re.compile(
    r"\b(?:warrant(?:y|ies)|guarantee|ship(?:s|ping)?|deliver(?:y|ies)|lead times?|discounts?"
    r"|included|include)\b"
)
"""Attributes the answerer quotes from the knowledge base's sentences, in normalised text."""
# A payment or a price per month named, not yet a lease ("the monthly on the pro plan?"), and
# the price as "pricing": enough to make a "?" sentence a question about its item
_PER_MONTH = re.compile(r"\b(?:pricing|payments?|monthly|per month|a month)\b")


#: A period's cost asked for a count, verbless: "monthly for 3", "per month for all 4", "so a
#: month for 5?" (normalised text); "open monthly for 3 years" names no count of things
_PERIOD_FOR_COUNT = re.compile(
    r"(?:^|\b(?:so|and|then)\s)(?:monthly|per month|a month|yearly|per year|a year)\s+for\s+"
    r"(?:all\s+)?\d+(?:\s+of\s+(?:them|us|ours))?\s*$"
)


# an offer asked of the visitor's own count ("multi site plan for our 2 shops?", "the lease for
# both?"): whether and how it applies to them
_OFFER_FOR = re.compile(
    r"\b(?:plan|subscription|program|programme|package|lease|leasing|discount)\s+for\s+"
    r"(?:our|my|all|both|us|\d+)\b"
)


#: A member named by its price rank as the subject of a yes/no ask ("and the cheaper one, does
#: that include ...", "does the cheapest one come with ..."): a reference, not an ask of its
#: price; "one grinder, the cheaper one. what's the total?" still weighs prices.
_RANK_ONE = r"the (?:cheap|cheaper|cheapest|pricey|pricier|priciest) ones?"
_ASKING_VERB = r"(?:does|do|is|are|can|has|have|will|would)"
_PRICE_RANKED_ONE = re.compile(
    rf"\b{_RANK_ONE}(?=[\s,-]+(?:\w+\s+)?{_ASKING_VERB}\b)|\b{_ASKING_VERB} {_RANK_ONE}\b",
    re.I,
)
#: "cheaper plan vs the one with fast repairs: does the cheap one ...": beside such a yes/no
#: ask, a side of the comparison named by its rank is a name too.
_RANK_SIDE = re.compile(
    r"\b(?:the )?(?:cheap|cheaper|cheapest|pricey|pricier|priciest) [a-z]+(?=\s+(?:vs|versus)\b)",
    re.I,
)


def names_by_price_rank(text: str) -> bool:
    """Whether ``text`` names an item by its price rank ("and the cheaper one, does it ...")."""
    return bool(_PRICE_RANKED_ONE.search(text))  # read with its punctuation: "one. what is"


def asks_price(text: str) -> bool:
    """Whether the text asks what something costs ("how much does it hold?" does not; nor does
    "the cheaper one" alone, which names the item asked about)."""
    named = _PRICE_RANKED_ONE.sub("the one", text)
    named = _RANK_SIDE.sub("the one", named) if named != text else named
    flat = normalise(named)
    words = set(flat.split())
    quantity = _HOW_MUCH_OTHER.search(flat) or _HOW_MUCH_ORDERED.search(flat)
    quantity = quantity or _HOW_MUCH_TIME.search(flat) or _HOW_MUCH_BEFORE.search(flat)
    if quantity and not words & (PRICE_WORDS - {"much"}):
        return False
    plain = _PRICE_TAIL.sub("", flat)
    if words & PRICE_WORDS or "$" in text or _PRICE_PHRASE.search(plain):
        return True
    sentences = re.split(r"[.!?;]+", text)
    if any(_PERIOD_FOR_COUNT.search(normalise(part)) for part in sentences):  # "monthly for 3?"
        return True
    if _PRICE_PHRASE.search(_UNIT_TAIL.sub("", plain)):  # "what's it run a pound"
        return True
    last = normalise(_CLAUSE_END.split(text.strip())[-1])  # "we're a bakery, what does it run?"
    return last != flat and bool(_PRICE_PHRASE.search(last))


def typed_in_capitals(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as an acronym, in capitals ("APR", "GSTs")."""
    return re.search(rf"\b{re.escape(word.upper())}s?\b", text) is not None


def price_idioms(text: str) -> frozenset[str]:
    """The idiom nouns ``text`` asks a price with ("what's the damage on the Lumen": {"damage"}),
    which name no part of an item and no topic to look up; empty when it uses none."""
    flat = normalise(text)
    return frozenset(w for w in PRICE_IDIOMS if w in flat.split() and _PRICE_PHRASE.search(flat))


def asks_lease(text: str) -> bool:
    """Whether the text asks about leasing or paying in instalments."""
    return LEASE_ASK.search(normalise(text)) is not None


def asks_total(text: str) -> bool:
    """Whether the text asks for a total of several items."""
    return TOTAL_ASK.search(normalise(text)) is not None


#: A difference of money asked: "how much more would X be", "how much extra", "the price
#: difference", "difference in cost" (a difference of features is no sum).
_DIFFERENCE_ASK = re.compile(
    r"\bhow much (?:more|less|extra|cheaper|dearer)\b|\b(?:price|cost) difference\b"
    r"|\bdifference in (?:the )?(?:price|cost)s?\b"
    # "how far apart on price", "how far apart are they in cost"
    r"|\bhow far apart\b(?: [a-z]+){0,3} (?:price|prices|cost|costs|pricing)\b"
)
#: Asking a figure for every option weighed: "the total for each option", "both options".
_EACH_OPTION = re.compile(
    r"\b(?:each|both|either|every) (?:option|choice|way|scenario)s?\b|\bfor (?:each|both)\b"
)


#: What is left after something just worked out: "after that", "less the credit", "net".
_AFTER_THAT = re.compile(
    r"\b(?:after (?:that|the (?:credit|trade in|tradein|trade)|it|this)|less (?:that|the)|"
    r"minus (?:that|the)|net of|with (?:that|the) (?:credit|trade in|tradein|trade))\b"
)
#: What is left of a price once an amount is taken off, named as a thing of its own: "lease
#: what's left", "finance the rest", "the remainder", "the balance".
_REMAINDER = re.compile(
    r"\b(?:what(?: is| s|s) (?:left|remaining)|whatever(?: is| s)? (?:left|remaining)"
    r"|the (?:rest|remainder|balance)|(?:the )?remaining (?:amount|balance|cost|price))\b"
)


def asks_after_that(text: str) -> bool:
    """Whether the text asks what is left after an amount just worked out ("so what would
    we pay for the lumen after that")."""
    return _AFTER_THAT.search(normalise(text)) is not None


def asks_remainder(text: str) -> bool:
    """Whether the text names what is left of a price after an amount taken off it ("can we
    lease what's left", "finance the rest"); meaningful only right after a credit worked out."""
    return _REMAINDER.search(normalise(text)) is not None


def asks_difference(text: str) -> bool:
    """Whether the text asks how much more (or less) one option costs than another."""
    return _DIFFERENCE_ASK.search(normalise(text)) is not None


def asks_each_option(text: str) -> bool:
    """Whether the text asks a figure for each of the options it weighs ("... vs ..., what's
    the monthly total for each option")."""
    return _EACH_OPTION.search(normalise(text)) is not None


def asks_other(text: str) -> bool:
    """Whether the text asks an attribute besides the price: warranty, delivery, lead time,
    a discount, what is included (:data:`OTHER_ASK`)."""
    return OTHER_ASK.search(normalise(text)) is not None


# whether an item is in stock: the knowledge base says what in-stock items do ("ship within 5
# business days"), never which items are in stock today
_STOCK_ASK = re.compile(
    r"^(?:is|are) (?:[a-z0-9-]+ ){1,5}?in stock\b"
    r"|\b(?:do|does) (?:you|u) (?:still )?(?:have|got|carry|keep) (?:[a-z0-9-]+ ){1,5}?in stock\b"
)


def asks_stock(text: str) -> bool:
    """Whether a sentence of ``text`` asks if an item is in stock ("is the atlas 75 actually in
    stock today?", "do you have the pico in stock")."""
    return any(_STOCK_ASK.search(normalise(part).strip()) for part in re.split(r"[.!?;,]", text))


def asks_about_item(text: str) -> bool:
    """A sentence with a "?" that names what it asks of an item (price, payment, warranty...)."""
    if "?" not in text:
        return False
    flat = normalise(text)
    named = OTHER_ASK.search(flat) or _PER_MONTH.search(flat) or _OFFER_FOR.search(flat)
    return bool(named) or asks_price(text) or asks_lease(text) or asks_total(text)


#: Words that follow "how much/many" or "what" without being the thing asked.
_NOT_HEAD_WORDS = """
    is are was were does do did will would can could should shall may might has have had
    for of to it its the a an this that these those they them you we i he she your our my
    more longer per each total extra in on at by with from about time
    altogether together overall combined all roughly approximately then now
    money cash dollars bucks
"""
_NOT_HEAD = frozenset(_NOT_HEAD_WORDS.split())
#: Words before a noun that ask the noun's own value ("what size boiler", "what type burrs"):
#: no modifier of it, so the noun alone is the head asked.
_VALUE_ASKS = frozenset({"size", "sized", "type", "kind", "sort", "style"})
# an adjective before the noun ("how many preventive visits") is skipped: the noun is the head
_HOW_MUCH = re.compile(
    r"\bhow (?:much|many) (?:[a-z]+(?:ive|al|ic|ary)\s+(?=[a-z]))?(?P<head>[a-z][a-z-]*)\b"
)
# "what colors does ...", "which country is it from", "what pump pressure does it run at";
# two nouns asked together are two heads ("what dose and yield does ... recommend")
_WHAT_NOUN = re.compile(
    r"^(?:what|which) (?:(?P<modifier>[a-z][a-z-]*) )?(?P<head>[a-z][a-z-]*) "
    r"(?:does|do|is|are|can|will|would|did|should|could)\b"
    r"|^(?:what|which) (?P<pair>[a-z][a-z-]* and [a-z][a-z-]*) "
    r"(?:does|do|is|are|can|will|would|did|should|could)\b"
)
# "what's the APR on your lease", "what is the wattage of the pico": the noun asked of a thing
_WHAT_S_NOUN = re.compile(
    r"^(?:what s|whats|what is) (?:the|your|ur) "
    r"(?P<head>(?!(?:" + "|".join(sorted(PRICE_WORDS | PRICE_IDIOMS)) + r")\b)[a-z][a-z-]*)"
    r" (?:on|of|for)"
    r" (?:the|your|ur|a|an|this|that|it)\b"
)
# "is there parking at ...", "is there any wifi in the showroom"
_IS_THERE = re.compile(
    r"\b(?:is|are) there (?:a |an |any |some )?(?P<head>[a-z][a-z-]*(?: [a-z][a-z-]*)?) "
    r"(?:at|in|on|near|for|by|with|outside)\b"
)
# "can i get a two-week free trial of the lumen", "do you offer a demo on the atlas": a thing
# had of an item (its modifiers aside)
_HAD_OF = re.compile(
    r"\b(?:get|have|offer|arrange|book|request)\s+(?:a|an|any|some)\s+(?:[a-z0-9-]+\s+){0,3}?"
    r"(?P<head>(?!(?:" + "|".join(sorted(PRICE_WORDS)) + r")\b)[a-z][a-z-]*)\s+(?:of|on|with)\s+"
    r"(?:the|a|an|your|this|that|it)\b"
)
# "is the showroom wheelchair accessible", "is the pico noisy": the closing adjective, after at
# most four words of subject with no preposition or verb ("is your roastery powered by
# renewable energy" asks a fact, not a quality "energy")
_IS_ADJECTIVE = re.compile(
    r"^(?:is|are) (?:the|your|it|they)(?: (?!(?:by|in|on|at|for|with|to|of|from|powered|made|"
    r"built|used|included|covered|available|certified)\b)[a-z0-9-]+){0,4}? "
    r"(?P<head>(?:[a-z][a-z-]* and )?[a-z][a-z-]*)$"  # "plug and play": one quality
)


# "what size are the servers on ...", "what type is the boiler in it": the value of a part of
# the item after it is asked, the part is the head (not "size"); "what size is the pico" asks
# the size of the item itself
_VALUE_OF = re.compile(
    r"^(?:what|which) (?:" + "|".join(sorted(_VALUE_ASKS)) + r") (?:is|are|does|do) "
    r"(?:the|your|its|their|these|those) (?P<head>[a-z][a-z-]*) (?:on|of|in|for|with|that)\b"
    # "what size are the servers" of the item discussed: parts in the plural, closing the ask
    r"|^(?:what|which) (?:" + "|".join(sorted(_VALUE_ASKS)) + r") are "
    r"(?:the|its|their|these|those) (?P<parts>[a-z][a-z-]*s)\W*$"
)


#: Attributes asked by a word other than their noun ("does it need plumbing", "can it run off
#: a water tank"): each word stands for the attribute it asks, which the answerer then judges
#: as a head. Measured amounts (weight, size) are :func:`amount_asked`'s.
_ATTRIBUTE_TEXT = {
    "water supply": "plumbing plumbed plumb tank tanks reservoir jerrycan",
}
_ATTRIBUTE_OF = {w: name for name, text in _ATTRIBUTE_TEXT.items() for w in text.split()}
#: Acts done to an agreement, asked of it ("can i pause my maintenance plan", "could we freeze
#: the subscription over winter"): the gerund names the act in the honest gap.
_ACTION_TEXT = {
    "pausing": "pause pausing paused suspend suspending freeze freezing",
}
_ACTION_OF = {w: name for name, text in _ACTION_TEXT.items() for w in text.split()}
_HOLD = re.compile(r"\b(?:put|place|keep)\s+(?:[a-z]+\s+){0,3}?on hold\b")


def asked_attributes(question: str) -> list[str]:
    """The attributes ``question`` asks by a word standing for them (:data:`_ATTRIBUTE_TEXT`:
    "does it need plumbing" asks its *water supply*), in the order found."""
    flat = normalise(question)
    return list(dict.fromkeys(_ATTRIBUTE_OF[w] for w in flat.split() if w in _ATTRIBUTE_OF))


def asked_actions(question: str) -> list[str]:
    """The acts on an agreement ``question`` asks about ("can i pause my plan": *pausing*), in
    the order found; the answerer says it does not know unless a sentence holds the act with
    the thing asked of."""
    flat = normalise(question)
    found = [_ACTION_OF[w] for w in flat.split() if w in _ACTION_OF]
    if _HOLD.search(flat):
        found.append("pausing")
    return list(dict.fromkeys(found))


def action_words(action: str) -> list[str]:
    """The words of an act of :func:`asked_actions` ("pause", "suspend" ... for *pausing*)."""
    return _ACTION_TEXT[action].split()


def noun_asked_of(question: str) -> list[str]:
    """The noun "what's the X of/on/for the Y" asks ("what's the APR on your lease": apr):
    read only to tell an acronym the knowledge base never uses, since the knowledge base states
    many such nouns without their word ("what's the address of the roastery": it says where)."""
    return [m["head"] for m in _WHAT_S_NOUN.finditer(normalise(question).strip())]


def asked_heads(question: str) -> list[str]:
    """The words naming what ``question`` asks about (its attribute), in the order found;
    [] when its structure names none (the caller then reads the question as a whole). A
    noun with its modifier after "what" is one two-word head ("pump pressure", "roast level"):
    the caller judges the pair, not the last word alone."""
    flat = normalise(question).strip()
    heads: list[str] = []
    if found := _VALUE_OF.match(flat):  # "what size are the servers": the servers
        heads.append(found["head"] or found["parts"])
    for pattern in (_HOW_MUCH, _WHAT_NOUN, _IS_THERE, _IS_ADJECTIVE, _HAD_OF):
        for match in pattern.finditer(flat):
            head = match.group("head") or match.group("pair")
            words = [head] if " and " in head else [w for w in head.split() if w not in _NOT_HEAD]
            if match.groupdict().get("pair"):  # "what dose and yield does": each noun asked
                words = [w for w in head.split(" and ") if w not in _NOT_HEAD]
            modifier = match.groupdict().get("modifier")
            if words and modifier and modifier not in _NOT_HEAD | _VALUE_ASKS:
                words = [f"{modifier} {words[0]}"]  # "what size boiler": the boiler's value
            if found:  # its value word ("size") is no head of its own
                words = [w for w in words if w not in _VALUE_ASKS]
            heads.extend(w for w in words if w not in heads and not _day_word(w))
    return heads + [a for a in asked_attributes(question) if a not in heads]


#: A day named ("open saturdays", "on weekends"): when it is asked, answered by the days stated.
_DAYS = frozenset({*WEEKDAYS, "weekend", "weekday", "today", "tomorrow"})


def _day_word(word: str) -> bool:
    return word.removesuffix("s") in _DAYS


#: The thing a price is asked of when it is not the item named: a part for it ("how much is a
#: replacement gasket for the lumen"), a service done to it ("what do you charge to move our
#: lumen", "the cost to reinstall it"), a fee of an act ("is there a cancellation fee if we
#: drop the plan"). Normalised text; the named group is the thing priced.
_PRICED_THING = (
    re.compile(
        r"\b(?:how much (?:is|are|would|will|does|do)|(?:price|cost) of|pay for)\s+"
        r"(?:(?:a|an|the|one|any|your|new)\s+){0,2}(?P<head>(?!it\b|that\b|this\b|they\b)"
        r"[a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:for|on|of|in)\s+(?:the|a|an|our|my|your|this|that|it)\b"
    ),
    re.compile(
        r"\b(?:charge|cost|costs|pay|price)\s+(?:us\s+|me\s+)?(?:to|for)\s+"
        r"(?P<head>(?!(?:the|a|an|our|my|your|it|that|this|us|me)\b)[a-z]+(?: and [a-z]+)?)"
        r"(?=\s+(?:the|a|an|our|my|your|it|that|this|them)\b)"
    ),
    re.compile(
        r"\b(?:is|are) there (?:a|an|any) (?P<head>(?:[a-z]+ ){1,2}(?:fee|charge|penalty|cost)s?)\b"
    ),
)


def priced_things(question: str) -> list[str]:
    """What a question asks the price of when that is something done to or for its item, not
    the item ("replacement group head gasket", "disconnect and reinstall", "cancellation
    fee"), in the order found; [] when it asks an item's own price."""
    flat = normalise(question)
    found: list[str] = []
    for pattern in _PRICED_THING:
        for match in pattern.finditer(flat):
            head = match.group("head")
            words = [w for w in head.split() if w not in _NOT_HEAD and w != "and"]
            if words and head not in found:
                found.append(head)
    return found


def priced_words(thing: str) -> list[str]:
    """The words that say what a priced thing of :func:`priced_things` is: the noun ("gasket"
    of "replacement group head gasket"), what a fee is for ("cancellation"), the actions
    ("disconnect", "reinstall")."""
    words = thing.split()
    if " and " in thing:
        return [w for w in words if w != "and"]
    if len(words) > 1 and re.match(r"(?:fee|charge|penalty|cost)s?$", words[-1]):
        return words[:-1]
    return words[-1:]


def asks_action_price(head: str) -> bool:
    """Whether a priced thing of :func:`priced_things` is an action ("disconnect and
    reinstall"), said as "what it costs to ..."."""
    return not re.search(r"\b(?:fee|charge|penalty|cost)s?$", head) and " and " in head


#: A purchase an ask is conditioned on: "If I buy the Lumen 2-Group, how much more do I pay for
#: the training?", "do I also get the training if we buy this one?" (normalised text).
_PURCHASE_IF = re.compile(
    r"\b(?:if|when|once)\s+(?:i|we)\s+(?:buy|order|purchase|get|take)\s+(?P<what>(?:(?!\b(?:how|"
    r"what|is|are|do|does|can|will|would)\b)[a-z0-9-]+\s*){1,5})"
)


_PURCHASE_WORDS = re.compile(r"\b(?:if|when|once)\s+(?:i|we)\s+(?:buy|order|purchase|get|take)\b")


def without_purchase_words(text: str) -> str:
    """``text`` without the words stating a purchase ("if we buy"), the items kept: what is
    asked of them ("is installation included if we buy a lumen") is the rest."""
    return _PURCHASE_WORDS.sub(" ", normalise(text))


def purchase_condition(text: str) -> str | None:
    """The items an ask is conditioned on buying ("the lumen 2 group" of "if i buy the lumen 2
    group, how much more for training"), or None when the text states no such condition."""
    found = _PURCHASE_IF.search(normalise(text))
    return found.group("what").strip() if found else None


#: "does that get me over the line?", "is that enough now?", "would that qualify?": whether a
#: changed order reaches the threshold a rule just judged it against (normalised text; only
#: right after that rule's answer).
_REACHES = re.compile(
    r"\b(?:over|past|above|across)\s+the\s+(?:line|minimum|threshold|limit|bar|mark|hump)\b"
    r"|\b(?:get|gets|push|pushes|take|takes|bring|brings|put|puts)\s+(?:me|us|it|that|the\s+"
    r"(?:order|total))\s+(?:over|past|above|there)\b"
    # (not "is that enough for 200 drinks", an ask of its own)
    r"|\b(?:is|does|would|will)\s+(?:that|it|this)\s+(?:be\s+)?(?:enough|qualify|make\s+it"
    r"|clear\s+it|get\s+there)\b(?!\s+(?:for|to)\b)"
    r"|\b(?:enough|qualif(?:y|ies)|make\s+the\s+cut|clear\s+the\s+minimum)\s+(?:now|then)\b"
)


def asks_reached(text: str) -> bool:
    """Whether ``text`` asks if a changed order now reaches a rule's threshold ("what if I add
    the grinder, does that get me over the line?")."""
    return _REACHES.search(normalise(text)) is not None


#: An ask of what comes on top of a purchase ("how much more", "extra", "additional").
_MORE = re.compile(r"\b(?:more|extra|additional|on\s+top)\b", re.I)


def asks_more(text: str) -> bool:
    """Whether ``text`` asks what comes on top ("how much more for the training?")."""
    return _MORE.search(text) is not None


#: A purchase the visitor states as made or under way ("we're upgrading to a Lumen 3-Group",
#: "we'll be buying the lumen 2", "we're going with the lumen"): what an offer asked beside it
#: ("need 3 staff trained, what's that cost?") is conditioned on, as "if we buy" (normalised).
_PURCHASE_STATED = re.compile(
    r"\b(?:we|i)\s*(?:re|are|m|am|ll|will|ll\s+be|will\s+be)\s+(?:definitely\s+|for\s+sure\s+)?"
    r"(?:buying|getting|ordering|purchasing|upgrading\s+to|going\s+with|buy|order|purchase"
    r"|get)\s+(?P<what>(?:(?!\b(?:how|what|is|are|do|does|can|will|would|at|for|and|but|so"
    r"|need|needs)\b)[a-z0-9-]+\s*){1,5})"
)
#: Words that make the purchase after them asked or supposed ("can we buy", "if we're getting").
_PURCHASE_ASKED = frozenset(
    {*ASKING_AUXILIARIES, "shall", "may", "might", "if", "when", "once", "whether", "to", "why"}
)


def stated_purchase(text: str) -> str | None:
    """The items the visitor states they are buying ("a lumen 3 group" of "we're upgrading to a
    Lumen 3-Group at our café"), or None; a purchase asked or supposed ("can we buy ...",
    "should we get ...", "if we're getting ...") or made before ("we bought ...") states none."""
    flat = normalise(text)
    for found in _PURCHASE_STATED.finditer(flat):
        before = flat[: found.start()].split()
        if not (before and before[-1] in _PURCHASE_ASKED):
            return found.group("what").strip()
    return None


#: "how much does it weigh", "how heavy is it", "how many shots can it pull": an amount is asked,
#: so only a sentence with a number can answer it (-> the attribute named in the gap).
_MEASURES = (
    (
        re.compile(
            r"\bhow much (?:does|do|can|will|would) .*\bweighs?\b|\bhow heavy\b"
            r"|\b(?:weight|weigh|weighs) in (?:kg|kilos?|kilograms?|pounds|lbs?)\b"
            # "what does the pico weigh", "whats the weight of it" (not "grind by weight")
            r"|\bwhat (?:does|do|did|would|will) (?:[a-z0-9-]+ ){1,5}?weigh\b"
            r"|\b(?:the|its|their|what) weights?\b"
            # "lumen 2 weight kg", "pico weight": a fragment closing on it (not "by weight")
            r"|(?<!\bby )\bweights?(?: (?:in )?(?:kg|kilos?|kilograms?|pounds|lbs?))?\s*$"
        ),
        "weight",
    ),
    # "the boiler size in liters", "how many litres is the boiler": a volume in its unit
    (
        re.compile(r"\bin (?:l|liters?|litres?|gallons?)\b|\bhow many (?:liters|litres|gallons)\b"),
        "volume",
    ),
    (
        re.compile(r"\bhow much (?:does|do|can|will|would) .*\b(?:hold|holds|store|stores)\b"),
        "capacity",
    ),
    (
        # "whats the pico footprint", "the dimensions of it" (not a "carbon footprint")
        re.compile(
            r"\bhow (?:big|large|tall|wide|deep|small)\b"
            r"|(?<!carbon )(?<!environmental )\bfootprint\b|\bdimensions?\b|\bmeasurements\b"
        ),
        "size",
    ),
    (re.compile(r"\bhow (?:loud|noisy|quiet)\b"), "noise level"),
)
# an adjective before the noun ("how many preventive visits") is skipped: the noun is counted
_HOW_MANY = re.compile(r"\bhow many (?:[a-z]+(?:ive|al|ic|ary)\s+(?=[a-z]))?(?P<noun>[a-z][a-z-]*)")


#: The units a passage states each measured amount in ("28 kg", "410 mm", "62 dB").
_MEASURE_UNITS = {
    "weight": re.compile(r"\d\s*(?:lbs?|kg|kilos?|kilograms?|pounds?|grams?|g)\b", re.I),
    "size": re.compile(
        r"\d\s*(?:mm|cm|m|in|inch(?:es)?|ft|feet|foot|l|litres?|liters?|\")(?!\w)", re.I
    ),
    "noise level": re.compile(r"\d\s*(?:db|decibels?)\b", re.I),
    "volume": re.compile(r"\d[\s-]*(?:l|litres?|liters?|gallons?)(?!\w)", re.I),  # "2.5-litre"
}


#: Units a count is asked in ("how many mg of caffeine"): the answer must state a number in it.
_COUNTED_UNITS = {
    "mg": r"mg|milligrams?",
    "milligrams": r"mg|milligrams?",
    "g": r"g|grams?",
    "grams": r"g|grams?",
    "ml": r"ml|millilit(?:re|er)s?",
    "oz": r"oz|ounces?",
    "ounces": r"oz|ounces?",
    "calories": r"calories|kcal",
    "kcal": r"calories|kcal",
    "watts": r"w|watts?",
    "volts": r"v|volts?",
}
_IN_UNIT = re.compile(r"^number of (?P<unit>[a-z]+)(?: of [a-z]+)?$")


def states_measure(passage: str, amount: str) -> bool:
    """Whether ``passage`` states the measured ``amount`` asked ("weight": a number in kg or
    lb, "size": in mm or inches, "noise level": in dB, "number of mg of caffeine": in mg);
    True for any other amount."""
    counted = _IN_UNIT.match(amount)
    named = _COUNTED_UNITS.get(counted.group("unit")) if counted else None
    if named is not None:
        return re.search(rf"\d\s*(?:{named})\b", passage, re.I) is not None
    unit = _MEASURE_UNITS.get(amount)
    return unit is None or bool(unit.search(passage))


def is_measured(amount: str) -> bool:
    """Whether an amount of :func:`amount_asked` is stated in units (weight, size), so a
    passage without them does not state it (:func:`states_measure`)."""
    return amount in _MEASURE_UNITS


def amount_asked(question: str) -> str | None:
    """What amount the question asks ("weight", "the number of shots"), or None when it asks
    none: the answer to it must state a number."""
    flat = normalise(question)
    for pattern, name in _MEASURES:
        if pattern.search(flat):
            return name
    match = _HOW_MANY.search(flat)
    if match and match.group("noun") in _COUNTED_UNITS:  # "how many mg of caffeine"
        of = re.match(r" of ([a-z]+)", flat[match.end() :])
        return f"number of {match.group('noun')}" + (f" of {of.group(1)}" if of else "")
    if match and match.group("noun") not in _NOT_HEAD:
        return f"number of {match.group('noun')}"
    return None


def is_quality(question: str, word: str) -> bool:
    """Whether ``word`` is asked as a quality of the subject ("is the pico noisy?"), not as
    a thing it has ("what colors does it come in?")."""
    match = _IS_ADJECTIVE.match(normalise(question).strip())
    return match is not None and match.group("head") == word


#: Whether someone may buy from the company ("can he buy from you guys", "could my brother order
#: from u"; not "can we order the foundry from you": a business
#: asking for an item), in normalised text.
_BUYER_ASK = re.compile(
    r"\b(?:can|could|may|will|do)\s+(?:i|we)\s+(?:buy|order|purchase)\s+from\s+(?:you|u|ya)\b"
    r"|\b(?:can|could|may|will|does)\s+(?:he|she|someone|anyone|individuals?|people"
    r"|(?:my|a)\s+[a-z]+)\s+(?:buy|order|purchase)\s+(?:[a-z0-9]+\s+){0,5}?from\s+"
    r"(?:you|u|ya)\b"
)
#: Whether the visitor may buy what was just spoken of from us ("can i buy it from you guys
#: directly"), in normalised text.
_BUYER_ASK_OF_IT = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:buy|order|purchase)\s+(?:it|them|one|that|this)\s+"
    r"(?:directly\s+)?from\s+(?:you|u|ya)\b"
)
#: A purchase for a home, not a business ("a bag of foundry for home", "for his apartment"; not
#: "our house blend").
_HOME_USE = re.compile(
    r"\bfor (?:(?:my|his|her|our|their|the) )?(?:home|apartment|flat|condo|kitchen)\b"
    r"|\bfor (?:personal|private|home|my own|his own|her own) use\b"
)
#: What makes a home purchase a question of who we sell to: buying or selling asked.
_BUYING = re.compile(r"\b(?:buy|order|purchase|sell|sort|get|can|could)\b")


def asks_may_buy(text: str) -> bool:
    """Whether the text asks if someone may buy from us ("could my brother order from u"), or
    buy what was just spoken of ("can i buy it from you guys directly")."""
    flat = normalise(text)
    return bool(_BUYER_ASK.search(flat) or _BUYER_ASK_OF_IT.search(flat))


def asks_who_buys(text: str) -> bool:
    """Whether the text asks if someone may buy from us, or asks to buy for a home ("I just
    want a bag for home, can your sales team sort that"): the knowledge base's word on whom it
    sells to answers it, not the item's description."""
    flat = normalise(text)
    return bool(_BUYER_ASK.search(flat)) or bool(_HOME_USE.search(flat) and _BUYING.search(flat))


#: Renting asked: "rent", "rental", or "hire" with a thing as its object ("hire a machine for a
#: wedding"; "new hires" are people), in normalised text.
_RENTAL = re.compile(r"\b(?:rent|rents|renting|rented|rental|rentals)\b")
_HIRE = re.compile(
    r"\bhir(?:e|ing) (?:out )?(?:(?:a|an|the|your|one|some|two|\d+) )?(\w+)(?: (\w+))?"
)


def asks_rental(text: str, things: frozenset[str]) -> bool:
    """Whether the text asks to rent something: a rental word, or "hire" whose object is one
    of ``things`` (the catalog's kind words: "machine", "grinder")."""
    flat = normalise(text)
    hired = _HIRE.search(flat)
    objects = [w for w in (hired.groups() if hired else ()) if w]  # "an espresso machine"
    rented = any(w in things or w.rstrip("s") in things for w in objects)
    return bool(_RENTAL.search(flat)) or rented


#: A bag size named in an ask ("foundry in 1 lb bags?", "12oz bags", "2-kg packs"), not a count
#: of bags of a size ("two 5lb bags every week": an order, read as a weight).
_BAG_FIGURE = re.compile(
    r"(?<![\w.])(?<!\d )(?<!x )(\d+(?:\.\d+)?)\s*-?\s*"
    r"(lbs?|pounds?|oz|ounces?|kgs?|kilos?|g|grams?)\s+(?:bags?|packs?|packets?)\b"
)
#: A count just before the size ("three 5 lb bags"): bags ordered, not a size asked.
_COUNT_WORDS = "|".join(w for w, n in SMALL_NUMBERS.items() if n > 1)
_COUNTED = re.compile(rf"\b(?:{_COUNT_WORDS}|dozen|some|few|many|of)\s*$")
#: A bag size asked without a figure ("what size bags", "do you do smaller bags").
_BAG_SIZE = re.compile(
    r"\b(?:what|which) sizes? (?:of )?(?:bags?|packs?)\b|\bbag sizes?\b|"
    r"\b(?:smaller|bigger|larger)\s+(?:bags?|packs?)\b|\bhow (?:big|large|heavy) (?:are|is) "
    r"(?:the|your|a) (?:bags?|packs?)\b|\bsize (?:are|is) (?:the|your) bags?\b"
)


#: The order minimum counted in bags ("how many bags is the minimum order", "the minimum in
#: bags", "least number of bags i can order").
_MINIMUM_BAGS = re.compile(
    r"\bhow many (?:bags|packs)\b.{0,40}\b(?:minimum|min|at least|least|smallest)\b"
    r"|\b(?:minimum|min|smallest)\b.{0,40}\b(?:in|of|how many) (?:bags|packs)\b"
    r"|\b(?:least|fewest|minimum) (?:number of )?(?:bags|packs)\b"
)


#: Leave asked to order an amount: "can i just get 10 lb", "could we order 12 lbs at a time",
#: "is 10 lb enough", "would 8 lb be ok" (a permission or a sufficiency, not a price).
_ORDER_ASK = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we|you)\b(?:\s+\w+){0,2}?\s+(?:get|order|buy|take|have|do|"
    r"send|ship)\b|\b(?:is|would|will)\b.{0,25}\b(?:enough|ok|okay|fine|allowed|too small)\b"
)


def asks_to_order(text: str) -> bool:
    """Whether the text asks leave to order an amount ("can we just get 10 lb at a time?")."""
    return _ORDER_ASK.search(normalise(text)) is not None


#: A lower price for ordering more, asked with no discount named ("any kind of bulk price?",
#: "is there a price break if we order more", "cheaper if we buy bigger amounts").
_BULK_PRICE_ASK = re.compile(
    r"\b(?:bulk|quantity)\s+(?:price|pricing|rate|discount|deal|break)s?\b"
    # not "volume discount": the knowledge base's own heading, said back by a follow-up
    r"|\bvolume\s+(?:price|pricing|rate|deal|break)s?\b"
    r"|\bprice breaks?\b|\bin bulk\b[^.?!]{0,30}\b(?:cheaper|discount\w*|less|lower|deal)\b"
    r"|\b(?:discount\w*|cheaper|better price|lower price|deal)\b[^.?!]{0,40}\b(?:in bulk|more|"
    r"larger|bigger|big orders?|large orders?)\b"
    # an amount weighed against the discount: "15 lb a week, is that enough for the discount"
    r"|\benough\b[^.?!]{0,20}\bdiscount\w*"
)
#: Someone on the company's side asked to be there at a time ("is anyone on your sales side
#: still picking up at 5?", "will somebody answer the phone after 4", "can i still call you
#: at 6?"): the hours they work are the answer.
_REACHABLE_ASK = re.compile(
    r"\b(?:is|are|will|would)\s+(?:there\s+)?(?:anyone|anybody|someone|somebody|a person)\b"
    r"[^.?!]{0,40}\b(?:there|around|available|picking up|pick up|answering|answer|on the phones?|"
    r"in the office|working|reachable)\b"
    r"|\b(?:can|could) (?:i|we) (?:still )?(?:call|ring|reach|phone) (?:you|sales|your \w+)\b"
    r"[^.?!]{0,30}\b(?:at|after|before|until|around) \d"
)
#: A repair or a visit is the emergency line's or a technician's time, not the sales team's.
_SERVICE_WORDS = re.compile(r"\b(?:repair\w*|fix\w*|broken|broke|emergency|technicians?|tech)\b")
#: The age of the coffee asked ("how old are the beans when they get here", "how fresh is
#: your coffee by the time we get it", "when were the bags roasted").
_COFFEE_AGE_ASK = re.compile(
    r"\bhow (?:old|fresh|stale)\b[^.?!]{0,30}\b(?:beans?|coffees?|bags?|roasts?)\b"
    r"|\bhow long ago\b[^.?!]{0,30}\broast\w*"
    r"|\bwhen (?:was|were|is|are) (?:the|your) (?:beans?|coffees?|bags?)\b[^.?!]{0,10}\broasted\b"
)


#: A price cut asked in any words ("any break on the price", "a better deal", "cheaper") ...
_PRICE_CUT = re.compile(
    r"\b(?:break|discount\w*|deal|reduction)s? on (?:the |our |your )?(?:price|pricing|cost)\b"
    r"|\b(?:price break|better (?:price|deal|rate)|lower price|cheaper)\b"
)
#: ... of an amount the visitor uses ("nine bags a week", "that kind of usage", "40 lb").
_VOLUME_USED = re.compile(
    r"\b(?:usage|volume|go through|going through|use|using)\b|\b\d+\s*(?:bags?|lbs?|pounds?|kg)\b"
    r"|\bbags? (?:a|per|each) (?:week|month)\b"
)


def asks_bulk_price(text: str) -> bool:
    """Whether the text asks for a lower price for ordering more ("any bulk price?", "does
    that kind of usage get any break on the price?")."""
    flat = normalise(text)
    if _BULK_PRICE_ASK.search(flat) is not None:
        return True
    return _PRICE_CUT.search(flat) is not None and _VOLUME_USED.search(flat) is not None


def asks_reachable(text: str) -> bool:
    """Whether the text asks if the company's people can be reached at a time ("is anyone
    still picking up at 5?"), not a repair or a visit (the emergency line's hours)."""
    flat = normalise(text)
    return _REACHABLE_ASK.search(flat) is not None and _SERVICE_WORDS.search(flat) is None


#: The coffee's arrival ("by the time they reach us", "when it gets here", "delivered"): the
#: age asked is the one it has on arrival, not the age it is best used at ("how old should
#: espresso beans be when i use them").
_ARRIVAL = re.compile(
    r"\b(?:reach\w*|arriv\w*|gets? (?:to|here)|land\w*|by the time|deliver\w*|ship\w*|"
    r"show(?:s)? up|turn(?:s)? up|receiv\w*)\b"
)


def asks_coffee_age(text: str) -> bool:
    """Whether the text asks how old the coffee is when it arrives ("how old are the beans by
    the time they reach us")."""
    flat = normalise(text)
    return _COFFEE_AGE_ASK.search(flat) is not None and _ARRIVAL.search(flat) is not None


def asks_minimum_bags(text: str) -> bool:
    """Whether the text asks how many bags the order minimum is."""
    return _MINIMUM_BAGS.search(normalise(text)) is not None


def asked_bag_size(text: str) -> str | None:
    """The bag size a question asks about ("1 lb" of "do you sell foundry in 1 lb bags?"), ""
    for a size asked with no figure ("what size bags do you do"), None when it asks none (a
    count of bags, "25 bags of foundry", is an amount ordered)."""
    flat = normalise(text)
    found = _BAG_FIGURE.search(flat)
    if found is not None and not _COUNTED.search(flat[: found.start()]):
        return f"{found.group(1)} {found.group(2)}"
    return "" if _BAG_SIZE.search(flat) else None


_SECONDHAND = "|".join(w.replace("-", "[- ]?") for w in sorted(SECONDHAND, key=len, reverse=True))
#: The company buying ("do you buy used machines"): a trade-in, not goods for sale.
_WE_BUY = re.compile(r"\b(?:you|u|ya|copperline)\s+(?:guys\s+)?(?:buy|purchase|take)\b")
_THING_END = "for|to|from|in|like|at|on|or|and|too|please|that|which|as|with"
#: Buying goods that are not new: "do you sell refurbished machines", "any used grinders for
#: sale", "can we buy a second-hand lumen".
_SECONDHAND_ASK = re.compile(
    rf"\b(?:sell|sells|selling|stock|carry|offer|buy|purchase|any|for sale)\b.{{0,30}}?"
    rf"\b(?P<word>{_SECONDHAND})\s+(?P<thing>[a-z0-9-]+(?:\s+(?!{_THING_END}\b)[a-z0-9-]+){{0,2}})"
)


def asked_secondhand(text: str) -> tuple[str, str] | None:
    """The not-new goods a question asks to buy ("refurbished", "machines" of "do you sell
    refurbished machines? like the trade ins"), or None."""
    flat = normalise(text)
    found = None if _WE_BUY.search(flat) else _SECONDHAND_ASK.search(flat)
    return (found.group("word"), found.group("thing")) if found else None


#: The company asked to buy the visitor's own goods for money ("would you buy our old machine
#: outright for cash", "will you guys purchase my grinder and pay us for it"): a sale to us,
#: not a trade-in credit toward a new machine.
_BUY_FROM_US = re.compile(
    r"\b(?:would|will|do|does|could|can|might)\s+(?:you|u|your company)(?:\s+guys)?\s+"
    r"(?:(?:be\s+)?(?:willing|able|interested)\s+(?:to|in)\s+)?(?:buy|buying|purchase|purchasing)"
    r"\s+(?:back\s+)?(?:our|my)\b"
)
_FOR_MONEY = re.compile(r"\b(?:for|in)\s+cash\b|\boutright\b|\bpay\s+(?:us|me)\b|\bfor\s+money\b")


def asks_cash_buyback(text: str) -> bool:
    """Whether ``text`` asks the company to buy the visitor's own goods for money ("would you
    buy our old espresso machine outright for cash?"); "do you buy from farms directly" (what
    the company buys) and "can i trade in my machine" (a credit, not money) are not."""
    flat = normalise(text)
    return _BUY_FROM_US.search(flat) is not None and _FOR_MONEY.search(flat) is not None


#: words that ask what things cost without naming a thing ("pricing?", "what do you charge")
_PRICE_ASK_TEXT = "price prices pricing priced cost costs charge charges rates"
_PRICE_ASKS = frozenset(_PRICE_ASK_TEXT.split())
#: words that may stand beside them and still name nothing ("price list", "send me your pricing")
_NAMING_NOTHING_TEXT = """
    list lists sheet info information overview breakdown ballpark rough general idea things
    stuff everything products items range tell know want need get send see give show hi hello
    hey ur u pls plz wondering curious like typical typically usual usually roughly
"""
_NAMING_NOTHING = frozenset(_NAMING_NOTHING_TEXT.split())


def asks_prices_only(question: str) -> bool:
    """ "pricing", "prices?", "what are your prices", "send me your price list": a price asked
    of nothing (a thing named, a quote or a comparison ask for something else)."""
    words = re.findall(r"[a-z]+", question.lower())
    return bool(set(words) & _PRICE_ASKS) and all(
        w in FUNCTION_WORDS or w in _PRICE_ASKS or w in _NAMING_NOTHING for w in words
    )


#: Whether the visitor meets an item's condition: "do we qualify", "are we eligible", "does
#: that count for us", "is it open to us", "does it apply to us".
_QUALIFY = re.compile(
    r"\b(?:qualif(?:y|ies|ied)|eligib\w*|(?:open|available) to (?:us|me)|count (?:for|as) us"
    r"|(?:apply|applies|applicable) (?:to|for) (?:us|me|our \w+))\b"
)
#: An item's sentence stating who it is for by a threshold ("with 3 or more locations", "at
#: least 100 lb", "only for ..."); "made for coffee carts" describes, it sets no condition.
_CONDITION = re.compile(r"\b(?:\d+ or more|at least|minimum|only (?:for|to))\b", re.I)


def states_threshold(sentence: str) -> bool:
    """Whether a sentence states who an item is for by a threshold ("3 or more locations")."""
    return _CONDITION.search(sentence) is not None


#: Asking to have something ("can we get the multi-site plan?"): an eligibility question when
#: the message also counts the visitor's sites ("we have only two hotel properties").
_CAN_WE_HAVE = re.compile(
    r"\b(?:can|could|may) (?:we|i) (?:get|join|have|use|sign up for|go on|be on)\b"
)


def asks_eligibility(text: str) -> bool:
    """Whether ``text`` asks if the visitor qualifies for something: in so many words, or by
    asking to have it beside a count of their sites."""
    flat = normalise(text)
    if _QUALIFY.search(flat) is not None:
        return True
    return _CAN_WE_HAVE.search(flat) is not None and find_locations(text, False) is not None
