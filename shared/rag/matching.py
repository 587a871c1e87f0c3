"""Matching a question to catalog entities and passages: labels asked, quantities, coverage.

Pure helpers of :mod:`shared.rag.answering`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import NUMBER_WORDS, normalise
from shared.rag.bm25 import tokenize
from shared.rag.figures import money_figures, own_price
from shared.rag.per_place import each_place_count, priced_times, times_count
from shared.rag.phrasing import attribute_sentence, shared_attribute_sentence
from shared.rag.question import GENERIC, expanded, quantities, synonyms_of, terms
from shared.rag.types import Chunk
from shared.understanding.headcount import team_size
from shared.understanding.lexicon import (
    FUNCTION_WORDS,
    LOCATION_NOUNS,
    SITE_NOUNS,
    SMALL_NUMBERS,
    number_words,
)


def like_member(asked: str, members: list[Entity]) -> str:
    """The asked model written like its family's names ("lumen 4 group" -> "Lumen 4-Group")."""
    number = re.findall(r"\d+(?:\.\d+)?", asked)[0]
    return re.sub(r"\d+(?:\.\d+)?", number, members[0].name, count=1)


def place_title(place: str) -> str:
    """ "uk or australia" -> "UK or Australia" (short words are abbreviations)."""
    words = [w.upper() if len(w) <= 3 and w != "or" else w.title() for w in place.split()]
    return " ".join(w.lower() if w in {"Or", "And"} else w for w in words)


def article(phrase: str) -> str:
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return "any"
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def at_price(entity: Entity) -> str:
    return f" at {entity.price.text}" if entity.price else ""


def model_words(asked: str) -> str:
    return " ".join(normalise(asked).split()[1:])


def evidence_of(entities: list[Entity]) -> list[str]:
    return [text for e in entities for text in [*e.attributes.values(), *e.facts, e.name]]


def coverage(topic: set[str], chunk: Chunk, vocabulary: set[str]) -> float:
    if not topic:
        return 1.0
    have = set(tokenize(f"{chunk.title} {chunk.heading} {chunk.text}"))
    covered = 0
    for word in topic:
        synonyms = set(tokenize(synonyms_of(word)))
        if (
            word in have
            or synonyms & have
            or any(h.startswith(word[:5]) for h in have if len(word) > 5)
        ):
            covered += 1
    return covered / len(topic)


def entity_words(entities: list[Entity]) -> set[str]:
    return {w for e in entities for w in tokenize(" ".join([e.name, *e.aliases]))}


#: How fast an item comes ("how long does the pico take to get here") is its lead time (only
#: for an item's labels: for retrieval "how fast does it arrive" is about coffee delivery times).
_SPEED = re.compile(
    r"\bhow (?:fast|quickly|quick|soon)\b|"
    r"\bhow long\b.{0,40}\b(?:get here|get to us|arriv\w*|ship\w*|deliver\w*)\b|"
    # the wait on an item is its lead time ("how long is the wait on a lumen 3 group")
    r"\bhow long\b.{0,30}\bwait\w*\b|\bwhat(?:'?s| is) the wait\b"
    # the moment it comes ("when will it arrive", learner "when it arrives more or less")
    r"|\bwhen\b.{0,30}\b(?:arriv\w*|get here|get to us|be (?:here|delivered|shipped))\b"
    # one item set against another by its wait ("is one slower to get?", "which one ships
    # faster", "does the 3 group take longer to arrive")
    # (a thing got, not a skill: "slower to get used to" asks no wait)
    r"|\b(?:slower|faster|quicker|sooner|longer|later)\s+(?:to\s+)?(?:get(?=\s*(?:[?.!,;]|$"
    r"|(?:here|there|to\s+us|delivered|shipped|hold\s+of|in)\b))|arriv\w*|ship\w*"
    r"|deliver\w*|come|show up|turn up)\b"
    r"|\b(?:get|arriv\w*|ship\w*|deliver\w*|comes?)\s+(?:\w+\s+)?(?:slower|faster|quicker"
    r"|sooner|later)\b",
    re.I,
)


#: An ask for a length of time ("how long does it take", "how soon", "how fast does it ship").
_ASKS_TIME = re.compile(
    r"\bhow (?:long|soon|quickly|fast|late)\b|\buntil when\b"
    r"|\bhow many (?:minutes|hours|days|weeks|months|years)\b",
    re.I,
)
#: A value that states one ("3 weeks", "three-week", "5 business days").
_TIME = re.compile(
    rf"\b(?:\d+|a|an|{'|'.join(SMALL_NUMBERS)})[\s-]+"
    r"(?:business\s+|working\s+)?(?:minute|hour|day|week|month|year)s?\b",
    re.I,
)


def asks_time(text: str) -> bool:
    """Whether ``text`` asks a length of time ("how long", "how many days after", "how late")."""
    return bool(_ASKS_TIME.search(text))


#: An ask for how long before something must be done ("how far in advance do we book", "how
#: much notice do you need"): a lead time, not how long the thing lasts.
_ASKS_NOTICE = re.compile(
    r"\bhow (?:far|long|much time|many \w+) (?:in advance|ahead|beforehand)\b"
    r"|\bhow much notice\b|\bhow (?:early|soon) (?:do|should|must|would|can) (?:we|i|you) "
    r"(?:need to |have to )?(?:book|schedule|reserve|order|sign up)\b",
    re.I,
)
#: A sentence stating one ("allow a three-week lead time", "two weeks' notice", "in advance",
#: "up to 2 days before dispatch": a time before the event is the notice it needs).
_NOTICE = re.compile(
    r"\blead time\b|\bnotice\b|\bin advance\b|\bahead of\b"
    r"|\b(?:\d+|a|" + number_words(1, 12) + r")\s+(?:business\s+|working\s+)?"
    r"(?:hours?|days?|weeks?)\s+(?:before|prior\s+to)\b",
    re.I,
)


def asks_notice(text: str) -> bool:
    """Whether ``text`` asks for a lead time ("how far in advance do we need to book")."""
    return bool(_ASKS_NOTICE.search(text))


def states_notice(text: str) -> bool:
    """Whether ``text`` states a lead time or notice ("allow a three-week lead time")."""
    return bool(_NOTICE.search(text))


#: A speed asked ("how fast do your techs get to a cafe", "how quickly can you ship"): only a
#: time, a day or a moment answers it.
_ASKS_SPEED = re.compile(r"\bhow (?:fast|quickly|quick|soon)\b", re.I)
_WHEN_SAID = re.compile(
    r"\b(?:same|next)[\s-](?:business\s+|working\s+)?day\b|\bovernight\b|\bwithin\b"
    r"|\b(?:today|tomorrow)\b|\b\d+\s*(?:am|pm|h)\b",
    re.I,
)


#: A time named as the attribute asked of a subject ("delivery to calgary, time?", "the custom
#: blend, lead time?"): as with a speed, only a length of time or a moment answers it.
_ASKS_TIMING = re.compile(
    r",\s*(?:lead |turnaround |delivery |shipping |transit )?(?:times?|timing|timeline|"
    r"turnaround|how long)\W*$",
    re.I,
)


def asks_speed(text: str) -> bool:
    """Whether ``text`` asks how fast something happens ("how fast do ur techs get to ...",
    "shipping to boise, time?")."""
    return bool(_ASKS_SPEED.search(text) or _ASKS_TIMING.search(text))


def states_when(sentence: str) -> bool:
    """Whether ``sentence`` states a length of time or a moment ("5 business days", "next
    day", "within 48 hours"): what a speed asked is answered by."""
    return states_time(sentence) or bool(_WHEN_SAID.search(sentence))


def states_time(sentence: str) -> bool:
    """Whether ``sentence`` states a length of time ("3 weeks", "5 business days")."""
    return bool(_TIME.search(sentence))


#: "can you roast a blend for us", "do you guys grind our beans": what the company is asked to
#: do (made for the visitor; "do you ship the pico" still asks its shipping)
_DONE_BY_US = re.compile(
    r"\b(?:can|could|do|does|will|would)\s+(?:you|u|ya)(?:\s+(?:guys|all|folks))?\s+"
    r"(?:also\s+|still\s+|even\s+)?([a-z]+)\s+(?:a|an|our|us|me|some|custom|own)\b"
    # "the coffee (that) you roast for cold brew": a relative clause naming the item by what
    # the company does with it
    r"|\b(?:the|a|which|what)\s+[a-z]+\s+(?:that\s+|which\s+)?(?:you|u|ya)(?:\s+guys)?\s+"
    r"([a-z]+)\s+(?:for|to|as|with|in)\b"
    # what the visitor believed the company does ("i thought u roast fresh", "we heard you
    # guys roast to order"): a habit of ours, no attribute asked
    r"|\b(?:i|we)\s+(?:thought|heard|read|figured|understood|assumed)\s+(?:that\s+)?"
    r"(?:you|u|ya)(?:\s+guys)?\s+([a-z]+)\b",
    re.I,
)
#: A word naming a date ("the roast date on one says 5 weeks ago"): the date, no attribute of
#: the word ("roast" the roast level).
_DATED = re.compile(r"\b([a-z]+)\s+dates?\b", re.I)


#: The visitor tasting the coffee themselves before buying ("a way to taste your blends before
#: ordering", "can we sample them first"): trying the coffee, no tasting notes asked.
_TASTED_BY_US = re.compile(
    r"\b(?:to|we|i|can|could|may|might)\s+(?:\w+\s+)?(taste|sample)\s+"
    r"(?:your|ur|the|them|it|some|a|these|those|any|all)\b",
    re.I,
)


def tasted_by_us(text: str) -> set[str]:
    """The verb of the visitor tasting the coffee themselves ("is there a way to taste your
    blends before ordering" -> {"taste"}); never the coffee's taste ("what do they taste like")."""
    return {m.group(1).lower() for m in _TASTED_BY_US.finditer(text)}


def done_by_us(text: str) -> set[str]:
    """The verbs a question asks the company to do ("can you roast a custom house blend" ->
    {"roast"}): no attribute asked, though an attribute is spelt the same."""
    return {next(g for g in m.groups() if g).lower() for m in _DONE_BY_US.finditer(text)}


def asked_labels(
    text: str, entities: list[Entity], whole: bool = False, named: list[Entity] | None = None
) -> list[str]:
    """The attribute labels of ``entities`` the text asks (any word of a label; with ``whole``
    every word of it), of the kind the ask wants (a "how long" ask: a label holding a time):
    "in one time" asks no "lead time", "the power of" asks "power"). The
    words of the ``named`` entities (default: ``entities``) are the subject, not the ask."""
    # the words naming the subject are no ask; a documented equivalent of the ask is, even when
    # a name holds it ("where's it from" asks the origin of the Sunrise Single Origin)
    subject = entity_words(entities if named is None else named) & terms(text)
    speed = " lead time" if _SPEED.search(text) else ""  # "how fast does the pico ship"
    wanted = terms(expanded(text) + speed) - GENERIC - {"price", "cost", "much"} - subject
    wanted -= done_by_us(text)  # "can you roast a custom blend": a service, not the roast
    wanted -= terms(" ".join(tasted_by_us(text)))  # "a way to taste your blends": trying them
    wanted -= terms(" ".join(_DATED.findall(text)))  # "the roast date on one": a date
    wanted -= terms(" ".join(_BUSINESS_GROUP.findall(normalise(text))))  # "restaurant group"
    timed = bool(_ASKS_TIME.search(text))  # "how long does it take from first tasting"
    labels: list[str] = []
    for label in dict.fromkeys(k for e in entities for k in e.attributes):
        if label == "price":
            continue
        if timed and not any(_TIME.search(e.attributes.get(label, "")) for e in entities):
            continue  # "tasting notes" hold no span: the word matched, the ask is elsewhere
        words = tokenize(label)
        found = [any(same_stem(w, q) for q in wanted) for w in words]
        if (all(found) if whole else any(found)) and found:
            labels.append(label)
    return labels


#: What turns a verb into the place it is done in ("roastery", "brewery"): another word.
_PLACE_SUFFIXES = ("ery", "eri", "eries")


def same_stem(a: str, b: str) -> bool:
    """Whether two stems are of one word ("warranti" and "warranty"; not "roastery", the place,
    and "roast")."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    if longer.startswith(shorter) and longer[len(shorter) :] in _PLACE_SUFFIXES:
        return False
    return (
        a == b
        or (min(len(a), len(b)) >= 5 and a[:5] == b[:5])
        or (
            min(len(a), len(b)) >= 3
            and (a.startswith(b) or b.startswith(a))
            and abs(len(a) - len(b)) <= 2
        )
    )


def attribute_sentences(entities: list[Entity], labels: list[str]) -> list[str]:
    """One sentence per entity with the ``labels``; for one label, entities sharing its value
    share one sentence ("The BatchPro 2 has a 1-year warranty. The Atlas 75 and the Atlas 64
    both have a 2-year warranty.")."""
    having = [e for e in entities if all(k in e.attributes for k in labels)]
    values = {e.attributes[labels[0]] for e in having} if len(labels) == 1 else set()
    if len(having) > 1 and 1 < len(values) < len(having):
        return [
            sentence
            for value in dict.fromkeys(e.attributes[labels[0]] for e in having)
            for sentence in attribute_sentences(
                [e for e in having if e.attributes[labels[0]] == value], labels
            )
        ]
    if len(having) > 1 and len(values) == 1:
        return [shared_attribute_sentence(having, labels[0])]
    return [
        attribute_sentence(e, [k for k in labels if k in e.attributes])
        for e in entities
        if any(k in e.attributes for k in labels)
    ]


#: What a visitor calls the thing a price is counted per ("$79 per location": "we run 4 cafes").
UNIT_SYNONYMS = {
    "location": " ".join(SITE_NOUNS),
    "staff": "staff member people person barista employee employees hire worker trainee starter "
    "recruit kid teen teenager student",
    "panel": "panel",
}
_UNIT_STEMS = {tokenize(k)[0]: set(tokenize(v)) for k, v in UNIT_SYNONYMS.items()}
_STAFF = tokenize("staff")[0]  # the unit a team's size counts
#: A count of places as the reader counts sites (the lexicon's venue nouns: "5 cinemas").
#: The visitor's business named as a group of venues ("our restaurant group", "a cafe chain"):
#: the organisation, never an attribute asked (the "groups" of an espresso machine).
_BUSINESS_GROUP = re.compile(rf"\b(?:{LOCATION_NOUNS})\s+(groups?)\b")
_PLACES_COUNTED = re.compile(rf"\d+\s+(?:[a-z-]+\s+)?(?:{LOCATION_NOUNS})\b")
#: A weight as a visitor writes it (stemmed) -> as a price is per it ("20 lbs", "20 pounds").
_WEIGHTS = {"lbs": "lb", "pound": "lb", "kgs": "kg", "kilo": "kg", "kilogram": "kg"}
#: Units that measure an amount or a time, not things that can be counted "for all 5".
_MEASURES = frozenset(tokenize("lb lbs kg pound pounds month year week day hour"))
#: Units of time: a number before one measures a length ("two-day course"), it counts nothing.
_TIMES = frozenset(tokenize("day days week weeks month months year years hour hours"))
#: "for all 5", "all 5 of them", "for the 4 of us": a count with no noun after it.
_BARE_COUNT = re.compile(
    r"\b(?:all|for|the)\s+(\d+)\s*(?:of (?:them|us|ours)\b|[?.!,]|$"
    r"|(?:on|in|through) (?:the|your|that|this) )",  # "total for 11 on the online course"
    re.I,
)


def counted_unit(entity: Entity) -> str | None:
    """The countable thing ``entity``'s price is per ("$79 per location per month" ->
    "location"; "$120 per staff member" -> "staff"), not a measure or a time ("per lb")."""
    unit = tokenize(entity.price.unit or "") if entity.price else []
    return next((w for w in unit if w != "per" and w not in _MEASURES), None)


def quantity_for(text: str, entity: Entity, catalog: Catalog) -> tuple[int, str] | None:
    """How many of ``entity`` (or of what its price is per) the question counts: "3 atlas 64s",
    "3 of the Lumen 2-Group", "3 of them" (the entity discussed), "we run 4 cafes" for a price
    per location, "for all 5", "2 x lumen 2 group", "3 cafeterias, an Atlas 64 in each"."""
    unit = counted_unit(entity)
    priced = priced_times(text, entity)  # "so 4 x 79, what's that" of the $79 per location
    if priced is not None:
        return priced, _unit_noun(entity) if unit else "of them"
    written = times_count(text, entity, catalog)  # "2 x lumen 2 group"
    if written is None and unit is None:  # "3 cafeterias, need an Atlas 64 in each"
        written = each_place_count(text, entity, catalog, _UNIT_STEMS["location"])
    if written is not None:
        return written, "of them"
    spans = [(m.start, m.end) for m in catalog.mentions(text)]
    unit_words = set(tokenize(entity.price.unit or "")) if entity.price else set()
    alike = _UNIT_STEMS.get(unit or "", set())
    own = set(tokenize(f"{entity.name} {entity.kind}")) | unit_words | alike
    # "so 395/mo total?" confirms a sum, "13400 lumen 3 group?" quotes its price: no counts
    figures = money_figures(text) | own_price(entity)
    for value, word, start in quantities(text):
        if any(a <= start < b for a, b in spans) or value < 2 or str(value) in figures:
            continue
        if tokenize(word)[:1] and tokenize(word)[0] in _TIMES:
            continue  # "the 2-day barista course": a length of time, no count of baristas
        word = _past_describing(text, start, word, alike)  # "5 new hires"
        if word == "of" and _names_next(text, start, entity, catalog):
            return value, "of them"  # "3 of the Lumen 2-Group"
        if word == "of" and _BACK_AFTER.match(normalise(text)[start:]):
            return value, "of them"  # "and for 3 of them?" after the item discussed
        stem = tokenize(word)
        if stem and stem[0] in _WEIGHTS:  # "20 lbs" of a coffee priced per lb
            word = _WEIGHTS[stem[0]]
            stem = [word]
        if stem and stem[0] in unit_words and not _weight_of(text, start, entity, catalog):
            continue  # "15 lb of the decaf and 10 lb of foundry": the 15 lb is not foundry's
        if unit == "location" and _PLACES_COUNTED.match(normalise(text)[start:]):
            return value, _unit_noun(entity)  # "5 cinemas", "2 coworking spaces": places
        if stem and stem[0] in own:
            if unit and stem[0] in alike:  # "6 baristas" for a price per staff member
                return value, _unit_noun(entity)
            named = stem[0] in set(tokenize(entity.name)) - unit_words
            return value, "of them" if named else word
    bare = _BARE_COUNT.search(normalise(text)) if unit else None
    if bare and int(bare.group(1)) >= 2 and bare.group(1) not in figures:
        return int(bare.group(1)), _unit_noun(entity)
    team = team_size(text) if unit == _STAFF else None
    return (team, _unit_noun(entity)) if team and team >= 2 else None


#: Words between a weight and the item it weighs ("10 lb of the foundry"): at most these.
_WEIGHS_NEXT = 4


def _weight_of(text: str, start: int, entity: Entity, catalog: Catalog) -> bool:
    """Whether the weight at ``start`` (normalised offset) is ``entity``'s: the only weight
    the text states, or one its name follows within a few words ("10 lb of foundry")."""
    flat = normalise(text)
    if len(_MEASURED.findall(flat)) < 2:
        return True
    for mention in catalog.mentions(flat):
        between = flat[start : mention.start].split()
        if mention.entity == entity.name and mention.start > start:
            return len(between) <= _WEIGHS_NEXT
    return False


#: A weight in normalised text ("15 lb", "20 pounds", "5 kg").
_MEASURED = re.compile(r"\b\d+(?:\.\d+)?\s?(?:lbs?|pounds?|kgs?|kilos?|kilograms?)\b")


def _past_describing(text: str, start: int, word: str, alike: set[str]) -> str:
    """The counted noun after a number: the next word, or one of the (at most three) after it
    when those only describe it ("5 new hires", "four more locations", "five new high school
    kids") or a part of them ("5 of my staff"); any other function word ("3 for the staff") ends
    the description."""
    if tokenize(word)[:1] and tokenize(word)[0] in alike:
        return word if _counted_at_work(text, start, word) else ""
    words = normalise(text)[start:].split()
    if words[1:3] and words[1] == "of" and words[2] in _PARTITIVE and words[3:4]:
        part = words[3]  # "5 of my staff", "3 of our baristas": a part of those people
        stem = tokenize(part)[:1]
        if stem and stem[0] in alike:
            return part if _counted_at_work(text, start, part) else ""
    for after in words[2:5]:
        stem = tokenize(after)[:1]
        if stem and stem[0] in alike:
            return after if _counted_at_work(text, start, after) else ""
        if not stem or after in FUNCTION_WORDS:
            break
    return word


#: The determiners of a part counted from a whole ("5 of my staff", "2 of our baristas").
_PARTITIVE = frozenset({"my", "our", "the", "your"})

#: Nouns of people that count staff only where their sentence says they work ("five high
#: school kids working weekends"; not "I have 3 kids").
_FAMILY_NOUNS = frozenset(tokenize("kid kids"))
_AT_WORK = re.compile(r"\b(?:work\w*|hired?|hiring|staff\w*|employ\w*|shifts?|on the team)\b")


def _counted_at_work(text: str, start: int, noun: str) -> bool:
    """Whether a counted ``noun`` counts staff: any noun but a family one, and that one only in
    a sentence saying the people work."""
    if not set(tokenize(noun)) & _FAMILY_NOUNS:
        return True
    flat = normalise(text)
    begin = max(flat.rfind(".", 0, start), flat.rfind("?", 0, start), flat.rfind("!", 0, start))
    end = min((i for i in (flat.find(c, start) for c in ".?!") if i >= 0), default=len(flat))
    return bool(_AT_WORK.search(flat[begin + 1 : end]))


def stated_counts(text: str, things: frozenset[str] = frozenset()) -> dict[str, int]:
    """Price unit -> how many the message says the visitor has ("we have five locations",
    "for 5 new hires"), for a price per that unit asked in another part of the message. A
    count of premises the visitor owns under any name ("our 5 gyms", "we run 3 hotels") counts
    locations, unless its noun is one of the catalog's ``things`` (stems of its kinds' words:
    "our 2 machines") or a measure."""
    found: dict[str, int] = {}
    figures = money_figures(text)
    for value, word, start in quantities(text):
        if str(value) in figures:
            continue
        for unit, alike in _UNIT_STEMS.items():
            noun = _past_describing(text, start, word, alike)
            if value >= 2 and tokenize(noun)[:1] and tokenize(noun)[0] in alike:
                found.setdefault(unit, value)
    team = team_size(text)  # "my staff of 4"
    if team is not None and team >= 2:
        found.setdefault(_STAFF, team)
    owned = _owned_premises(text, things | _MEASURES | set().union(*_UNIT_STEMS.values()))
    if owned is not None and "location" not in found:
        found["location"] = owned
    return found


#: "our 5 gyms", "we run 3 hotels", "we have two campuses", "we run 5 juice bars": a count of
#: the visitor's own plural.
_OWNED = re.compile(
    r"\b(?:our|we (?:have|run|operate|own|manage)|(?:i|we) ve got|we got)\s+"
    r"(\d+|[a-z]+)\s+(?:[a-z]+\s+)?([a-z]+s)\b"  # "we run 5 juice bars": a describing word
)


def _owned_premises(text: str, other: frozenset[str] | set[str]) -> int | None:
    """The count of the one plural the visitor says they own whose stem is not in ``other``
    (things the catalog sells, measures, other units), or None."""
    counts = set()
    for match in _OWNED.finditer(normalise(text)):
        raw, noun = match.groups()
        value = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        stem = tokenize(noun)[:1]
        if value is not None and value >= 2 and stem and stem[0] not in other:
            counts.add(value)
    return counts.pop() if len(counts) == 1 else None


#: The visitor's details that count a price's unit (the chat's "locations" field).
DETAIL_UNITS = {"locations": "location"}


def known_counts(details: Mapping[str, object]) -> dict[str, int]:
    """Price unit -> how many the visitor has, from their details ({"locations": 5})."""
    return {
        unit: value
        for field, unit in DETAIL_UNITS.items()
        if isinstance(value := details.get(field), int) and not isinstance(value, bool)
    }


def known_quantity(entity: Entity, counts: Mapping[str, int]) -> tuple[int, str] | None:
    """A price per location counted for the locations the visitor said they have (2 or more)."""
    unit = counted_unit(entity)
    value = counts.get(unit or "")
    return (value, _unit_noun(entity)) if value and value >= 2 else None


_AT_LEAST = re.compile(r"\b(\d+) or more (\w+)", re.I)


def minimum_count(entity: Entity) -> tuple[int, str] | None:
    """The least number of its price's unit an entity is for, with the sentence saying so
    ("made for café groups ... with 3 or more locations" -> 3), or None."""
    unit = counted_unit(entity)
    if unit is None:
        return None
    for fact in entity.facts:
        match = _AT_LEAST.search(fact)
        if match and tokenize(match.group(2))[:1] == [unit]:
            return int(match.group(1)), fact
    return None


def _unit_noun(entity: Entity) -> str:
    """The countable unit of the price, plural: "per location per month" -> "locations"."""
    unit = entity.price.unit or "" if entity.price else ""
    noun = unit.split("per ")[1].strip() if "per " in unit else unit
    return f"{noun}s" if noun else "of them"


_OF_THE = re.compile(r"^\w+\s+of\s+(?:the\s+|those\s+|these\s+|your\s+)?", re.I)


#: "<number> of them|those|these": a count of what was just discussed.
_BACK_AFTER = re.compile(r"\S+ of (?:them|those|these|that|it)\b")


def _names_next(text: str, start: int, entity: Entity, catalog: Catalog) -> bool:
    """After "<number> of (the)" the next words name ``entity``."""
    rest = normalise(text)[start:]
    lead = _OF_THE.match(rest)
    if lead is None:
        return False
    after = rest[lead.end() :]
    return any(m.start == 0 and m.entity == entity.name for m in catalog.mentions(after))


def vocabulary_of(terms: set[str], catalog: Catalog, headings: list[str] | None = None) -> set[str]:
    """The knowledge base's words: its index ``terms``, the catalog's names, kinds and aliases,
    the words of its section ``headings`` (a topic named only there is still its own), and
    the other names of a unit an item is priced per ("recruits" for a price per staff member)."""
    words = set(terms) | set(tokenize(" ".join(headings or [])))
    for entity in catalog.entities:
        words.update(tokenize(" ".join([entity.name, entity.kind, *entity.aliases])))
        words.update(_UNIT_STEMS.get(counted_unit(entity) or "", set()))
    return words
