"""Counts with units: how many sites a business runs, and how much coffee it goes through.

Locations: a count before a site noun ("4 locations", "just the 1 shop", "two drive-thrus");
with a correction ("3 now not 2", "2 cafés, but ... now only 1 café") the stated new count
wins. Years in business, group heads, electrical outlets and a site named in passing ("when a
machine goes down at one shop") are not a count of sites.

Volume: an amount with a unit and a period ("300 cups a day", "20 lb every 2 weeks", "150 ppl
on sundays", "~180 drinks/day"), or with a unit only ("like 200 cups") unless the message is
about an order, a price or a delivery ("a 20 lb order", "3 espressos deep" are not volumes);
"not 20 kg per week, I mean 20 kg per month" gives the second.
"""

from __future__ import annotations

import re
from itertools import pairwise

from shared.understanding.entities.drinkers import drinkers
from shared.understanding.entities.gazetteer import without_model_names
from shared.understanding.entities.listed_sites import just_one_site, listed_sites
from shared.understanding.entities.money import without_money
from shared.understanding.entities.order_total import (
    corrected_part,
    order_total,
    with_unit_said_once,
)
from shared.understanding.entities.raised_figure import raised_after
from shared.understanding.entities.restated_figure import Restated, restated_after
from shared.understanding.entities.volume_parts import by_kind_of_day, delivered_total
from shared.understanding.lexicon import (
    APPROXIMATORS,
    COUNT_WORDS,
    LOCATION_NOUNS,
    NEXT_SITE_AFTER,
    ONE_SITE_VENUES,
    ORDINAL_DAYS,
    PERIODS,
    RATE_ONLY_UNITS,
    RESTATING,
    VOLUME_UNITS,
    alternation,
    number_value,
    number_words,
    phrases,
)
from shared.understanding.quantity_words import foreign_words

_COUNT = r"(\d{1,4}|" + alternation(COUNT_WORDS) + r")"
_PASSING = r"(?<!\bat\s)(?<!\bin\s)(?<!\bper\s)(?<!\bfor\s)(?<!\beach\s)(?<!\bfrom\s)"
# what a venue's size is counted in: "a 60 room hotel", "a 120-seat restaurant", "40 bed hospital"
_SIZE_UNITS = (
    r"(?:rooms?|beds?|seats?|seater|tables?|covers?|keys?|suites?|sq|square|acres?|stor(?:e?y)"
    r"|floors?|students?|members?|employees?|people|person)\b"
)
LOCATIONS_RE = re.compile(
    r"(?:"
    + _PASSING
    + r"(?=one\b|1\b|a\s+single\b)|(?!one\b|1\b|a\s+single\b))"
    + r"\b"  # a whole word: "Alder & Stone Hotels" counts no "one" hotel
    + _COUNT
    # "3 cafés", "a 3-location group"; a size is no count of sites ("a 60 room hotel")
    # an article is no adjective: "since 2014 a café" is a year, then the one café
    + r"(?:\s+|-)(?:(?!years?\b|yrs?\b|group|(?:an?|the)\b|"
    + _SIZE_UNITS
    + r")[\w-]+\s+)?(?:"
    + LOCATION_NOUNS
    + r")\b",
    re.I,
)
# an ordinal site: "for our second location" (they run at least two, the second being the one
# spoken of), "opening my first coffee shop" (one); "our first shop" alone may be one of several
_ORDINAL = r"(\d{1,2}(?:st|nd|rd|th)|" + alternation(list(ORDINAL_DAYS)[:10]) + r")"
ORDINAL_SITE_RE = re.compile(
    r"\b(?:(?:open|opening|launch|launching|start|starting)\s+(?:up\s+)?)?(?:(?:my|our|the|a|his"
    # or opening its sentence: "... from you. second location opens in the fall"
    r"|her|their)\s+|(?:^|(?<=[.!?;]\s)))"
    + _ORDINAL
    + r"\s+(?:[\w-]+\s+)?(?:"
    + LOCATION_NOUNS
    + r")\b",
    re.I,
)
_NOT_RE = re.compile(r"\b" + _COUNT + r"\s+(?:now\s+)?(?:\w+,?\s+)?not\s+" + _COUNT + r"\b", re.I)
# a count said earlier taken back later in the message: "I said three but we sold one ... so
# it is just the two now"
_SAID_RE = re.compile(
    r"\bi\s+(?:said|told\s+you|wrote|meant)\s+" + _COUNT + r"\b[^?!]{0,200}?\b(?:just|only)"
    r"\s+(?:the\s+)?" + _COUNT + r"\b(?!\s*(?:am|pm|years?|yrs?|months?|weeks?|days?|lbs?"
    r"|pounds?|kg|cups?|drinks?)\b)",
    re.I,
)
# sites counted after the noun they follow: "opened our first coffee shop ..., and now I have
# three of them"
_OF_THEM_RE = re.compile(
    r"\b(?:have|run|own|operate|got)\s+(?:now\s+)?" + _COUNT + r"\s+of\s+(?:them|those)\b", re.I
)
# a lone count, not a clock time, a price or a decimal ("around 14:00", "$49", "2.5")
# nor part of a reference ("PO-2288-WU", "#4471", "INV/2026/31")
_LONE_RE = re.compile(
    # a percentage is no count of sites ("the one with 20% off parts")
    r"(?<![\d$:.,#/-])\b" + _COUNT + r"\b(?![:.,]\d)(?![-/]\w)(?!\s*(?:am|pm|h)\b)(?!\s*%)"
    r"(?!\s+(?!of\b)[a-z]{2,})",
    re.I,
)
# a count that revises the site noun just said ("own a cafe. 3 actually")
_REVISED_RE = re.compile(
    r"\b(?:" + LOCATION_NOUNS + r")\W+" + _COUNT + r"\s+(?:actually|in\s+total|total|altogether"
    r"|all\s+together|of\s+them|really)\b",
    re.I,
)

# a count taken back in the same breath: "2 shops. wait no, 3", "3 cafes, sorry, 4"
_RETRACTED_RE = re.compile(
    r"\b" + _COUNT + r"\s+(?:[\w-]+\s+)?(?:" + LOCATION_NOUNS + r")\W+(?:(?:wait|sorry|oops|hmm"
    r"|actually|no|nope|i\s+mean|make\s+(?:it|that)|scratch\s+that|correction)\W+){1,3}"
    + _COUNT
    + r"\b(?!\s*(?:am|pm|years?|yrs?|months?|weeks?|days?)\b)",
    re.I,
)

# the other languages' words (units, periods, approximators) are read whatever the detected
# language: a short message in another language is below the detector's reach
_APPROX = phrases(APPROXIMATORS)
_RANGE = r"-|to|" + foreign_words("range")
_AMOUNT = (
    # whole words only: "estimate" holds the Portuguese "ate" (até, up to)
    r"(?:(?:(?<![\w\u00c0-\u024f])(?:" + _APPROX + r"|" + foreign_words("approx") + r")|~)\s*)?"
    r"(?:between\s+\d[\d,]*\s+and\s+\d[\d,]*"  # "between 350 and 400 cups"
    # a range said with "or", or a comma after a hedge: "60 or 70 coffees", "maybe 150, 180"
    r"|\d[\d,]*\s+or\s+\d[\d,]*"
    r"|(?<=maybe\s)\d+,\s+\d+"
    # thousands written with "k": "~2k cups a week", "1.5k a month"
    r"|\d+(?:\.\d)?k\+?(?:\s*(?:" + _RANGE + r")\s*\d+(?:\.\d)?k\+?)?"
    # "200ish", and the British and Australian "200-odd coffees a day"
    r"|\d[\d,]*(?:ish|-odd)?\+?(?:\s*(?:" + _RANGE + r")\s*\d[\d,]*(?:ish)?\+?)?"
    # hundreds in words: "a few hundred", "couple hundred", "two hundred"
    r"|(?:a\s+)?(?:few|couple(?:\s+of)?|several|" + number_words(2, 9) + r")\s+hundred"
    r"|a\s+hundred|hundreds\s+of)"
)
_ENGLISH_UNIT = r"(?:" + "|".join(VOLUME_UNITS) + r"|litres?|liters?)"
_FOREIGN_UNIT = r"(?:" + foreign_words("units") + r")"
_RATE_ONLY_UNIT = "|".join(RATE_ONLY_UNITS)
_UNIT = r"(?:" + _ENGLISH_UNIT + "|" + _FOREIGN_UNIT + "|" + _RATE_ONLY_UNIT + ")"
_FOREIGN_PER = foreign_words("per")
_FOREIGN_PERIODS = foreign_words("periods")
_ALL_PERIODS = PERIODS + "|" + _FOREIGN_PERIODS
_PERIOD = (
    r"(?:\s*(?:an?|per|each|every|/|at|on(?:\s+an?)?|in\s+the|in\s+an?|" + _FOREIGN_PER + r")\s*"
    r"(?:(?:\d+|two|three|four|other|couple(?:\s+of)?)\s+)?(?:" + _ALL_PERIODS + r")\b"
    r"|\s+(?:daily|weekly|monthly|a\s+day|a\s+week|" + foreign_words("alone") + r")\b"
    # a shift named: "~70 drinks on the morning shift"
    r"|\s+on\s+the\s+(?:(?:morning|afternoon|evening|night|day|early|late|lunch)\s+)?shifts?\b"
    # a standing order gives the period: "60 lb of foundry, same order every month"
    r"|,?\s+(?:the\s+)?(?:same|standing|regular|usual)\s+order\s+(?:an?|per|each|every)\s+"
    r"(?:other\s+)?(?:" + _ALL_PERIODS + r")\b)"
)
# the size of the bags counted: "4 five-pound bags a week", "nine 5 lb bags a month"
_BAG_SIZE = (
    r"(?:(?:\d+(?:\.\d)?|" + number_words(1, 12) + r")[\s-]?(?:lbs?|pounds?|kgs?|kilos?|oz)"
    r"\s+(?=bags?\b))"
)
# a count of bags or drinks in words, with its period: "about nine bags a week", "three bags
# a month" (a word alone is too loose a figure: only with a unit and a period)
_WORD_RATE = (
    r"(?:(?<![\w\u00c0-\u024f])(?:"
    + _APPROX
    + r")\s+)?\b(?:"
    + number_words(2, 12)
    + r")\s+"
    + _BAG_SIZE
    + r"?(?:bags?|boxes|cases|pounds|lbs?|kilos?|kgs?|cups|drinks|coffees)\b"
)
RATE_RE = re.compile(
    _WORD_RATE
    + _PERIOD
    + r"|"
    + _AMOUNT
    + r"\s*"
    + _BAG_SIZE
    + r"?"
    + _UNIT
    + r"\b(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:beans|coffee|\w+)|\s+(?:and|or|&|\+)\s+"
    + _UNIT
    + r")?"
    + _PERIOD
    # a unitless count per service period: "maybe 70 a night", "~180/day", "~25 an hour at
    # peak" (never a price, nor a wage: see _WAGE)
    + r"|(?:~\s*)?(?<![$€£\d,])\b\d[\d,]*\+?(?:\s*(?:-|to)\s*\d[\d,]*\+?)?\s*"
    r"(?:/\s*(?:day|d|week|wk|hour|hr)\b|\s*(?:a|per|each|every)\s+(?:day|morning|night|evening|shift|service|week)\b"
    r"|\s*(?:an|per|each|every)\s+(?:hour|hr)\b(?:\s+at\s+(?:the\s+)?(?:peak|rush))?"
    r"|\s*(?:" + _FOREIGN_PER + r")\s+(?:" + _FOREIGN_PERIODS + r")\b)",
    re.I,
)
AMOUNT_RE = re.compile(
    _AMOUNT
    + r"\s*"
    + _ENGLISH_UNIT
    # the size of a bag is no volume: "nine bags a week, the 5 lb ones", "in 2 lb bags"
    + r"\b(?!\s+(?:machines?|grinders?|blend|beans|roast|shots?\s+of|bags?|ones|sacks?|pouches"
    r"|packs?)\b)"
    # "2 coffee shops" counts sites, not coffees
     + r"(?![\s-]+(?:shops?|bars?|carts?|trucks?|stands?|kiosks?|houses?|places?|spots?"
    r"|businesses|roaster(?:y|ies|s)?|programs?|counters?|trailers?)\b)",
    re.I,
)
# another language's unit without a period ("unos 200 cafés") only answers the volume asked:
# alone, "2 cafés" is as likely two sites
FOREIGN_AMOUNT_RE = re.compile(_AMOUNT + r"\s*" + _FOREIGN_UNIT + r"\b", re.I)
ORDER_CONTEXT = re.compile(
    r"\b(?:orders?|ordered|ordering|shipping|ship|shipped|received|delivered|delivery|sent"
    r"|bought|deep|wrong|instead|bag\s+of|how\s+much|price|cost|discount|course|training"
    r"|staff|baristas|employees)\b",
    re.I,
)
_BARE = re.compile(r"\b\d[\d,]*(?:ish)?\b")
_SPLIT_JOIN = re.compile(r"^(?:\s+[a-z][\w'-]*){1,3}\s*(?:\+|&|and|,|plus)\s*$", re.I)
# a head count, not people served: "an office of about 60 people", "we're 40 people", "about 60
# people in the office", "25 people on staff" (people served come with a period: "150 ppl a day")
_GROUP_SIZE = re.compile(r"\b(?:of|for|with|we'?re|we\s+are|there\s+are|there'?re)\s*$", re.I)
_HEADCOUNT_AFTER = re.compile(
    r"^\s+(?:in\s+(?:the|our|an?|this)\s+(?:office|building|company|team|firm|school)"
    r"|on\s+(?:the\s+|our\s+)?(?:staff|team|payroll|site|campus)|at\s+(?:the|our)\s+office"
    r"|work(?:ing|s)?\b|employed|in\s+total|total\b|here\b)",
    re.I,
)
_HEADS = re.compile(r"\b(?:people|ppl|guests?|customers?|students?|patients?|visitors?)\b", re.I)


# a range of sites is no count: "2-3 cafés depending how you count", "2 or 3 shops"
_RANGE_SITES_RE = re.compile(
    r"\b"
    + _COUNT
    + r"\s*(?:-|–|to|or)\s*"
    + _COUNT
    + r"\s+(?:[\w-]+\s+)?(?:"
    + LOCATION_NOUNS
    + r")\b",
    re.I,
)
# the probable count said after a range of sites: "maybe 2 or 3 sites, probably 2 to start",
# "3-4 shops, realistically 3" (the hedge's value; a range alone stays no count)
_PROBABLE_AFTER_RANGE_RE = re.compile(
    _RANGE_SITES_RE.pattern
    + r"\s*[,;(-]?\s*(?:but\s+|so\s+)?(?:probably|likely|most\s+likely|realistically|"
    + phrases(RESTATING)
    + r")\s*,?\s*"
    + _COUNT
    + r"\b(?!\s*(?:-|–|to\s+\d|or)\b)",
    re.I,
)
# a count restated as the total, which replaces the one said before: "so with the new one it's
# 3 locations", "that makes 4 shops", "5 cafés in total now"
_RESTATED_RE = re.compile(
    r"\b(?:it'?s|that'?s|that\s+makes|makes\s+it|we'?re\s+at|so)\s+(?:now\s+)?"
    + _COUNT
    + r"\s+(?:[\w-]+\s+)?(?:"
    + LOCATION_NOUNS
    + r")\b|\b"
    + _COUNT
    + r"\s+(?:[\w-]+\s+)?(?:"
    + LOCATION_NOUNS
    + r")\s+(?:in\s+total|total|altogether|all\s+told)\b",
    re.I,
)


def restates_locations(text: str) -> bool:
    """The message gives its count of sites as the total now ("with the new one it's 3
    locations"): it replaces a count said before, as a correction does."""
    return _RESTATED_RE.search(text) is not None or _SAID_RE.search(text) is not None


# sites counted as trading now, beside sites named in the message: "2, well 3 if you count
# the kiosk that opens next month. Two running right now" (not "two running by summer")
RUNNING_COUNT = re.compile(
    r"\b"
    + _COUNT
    + r"\s+(?:of\s+them\s+|are\s+|is\s+)?(?:already\s+)?(?:running|open|operating|trading"
    r"|up\s+and\s+running)\s+(?:right\s+)?(?:now|today|currently|at\s+the\s+moment|already)\b",
    re.I,
)
_SITE_NAMED = re.compile(rf"\b(?:{LOCATION_NOUNS})\b", re.I)


def running_sites(text: str) -> int | None:
    """How many of the sites the message names trade now (see :data:`RUNNING_COUNT`): the
    count of a running business whose further site is not open yet; None when it says none."""
    running = RUNNING_COUNT.search(text)
    return _valid(running.group(1)) if running and _SITE_NAMED.search(text) else None


def find_locations(text: str, asked: bool) -> int | None:
    """How many sites the visitor runs, or None (a lone count only when the field was asked;
    none from a range: "2-3 cafés" is not a count to store; none inside a model name)."""
    text = without_model_names(text)
    retracted = _RETRACTED_RE.search(text)
    if retracted:
        return _valid(retracted.group(2))
    said = _SAID_RE.search(text)
    if said and (asked or LOCATIONS_RE.search(text)):
        return _valid(said.group(2))
    probable = _PROBABLE_AFTER_RANGE_RE.search(text)
    if probable is not None:
        return _valid(probable.group(3))  # "maybe 2 or 3 sites, probably 2 to start": 2
    running = running_sites(text)
    if running is not None:
        return running  # "2, well 3 if you count the kiosk ... Two running right now": 2
    corrected = _NOT_RE.search(text) or _REVISED_RE.search(text)
    rates = [m.span() for m in RATE_RE.finditer(text)]
    rates += [m.span() for m in _RANGE_SITES_RE.finditer(text)]
    matches = [  # "150 cafés par jour" is 150 coffees a day, not 150 sites
        m
        for m in LOCATIONS_RE.finditer(text)
        if not any(s <= m.start() < e for s, e in rates)
        and not _electrical(text, m)
        and not _supposed_count(text, m)
    ]
    if corrected and (matches or asked or corrected.re is _REVISED_RE):
        return _valid(corrected.group(1))
    total = _TOTAL_RE.search(text)
    if total and matches and _counts_sites_before(text, total):
        return _valid(total.group(1))  # "two cafés ... and one more ..., so three in total"
    if matches:
        chosen = matches[-1] if len(matches) > 1 and _revised(text) else matches[0]
        return _with_opening(text, _valid(chosen.group(1)))
    bars = _OWNED_BARS_RE.search(text)
    if bars:
        return _valid(bars.group(1))
    of_them = _OF_THEM_RE.search(text)
    if of_them and _SITE_NOUN_RE.search(text, 0, of_them.start()):
        return _valid(of_them.group(1))
    if _opening_one(text):
        return 1
    every = _EVERY_SITE_RE.search(text)
    if every:  # "all 4 of our shops", "both our cafes"
        return _valid(every.group(1)) if every.group(1) else 2
    if _ONE_AND_OTHER.search(text):
        return 2
    ordinal = _ordinal_sites(text)
    if ordinal is not None:
        return ordinal
    if _one_named_site(text) or just_one_site(text) or _SINGLE_SITE_RE.search(text):
        return 1
    if _one_run(text):
        return 1
    listed = listed_sites(text)
    if listed is not None:
        return listed
    lone = _lone_count(text) if asked else None
    if lone and _ONE_AMONG.match(text, lone.start()):
        return None  # "hard at one of them" speaks of one site among several
    return _valid(lone.group(1)) if lone else None


# the sites summed up after they were told one by one: "two cafés in Vancouver and one more in
# Burnaby, so three in total" (the total, not the first count, is the count)
_TOTAL_RE = re.compile(
    r"\b(?:so|that'?s|that\s+makes|makes\s+it|it'?s)\s+(?:now\s+)?" + _COUNT + r"\s+(?:in\s+total"
    r"|total|altogether|all\s+together|all\s+told)\b",
    re.I,
)
# people counted between the sites and the total are what it sums: "1 shop, 2 baristas and me,
# so 3 in total"
_PEOPLE = re.compile(
    r"\b(?:me|us|myself|staff|baristas?|people|persons?|employees|partners?|owners?|workers)\b",
    re.I,
)


def _counts_sites_before(text: str, total: re.Match[str]) -> bool:
    """The total sums sites counted before it in its sentence, and no people between."""
    start = max(text.rfind(c, 0, total.start()) for c in ".!?\n") + 1
    before = text[start : total.start()]
    sites = list(LOCATIONS_RE.finditer(before))
    return bool(sites) and not _PEOPLE.search(before, sites[0].end())


# a bar owned is a site in the Italian and Spanish sense (a café): "we have 3 bars in
# Philadelphia"; bars of pressure are no sites ("it pulls at 9 bars")
_OWNED_BARS_RE = re.compile(
    r"\b(?:have|run|own|operate|manage)\s+" + _COUNT + r"\s+(?:[\w-]+\s+)?bars\b"
    r"(?!\s+(?:of\s+)?pressure)",
    re.I,
)


# "single" without its article, opening a clause: "Single café, about 60 lb a month"
_SINGLE_SITE_RE = re.compile(
    r"(?:^|(?<=[.!?;:,(]\s)|(?<=[.!?;:,(]))\s*(?:just\s+|only\s+)?single[\s-]+(?:[\w-]+\s+)?"
    r"(?:" + LOCATION_NOUNS + r")\b",
    re.I,
)
# the one establishment the visitor runs, by its own name: "I run the Fenwick Supper Club",
# "my wife and I ran the Bluebird Diner for 22 years", "I keep the Loon Lake Inn"
_ONE_NAMED_SITE_RE = re.compile(
    r"\b(?i:i|we)\s+(?i:run|own|keep|ran|owned|operate|manage|still\s+run"
    r"|have\s+(?:run|kept|had|owned)|'ve\s+(?:run|kept|had|owned))\s+(?i:the)\s+"
    r"(?:[A-Z][\w'&-]*\s+){1,3}(?i:" + ONE_SITE_VENUES + r")\b(?!['’]?s\b|-)"
)
# the one establishment introducing itself by its own name, its message's first words:
# "Northern Spruce Lodge, Anchorage.", "Hi, Bluebird Diner here", "This is the Loon Lake Inn -"
_INTRODUCED_SITE_RE = re.compile(
    r"^\W*(?:(?i:hi|hello|hey|morning)\W+)?(?:(?i:this\s+is|we'?re|we\s+are|it'?s)\s+)?"
    r"(?:(?i:the)\s+)?(?:[A-Z][\w'&-]*\s+){1,3}(?i:" + ONE_SITE_VENUES + r")\b(?!['’]?s\b|-\w)"
    r"(?=\s*[,.:;!\u2014\u2013-]|\s+(?i:here)\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:we|we'?ve|we'?re|our|i|i'?m|my)\b", re.I)
# another site after it: "the Bluebird Diner and the Bluebird Bakery", "and our other shop"
_ANOTHER_SITE_RE = re.compile(
    r"\b(?:and|plus|also)\s+(?:the|our|a|an|another|my)\s+(?:[\w'&-]+\s+){0,3}?"
    r"(?:" + ONE_SITE_VENUES + r"|" + LOCATION_NOUNS + r")\b|\b(?:other|second|sister)\s+"
    r"(?:location|site|shop|store|caf[eé]|branch|place)s?\b|\b(?:several|all|both)\s+of\b",
    re.I,
)


_SITE_NOUN_RE = re.compile(r"\b(?:" + LOCATION_NOUNS + r")\b", re.I)
# the one new place a visitor opens, told as a story: "opening a little bakery-café in the old
# feed store" (not a chain's next site: "another", "a second", "we already have")
_OPENING_ONE_RE = re.compile(
    r"\b(?:open|opening|launch|launching|start|starting)\s+(?:up\s+)?(?:a|my|our)\s+"
    r"(?:(?:little|small|tiny|wee|cozy|new)\s+)*(?:[\w-]+[\s-])?(?:" + ONE_SITE_VENUES + r")\b"
    r"(?![\s-]+(?:chain|group|franchise|business|brand)\b)",
    re.I,
)
_MORE_SITES = re.compile(
    r"\b(?:another|second|already|sister|chain|branch(?:es)?|franchise|expand\w*"
    r"|next\s+(?:location|site|shop|store|caf[eé]))\b",
    re.I,
)


def _opening_one(text: str) -> bool:
    """The visitor opens one new place, and speaks of no other site."""
    return bool(_OPENING_ONE_RE.search(text)) and not (
        _MORE_SITES.search(text) or _ANOTHER_SITE_RE.search(text)
    )


# the one venue the visitor has, with how long it has run: "we have a cafe in honolulu open 2
# yrs", "i run a little bakery, been open 6 years" (its age says it is the business, not one of
# several: "we have a cafe in the mall" alone could be one site of a chain)
_ONE_RUN_RE = re.compile(
    r"\b(?:we|i)\s+(?:have|own|run|'ve\s+got|got)\s+(?:a|one)\s+(?:(?:little|small|tiny|busy"
    r"|coffee)\s+)*(?:" + ONE_SITE_VENUES + r"|" + LOCATION_NOUNS + r")\b[^.;!?]{0,40}?"
    r"\b(?:been\s+)?open(?:ed)?\s+(?:for\s+)?(?:about\s+|like\s+|almost\s+|over\s+)?"
    r"(?:\d+|a|" + number_words(1, 12) + r")\s+(?:yrs?|years?|months?)\b",
    re.I,
)
_OTHER_SITES = re.compile(
    r"\b(?:each|every|several|few|all|both|more|others?|locations|sites|shops|cafes)\b", re.I
)


# the same told with the year it opened, before or after the venue, in the learner's order or
# not: "I have a bar in Brooklyn since 2016", "We have since 2014 a café in Milwaukee", "I am
# running chai and coffee café in Edison since 2019"
_YEAR = r"(?:19|20)\d\d\b"
_ONE_SINCE_RE = re.compile(
    r"\b(?:we|i)\s+(?:have|own|run|operate|(?:am|are|'m|'re)\s+(?:running|owners?\s+of))\s+"
    r"(?:(?P<early>since|from)\s+" + _YEAR + r"\s+)?(?:(?:a|an|one|my|our)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:" + ONE_SITE_VENUES + r"|" + LOCATION_NOUNS + r"|bar)\b"
    r"(?(early)|[^.;!?]{0,50}?\b(?:open\s+)?(?:since|from)\s+" + _YEAR + r")",
    re.I,
)


def _one_run(text: str) -> bool:
    """The visitor has one venue, told with its age, and speaks of no other site."""
    said = _ONE_RUN_RE.search(text) or _ONE_SINCE_RE.search(text)
    return bool(said) and not (
        _MORE_SITES.search(text) or _ANOTHER_SITE_RE.search(text) or _OTHER_SITES.search(text)
    )


def _one_named_site(text: str) -> bool:
    """Whether the visitor runs one establishment named by its own name, and no other site;
    one that introduces itself by its name speaks of no other site at all ("Northern Spruce
    Lodge, Anchorage. 32 rooms, ...")."""
    if _ONE_NAMED_SITE_RE.search(text):
        return not _ANOTHER_SITE_RE.search(text)
    others = _ANOTHER_SITE_RE.search(text) or _MORE_SITES.search(text) or _OTHER_SITES.search(text)
    introduced = _INTRODUCED_SITE_RE.search(text)
    if introduced is None or others:
        return False
    return _FIRST_PERSON.search(text, introduced.end()) is not None  # it goes on about itself


# every site named by its count: "all 4 of our shops", "both of our cafes" (not "2 of our
# shops", which may be some of them)
_EVERY_SITE_RE = re.compile(
    r"\b(?:all\s+" + _COUNT + r"\s+(?:of\s+)?(?:our|my)|both\s+(?:of\s+)?(?:(?:our|my|the)\s+)?)\s*"
    r"(?:" + LOCATION_NOUNS + r")\b",
    re.I,
)

# two sites told apart: "5 people in one shop and 4 in the other", "busy at one cafe, quiet at
# the other"
_ONE_AND_OTHER = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:one|1)\s+(?:" + LOCATION_NOUNS + r")\b[^.?!]{0,40}?"
    r"\b(?:in|at)\s+the\s+other(?:\s+one)?\b",
    re.I,
)

# one site picked among several: "the water is hard at one of them", "one of our shops"
_ONE_AMONG = re.compile(r"(?:one|1)\s+of\s+(?:them|those|these|our|the|my)\b", re.I)


_PLACED = re.compile(r"\s+(?:is|'s|was|are)\s+(?:in|at|on|over\s+in|down\s+in)\b", re.I)


_OUTLET = re.compile(r"\boutlets?\b", re.I)
_ELECTRICAL = re.compile(
    r"\b(?:1[12][05]|2[0-4][08]|230)\s*(?:v|volts?)?\s+outlets?\b|\b(?:volts?|voltage|power"
    r"|plugs?|electric\w*|amps?|circuits?|wiring|sockets?|\d{3}\s*v)\b",
    re.I,
)


def _electrical(text: str, match: re.Match[str]) -> bool:
    """The count is of electrical outlets, not sites ("only standard 110 outlets in that
    spot, no 220", "2 outlets behind the counter, both 110v")."""
    return bool(_OUTLET.search(match.group(0)) and _ELECTRICAL.search(text))


# a count asked about as a case, not stated: "so three sites would be what a month?", "what if
# we had 4 locations?" (the clause supposes it, in a sentence that asks)
_SUPPOSING = re.compile(r"\b(?:if|would|suppose|supposing|say|were)\b", re.I)
_OWN_COUNT = re.compile(r"\b(?:our|my|all)\s+$", re.I)  # "would 2 grinders do for our 3 sites?"


def _supposed_count(text: str, match: re.Match[str]) -> bool:
    """The count sits in a clause that supposes it, inside a question ("so three sites would
    be what a month, all in?"); "we have 3 sites, what would it cost?" states it."""
    start = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, match.end()) for c in ".!?\n") if i >= 0]
    end = min(ends, default=len(text))
    if not text.startswith("?", end) or _OWN_COUNT.search(text, 0, match.start()):
        return False
    before = re.split(r"[,;:]", text[start : match.start()])[-1]
    after = re.split(r"[,;:]|\b(?:and|but|so)\b", text[match.end() : end])[0]
    return _SUPPOSING.search(before + " " + after) is not None


# the next site being opened, named by its ordinal alone: "two cafes, opening a third in
# march", "we run 3 shops and are launching our fourth"
_OPENING_NEXT_RE = re.compile(
    r"\b(?:open|opening|launch|launching|add|adding)\s+(?:up\s+)?(?:a|our|the)\s+"
    + _ORDINAL
    + NEXT_SITE_AFTER,
    re.I,
)


def _with_opening(text: str, count: int | None) -> int | None:
    """The sites run, with the next one being opened when its ordinal follows the count ("two
    cafes, opening a third" is three); any other ordinal leaves the count as said."""
    opening = _OPENING_NEXT_RE.search(text)
    if count is None or opening is None:
        return count
    word = opening.group(1).lower()
    value = ORDINAL_DAYS.get(word) or int(re.sub(r"\D", "", word))
    return value if value == count + 1 else count


def _ordinal_sites(text: str) -> int | None:
    """The count an ordinal site implies: the second or later one spoken of, or a first one
    being opened ("opening my first coffee shop"); None for "our first shop" in passing or a
    site placed in a list of places ("our second location is in Richmond")."""
    for match in ORDINAL_SITE_RE.finditer(text):
        if _PLACED.match(text[match.end() :]):
            continue  # "our second location is in Richmond" says where a site is, in a list
        word = match.group(1).lower()
        value = ORDINAL_DAYS.get(word) or int(re.sub(r"\D", "", word))
        opening = match.group(0).lower().split()[0] in (
            "open",
            "opening",
            "launch",
            "launching",
            "start",
            "starting",
        )
        wanted = _WANTED_BEFORE.search(text, 0, match.start())
        if value >= 2 and wanted and match.group(0).lower().startswith(("a ", "an ")):
            return _valid(str(value - 1))  # "want a 2nd cart for next season": one runs now
        if value >= 2 or opening:
            return _valid(str(value))
    return None


# the ordinal site wished for, not run: "want a 2nd cart for next season", "looking to add a
# third shop" (the count is of sites running now, one fewer)
_WANTED_BEFORE = re.compile(
    r"\b(?:want|wants|wanting|would\s+like|'d\s+like|looking(?:\s+(?:at|for))?|thinking\s+(?:about"
    r"|of)|considering|hoping\s+for|planning\s+on|need)\s+(?:to\s+(?:add|get|open|buy|start"
    r"|run)\s+)?$",
    re.I,
)


def _revised(text: str) -> bool:
    """The message revises its own count ("I told you 2 cafés, but ... now only 1 café")."""
    return bool(re.search(r"\b(?:now|but|sold|closed|instead|actually)\b", text, re.I))


def _valid(token: str) -> int | None:
    """A count of sites, never a year ("since 2014": a year is no site count)."""
    value = number_value(token)
    if _year_like(token):
        return None
    return value if value is not None and 1 <= value <= 10000 else None


def _year_like(token: str) -> bool:
    """Four digits from 1900 to 2099: a year when it stands for a count of sites."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", token.strip()))


# a number naming a model, a number in a name: "one Atlas 75", "the Lumen 3" (a capitalised
# word just before it, not opening a sentence), "model 5", "no. 7"
_NAMED_NUMBER = re.compile(
    r"(?:(?<=[\w,;:)]\s)(?!(?i:just|only|maybe|about|around|roughly|approx\w*|yes|yeah|ok|okay"
    r"|now|still|currently|probably|like|we|i|so|and|but|actually|total|sites?|locations?)\b)"
    r"[A-Z][a-z][\w-]*|\b(?i:model|no\.?|number|version|series|mk|gen|type))\s+$"
)


def _names_model(text: str, start: int) -> bool:
    """The number at ``start`` belongs to the name or model just before it."""
    return _NAMED_NUMBER.search(text, 0, start) is not None


# a word of another language glossed by a unit in brackets: "200 ly (cups) a day" is 200 cups
_GLOSSED_UNIT = re.compile(r"\b[^\W\d_]+\s*\(\s*(" + _ENGLISH_UNIT + r")\s*\)", re.I)


_THOUSANDS_RE = re.compile(r"\b(\d+(?:\.\d)?)k\b", re.I)
# what is paid by the hour, not poured: "we pay 18 an hour", "wages are 20 per hour"
_WAGE = re.compile(r"\b(?:pay|pays|paid|paying|wages?|salary|earn\w*|charges?|rate\s+is)\b", re.I)


def _wage(text: str, rate: re.Match[str]) -> bool:
    """A count per hour that is pay ("we pay baristas 18 an hour"), not drinks."""
    if not re.search(r"\b(?:hour|hr)\b", rate.group(0), re.I):
        return False
    return _WAGE.search(re.split(r"[.;!?\n]", text[: rate.start()])[-1]) is not None


_HUNDREDS_RE = re.compile(
    r"\b(?P<approx>(?:" + _APPROX + r")\s+)?"
    r"(?P<count>(?:a\s+)?couple(?:\s+of)?|a|" + number_words(1, 9) + r")\s+hundred\b",
    re.I,
)


def with_digits(volume: str) -> str:
    """A volume with its hundreds in words and its thousands in "k" written as the figure
    sales works with ("around two hundred pounds a month" -> "around 200 pounds a month", "a
    couple hundred cups a day" -> "about 200 cups a day", "~2k cups a week" -> "~2,000 cups a
    week"); a vague amount ("a few hundred", "hundreds of") stays as typed."""

    def figure(match: re.Match[str]) -> str:
        count = match.group("count").lower()
        couple = "couple" in count
        value = 2 if couple else number_value(count) or 1
        approx = match.group("approx") or ("about " if couple else "")
        return f"{approx}{value * 100}"

    def thousands(match: re.Match[str]) -> str:
        return f"{round(float(match.group(1)) * 1000):,}"

    return _THOUSANDS_RE.sub(thousands, _HUNDREDS_RE.sub(figure, volume))


def find_volume(text: str, asked: bool) -> str | None:
    """The volume as typed, hundreds in words as figures (:func:`with_digits`): "20 lb every
    2 weeks"; when asked, an amount without a period ("about 200 cups") or a bare number
    ("200" -> "200 cups a day") counts too. A unit glossed in brackets is the unit ("200 ly
    (cups) a day" -> "200 cups a day")."""
    # an amount of money is no volume: "we spend about 400 dollars a month"; nor is a model
    # number: "a quote for the Pico and the Atlas 64" (asked the volume) states none
    text = without_model_names(text)
    found = _find_volume(without_money(_GLOSSED_UNIT.sub(r"\1", text)), asked)
    return with_digits(found) if found else None


# coffee by weight, not drinks: "110 lb/month", "3 bags a week"
WEIGHT_RE = re.compile(r"\b(?:lbs?|pounds?|kgs?|kilos?|kilograms?|bags?)\b", re.I)


def _with_other_measure(said: str, rates: list[re.Match[str]]) -> str:
    """The rate said, and the first in the other measure when the message gives both coffee by
    weight and drinks ("~110 lb/month ... for ~350 drinks a day": both are the volume)."""
    by_weight = bool(WEIGHT_RE.search(said))
    other = next((r for r in rates if bool(WEIGHT_RE.search(r.group(0))) != by_weight), None)
    return f"{said}; {other.group(0).strip()}" if other else said


_AMOUNT_RE = re.compile(_AMOUNT, re.I)


def _restatement(said: re.Match[str]) -> tuple[int, Restated] | None:
    """Where the amount of a volume said ends in it, and the figure restating the amount
    right after it ("a few hundred lb a month, call it 200"), if any."""
    amount = _AMOUNT_RE.match(said.group(0))
    again = (
        restated_after(said.string, amount.group(0), said.group(0), said.end()) if amount else None
    )
    return (amount.end(), again) if amount and again else None


def _restated(said: re.Match[str]) -> str:
    """The volume said, the figure that restates its amount in place of the amount ("a few
    hundred lb a month, call it 200" -> "about 200 lb a month")."""
    found = _restatement(said)
    if found is None:
        return said.group(0).strip()
    end, again = found
    return f"{again.approx}{again.figure}{said.group(0)[end:]}".strip()


def _volume_spans(text: str) -> list[tuple[int, int]]:
    """Where volumes are, with the figure restating one ("a few hundred lb a month, call it
    200"): a number there is the volume's, never a count of sites."""
    spans = []
    for said in (*RATE_RE.finditer(text), *AMOUNT_RE.finditer(text)):
        found = _restatement(said)
        spans.append((said.start(), found[1].end if found else said.end()))
    return spans


# a number that bounds a range or tells the time ("between 6 and 10", "2 or 3", "until 10"):
# no count of sites, asked or not
_RANGE_BEFORE = re.compile(
    r"(?:\d\s*(?:-|–|to|or|and|till|until)|\b(?:at|by|until|till|from|after|before|between))\s*$",
    re.I,
)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|to|or|till|until)\s*\d", re.I)


def _lone_count(text: str) -> re.Match[str] | None:
    """The first number standing alone that is no part of a volume and bounds no range."""
    taken = _volume_spans(text)
    for lone in _LONE_RE.finditer(text):
        inside = any(s <= lone.start() < e for s, e in taken)
        inside = inside or _year_like(lone.group(1)) or _names_model(text, lone.start())
        ranged = _RANGE_BEFORE.search(text, 0, lone.start()) or _RANGE_AFTER.match(
            text[lone.end() :]
        )
        if not (inside or ranged):
            return lone
    return None


def _find_volume(text: str, asked: bool) -> str | None:
    text = with_unit_said_once(text)  # "20 lb of that and 80 of the foundry"
    # told in parts: per kind of day ("weeknights 80 drinks, weekends 200") or per delivery
    # ("2 deliveries a month, 20 lb each")
    parted = delivered_total(text) or by_kind_of_day(text)
    if parted:
        return parted
    # an order told in parts is its total ("40 lb of espresso and 20 lb decaf a month"); with
    # no period, only outside talk of an order placed ("we ordered 40 lb and 20 lb")
    total = order_total(text, list(AMOUNT_RE.finditer(text)))
    if total and (asked or RATE_RE.search(total) or not ORDER_CONTEXT.search(text)):
        return total
    fixed = corrected_part(text)  # "Foundry should be 140 lb not 120": one part of an order
    amount = AMOUNT_RE.search(text)
    if fixed and amount:
        return f"{amount.group(0).strip()}, not {fixed[0]}"
    rates = [r for r in RATE_RE.finditer(text) if not _wage(text, r)]
    if rates:
        negated = re.search(r"\bnot\s*$", text[: rates[0].start()], re.I)
        rate = rates[-1] if negated else rates[0]
        said = drinkers(text, rate) or _restated(rate)  # "50 people a day, half want one"
        if negated:
            return said
        # "80 lbs a month ... we'll go to about 130": the figure it grows to as well
        return raised_after(text, said, rate.end()) or _with_other_measure(said, rates)
    amount = AMOUNT_RE.search(text)
    drinks = [a for a in AMOUNT_RE.finditer(text) if not _HEADS.search(a.group(0))]
    if amount and _HEADS.search(amount.group(0)) and drinks:
        amount = drinks[0]  # "maybe 300 people, but I'd guess 100 coffees": the coffees
    if amount and _split_order(text):
        return None  # "110 lb foundry + 20 lb night shift": parts, not the whole volume
    if amount and _HEADS.search(amount.group(0)) and _head_count(text, amount):
        return None  # "an office of about 60 people" is a head count, not a volume (nor cups)
    if amount and (asked or not ORDER_CONTEXT.search(text)):
        return _restated(amount)
    if not asked:
        return None
    foreign = FOREIGN_AMOUNT_RE.search(text)
    if foreign and not LOCATIONS_RE.search(foreign.group(0)):  # "tenemos 2 cafés": sites
        return foreign.group(0).strip()
    number = _BARE.search(text)
    return f"{number.group(0)} cups a day" if number else None


# people served at a time of day: "enough for like 50 people after work", "80 guests at lunch"
_SERVED_WHEN = re.compile(
    r"^\s+(?:(?:right\s+)?(?:after|before)\s+(?:work|class(?:es)?|lectures?|school|church"
    r"|service|mass|practice|training)|at\s+(?:lunch|breakfast|dinner|brunch)(?:time)?"
    r"|in\s+the\s+(?:morning|afternoon|evening)s?|between\s+(?:classes|lectures|meetings))\b",
    re.I,
)


def served_when(text: str) -> bool:
    """An amount of people served at a time of day ("for like 50 people after work")."""
    return any(_SERVED_WHEN.match(text[m.end() :]) for m in AMOUNT_RE.finditer(text))


def _head_count(text: str, amount: re.Match[str]) -> bool:
    """People counted as a group's size ("an office of 60 people", "we're 40 people", "about
    60 people in the office"), not as people served ("for 50 people after work")."""
    before, after = text[: amount.start()], text[amount.end() :]
    if _SERVED_WHEN.match(after):
        return False
    return bool(_GROUP_SIZE.search(before) or _HEADCOUNT_AFTER.match(after))


def _split_order(text: str) -> bool:
    """The message splits an amount across items ("110 lb foundry + 20 lb night shift"): each
    amount is one item's part, none of them the volume (a wrong total is worse than none)."""
    amounts = list(AMOUNT_RE.finditer(text))
    return any(
        _SPLIT_JOIN.match(text[first.end() : second.start()]) for first, second in pairwise(amounts)
    )
