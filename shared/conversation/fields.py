"""Business details in free text: timeline, coffee, equipment, volume, pains, sites, support.

Each extractor returns a short canonical value or None. ``asked`` is the field the bot is
waiting for: an answer to a direct question may be looser ("April", "5", "mostly drip"). A reply
that answers the field asked in its own words is read by :mod:`shared.understanding.direct_answers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from shared.conversation.signals import is_question
from shared.understanding.asides import without_asides, without_emoji
from shared.understanding.coffee_service import serves_coffee_now
from shared.understanding.corrections import corrected_count, corrected_tails, cued_month
from shared.understanding.dictated import dictated_ask, told_before_so
from shared.understanding.entities.call_requests import without_call_request
from shared.understanding.entities.catalog_items import (
    canonical_item,
    numbered_reference,
    with_kinds,
)
from shared.understanding.entities.clauses import NON_ANSWER, matching_clauses, tidy
from shared.understanding.entities.complaints import with_complaint_kinds
from shared.understanding.entities.cues import (
    ANAPHOR_RE,
    BREWS_DRIP,
    BUYING_RE,
    COFFEE_BY_TASTE,
    COFFEE_FOR_METHOD,
    CURRENT_GEAR_RE,
    CUSTOMERS_WANT,
    DRIP_ONLY,
    DRIP_SETUP,
    DROPPED_RE,
    EQUIPMENT_RE,
    KIND_NAMED,
    MADE_DRINK_RE,
    NEED_RE,
    ON_PLAN_RE,
    PAIN_RE,
    PREFERENCE_FRAME,
    PREFERENCE_RE,
    PRICED_RE,
    PROVIDER_RE,
    QUOTE_RE,
    SATISFIED_RE,
    SERVICE_MATTER,
    SIZING_RE,
    SUPPORT_RE,
    UPKEEP_MATTER,
    WRONG_DELIVERY_RE,
    owns_gear,
    replaced_item,
)
from shared.understanding.entities.equipment import find_equipment, kind_of
from shared.understanding.entities.gazetteer import (
    COFFEE_KINDS,
    EQUIPMENT_KINDS,
    SERVICE_KINDS,
    names_any,
    on_ordinary_power,
    plan_words,
    sole_product,
)
from shared.understanding.entities.launch_help import KIND as LAUNCH
from shared.understanding.entities.launch_help import launch_help
from shared.understanding.entities.negation import TAKEN_BACK, negated_at, wanted_cues
from shared.understanding.entities.order_total import corrected_part, with_unit_said_once
from shared.understanding.entities.orders import order_problem, supposed, told_in_parts
from shared.understanding.entities.power import power_need
from shared.understanding.entities.quantities import (
    AMOUNT_RE,
    ORDER_CONTEXT,
    RATE_RE,
    WEIGHT_RE,
    find_locations,
    find_volume,
    served_when,
)
from shared.understanding.entities.timeline import OPENING_RE, month_alone, read_timeline
from shared.understanding.fragment_asks import topics_put_first
from shared.understanding.lexicon import CONTACT_VERBS
from shared.understanding.questions import told_before_ask, unsure_answer
from shared.understanding.sentences import clauses, sentences
from shared.understanding.support_issues import FAULT_DENIED
from shared.understanding.text import plain, shorten

SOFT_FIELDS = ("coffee_preferences", "equipment_needs", "pain_points", "support_needs")


def _cue_in(clause: str, pattern: re.Pattern[str], negatable: bool = False) -> bool:
    """A cue word used as a word, not inside a business name ("Slow Pour", "Bitter End"); a
    catalog name is capitalised as a name ("60 lb of Harbor"). ``negatable``: a cue ruled out
    ("we do NOT want espresso") does not count."""
    return any(
        (
            m.start() == 0
            or not m.group(0)[0].isupper()
            or names_any(m.group(0), COFFEE_KINDS + SERVICE_KINDS)
        )
        and not (negatable and negated_at(clause, m.start()))
        for m in pattern.finditer(clause)
    )


def _clauses(
    text: str,
    pattern: re.Pattern[str],
    wanted: bool = False,
    trim: bool = False,
    unless: re.Pattern[str] | None = None,
) -> str | None:
    """The clauses holding a cue word (see :func:`_cue_in`) and not ``unless``, as
    :func:`~shared.understanding.entities.clauses.matching_clauses` keeps them; a need or a
    pain keeps the clause its subject is in ("deliveries ..., 2 of the last 4 came late")."""
    needs = pattern in (PAIN_RE, SUPPORT_RE)

    def cued(clause: str) -> bool:
        ruled_out = unless and unless.search(clause)
        # an item ruled out is no need ("no espresso machine"); a style ruled out stays beside
        # the one wanted ("pour over, no espresso"), and "not under warranty" still asks
        negatable = wanted and pattern is EQUIPMENT_RE
        return _cue_in(clause, pattern, negatable) and not ruled_out

    return matching_clauses(text, pattern, cued, wanted=wanted, trim=trim, subjects=needs)


def timeline(text: str, asked: bool, today: date | None = None) -> str | None:
    """The opening timeline as typed, with the month it means ("before christmas (December
    2026)"); a lone month only when asked."""
    found = read_timeline(text, today or date.today(), asked)
    if found is None and asked:
        found = month_alone(text)
    return shorten(plain(found), 80) if found else None


def locations(text: str, asked: bool) -> int | None:
    return find_locations(text, asked)


def volume(text: str, asked: bool) -> str | None:
    """The volume stated; a question is not an answer ("how long is the lead time on the 3
    group?" states no volume), and an amount supposed states none ("if we bump up to 100 lb a
    month do we get the discount")."""
    found = find_volume(text, asked and "?" not in text)
    first = found.rsplit("(", 1)[-1] if found and " + " in found else found  # a total's parts
    if found is None or supposed(text, str(first)):
        return None
    return shorten(plain(found), 80)


def equipment(text: str, asked: bool) -> str | None:
    """Equipment wanted: asked for, stated as a need, a short list of gear ("2 group + 2
    grinders"), or a catalog product named without owning it ("Probably a Lumen 2-Group");
    items the visitor drops ("forget the 3 group") are left out, and an item naming one
    product is stored under its catalog name ("the 2 group" -> "Lumen 2-Group"); a machine
    asked for by the power it must run on keeps that constraint as said ("need something that
    runs on a normal plug")."""
    numbered = numbered_reference(text)  # "the 75 one": which product, by its number
    if numbered:
        return numbered
    text = ACCOUNT_NAME_RE.sub(" ", text)  # "acct is kettle & crumb" names no kettle
    unowned = not owns_gear(text)
    # a short remark on the harm done to gear ("hard water, kills machines") wants none
    terse = len(text.split()) <= 8 and "?" not in text and unowned and not PAIN_RE.search(text)
    product = any(_names_unowned_product(s) for s in sentences(text, lines=True))
    power = power_need(text)
    listed = unowned and _opens_with_item(text)
    stated = asked or terse or product or listed or NEED_RE.search(text)
    if not EQUIPMENT_RE.search(text) or not stated:
        fits = on_ordinary_power() if power else None
        return f"{fits} ({power})" if fits else power
    named = [_canonical(text, i) for i in _kept_items(text) if not NON_ANSWER.search(i)]
    items = list({i.lower(): i for i in named}.values())  # each item once
    if power:
        items = by_power(items)
    if items:
        found = ", ".join(items)
        return shorten(plain(f"{found} ({power})" if power else found))
    # a sentence naming "equipment" but no item is an answer only to the question itself
    return _clauses(text, EQUIPMENT_RE, wanted=True) if asked else None


# the account or business named: "acct is kettle & crumb", "account name is Grind and Kettle"
ACCOUNT_NAME_RE = re.compile(
    r"\b(?:(?:acct|account)(?:\s+name)?|(?:business|company|shop|cafe|caf\u00e9)\s+name)"
    r"(?:\s+is|\s+under|:)\s+[^,.;!?\n]+",
    re.I,
)


def _opens_with_item(text: str) -> bool:
    """A message opening with an item of gear, as a list does ("batch brewer + regular bean
    deliveries, no espresso needed"), reporting no fault ("grinder broke again" is no need)."""
    items = find_equipment(text)
    opening = re.sub(r"^\W*(?:(?:ok|okay|so|just|um)\W+)*", "", text).lower()
    # one more item added to the list ("and a water filter"), not a remark on one ("and the 3
    # group is 13,400")
    opening = re.sub(r"^(?:and|also|plus)\s+(?=(?:a|an|one|some|\d+)\s)", "", opening)
    return bool(items) and opening.startswith(items[0].lower()) and not PAIN_RE.search(text)


# ours, named by the visitor: "your three group" is our Lumen 3-Group
_OURS_BEFORE = re.compile(r"\b(?:your|ur|that|this)\s+$", re.I)


def _canonical(text: str, item: str) -> str:
    """The item under its catalog name (see :func:`canonical_item`); "your three group" refers
    to ours as "the three group" does."""
    at = text.find(item)
    if at > 0 and _OURS_BEFORE.search(text[:at]):
        definite = canonical_item(f"the {item}")
        return item if definite == f"the {item}" else definite
    return canonical_item(item)


def by_power(items: list[str]) -> list[str]:
    """A machine asked for by the power it must run on is the catalog's one machine on an
    ordinary outlet ("a machine" that must "run on the normal power" -> "Pico 1-Group"); a
    machine named by its product stays (the visitor may weigh it against the constraint)."""
    fits = on_ordinary_power()
    if fits is None or any(names_any(i, ("espresso machine",)) for i in items):
        return items
    machines = [i for i in items if kind_of(i) == "espresso machine"]
    rest = [i for i in items if i not in machines]
    return [fits, *rest]


def _names_unowned_product(sentence: str) -> bool:
    """A sentence naming a catalog product without owning it or remarking on its price in the
    same clause ("a quotation for the Lumen 2-Group", "Under $6k, so a Pico"; not "our atlas
    75 broke", "$3900 for the pico is a lot"); "my email is ..." in another sentence does not
    make the product owned."""
    if owns_gear(sentence):
        return False
    parts = re.split(r",\s|[;\n]|\s[-–—]\s", sentence)  # the price in the product's own clause
    return any(names_any(p, EQUIPMENT_KINDS) and not PRICED_RE.search(p) for p in parts)


def _kept_items(text: str) -> list[str]:
    """The items wanted: not dropped ("forget the 3 group") nor named as the visitor's own
    ("replace our pod machines") or swapped out for another ("replace vending machine coffee
    with batch brew"), and not in a sentence about gear the visitor has and no need
    ("the machine at the eugene shop is fine", "our service company takes a week when a
    machine goes down")."""
    kept = []
    for sentence in sentences(text, lines=True):
        had = SATISFIED_RE.search(sentence) or owns_gear(sentence)
        owned = had and not NEED_RE.search(sentence)
        for item in [] if owned else find_equipment(sentence):
            start = sentence.find(item)
            clause = re.split(r"[,.;!?+]", sentence[: max(start, 0)])[-1]
            swapped = replaced_item(clause, sentence[max(start, 0) + len(item) :])
            # a run-on's clause about the gear they run: "machine still works but its tired, ...
            # what would a trade in get us on a lumen" wants the lumen, not the machine
            after = re.split(r"[,.;!?+]", sentence[max(start, 0) + len(item) :])[0]
            if STILL_RUNS.match(after):
                continue
            if not (DROPPED_RE.search(clause) or HELD_BEFORE.search(clause) or swapped):
                kept.append(item)
    return _unretracted(text, kept)


# gear told as still running or worn, right after it is named: "machine still works but its
# tired", "grinder is still going", "the brewer's getting old"
STILL_RUNS = re.compile(
    r"\s*(?:is\s+|'s\s+)?(?:still\s+(?:works?|working|runs?|running|going)|(?:getting\s+)?"
    r"(?:tired|worn(?:\s+out)?|old)\b)",
    re.I,
)


# a change of mind inside a message: "let's do the 2-group. actually no, the 3-group"
RETRACTED = re.compile(rf"\b(?:{TAKEN_BACK}|i\s+mean|make\s+that|or\s+rather)\b", re.I)


def _unretracted(text: str, items: list[str]) -> list[str]:
    """The items less one taken back for a later one of the same kind ("the 2-group then.
    actually no, partner says 3-group" keeps the 3-group alone)."""
    places, start = [], 0
    for item in items:
        found = text.find(item, start)
        places.append(found)
        start = max(found, start)
    kept = []
    for i, item in enumerate(items):
        later = [j for j in range(i + 1, len(items)) if kind_of(items[j]) == kind_of(item)]
        between = text[places[i] : places[later[0]]] if later and places[i] >= 0 else ""
        if not RETRACTED.search(between):
            kept.append(item)
    return kept


# gear the visitor has, named as theirs right before the item: "replace our pod machines",
# "our current grinder" (not "our first machine", "my new grinder")
HELD_BEFORE = re.compile(
    r"\b(?:our|my|their|current|existing|old)\s+(?!new\b|first\b|next\b)(?:[\w-]+\s+)?$", re.I
)


def _only_blends_requested(text: str, hits: list[str]) -> bool:
    """The message asks for a quote, samples or an order and its only coffee words are blends
    it names ("send a quote for a BatchPro 2 and a biweekly Riverbend subscription"): that is
    what to price, not a taste, and its clause cut around the gear would read as nonsense."""
    # an order line corrected ("sorry, Foundry should be 140 lb not 120") names one too
    corrects = corrected_part(text) is not None
    requested = bool(QUOTE_RE.search(text) or ORDER_CONTEXT.search(text)) or corrects
    return requested and all(names_any(hit, COFFEE_KINDS) for hit in hits)


# a word of thanks standing as a sentence before the rest ("Sweet.", "Sweet as!")
_ACKNOWLEDGED = re.compile(r"^(?:sweet|sweet\s+as)\s*[.!]+\s*$", re.I)


def preferences(text: str, asked: bool) -> str | None:
    """Coffee wanted: two style cues, one when asked or in a frame that states a taste or what
    will be served ("something chocolatey", "adding nitro cold brew"), or a catalog blend named
    ("Foundry")."""
    parts = sentences(text, lines=True)
    if len(parts) > 1 and _ACKNOWLEDGED.match(parts[0]):
        parts = parts[1:]  # "Sweet. Liam O'Connor, liam@...": a thanks, no taste
    told = " ".join(s for s in parts if not WRONG_DELIVERY_RE.search(s))
    told = MADE_DRINK_RE.sub(" ", with_unit_said_once(told))  # "never made a latte": a skill
    told = GEAR_FOR_DRINK.sub(" ", told)  # "a grinder for espresso": the gear's use
    told = NO_TASTE_SAID.sub(" ", told)  # a price paid, a history, a bar put in
    without_gear = AMOUNT_OF_RE.sub(_bare_amount, _without_gear(told))
    if without_gear != _without_gear(told):
        without_gear = _DANGLING_PERIOD.sub("", without_gear)
    hits = PREFERENCE_RE.findall(without_gear)
    if not wanted_cues(without_gear, PREFERENCE_RE):
        return None  # "we do NOT want espresso": a constraint, no taste
    if WRONG_ORDER.search(text):  # "we ordered riverbend by mistake instead of foundry"
        hits = [h for h in hits if not names_any(h, COFFEE_KINDS)]
    blend = names_any(without_gear, COFFEE_KINDS) and not ORDER_CONTEXT.search(text)
    framed = bool(PREFERENCE_FRAME.search(without_gear) or CUSTOMERS_WANT.search(without_gear))
    if not hits or (len(hits) < 2 and not (asked or blend or framed)):
        return None
    if not (asked or framed) and _only_blends_requested(text, hits):
        return None  # the interest reader records the blend under its catalog name
    found = _clauses(without_gear, PREFERENCE_RE, wanted=True, trim=True, unless=DROPS_COFFEE)
    return _ORDERING_LEAD.sub(r"\1", found) if found else None


# gear named by the drink it makes, which is its use, not a taste: "a proper grinder for
# espresso and a second one just for decaf", "a machine mainly for milk drinks"
GEAR_FOR_DRINK = re.compile(
    # ("the chocolatey one for espresso" is a coffee: only a further one is gear)
    r"\b(?:grinders?|machines?|brewers?|(?:second|another|other|extra|spare)\s+ones?)\s+"
    r"(?:(?:just|only|mainly|mostly|purely"
    r"|dedicated)\s+)?(?:to\s+use\s+)?for\s+(?:the\s+|our\s+)?(?:espresso|decaf|drip|filter"
    r"|batch\s+brew|cold\s+brew|milk\s+drinks)\b",
    re.I,
)
# coffee named in words that tell no taste: a price paid for it ("we pay 10.35 a lb for house
# espresso and 12.75 for decaf"), a history of serving none ("never done coffee beyond a drip
# pot"), a bar or station put in ("put in a proper espresso bar by September")
NO_TASTE_SAID = re.compile(
    r"(?:\$\s*)?\b\d+\.\d{2}\b(?:\s*(?:a|an|per|/)\s*(?:lb|lbs|pound|kg|kilo|bag))?\s+for\s+"
    r"(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:espresso|decaf|blend|coffee|drip|filter|beans)\b"
    r"|\bnever\s+(?:done|served|sold|offered|had|made)\s+(?:any\s+)?(?:coffee|espresso)\b"
    r"(?:\s+(?:beyond|except|other\s+than|apart\s+from|besides)\s+(?:a|an|the)\s+[\w-]+"
    r"(?:\s+(?:pot|machine|maker|urn))?)?"
    r"|\b(?:put(?:ting)?\s+in|install\w*|open\w*|add\w*|build\w*|set(?:ting)?\s+up|start\w*)\s+"
    r"(?:an?|the|our)\s+(?:(?:proper|real|little|small|full)\s+)?(?:espresso|coffee)"
    r"\s+(?:bar|counter|station|corner|cart|program(?:me)?)\b"
    # the freshness of a bag delivered, no taste: "the roast date on one says 5 weeks ago",
    # "i thought u roast fresh"
    r"|\broast(?:ing)?\s+dates?\b[^.!?]*|\b(?:you|u|ya|they)\s+(?:guys\s+)?roast(?:ed)?\s+"
    r"(?:it\s+|them\s+)?(?:fresh|to\s+order)\b",
    re.I,
)
# an amount's verb left before its coffee once the amount is cut ("we'd need espresso blend")
# (or a want left with only a joiner: "we'd want and foundry")
_ORDERING_LEAD = re.compile(
    r"(^|;\s*)(?:we|i)(?:'d|\s+would|\s+will|'ll)?\s+(?:(?:need|use|go\s+through|order|get"
    r"|buy|take)\s+|want\s+and\s+)(?=\S)",
    re.I,
)
# a period left once its amount is cut ("20 lb decaf a month" -> "decaf")
_DANGLING_PERIOD = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:day|week|month)\b|\s+(?:daily|weekly|monthly)\b", re.I
)


# a clause that only drops a coffee is no taste: "ok scrap sunrise, foundry for the espresso"
DROPS_COFFEE = re.compile(r"\b(?:scrap|scratch|forget|drop|ditch)\s+(?:the\s+)?\w+\s*$", re.I)


# an order gone wrong names the coffees sent, not the coffee liked
WRONG_ORDER = re.compile(
    r"\b(?:by\s+mistake|by\s+accident|instead\s+of|wrong|send\s+(?:\w+\s+){0,2}?back"
    r"|return(?:ing|ed)?)\b",
    re.I,
)
AMOUNT_OF_RE = re.compile(
    rf"(?:{RATE_RE.pattern}|{AMOUNT_RE.pattern})(?:\s+of\b(?:\s+(?:your|the|our|that)\b)?)?",
    re.I,
)


def _bare_amount(match: re.Match[str]) -> str:
    """An amount is cut from a preference ("25 lb a week of something medium" -> "something
    medium"), down to the coffee it holds ("60 lb of Harbor a month" -> "Harbor", "20 lb decaf
    a month" -> "decaf")."""
    if not PREFERENCE_RE.search(match.group(0)):
        return " "
    return " " + _AMOUNT_WORDS.sub(" ", match.group(0)).strip(" ,") + " "


# what an amount says besides its coffee: the figure, unit, "of" and the period
_AMOUNT_WORDS = re.compile(
    r"(?:\b(?:about|around|roughly|approx\w*|maybe|some|like|up\s+to|over)\s+)?"
    r"(?:~\s*)?\d[\d,]*(?:ish)?\+?\s*(?:lbs?|pounds?|kgs?|kilos?|kilograms?|bags?|cups?|drinks?)?\b"
    r"|\bof\b(?:\s+(?:your|the|our|that)\b)?"
    r"|\b(?:a|per|each|every)\s+(?:\d+\s+)?(?:day|days|week|weeks|wk|month|months|mo)\b"
    r"|\b(?:daily|weekly|monthly)\b",
    re.I,
)


def _without_gear(text: str) -> str:
    """The text with its equipment items and the joiners they leave cut out ("pour over + a
    batch brewer, no espresso" -> "pour over, no espresso")."""
    for item in find_equipment(text):
        text = text.replace(item, " ", 1)
    text = EQUIPMENT_RE.sub(" ", text)
    text = re.sub(r"\s*(?:[+&]|\band\b|\ba\b|\ban\b)\s*(?=[,.;!?]|$)", "", text)
    return re.sub(r"\s+([,.;!?])", r"\1", text)


# a sentence that asks ("What would you put in instead that a waiter could manage?"): a pain
# word in it ("no training") is part of the question, not a pain told
ASKS_RE = re.compile(
    r"\?\s*$|^\W*(?:what|which|how|who|where|why)(?:'s|\s+(?:would|could|should|can|do|does"
    r"|did|is|are|will|was))\b",
    re.I,
)


# a clause that is no complaint: what is fine, or when not to call ("mornings are bad")
NOT_A_PAIN = re.compile(
    SATISFIED_RE.pattern + r"|^\W*(?:but\s+|and\s+)?(?:mornings?|afternoons?|evenings?"
    r"|lunch(?:time)?|weekdays?|weekends?|mondays?|fridays?|before\s+\d+|after\s+\d+|(?:that|this)\s+time)\s+(?:are|is)?\s*"
    r"(?:bad|no\s+good|not\s+good)\W*$"
    # the speaker's own memory is no business problem: "I keep forgetting it"
    r"|\b(?:i|we)\s+(?:always\s+)?keep\s+forgetting\b"
    # a call asked about something is a request, not a complaint: "call me back about the repair"
    r"|\b(?:" + CONTACT_VERBS + r"|reach)\s+(?:me|us)(?:\s+back)?\s+(?:about|re"
    r"|regarding|on)\b"
    # a fault denied is none: "nothing is broken rn but im paranoid"
    rf"|{FAULT_DENIED.pattern}",
    re.I,
)


# a pain that says only that something was wrong, told by the next sentence
BARE_WRONG = re.compile(r"\b(?:is|was|are|were|came|arrived)\s+wrong(?:\s+\w{1,3})?\W*$", re.I)


def pain_points(text: str, asked: bool) -> str | None:
    """The clauses naming a pain, with the sentence before when the pain points back to it
    ("customers ask about sourcing. Our roaster can't answer a single question about it."); a
    product named alone gets its catalog kind ("our atlas 75 is ..." -> "... (Atlas 75:
    espresso grinder)")."""
    parts = [
        without_asides(told)
        for part in sentences(without_emoji(text), lines=True)
        for told in _told_part(part)
    ]
    # a part pointing back takes the sentence before only when it complains itself: "we paid
    # 12 grand for it" after the pain tells no pain, and would repeat the pain before it
    kept = [
        f"{parts[i - 1].rstrip('.!')}: {part}"
        if i and ANAPHOR_RE.search(part) and PAIN_RE.search(part)
        else part
        for i, part in enumerate(parts)
    ]
    found = _clauses("\n".join(kept), PAIN_RE, unless=NOT_A_PAIN)
    told = [kept[i + 1] for i, part in enumerate(kept[:-1]) if BARE_WRONG.search(part)]
    if found and told:  # "our delivery is wrong. we got decaf": what was wrong
        found = f"{found}: {told[0].rstrip('.!')}"
    if found:  # "slow repairs (the tech took 5+ days each time)"
        found = "; ".join(with_complaint_kinds(clause) for clause in found.split("; "))
        found = _with_setup(found, parts)
        found = _with_hard_water(found, kept)
    return with_kinds(found) if found else None


# hard water, a condition, and the scale it leaves, the pain: told together, the scale is
# stored with its cause ("Our water is very hard: the machine make calcium inside")
_HARD_WATER = re.compile(
    r"\bhard\s+water\b|\bwater\s+(?:here\s+)?(?:is|'s)\s+(?:very\s+|really\s+|so\s+|super\s+"
    r"|quite\s+|extremely\s+|pretty\s+)?hard\b",
    re.I,
)
_SCALE = re.compile(r"\b(?:calcium|lime\w*|scal(?:e|ed|ing)|minerals?|calcif\w*)\b", re.I)


def _with_hard_water(found: str, parts: list[str]) -> str:
    """A scale pain with the clause telling the hard water behind it, when the message tells
    it and the pain does not already."""
    if not _SCALE.search(found) or _HARD_WATER.search(found):
        return found
    cause = next(
        (c for p in parts for c in clauses(p) if _HARD_WATER.search(c) and "?" not in c), None
    )
    return f"{tidy(cause).rstrip('.!')}: {found}" if cause else found


# a clause that supposes, not tells: "if it ever breaks", "what happens when the grinder dies"
_SUPPOSED = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:if|when|whenever|once|in\s+case|unless"
    r"|say|suppose|supposing|assuming|should|what\s+if)\b",
    re.I,
)


def _told_part(sentence: str) -> list[str]:
    """A sentence that asks nothing, whole; from one that asks, the clauses before its first
    asking clause that tell something ("our steam wand stopped heating this morning, we bought
    it last spring - is that covered?" -> the first two), none that supposes ("if it breaks,
    how fast do you come?")."""
    if not (ASKS_RE.search(sentence) or is_question(sentence)):
        dictated = dictated_ask(sentence)  # "... is bad um do you guys sell to offices"
        return [dictated[0] if dictated else sentence]
    told: list[str] = []
    for clause in clauses(sentence):
        if ASKS_RE.search(clause) or is_question(clause):
            story = told_before_so(clause)  # "... keeps no-showing on us so what does it cost"
            told += [story] if story and not _SUPPOSED.search(story) else []
            break
        if not _SUPPOSED.search(clause):
            told.append(clause)
    return told


# what a complaint can be about: a complaint naming none ("People complain", "clients deserve
# better") is about the setup the message names
_PAIN_SUBJECT = re.compile(
    r"\b(?:coffee|espresso|drip|machines?|grinders?|brewers?|pots?|pods?|capsules?|urns?|beans"
    r"|roast|blends?|suppliers?|roasters?|deliver\w*|orders?|tech\w*|service|price\w*|it|its"
    r"|it'?s|this|that|they|them)\b",
    re.I,
)


def _with_setup(found: str, parts: list[str]) -> str:
    """A complaint that names no subject, with the sentence naming the setup it is about ("Our
    lobby coffee is a glass pot on a burner all day: People complain"); as found otherwise."""
    if _PAIN_SUBJECT.search(found):
        return found
    setup = next((p for p in parts if _names_setup(p) and p not in found), None)
    return f"{setup.strip().rstrip('.!')}: {found}" if setup else found


def _names_setup(sentence: str) -> bool:
    """The sentence tells the coffee served now, or what the visitor makes do with ("right now
    it's a kettle and a jar of instant")."""
    return serves_coffee_now(sentence) or CURRENT_GEAR_RE.search(sentence) is not None


def support(text: str, asked: bool) -> str | None:
    """An order gone wrong (:mod:`shared.understanding.entities.orders`) and the service wanted,
    filed under service when it is about keeping the machines running in other words;
    the plan the visitor is on (or not on) is their status, not a need ("We're on the Pro
    plan", "we're not on any plan"); asked, a plan's first word alone is an answer ("pro")."""
    # a call asked for is a handoff: "have someone call me about the pro plan" wants the plan
    wanted = _clauses(without_call_request(text), SUPPORT_RE, wanted=True, unless=NO_SERVICE_ASKED)
    if wanted and _judges_provider(wanted):
        wanted = None  # "the maintenance guy we use is flaky" is a pain, not a service asked
    if wanted and SERVICE_MATTER.search(wanted) and not KIND_NAMED.search(wanted):
        wanted = f"service: {wanted}"  # "out of warranty and the tech takes a week"
    elif wanted and UPKEEP_MATTER.search(wanted) and not KIND_NAMED.search(wanted):
        wanted = f"maintenance: {wanted}"  # "something with a yearly checkup"
    order = order_problem(text)  # first: the order gone wrong is what the desk acts on
    launch = launch_consulting(text)  # "we need help with the menu and setup"
    if launch and not (wanted and re.search(r"consult", wanted, re.I)):
        wanted = "; ".join(p for p in (launch, wanted) if p)
    found = "; ".join(p for p in (order, wanted) if p) or None
    plans = plan_words()
    bare = asked and len(text.split()) <= 4 and not ON_PLAN_RE.search(text)
    if found is None and bare and plans and plans.search(text):
        return tidy(plain(text))  # a plan by its first word ("pro", "the multi site one")
    return found


def launch_consulting(text: str) -> str | None:
    """Help opening a café asked in the visitor's words, as the launch consulting it is
    ("Café Launch Consulting (do you help with the menu and where everything goes)"); asked
    as a question too, as a quote's items are."""
    launch = launch_help(text)
    return f"{sole_product(LAUNCH) or LAUNCH} ({launch})" if launch else None


# a clause no service is asked in: the plan the visitor is on, or a visit of theirs to us and
# when it suits them ("Tuesday afternoons are good for a visit", "visit the roastery"), or
# plans set side by side with no wish said ("vs essential", "pro versus multi site"): a
# comparison asks which, it chooses nothing
NO_SERVICE_ASKED = re.compile(
    ON_PLAN_RE.pattern
    + r"|\b(?:good|best|free|fine|ok|okay|works?|suits?)(?:\s+(?:us|me))?\s+for\s+(?:a\s+|the\s+)?"
    r"visits?\b|\bvisit\s+(?:the|your)\s+(?:roastery|showroom|shop|warehouse|store|office)\b"
    r"|^(?!.*\b(?:want|need|like|prefer|take|go\s+with|sign|choose|pick)\b).*"
    r"\b(?:vs\.?|versus|compared\s+(?:to|with))(?=\s)",
    re.I,
)


def _judges_provider(clause: str) -> bool:
    """The clause judges a provider the visitor uses now ("the maintenance guy we use is
    flaky", "our current roaster is unreliable") and asks for no service of ours."""
    asked = NEED_RE.search(clause) or QUOTE_RE.search(clause)
    return bool(PROVIDER_RE.search(clause) and PAIN_RE.search(clause)) and not asked


def _corrected_in_message(
    text: str, found: dict[str, object], asking: str | None, today: date | None
) -> dict[str, object]:
    """A value given twice in one message with a correction between keeps the later one
    ("Launch is planned for Q3. Sorry, correction: moved forward to Q2" is Q2; "about 120 cups
    daily. Sorry, I mean 80 cups on weekdays" is 80)."""
    later: dict[str, object] = {}
    for field in ("opening_timeline", "expected_volume", "locations"):
        if field not in found:
            continue
        for tail in corrected_tails(text):
            value = _tail_value(field, tail, found[field], asking, today)
            if value is not None:
                later[field] = value
                break
    return later


def _tail_value(
    field: str, tail: str, said: object, asking: str | None, today: date | None
) -> object:
    """The value a correction's tail gives the field; a bare one takes its words from the value
    it corrects ("about 80 lb a month. Wait, no - ... So about 160 a month" is "about 160 lb a
    month", "We have three properties. My apologies, four" is 4, "We open in October - well,
    November really" is November)."""
    if field == "opening_timeline":
        month = cued_month(tail)  # before the tail's own dates: "the inspector comes in 3 weeks"
        return timeline(month, True, today) if month else timeline(tail, field == asking, today)
    bare = corrected_count(tail, {field: said}).get(field)  # "so 3 total" over "two more carts"
    return bare if bare is not None else EXTRACTORS[field](tail, field == asking)


EXTRACTORS: dict[str, Callable[[str, bool], object]] = {
    "opening_timeline": timeline,
    "locations": locations,
    "expected_volume": volume,
    "equipment_needs": equipment,
    "coffee_preferences": preferences,
    "pain_points": pain_points,
    "support_needs": support,
}


STAFF_RE = re.compile(r"\b(?:staff|baristas?|employees|team|train\w*|hires?|hired)\b", re.I)


def _method_asked(text: str) -> str | None:
    """The way of brewing a question asks a coffee for ("is there a coffee for cold brew?" ->
    "cold brew"): the visitor means to serve it. Not about an order gone wrong."""
    found = COFFEE_FOR_METHOD.search(text)
    if found is None or WRONG_DELIVERY_RE.search(text):
        return None
    return found.group("method").lower()


def _taste_asked(text: str) -> str | None:
    """The taste a question asks our coffee for ("what is your darkest espresso?" ->
    "darkest espresso"): the visitor means to serve it."""
    found = COFFEE_BY_TASTE.search(text)
    return " ".join(found.group(0).split()[1:]).lower() if found else None


def _brewer_wanted(text: str) -> str | None:
    """The catalog's batch brewer when the message asks for one by what it does ("something
    that brews a lot of decent drip at once") or asks the setup for drip alone ("just really
    good drip. whats the setup"); not for gear the visitor has."""
    asks = BREWS_DRIP.search(text) or (DRIP_SETUP.search(text) and DRIP_ONLY.search(text))
    if not asks or owns_gear(text):
        return None
    sole = canonical_item("the brewer")
    return sole if sole != "the brewer" else "batch brewer"


def _volume_in_question(text: str, statements: str, asked: bool) -> str | None:
    """A volume from a message that asks: an amount with a period or a time of service anywhere
    ("is the Lumen enough for 200 drinks a day?", "for like 50 people after work?"), a bare
    amount only outside the question ("is it 10% off at 200 lbs?" supposes an amount, it does
    not state one) and not when the message is about staff ("would someone train my staff?
    it's 3 people")."""
    stated = volume(statements, asked) if statements else None
    if stated is not None and not RATE_RE.search(stated) and STAFF_RE.search(text):
        return None  # "would someone train my staff? it's 3 people" counts staff, not cups
    whole = volume(text, asked)
    if stated is not None:  # "(~110 lb/month) ... which for ~350 drinks a day?": both measures
        other = whole[len(stated) :] if whole and whole.startswith(f"{stated}; ") else ""
        return f"{stated}{other}" if RATE_RE.search(other) else stated
    if whole and " + " in whole and RATE_RE.search(whole):
        return whole  # an order told in parts with its period ("monthly ... can you price: ...")
    planned = whole is not None and told_in_parts(text, whole)  # "what if 100 lb, 60 + 40"
    sized = whole is not None and _sized_for(text)  # "would two be enough for 70 cups?"
    return whole if RATE_RE.search(text) or served_when(text) or planned or sized else None


# the drinks a question sizes the gear for: "would two of them be enough for seventy-odd
# cups?", "can the pico handle 80 coffees?"
_SIZED_FOR = re.compile(
    r"\b(?:enough|big\s+enough|good|ok(?:ay)?|fine)\s+for\s+$|\b(?:handle|cope\s+with"
    r"|keep\s+up\s+with)\s+$",
    re.I,
)


def _sized_for(text: str) -> bool:
    """The question sizes the gear for an amount of drinks, which is the visitor's own need (a
    weight there weighs an order: "is it 10% off at 200 lbs?" states no volume)."""
    return any(
        _SIZED_FOR.search(text, 0, m.start()) and not WEIGHT_RE.search(m.group(0))
        for m in AMOUNT_RE.finditer(text)
    )


def business_fields(
    text: str, asking: str | None, question: bool, today: date | None = None
) -> dict[str, object]:
    """Every business detail the message states; soft text fields are read only from the
    sentences that are not questions, except the items of a quote request or of a question about
    buying a catalog product or sizing the gear ("can someone send me a quote for the pico + a
    grinder?", "can i lease the lumen 2 group?" keep the items; "would 2 grinders be enough,
    or 3?" its first),
    and a timeline in a
    question only where it speaks of opening ("if we sign mid-July, does that put 1 September
    at risk?" states no opening date; "we open in May, can you ship by then?" does), and a lone
    count answers the locations asked only outside a question ("net 30 from day 1?" is no
    site count). Words inside the complaint read are no preference."""
    found: dict[str, object] = {}
    parts = sentences(text, lines=True)
    asks = [is_question(s) for s in parts]
    topics = topics_put_first(parts, asks)  # "own blend. min?": the subject of the ask
    if asking in EXTRACTORS:  # "foundry. how much per lb?" still answers "which coffee?"
        topics = {t for t in topics if EXTRACTORS[asking](t, True) is None}
    statements = " . ".join(
        s for s, a in zip(parts, asks, strict=True) if not a and s not in topics
    )
    # and a taste framed as one that a question opens with: "summer is all cold brew for us,
    # what do u have for that" ("in july we burn thru 120 lb of foundry, any discount" states
    # the amount asked about, no taste)
    heads = [head for s in parts if is_question(s) and (head := told_before_ask(s))]
    told = " . ".join([statements, *(h for h in heads if PREFERENCE_FRAME.search(h))]).strip(" .")
    dated = " . ".join(
        s for s in parts if not is_question(s) or OPENING_RE.search(s) or unsure_answer(s)
    )
    buying = bool(BUYING_RE.search(text)) and names_any(text, EQUIPMENT_KINDS)
    sizing = bool(SIZING_RE.search(text)) and not (buying or QUOTE_RE.search(text))
    quote = bool(QUOTE_RE.search(text)) or buying or sizing
    for field, extract in EXTRACTORS.items():
        soft = field in SOFT_FIELDS and not (quote and field == "equipment_needs")
        # a pain is read clause by clause: one told before the question of its sentence counts
        source = statements if question and soft and field != "pain_points" else text
        value: object
        if field == "opening_timeline":
            value = timeline(dated if question else text, field == asking, today)
        elif field == "expected_volume" and question:
            value = _volume_in_question(text, statements, field == asking)
        elif field == "coffee_preferences" and question:
            value = preferences(told, field == asking) if told else None
        elif field == "locations" and question:  # a lone count only outside the questions
            value = locations(text, False) or (
                locations(statements, field == asking) if statements else None
            )
        else:
            value = extract(source, field == asking) if source else None
        if field == "coffee_preferences" and question and (method := _method_asked(text)):
            # "is there a coffee for cold brew?", beside "want to add iced coffee": both said
            value = f"{value}; {method}" if value and method not in str(value) else value or method
        if value is None and field == "support_needs" and question:
            value = launch_consulting(text)  # "do you help with the menu and setup?"
        if field == "coffee_preferences" and question and (taste := _taste_asked(text)):
            value = f"{taste}; {value}" if value and taste not in str(value) else value or taste
        if value is None and field == "equipment_needs":
            value = _brewer_wanted(text)  # "something that brews a lot of drip at once"
        if value is not None:
            found[field] = value
    found.update(_corrected_in_message(text, found, asking, today))
    if sizing and question and isinstance(found.get("equipment_needs"), str):
        # "is one BatchPro 2 enough, or do we need two machines?": the first is the need,
        # the rest its alternatives
        found["equipment_needs"] = str(found["equipment_needs"]).split(", ")[0]
    if BREWS_DRIP.search(str(found.get("coffee_preferences", ""))) and "equipment_needs" in found:
        del found["coffee_preferences"]  # "something that brews drip at once" asks for a brewer
    if str(found.get("coffee_preferences", "\0")) in str(found.get("pain_points", "")):
        del found["coffee_preferences"]  # "the espresso tastes flat" is the complaint's words
    return found
