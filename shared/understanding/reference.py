"""What "that" or "it" refers to in a question, when the bot's last turn answered nothing.

"Interested in the multi-site maintenance plan." then "what would that cost us per month?":
the pronoun points at the offer the visitor named, so the knowledge base is searched for
"what would the multi-site maintenance plan cost us per month?" (the Multi-site plan's price,
not the first plan's). Only a catalog item the visitor named in a need they gave counts as an
antecedent; a question that names an item itself, or follows an answer (whose entities the
retriever already carries), is left as typed.
"""

from __future__ import annotations

import re

from shared.understanding.choices import PRICE_RANKS, SIZE_RANKS
from shared.understanding.entities.gazetteer import (
    COFFEE_KINDS,
    EQUIPMENT_KINDS,
    SERVICE_KINDS,
    names_re,
)
from shared.understanding.lexicon import (
    ASKING_AUXILIARIES,
    LOCATION_NOUNS,
    REMARK_WORDS,
    SMALL_NUMBERS,
    alternation,
    number_words,
)
from shared.understanding.sentences import sentences

KINDS = SERVICE_KINDS + EQUIPMENT_KINDS + COFFEE_KINDS
PRONOUN = re.compile(r"\b(?:that|it|this)\b(?!\s+(?:is|'s)\s+all\b)", re.I)


#: The visitor's own gear named in the question ("our old machine", "my current grinder", "the
#: machine we have now"): a pronoun after it points at that gear, not at an item of ours.
_OWN_GEAR = re.compile(
    r"\b(?:our|my|the)\s+(?:(?:old|current|existing|present|own|previous)\s+)+"
    r"(?:(?:espresso|coffee)\s+)?(?:machines?|grinders?|brewers?|equipment|gear|set-?up)\b"
    r"|\b(?:our|my)\s+(?:espresso\s+|coffee\s+)?(?:machines?|grinders?|brewers?)\b"
    r"|\bthe\s+(?:espresso\s+|coffee\s+)?(?:machines?|grinders?|brewers?)\s+(?:we|i)\s+"
    r"(?:have|had|own|use|got|bought|run)\b",
    re.I,
)


def _own_gear_first(question: str) -> bool:
    """Whether ``question`` names the visitor's own gear before its first pronoun ("does the
    trade-in work for our old machine? it still works"): the pronoun is that gear."""
    gear, pronoun = _OWN_GEAR.search(question), PRONOUN.search(question)
    return gear is not None and pronoun is not None and gear.start() < pronoun.start()


def resolved(question: str, needs: list[str]) -> str | None:
    """The question with its pronoun replaced by the last catalog item named in ``needs``
    (the visitor's stated needs, oldest first), or None when there is nothing to resolve, or
    when it singles out one ("ok that one then") of the several items the last need names
    (the answerer asks back which one is meant), or when the visitor's own gear named before
    the pronoun is what it points at ("our old machine? it still works")."""
    pattern = names_re(KINDS)
    if pattern is None or pattern.search(question) or not PRONOUN.search(question):
        return None
    if _own_gear_first(question):
        return None
    named = [m.group(0) for text in needs for m in pattern.finditer(text)]
    naming = [found for text in needs if (found := {m.group(0) for m in pattern.finditer(text)})]
    if not named or (len(naming[-1]) > 1 and singles_out_one(question)):
        return None  # "that one" of "the pico, the lumen 2 group": which is not said
    return PRONOUN.sub(f"the {named[-1]}", question, count=1)


#: "it", "that", "them": a question leaning on what was just said.
POINTING = re.compile(r"\b(?:it|its|they|them|this|that|those|these)\b", re.I)


def points_back(question: str) -> bool:
    """Whether ``question`` leans on what was just said with a pronoun ("how much coffee is
    in it?", "how long does that take?")."""
    return POINTING.search(question) is not None


#: a fragment asking only an attribute, of no item of its own: "since when", "what hours",
#: "what process", "how many days", "any fee?", "is there a fee?". Read after an answer, it
#: asks that attribute of the answer's subject (a question word, then at most two words).
ATTRIBUTE_ONLY = re.compile(
    r"^\W*(?:(?:since|till|until)\s+when|(?:what|which)(?:\s+[a-z][\w'-]*){1,2}|how\s+(?:long|many|much|often"
    r"|late|soon|far)(?:\s+[a-z][\w'-]*)?|any(?:\s+[a-z][\w'-]*){1,2}"
    r"|is\s+there\s+(?:a|an|any)(?:\s+[a-z][\w'-]*){1,2})\W*$",
    re.I,
)
_THERE_IS = re.compile(r"^\W*is\s+there\s+", re.I)
# a word that makes the fragment a question of its own ("what else", "how much total")
# (an auxiliary, past ones too, a person, or a word asking for more)
_OWN_ASK = re.compile(
    rf"\b(?:{alternation([*ASKING_AUXILIARIES, 'was', 'were'])}"
    r"|else|total|altogether|all|together|you|u|we|i|your|ur|our|my|about|options?|questions?"
    r"|ideas?)\b",
    re.I,
)


def asks_attribute_only(question: str) -> bool:
    """Whether ``question`` is a short fragment asking only an attribute of what was just said
    ("since when", "what hours", "any fee?"), not a question of its own ("what else")."""
    asked = _THERE_IS.sub("", question)  # "is there a fee?" asks as "any fee?" does
    return ATTRIBUTE_ONLY.match(question) is not None and _OWN_ASK.search(asked) is None


#: "how much do we need to order", "what's the minimum?": the least to order, asked of nothing
#: named (after the custom blend's answer: its own threshold, not the wholesale minimum)
_MINIMUM_ONLY = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?(?:how\s+(?:much|many)(?:\s+(?:lbs?|pounds|bags|kilos?))?"
    r"\s+(?:do|would|should|must)\s+(?:we|i|you)\s+(?:(?:need|have|got)\s+to\s+)?"
    r"(?:order|buy|get|take)|what(?:'s|s|\s+is)\s+the\s+min(?:imum)?(?:\s+order)?)"
    r"(?:\s+(?:a|per)\s+month)?\W*$",
    re.I,
)


def asks_minimum_only(question: str) -> bool:
    """Whether ``question`` asks only the least to order ("how much do we need to order"),
    which after an answer is asked of that answer's subject."""
    return _MINIMUM_ONLY.match(question) is not None


#: "how many sites needed", "how many lb/month for a house blend": a count asked as what it takes
#: (needed, required, or for a thing named without a figure), which is the least to have; never
#: a count for a figure ("how many lb a month for 200 drinks") nor one asked bare ("how many
#: sites do you cover"), nor the visitor's own count ("how many locations do we have... 2")
_OWN_COUNT_AFTER = r"(?!\s*(?:\.\.+|…|[.?!,]+\s*(?:\d|" + number_words(1, 9) + r")\b))"
_LEAST_ASKED = re.compile(
    r"\bhow\s+many\s+(sites|locations|shops|cafes|cafés|stores|lbs?|pounds|bags|kilos?|kg)"
    r"((?:\s*/\s*|\s+(?:a|per|each)\s+)(?:month|mo|week|delivery|order))?"
    r"(?=\s+(?:(?:do|would|must|should)\s+(?:we|i|you|u|one)\s+(?:need|require|have"
    # not the visitor's own count answered after it: "how many locations do we have... 2"
    + _OWN_COUNT_AFTER
    + r")\b"
    r"|(?:are\s+|is\s+)?(?:needed|required|necessary)\b|(?:to|for)\s+(?![^.?!,;]*\d)\w))",
    re.I,
)


def as_least(question: str) -> str:
    """``question`` with a count asked as what it takes written as the minimum ("multisite
    plan. how many sites needed" -> "... minimum sites needed")."""
    return _LEAST_ASKED.sub(lambda m: f"minimum {m.group(1)}{m.group(2) or ''}", question)


#: "what's the catch?", "any strings attached?": the conditions of what was just answered,
#: asked of no topic of its own ("what are the conditions for returns?" names one)
_THE_REST = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:(?:what(?:'s|s|\s+is|\s+are)|is\s+there|are\s+there"
    r"|any)\s+(?:the\s+|a\s+|any\s+)?(?:catch(?:es)?|fine\s+print|small\s+print"
    r"|strings(?:\s+attached)?|conditions?|requirements?)|what(?:'s|s|\s+is)\s+involved)"
    r"(?:\s+(?:then|here|there))?\W*$",
    re.I,
)


def asks_the_rest(question: str) -> bool:
    """Whether ``question`` asks only the conditions of what was just answered ("what's the
    catch?"), which are the rest of that answer's section."""
    return _THE_REST.match(question) is not None


#: "for beans", "and for equipment?": the question just answered, asked of another thing
_FOR_FRAGMENT = re.compile(
    r"^\W*(?:and\s+|but\s+|what\s+about\s+)?for\s+(?:the\s+|your\s+|ur\s+)?[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,2}\W*$",
    re.I,
)


#: "vs essential", "compared to the pro": the answer just given set against another thing
_AGAINST_FRAGMENT = re.compile(
    r"^\W*(?:and\s+)?(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+(?:the\s+|your\s+)?"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\W*$",
    re.I,
)
#: "per lb", "and per month?": the price just given, asked in a unit
_PER_FRAGMENT = re.compile(r"^\W*(?:and\s+)?per\s+[a-z]+\W*$", re.I)
#: "for 7", "for 12 people": the price just given, counted (a place count tells the visitor's
#: own business: "for 3 cafes" stays a detail)
_COUNT_FRAGMENT = re.compile(
    rf"^\W*(?:and\s+)?for\s+\d+(?:\s+(?!(?:{LOCATION_NOUNS})\b)[a-z]+)?\W*$", re.I
)


def continues_ask(question: str) -> bool:
    """Whether ``question`` is a fragment that only carries on the ask just answered: set
    against another thing ("vs essential"), asked per a unit ("per lb") or counted ("for 7");
    none of them asks anything without the answer before it."""
    return any(
        pattern.match(question) is not None
        for pattern in (_AGAINST_FRAGMENT, _PER_FRAGMENT, _COUNT_FRAGMENT)
    )


def asks_again_for(question: str) -> bool:
    """Whether ``question`` is a fragment re-asking the question just answered of another
    thing ("for beans" after the minimum order), with no person or remark in it ("for my
    sister" is no such fragment)."""
    return _FOR_FRAGMENT.match(question) is not None and _REMARK.search(question) is None


#: the question words before what an attribute-only fragment asks ("how many days" -> days)
_ASKING_WORDS = re.compile(
    r"^\W*(?:what|which|how\s+(?:long|many|much|often|late|soon|far)|any)\s+", re.I
)
#: an attribute whose value is a time of day ("what hours": "from 6:00 to 22:00")
_CLOCK_ATTRIBUTES = frozenset({"hour", "hours", "time", "times"})
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)
_WORD = re.compile(r"[a-z][a-z'-]*", re.I)


def _stem(word: str) -> str:
    return word.lower().removesuffix("s")


def _carries(sentence: str, asked: list[str]) -> bool:
    said = {_stem(w) for w in _WORD.findall(sentence)}
    return all(
        _stem(w) in said or (w in _CLOCK_ATTRIBUTES and _CLOCK.search(sentence)) for w in asked
    )


#: "when", "and when?", "how soon": the time of what was just said, asked of nothing else
_WHEN_ALONE = re.compile(r"^\W*(?:(?:and|so|but|ok)\s+)?(?:when|how\s+soon)\W*$", re.I)
#: a time a sentence sets: "after 3 months of ...", "within 48 hours", "in 5 business days"
_TIME_TOLD = re.compile(
    r"\b(?:after|within|in|for|from|until|till|by|before)\s+(?:the\s+first\s+)?"
    rf"(?:\d+|{alternation(SMALL_NUMBERS)})(?:\s+to\s+\d+)?\s+"
    r"(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?)\b",
    re.I,
)


def carrying_sentence(question: str, said: str) -> str | None:
    """The one sentence of a reply just given (``said``) that carries what an
    attribute-only fragment asks ("what process" after the decaf: "... decaffeinated by the
    Swiss Water process ..."; "what hours": the sentence with its times of day; a bare "when":
    the sentence setting a time, "after 3 months of on-time orders"); None when the
    question is no such fragment, or when no sentence or several carry it (then it is not
    clear which one the visitor means)."""
    if _WHEN_ALONE.match(question):  # "when" after "after 3 months of on-time orders, ..."
        timed = [s for s in sentences(said.strip()) if _TIME_TOLD.search(s)]
        return timed[0] if len(timed) == 1 else None
    if not asks_attribute_only(question):
        return None
    asked = [w.lower() for w in _WORD.findall(_ASKING_WORDS.sub("", question, count=1))]
    if not asked or not _ASKING_WORDS.match(question):
        return None
    carrying = [s for s in sentences(said.strip()) if _carries(s, asked)]
    return carrying[0] if len(carrying) == 1 else None


# a topic typed alone, two to four words: "shipping to toronto", "custom house blend"
_TOPIC_FRAGMENT = re.compile(r"^\W*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,3}\W*$", re.I)
# what makes a short fragment a remark, not a topic: a person, a greeting, a thanks, an answer
_REMARK = re.compile(rf"\b(?:{alternation(sorted(REMARK_WORDS))})\b", re.I)


#: what the visitor wants on a thing, after it: "custom house blend w our name"
_OWN_QUALIFIER = re.compile(r"\s+(?:with|w/?)\s+(?:our|my)\s+[a-z]+\W*$", re.I)


def names_a_topic(message: str) -> bool:
    """Whether ``message`` is a topic typed alone ("shipping to toronto", "sample kit", "custom
    house blend w our name"), whose answer's subject a next fragment ("how many days") asks
    about; no remark ("ok sounds good", "hi there") or first-person statement is one."""
    topic = _OWN_QUALIFIER.sub("", message)
    return _TOPIC_FRAGMENT.match(topic) is not None and _REMARK.search(topic) is None


#: one word long enough to be a topic of its own ("subscription", "warranty"), not a reply
_TOPIC_WORD = re.compile(r"^\W*[a-z][a-z-]{5,}\W*$", re.I)


def opens_with_topic(message: str) -> bool:
    """Whether a conversation's first message is a topic typed alone: a phrase
    (:func:`names_a_topic`) or one topic word ("subscription"); a remark ("hello", "thanks")
    is none."""
    alone = _TOPIC_WORD.match(message) is not None and _REMARK.search(message) is None
    return alone or names_a_topic(message)


# a discourse opener is no pronoun: "one more - is there a discount ...", "one last thing: ..."
_ASIDE_OPENER = re.compile(
    r"^\W*(?:one\s+(?:more|last|other|final|quick)(?:\s+(?:thing|question|q|query))?"
    r"|another\s+(?:thing|question)"
    # an acknowledgement of the answer before the next ask: "ok and prices on both?"
    r"|ok(?:ay)?|alright|all\s+right|cool|thanks|got\s+it)\b\s*[-\u2013\u2014:,.!]*\s*",
    re.I,
)
# a new subject put first, before a dash or a colon: "And coffee - is there a minimum?",
# "also, the decaf: how dark is it?"
_SUBJECT_FIRST = re.compile(
    r"^\W*(?:and|also|plus|now|ok|okay|so)\W+(?:(?:the|your|for|about)\s+){0,2}"
    r"(?P<subject>[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*)?)\s*[-\u2013\u2014:]\s",
    re.I,
)


def without_opener(question: str) -> str:
    """The question less a discourse opener ("One more - is there any discount ...?" -> "is
    there any discount ...?"): its "one" points at nothing said before."""
    return _ASIDE_OPENER.sub("", question, count=1)


def subject_first(question: str) -> str | None:
    """The subject a question puts first before a dash or a colon ("And coffee - we'd need 10
    lb a month. Is there a minimum?" -> "coffee"): what it is about, not the item before it."""
    found = _SUBJECT_FIRST.match(question)
    subject = found.group("subject") if found else None
    return None if subject is None or POINTING.fullmatch(subject) else subject


#: a choice of the item just answered, made by pointing at it: "ok that one then", "we'll take
#: that one", "let's go with it", "that one pls" (a sentence that asks chooses nothing)
CHOICE_BY_POINTING = re.compile(
    r"\b(?:(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+want\s+to|\s+wanna)|let'?s|gonna|going\s+to)"
    r"\s+(?:take|go\s+(?:with|for)|get|order|buy|like)\s+(?:that|this|it)(?:\s+one)?\b"
    r"|^\W*(?:(?:ok(?:ay)?|alright|sure|yes|yeah|yep|fine|great|perfect|right)\W+)*"
    r"(?:that|this)\s+one(?:\s+(?:then|please|pls|it\s+is|for\s+us))*\W*$",
    re.I,
)


def chooses_by_pointing(text: str) -> bool:
    """Whether a sentence of ``text`` chooses the item just answered by pointing at it, and
    asks nothing ("ok that one then. hank@..."; not "can i lease that one?")."""
    parts = sentences(text, ends=".!;", lines=True)
    return any(CHOICE_BY_POINTING.search(p) and "?" not in p for p in parts)


# the gear wanted again, pointed at: "same setup as before pls", "same kit for both new ones",
# "the same machines as last time" (not "the same as before" of a coffee or a time)
SAME_GEAR = re.compile(
    r"\bsame\s+(?:set-?up|kit|gear|equipment|machines?|combo|package|rig)\b"
    r"(?!\s+(?:problem|issue|fault|trouble)s?\b)",
    re.I,
)


#: "that one", "the one": one of several items singled out by pointing ("can i lease that one?")
THAT_ONE = re.compile(r"\b(?:that|the|this)\s+one\b(?=\s*(?:[?.!,;]|$))", re.I)
#: a pronoun pointing at one thing ("is it", "can i lease that?", "does this come with"), not
#: a determiner of another thing ("that sample box") nor several things ("them", "both")
_ONE_POINTED = re.compile(
    r"\b(?:it|its|it's)\b|\b(?:that|this)\b(?=\s*(?:[?.!,;]|$|'s\b|one\b|(?:is|does|do|did"
    r"|come|comes|cost|costs|have|has|include|includes|need|needs|run|runs|take|takes|weigh"
    r"|weighs|ship|ships|work|works|would|will|can|could)\b))",
    re.I,
)
_SEVERAL = re.compile(
    r"\b(?:they|them|their|those|these|both|each|all|either|any|every|total|together"
    r"|altogether|ones)\b",
    re.I,
)
_RANKS = "|".join(sorted([*SIZE_RANKS, *PRICE_RANKS]))
#: what a question points with: "it", "that one", "the bigger one" ("that's all" is none)
_POINTER = re.compile(
    rf"\b(?:(?:that|this|the)\s+(?:(?:more|less)\s+)?(?:(?:{_RANKS})\s+)?one|it|that|this)\b"
    r"(?!\s*'s\s+all\b)",
    re.I,
)


def same_gear(text: str) -> bool:
    """The visitor wants the gear they pointed at before again ("same setup as before")."""
    return SAME_GEAR.search(text) is not None


#: a pointer that ends what it points with: "that one then", "it.", not "that sample box"
_POINTER_ENDS = re.compile(
    r"\b(?:that|this|it)(?:\s+one)?\b"
    r"(?=\s*(?:[.!,;?]|$|(?:one|then|please|pls|too|for|and|thanks|instead)\b))",
    re.I,
)


def singles_out_one(text: str) -> bool:
    """Whether ``text`` singles out one item by pointing: "that one" ending a clause ("can i
    lease that one?") or a choice by pointing ("ok that one then"; not "i would like that
    sample box")."""
    pointed = chooses_by_pointing(text) and _POINTER_ENDS.search(text) is not None
    return THAT_ONE.search(text) is not None or pointed


def points_at_one(text: str) -> bool:
    """Whether ``text`` points at one thing with a pronoun ("how many groups does it have?"),
    and at no several ("how much are they", "what do both weigh")."""
    return _ONE_POINTED.search(text) is not None and _SEVERAL.search(text) is None


def pointer_replaced(text: str, name: str) -> str:
    """``text`` with its first pointer ("it", "that one", "the bigger one") replaced by
    ``name``; unchanged when it points with none."""
    return _POINTER.sub(name, text, count=1)


#: asking us to choose among the items ("which one is meant for us", "which plan suits 3
#: cafés"): the answer's pick is the answer, not a guess at what "it" means
_WHICH = re.compile(r"\bwhich\b", re.I)


def asks_to_choose(text: str) -> bool:
    """Whether ``text`` asks which of the items to take ("we've got 3 cafés, which one is
    meant for us and what does it cost?")."""
    return _WHICH.search(text) is not None


#: A sentence asking only a day: "Saturday possible?", "what about sundays?", "weekends too?".
_DAY_ONLY = re.compile(
    r"^\W*(?:(?:and|or|so|what|how|about|is|are|on|any|a|the)\s+)*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?"
    r")(?:\s+(?:possible|ok|okay|too|either|work|works|open|as\s+well))*\W*$",
    re.I,
)


def day_asked(question: str) -> str | None:
    """The sentence of ``question`` that asks only about a day ("Saturday possible?" of "...
    only free weekends. Saturday possible?"; the rest is the visitor's story), or None."""
    sentences = re.split(r"(?<=[.!?])\s+", question.strip())
    return next((s for s in sentences if "?" in s and _DAY_ONLY.match(s)), None)
