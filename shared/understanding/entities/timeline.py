"""Timelines: the phrase a visitor gives ("before christmas", "in 6 wks", "Q3 next year") and
the date it means relative to an injected ``today``.

A grammar over the lexicon (months in five languages, seasons, holidays, number words, time
units), not one pattern per sentence: a phrase is an optional lead word ("in", "by", "before",
"early", "end of", ...) and a time expression (a month with an optional day and year, a
season, a holiday, a quarter, a count of units, "next year", "tmrw"). Ambiguous forms are not
guessed: a bare abbreviation ("Jan" is also a name) needs a lead word of time ("in", "by",
"before", "mid") and a phrase end, or a day or a year; "may" needs a lead word, a day or a year;
an all-digit date is read day first when one side cannot be a month ("15/10" is 15 October),
another date of the message shows that order ("08/09 ... today's 15/07" is 8 September) or the
writer's habits do, else month first ("11/1" is November 1st, the US order); "24/7", "10/10",
"9/5 to 5" and "6-8 weeks" are no date at all (``docs/decisions/day-month-dates.md``).

:func:`read_timeline` is what a field stores: the phrase as typed, the most specific one near
an opening verb ("open in 2 months, mid september" -> "mid september"), with the month it
means when the phrase names none ("before christmas (December 2026)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from shared.understanding.entities.holidays import day_after, next_holiday
from shared.understanding.entities.quantities import find_volume
from shared.understanding.entities.signed_names import signed_month_span
from shared.understanding.lexicon import (
    CONTACT_VERBS,
    DAY_FIRST_LANGUAGES,
    FOREIGN_MONTHS,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    SEASONAL_EVENTS,
    SEASONS,
    TIME_UNITS,
    alternation,
    greetings,
)

# a bound on the date, the most precise part of a hedged one: "opening in the spring, not
# before april", "no earlier than june", "not until march" (kept in the phrase: "before april"
# alone would say the opposite)
_BOUND = (
    r"(?:not|no)\s+(?:any\s+)?(?:before|until|till|earlier\s+than|sooner\s+than|later\s+than"
    r"|after)"
)
_LEAD = (
    rf"(?:(?:{_BOUND}|in|by|before|after|around|about|until|till|for|on|at|from|within|during|early"
    r"|late|mid|end\s+of|start\s+of|beginning\s+of|middle\s+of|the\s+end\s+of"
    r"|the\s+start\s+of|the\s+beginning\s+of|sometime\s+in|some\s+time\s+in|like|maybe"
    r"|hopefully|probably|roughly|approx(?:imately)?|the|this|next|coming|early-|mid-|late-)"
    r"[\s-]+)"
)
_FULL_MONTHS = alternation(m for m in MONTHS if len(m) > 3 and m != "may")
_SHORT_MONTHS = alternation(m for m in MONTHS if len(m) <= 3 or m == "may")
_FOREIGN = alternation(FOREIGN_MONTHS)
_MAY_VERB = r"(?:is|works|sounds|seems|looks)\b"  # "may is more realistic": the month
_LONE_SHORT = alternation(m for m in MONTHS if len(m) <= 3 and m != "may")
# a lone short month ends its phrase ("in jun, need ..."), unlike a place ("in mar vista")
_LONE_END = r"\s*(?:[^\w\s]|$)|\s+(?:and|or|but|next|this|so|if|maybe|probably|hopefully)\b"
# the lead words a lone short month follows ("in jun", "probably oct", "by nov.")
_LONE_LEAD = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in ("in", "by", "probably", "around", "before", "until", "early", "late", "mid")
    )
    # a date aimed at ("aiming for jan", "shooting for oct", "targeting feb"): never a person
    # ("a gift for jan")
    + "|"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("aiming for", "shooting for", "hoping for", "targeting"))
    # a fragment of its own closing the message after a comma ("opening a kiosk, feb");
    # "jan" there greets a person ("thanks, jan")
    + r"|(?:(?<=,)|(?<=,\s))(?!jan\b)(?=[a-z]{3}\.?\s*[.!]?\s*$)"
    + ")"
)
_YEAR = r"(?:20\d\d|'\d\d)"
_WEEKDAY = r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_ORDINAL = alternation(ORDINAL_DAYS)  # only before "of" ("the tenth of August", not "first may")
_COUNT = r"(?:\d{1,3}|" + alternation(k for k in NUMBER_WORDS if " " in k or k.isalpha()) + ")"
_UNIT = alternation(u for u in TIME_UNITS if len(u) > 1)
_RANGE = r"\s*(?:-|–|to|or)\s*"  # a range's two ends: "8-10 weeks", "two to three months"
_SEASON = alternation(SEASONS)
_HOLIDAY = alternation(HOLIDAYS)
_SEASONAL = alternation(SEASONAL_EVENTS)

_TERM = r"(?:term|semester|school\s+year|academic\s+year)"
_TERM_QUALITY = r"(?:(?:new|next|" + _SEASON + r")\s+)"
_TERM_STARTS = r"(?:starts|begins|opens|kicks\s+off|is\s+back|comes\s+back)"

_MONTH_CORE = (
    rf"(?:(?P<full>{_FULL_MONTHS})\.?(?:\s+{_DAY}\b)?(?:,?\s+(?P<fyear>{_YEAR}))?"
    rf"|(?:{_DAY}\s+(?:of\s+)?|(?:{_ORDINAL})\s+of\s+|(?:the\s+)?(?:{_ORDINAL}|last)\s+"
    rf"(?:week|weekend|half)\s+of\s+)(?P<dfull>{_FULL_MONTHS}|{_SHORT_MONTHS})\b(?:,?\s+(?P<dyear>{_YEAR}))?"
    rf"|(?P<foreign>{_FOREIGN})(?:\s+de)?(?:\s+(?P<xyear>20\d\d))?"
    rf"|(?P<short>{_SHORT_MONTHS})\.?(?=\s+(?:{_DAY}|{_YEAR})\b)(?:\s+{_DAY})?"
    rf"(?:,?\s+(?P<syear>{_YEAR}))?"
    rf"|{_LONE_LEAD}(?P<lone>{_LONE_SHORT})\b\.?(?={_LONE_END}))"  # "in jun, need ...", "by feb"
)
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("asap", r"asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|we\s+can)|right\s+away|immediately"),
    ("tomorrow", r"tomorrow|tmrw|tmr|tmw|2morrow"),
    # "in 6 weeks", "within about 2 months"; with no lead word only when counted from now
    # ("say 6 weeks from now", "three months out")
    # a range counts to its far end: "in 8-10 weeks", "the city said 2 to 3 months"
    ("relative", rf"(?:(?:in|within|about|around|like|said|says)\s+(?:(?:about|around|like|roughly"
     rf"|maybe|approx|the\s+next|another|just)\s+)*|(?=(?:{_COUNT}|a)(?:{_RANGE}{_COUNT})?[\s-]*(?:{_UNIT})\s+"
     rf"(?:from\s+(?:now|today)\b|(?:out|away)(?=\s*(?:$|[.,;!?)])))))(?P<count>{_COUNT}|a)"
     rf"(?:{_RANGE}(?P<upto>{_COUNT}))?[\s-]*(?P<unit>{_UNIT})\b"
     rf"(?:\s+(?:or\s+so|from\s+now|from\s+today|time|(?:out|away)(?=\s*(?:$|[.,;!?)]))))?"),
    # a quarter of the calendar or of the visitor's fiscal year: "end of Q1", "our fiscal Q3"
    ("quarter", rf"(?:(?P<qpart>(?:the\s+)?(?:end|start|beginning)\s+of|early|mid|late)[\s-]+)?"
     r"(?P<fiscal>(?:fiscal|financial|fy)\s+)?"
     rf"q(?P<q>[1-4])(?:\s+(?P<qyear>{_YEAR}|next\s+year|this\s+year))?"),
    # an ISO week number: "go-live targeted for week 38", "in week 9", "KW 12"
    # (not a rate's period: "twice a week 12 bags", "every week 40 lb")
    ("weeknum", r"(?:(?:calendar|iso|cw|kw)\s+)?(?<!\d\s)(?<!\ba\s)(?<!\bper\s)(?<!\beach\s)"
     r"(?<!\bevery\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\blast\s)(?:week|wk|cw|kw)\s*#?\s*"
     rf"(?P<wk>5[0-3]|[1-4]\d|[1-9])(?:,?\s+(?P<wyear>{_YEAR}|next\s+year|this\s+year))?"
     r"(?!\s*(?:of|-|–|to|or|and)\b)"),
    # "(Sunday) the 3rd of next month", "the tenth of this month"
    ("monthday", rf"the\s+(?P<mday>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})\s+of\s+"
     r"(?:the\s+)?(?P<mwhich>next|this|coming)\s+month"),
    # "early next year", "the start of next month", "Sunday the 3rd of next month"
    ("next", r"(?:(?P<part>early|late|later|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of"
     rf"|(?:{_WEEKDAY}\s+)?(?:the\s+)?(?:{_DAY}|{_ORDINAL})\s+of)[\s-]+)?"
     r"(?P<which>next|this|coming|the\s+coming)\s+(?P<span>"
     rf"{_SEASON}|year|month|week|quarter)"),
    ("holiday", rf"(?:{_LEAD})*(?P<holiday>{_HOLIDAY})\b"),
    # "11/1", "15/03/27", "3-15", "15.03.2027", and the year first: "2027-03-01"
    ("numeric", r"(?:the\s+)?(?<![\d/.-])(?:(?P<iyear>20\d\d)(?P<isep>[-/.])(?P<imonth>[01]?\d)"
     r"(?P=isep)(?P<iday>[0-3]?\d)|(?P<na>[0-3]?\d)(?P<sep>[/.-])(?P<nb>[0-3]?\d)"
     r"(?:(?P=sep)(?P<nyear>(?:20)?\d\d))?)(?![\d/])(?:\s+(?:of\s+)?(?P<nrel>this|next)\s+year)?"),
    ("month", rf"(?P<lead>{_LEAD})*{_MONTH_CORE}"),
    # or a relayed choice ("she agreed may ... so may") or the subject of a verb no modal
    # takes ("may is more realistic", "may works better")
    ("leadmay", rf"(?:(?:{_LEAD}+|(?:open|opening|launch|launching|with|realistically|now|say"
     rf"|actually|so|says|said|agreed|agrees|thinks)\s+)|(?<![\w'])(?=may\s+{_MAY_VERB}))(?P<may>may)\b"
     rf"(?:\s+(?P<myear>{_YEAR})|(?=\s*(?:$|[.,!;)\u2014-]|\d|(?:now|then|instead|or|and|for|so|but"
     rf"|because|when|if|before|after|at\s+the|hopefully|latest|ish|prob|probably|maybe|likely"
     rf"|{_MAY_VERB}"
     rf"|i\s+think|i\s+guess|i\s+hope|lol|tho|though|idk|or\s+so)\b)))"),
    # a school calendar's event: "launching when term starts", "for the start of the semester"
    # (a term named alone is no date: "25 kg a week during term")
    ("event", rf"(?:(?:when|once|before|by|after|for|at|in\s+time\s+for)\s+)?(?:the\s+)?"
     rf"(?:(?:(?:start|beginning)\s+of\s+(?:the\s+)?{_TERM_QUALITY}?|{_TERM_QUALITY})"
     rf"{_TERM}(?:\s+{_TERM_STARTS})?|{_TERM}\s+{_TERM_STARTS})|back[\s-]to[\s-]school"),
    # an event of the farm or school year: "once the apples come in", "after the county fair"
    # (with its lead word: "won a ribbon at the county fair" times nothing)
    ("seasonal", rf"(?:when|once|after|before|by|until|till|in\s+time\s+for)\s+"
     rf"(?P<seasonal>{_SEASONAL})(?:\s+(?:wraps\s+up|is\s+over|ends|starts))?"),
    # an event of the visitor's own trade with no date of the calendar: "starting when the
    # lifts open for the season" (kept as said, undated, and only where an opening is spoken of)
    ("happening", r"(?:when|once|after|as\s+soon\s+as|by\s+the\s+time|in\s+time\s+for)\s+the\s+"
     r"(?:ski\s+)?(?:lifts?|slopes?|mountain|ski\s+hill|resort)\s+(?:open|opens|start|starts|spin"
     r"|spins|(?:start|starts)\s+(?:running|spinning|turning))(?:\s+(?:for\s+the\s+(?:season|winter)"
     r"|(?:this|next)\s+(?:season|winter|fall|autumn)))?"
     # a season of the visitor's own trade or town: "after rodeo season", "once wedding season
     # wraps up", "before tourist season" (not one of the calendar's: "after this season")
     r"|(?:when|once|after|before|by\s+the\s+end\s+of|in\s+time\s+for)\s+(?:the\s+)?"
     r"(?!(?:this|next|last|that|our|the|a|each|every|high|low|off)\s)[a-z]+\s+season"
     r"(?:\s+(?:ends|is\s+over|wraps\s+up|winds\s+down|starts|kicks\s+off))?"),
    ("season", rf"(?:{_LEAD})*(?P<season>{_SEASON})(?:\s+(?P<zyear>{_YEAR}|next\s+year))?"),
    ("year", r"(?:in|by|early|late|mid|before|around|until|for|sometime\s+in)[\s-]+"
     r"(?P<year>20\d\d)|end\s+of\s+(?:the\s+)?year|next\s+year|year[- ]end"),
    ("vague", r"soon|shortly|someday|eventually|down\s+the\s+road|not\s+sure\s+when"),
)  # fmt: skip
_COMPILED = tuple((kind, re.compile(rf"\b(?:{p})(?![\w'])", re.I)) for kind, p in _PATTERNS)
_WORD = re.compile(r"[a-z]+")


def _needs(literals: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Literals split into plain words (found among a text's words) and phrases (found as
    substrings: "new year", "4th of july")."""
    listed = list(literals)
    return (
        frozenset(w for w in listed if _WORD.fullmatch(w)),
        tuple(w for w in listed if not _WORD.fullmatch(w)),
    )


_NEEDED = {
    "month": _needs([*MONTHS, *FOREIGN_MONTHS]),
    "leadmay": _needs(["may"]),
    "holiday": _needs(HOLIDAYS),
    "season": _needs(SEASONS),
}
"""Words without one of which a kind's pattern cannot match: each match holds one of them as
a whole word (non-word characters on both sides), as typed up to case. The four slowest scans
(their optional leading words are tried at every word) are skipped for a text that has none."""
WEAK = frozenset({"asap", "tomorrow", "next", "vague", "year"})
CALENDAR = frozenset({"month", "leadmay", "holiday", "quarter", "event", "monthday"})
"""Phrases that name a point in the calendar: the only ones read from a message that says
nothing of opening ("basically nothing in summer" states no opening date; an all-digit date
there is more often a contact's "until 20/08")."""
_SPECIFIC = (
    "monthday",
    "numeric",
    "month",
    "leadmay",
    "holiday",
    "weeknum",
    "quarter",
    "event",
    "happening",  # before a season, which it may hold: "once the lifts open this winter"
    "season",
    "seasonal",
    "relative",
    "next",
)
_DATED = frozenset({"monthday", "numeric", "month", "leadmay", "holiday", "weeknum", "quarter"})
_RESOLVED = frozenset(
    {"holiday", "relative", "quarter", "numeric", "monthday", "seasonal", "weeknum"}
)
# (not a deadline: "need it installed by the 15th", "want everything delivered and installed by")
_PAST = re.compile(
    r"\b(?<!need\sit\s)(?<!needs\sto\sbe\s)(?<!need\sthem\s)(?<!want\sit\s)(?<!have\sit\s)"
    r"(?:last|bought|ordered|had|since|purchased|installed|visiting|(?:re-?)?opened|(?:re-?)?launched"
    # "got" tells a past event, not a date moved: "it got pushed to july" is the new date
    r"|got(?!\s+(?:postponed|pushed|moved|delayed|bumped|rescheduled|shifted|changed)\b)"
    # a site that has stopped trading: "the third one closed in march", "we sold it in may"
    # (not a closure still to come: "we're closed until march", "will be closed in january")
    r"|(?<!'re\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bis\s)closed|sold|shut\s+down"
    # "over the holidays we were slammed" is past, "want it done over christmas" is not
    # nor the particle of a verb: "the landlord hands over the keys after labor day"
    r"|(?<!done\s)(?<!in\s)(?<!it\s)(?<!hand\s)(?<!hands\s)(?<!handing\s)(?<!take\s)"
    r"(?<!takes\s)(?<!taking\s)(?<!turn\s)(?<!turns\s)(?<!turning\s)(?<!-)over)\s+"
    r"(?:\w+\s+){0,4}$",
    re.I,
)
_DURATION_BEFORE = re.compile(r"\b(?:been(?:\s+open)?|open\s+for|for|running|business)\s*$", re.I)
_AFTER_PAST = re.compile(r"^\s*(?:ago|old)\b", re.I)
# an anniversary of a business already running: "been open 30 years this october"
_ANNIVERSARY = re.compile(
    r"\bbeen\s+(?:open|in\s+business|running|trading|going)\s+(?:for\s+)?"
    r"(?:about\s+|almost\s+|over\s+)?[\w-]+\s+(?:years?|yrs?)\s+$",
    re.I,
)
# a date the visitor takes back: "sorry not march, april", "may, not april", "instead of june"
_NEGATED = re.compile(
    r"\b(?:not|no\s+longer|isn'?t|instead\s+of|rather\s+than|scratch|forget)\s+(?:in\s+|by\s+)?$",
    re.I,
)
# a date the visitor says is no longer the plan: "October was the old plan", "march is off"
_DROPPED_AFTER = re.compile(
    r"^\s+(?:(?:was|is)\s+(?:the|our|my)\s+(?:old|original|previous|first|earlier|last)\s+"
    r"(?:plan|date|target|idea|estimate)|(?:is|'s)\s+(?:off|out|scrapped|cancell?ed|no\s+longer"
    r"\s+happening)\b|was\s+(?:before|wrong))",
    re.I,
)
# a date the opening is said not to be on: "we're not opening in april, more like june"
_NOT_OPENING = re.compile(
    r"\b(?:not|won'?t\s+be|aren'?t|isn'?t)\s+(?:be\s+)?(?:open(?:ing)?|launch(?:ing)?"
    r"|start(?:ing)?)\s+$",
    re.I,
)
# how much is sold or drunk then: "practically none in july", "busier in december"
_QUANTIFIED = re.compile(
    r"\b(?:none|nothing|zero|hardly\s+any|quiet(?:er)?|busy|busier|busiest|slow(?:er)?"
    r"|dead|packed|slammed|double|half)\s+$",
    re.I,
)
# the date of an order the visitor supposes, not of the opening: "if I order it at the start of
# November, is it here in time?", "if we sign in march"
_SUPPOSED_ORDER = re.compile(
    r"\bif\s+(?:i|we)\s+(?:order|buy|sign|pay|place\s+(?:the|an?|our)\s+order|commit|put\s+in"
    r"\s+(?:the|an?|our)\s+order)\w*\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)
_BOUND_LEAD = re.compile(r"(?:until|till|before|after)\b", re.I)
# a capitalised month that is the visitor's name: "my name is June", "ask for April"
_NAMED = re.compile(r"\b(?:my\s+name\s+is|name'?s|i\s+am|i'm|call\s+me|ask\s+for)\s+$", re.I)
OPENING_RE = re.compile(
    # not a tenure: "been open six years" (in summer we're quiet) speaks of no opening date;
    # a café taken over opens again: "reopening under a new name in 6 weeks"
    r"\b(?:(?:re-?)?(?:(?<!been\s)open|opens|opening|launch|launching)|start|starting|ready|target|targeting|targeted"
    r"|planned|scheduled|aiming|go[\s-]+live|doors|new\s+(?:caf\w*|coffee|shop|spot|place|store|kiosk|cart"
    r"|truck|bar|location|bakery|restaurant)"
    # the first day of trade: "first booking is 14/06", "our first market is in May"
    r"|first\s+(?:booking|event|gig|market|service|shift|day\s+of\s+(?:trading|business))"
    # a deadline for the work: "would like it in by the spring", "want it all done before"
    r"|(?:it|them|everything)\s+(?:all\s+)?(?:in|done|installed|put\s+in)(?=\s+(?:by|before)\b)"
    # the step of the build-out the opening waits on: "the landlord hands over the keys after
    # labor day", "the permits should clear once the inspector comes through in the spring"
    r"|(?:get|gets|getting|hand|hands|handing|hand\s+over|hands\s+over|handing\s+over)\s+"
    r"(?:(?:us|me)\s+)?(?:over\s+)?the\s+keys|permits?\s+(?:should\s+|will\s+|to\s+)?(?:clear"
    r"|come\s+through|go\s+through|(?:get|are|be)\s+approved)|(?:the\s+)?(?:final\s+)?inspect(?:or|ion)"
    r"\s+(?:comes?|is\s+due|signs?\s+off|passes|happens)"
    # the visitor's own timing, hedged or not: "not sure on timing yet, spring-ish", "our
    # timeline is march" (not a delivery's: "delivery timing", "the timing of the shipment")
    r"|(?<!delivery\s)(?<!shipping\s)(?<!lead\s)(?<!install\s)(?:timing|timeline|time\s*frame)"
    r"(?!\s+(?:of|for|on)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:deliver|ship|order|install|repair"
    r"|service|kit|sample|course|training)))\b",
    re.I,
)
"""A cue that the message speaks of the opening date (a timeline without one is weaker)."""
_MONTH_NAMES = {n: max((k for k, v in MONTHS.items() if v == n), key=len) for n in range(1, 13)}
_JOKE = re.compile(r"\b(?:jk|j/k|just\s+kidding|kidding)\b", re.I)


@dataclass(frozen=True)
class TimelineFound:
    """A timeline phrase as typed and the date it means (None for "soon" and the like)."""

    phrase: str
    target: date | None


def find_timeline(text: str, opening: bool = True) -> str | None:
    """The timeline phrase a message states, as typed ("hoping to open before christmas" ->
    "before christmas"), or None. With ``opening`` False (the message says nothing of opening
    and the timeline was not asked), weak phrases ("tmrw", "next week", "soon") do not count."""
    found = _first(text)
    if found and not opening and found[0] in WEAK:
        return None
    return found[1].group(0).strip() if found else None


def read_timeline(text: str, today: date, asked: bool = False) -> str | None:
    """The timeline a field stores: the phrase as typed, with the month it means when the
    phrase names none ("in 6 weeks (January 2027)"). Unasked and without an opening cue, only
    a calendar point counts ("in March", "before christmas"), not "in summer" or "until 20/08"."""
    found = _ahead(text, today)
    if found is None:
        return None
    kind, match = found
    # a span counted from now is a plan's date ("ok then say 6 weeks from now")
    cued = asked or bool(OPENING_RE.search(text) or _FROM_NOW.search(match.group(0)))
    if not cued and not _calendar_point(kind, match):
        return None
    phrase = _tidy(match.group(0)) + _bound_after(match)
    target = _date(kind, match, today) if kind in _RESOLVED else None
    return f"{phrase} ({_label(kind, match, target)})" if target else phrase


def _label(kind: str, match: re.Match[str], target: date) -> str:
    """The date a phrase means, as sales reads it: a day ("1 November 2027"), the week of an
    ISO week number (its Monday), a quarter's first and last months (a part of one, its
    month), else the month."""
    month = f"{_MONTH_NAMES[target.month].capitalize()} {target.year}"
    if kind in ("numeric", "monthday"):
        return f"{target.day} {month}"
    if kind == "weeknum":
        return f"week of {target.day} {month}"
    span = quarter_span(match) if kind == "quarter" and not match.group("qpart") else None
    if span is None:
        return month
    first, last = span[0], span[1]
    year = target.year if first <= target.month else target.year - 1
    return f"{_MONTH_NAMES[first].capitalize()}-{_MONTH_NAMES[last].capitalize()} {year}"


# a bound said after the date: "by april at the latest", "june at the earliest", "may or later"
_BOUND_AFTER = re.compile(
    r"^,?\s+(?:at\s+the\s+(?:latest|earliest|soonest)|or\s+(?:later|after|earlier|before))\b",
    re.I,
)


def _bound_after(match: re.Match[str]) -> str:
    """The bound that follows the phrase, to be kept with it ("by april at the latest")."""
    after = _BOUND_AFTER.match(match.string[match.end() :])
    return " " + after.group(0).strip(" ,") if after else ""


def _ahead(text: str, today: date) -> tuple[str, re.Match[str]] | None:
    """The phrase :func:`_first` finds, passing over those in a year already gone: "opened my
    first café in 2019" is history, not an opening date (the message is read again without
    it, at most a few times)."""
    for _ in range(3):
        found = _first(text)
        if found is None or not (_bygone(*found, today) or _done_then(text, found[1])):
            return found
        match = found[1]
        text = text[: match.start()] + " " * len(match.group(0)) + text[match.end() :]
    return None


# a thing done at that date, not planned: "Bought a BatchPro 2 off you guys in April", "the
# grinder we ordered in March", "installed in may"
_DONE = re.compile(
    r"\b(?:bought|purchased|ordered|received|installed|delivered|leased|paid\s+for"
    r"|got\s+(?:it|them|one|this|that|a|an|the|our|my)\b)",
    re.I,
)


def _done_then(text: str, match: re.Match[str]) -> bool:
    """The phrase dates something done in its clause (a purchase, a delivery), which no opening
    cue there turns into a plan ("we got the lease and open in April" plans)."""
    clause = re.split(r"[.,;!?\n]", text[: match.start()])[-1]
    return _DONE.search(clause) is not None and OPENING_RE.search(clause + match.group(0)) is None


def _bygone(kind: str, match: re.Match[str], today: date) -> bool:
    """A phrase naming a year before this one ("in 2019", "March 2024")."""
    if kind == "numeric":  # "3/1/19" as well as "3/1/2019"
        year = _numeric_year(match.groupdict(), today)
        return year is not None and year < today.year
    years = [int(y) for y in re.findall(r"\b20\d\d\b", match.group(0))]
    return kind in ("year", "month", "season") and any(y < today.year for y in years)


def _calendar_point(kind: str, match: re.Match[str]) -> bool:
    """A phrase that names a point in the calendar even where nothing says it is an opening:
    a month, a holiday, a quarter, or a season of a year to come ("sometime next spring"); not
    "in summer" or "next week"."""
    if kind == "next":
        return (match.group("span") or "").lower() in SEASONS
    return kind in CALENDAR


# how precise each kind of phrase is: a day, a month or a holiday; a quarter, a school term,
# a season or a span from now; a year or "soon"
_PRECISION = {
    **dict.fromkeys(("monthday", "numeric", "month", "leadmay", "holiday", "weeknum"), 0),
    **dict.fromkeys(("quarter", "event", "season", "seasonal", "happening", "relative", "next"), 1),
    **dict.fromkeys(("asap", "tomorrow", "year", "vague"), 2),
}


def precision(value: str) -> int:
    """How precise a stored timeline is, lower being more precise: a day, a month or a holiday
    ("not before november", "mid may", "in 6 weeks (January 2027)"), then a quarter, a school
    term, a season or a span from now, then a year or "soon"; a value read as no timeline at
    all ranks last."""
    if month_alone(value):
        return _PRECISION["month"]
    found = _first(value)
    return _PRECISION.get(found[0], 2) if found else 3


def month_alone(text: str) -> str | None:
    """A message that is only a month, abbreviated or not ("nov", "May."), as the answer to
    "when do you open?" (unasked, "Jan" or "may" alone is too ambiguous to read)."""
    word = text.strip(" .!?,").lower()
    return text.strip(" .!?,") if word in MONTHS or word in FOREIGN_MONTHS else None


def parse_timeline(text: str, today: date) -> TimelineFound | None:
    """The timeline phrase in ``text`` and its date relative to ``today``, or None."""
    found = _first(text)
    if found is None:
        return None
    kind, match = found
    return TimelineFound(match.group(0).strip(), _date(kind, match, today))


def _first(text: str) -> tuple[str, re.Match[str]] | None:
    """The most specific phrase that follows an opening verb ("asap ... opening in 6 weeks" ->
    "in 6 weeks"; "open in 2 months, mid september" -> "mid september"), else the most specific
    one (in pattern order); after "jk", only what follows; a date another event ends on yields
    to any other ("refit finishes end of january so we'd want everything in by feb" -> "by
    feb"). A more specific phrase just after
    the chosen one refines it ("this summer, probably august" -> "august")."""
    joke = _JOKE.search(text)
    if joke:
        text = text[joke.end() :]
    signed = signed_month_span(text)  # "with thanks, June" is a name, not a date
    if signed:
        text = text[: signed[0]] + " " * (signed[1] - signed[0]) + text[signed[1] :]
    found = [
        (kind, match)
        for kind, pattern in _scanned(text)
        for match in pattern.finditer(text)
        if _plausible(kind, match)
    ]
    spans = season_spans(text)
    found = [f for f in found if not _in_season(f[1], spans)]
    found = [f for f in found if not (_prerequisite(f[1]) or _span_end(f[1]))] or found
    # an event's month only when no date is said outright ("once the apples come in, usually
    # the second week of september" is the second week of september)
    found = [f for f in found if f[0] != "seasonal" or not _DATED & {k for k, _ in found}]
    # a date whose order is guessed yields to any other phrase ("10/08, the tenth of August")
    found = [f for f in found if f[0] != "numeric" or not _guessed(f[1])] or found
    # a phrase after a cue, or holding it ("make it the start of next month"); of those after
    # several cues the most specific ("starting in like 2 months, first booking is 14/06")
    after = [
        f
        for cue in OPENING_RE.finditer(text)
        for f in found
        if 0 <= f[1].start() - cue.end() <= 30 or f[1].start() <= cue.start() < f[1].end()
    ]
    if after:
        return _refined(min(after, key=lambda f: (_rank(f[0]), f[1].start())), found, text)
    return _refined(found[0], found, text) if found else None


# the date other work ends on, before the date the visitor wants: "refit finishes end of
# january so we'd want everything in by feb", "our lease runs out then, we open after"
_PREREQUISITE = re.compile(
    r"\b(?:finish(?:es|ed)?|done|complete[sd]?|ends?|wraps?\s+up|is\s+over|closes?|expires?"
    r"|runs?\s+out|moves?\s+out)\s+(?:(?:in|by|at|around|on|until)\s+)?$",
    re.I,
)


# an operating season: two points of the calendar joined as a span, months apart ("we open dec
# to april only", "nothing from fall thru spring", "open till labor day"); the months a business
# trades each year, not an opening date (docs/decisions/operating-seasons.md)
_SPAN_POINT = (
    r"(?:(?:early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+)?"
    rf"(?P<{{}}>{alternation(MONTHS)}|{_SEASON}|{_HOLIDAY})\.?"
)
_SEASON_SPAN = re.compile(
    rf"\b{_SPAN_POINT.format('first')}\s*(?:-|–|to|thru|through|till|til|until)\s*"
    rf"{_SPAN_POINT.format('last')}(?![\w'])",
    re.I,
)
# the first day of trade said before a span: "opening in september through halloween" opens in
# september (a season told in the present, "we open dec to april", is every year's)
_LAUNCHED = re.compile(
    r"\b(?:opening|launching|starting|(?:will|'ll|gonna|going\s+to|to)\s+(?:open|launch|start))"
    r"\s+(?:in\s+|on\s+|from\s+)?$",
    re.I,
)
# a span's start said as one: "the stall runs from the third week of june through labor day"
_FROM = re.compile(r"from\b", re.I)


# a season every year: "summers only", "open winter only", "only in the summer", "every summer"
_RECURRING_SEASON = re.compile(
    rf"\b(?:(?:only\s+(?:in\s+)?(?:the\s+)?|every\s+|each\s+)(?:{_SEASON})s?"
    rf"|(?:{_SEASON})s?\s+only|(?:{_SEASON})s)(?![\w'])",
    re.I,
)


# what a running business turns into at a date, said in the present: "Come July we're basically
# a cold brew truck", "from June we do mostly iced drinks"; no need, deadline or opening beside it
_BECOMES = re.compile(
    r"\b(?:we|i)(?:'re|’re|\s+are|'ll\s+be|\s+will\s+be|\s+become|\s+turn\s+into|\s+do|\s+serve"
    r"|\s+sell|\s+go)\s+(?:\w+\s+){0,2}?(?:mostly|mainly|basically|pretty\s+much|all|only"
    r"|just|more\s+of)\b"
)
_NEEDED_BY = re.compile(
    r"\b(?:need|needs|needed|want|wanted|by|before|deadline|timeline|ready|switch|change|order)\b",
    re.I,
)


def changes_at(text: str) -> bool:
    """The message says what a running business turns into at a date, not when it opens or
    needs something ("Come July we're basically a cold brew truck"; "we need it by June" and
    "we switch supplier in September" date a need)."""
    return bool(_BECOMES.search(text.lower())) and not (
        OPENING_RE.search(text) or _NEEDED_BY.search(text)
    )


# months listed together: "in july + aug we go thru 120 lb", "busiest july and august" (one
# opening falls in one month; "may or june", "may/june" and "may, june at the latest" hedge one
# date)
_MONTH_RUN = re.compile(
    rf"\b(?:{alternation(MONTHS)})\.?(?:(?:\s*[+&]\s*|\s+and\s+|\s+)(?:{alternation(MONTHS)})\.?)+"
    r"(?![\w'])",
    re.I,
)


def season_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an operating season or months of trade: two points of the calendar
    joined as a span at least two months apart, or with a season or a holiday at either end
    ("till labor day"), months listed together, or a season said to recur ("summers only",
    "every winter"); two neighbouring months ("april-may") are a window for one date."""
    spans = [
        m.span() for m in _SEASON_SPAN.finditer(text) if _months_apart(m) != 1 and not _narrowed(m)
    ]
    recurring = (*_RECURRING_SEASON.finditer(text), *_MONTH_RUN.finditer(text))
    return spans + [m.span() for m in recurring]


def _narrowed(match: re.Match[str]) -> bool:
    """A season then a month of it is one date said more closely, not a span ("this autumn -
    late October is the plan", "spring - april probably")."""
    first, last = (match.group(g).lower() for g in ("first", "last"))
    if first not in SEASONS or last not in MONTHS:
        return False
    return (MONTHS[last] - SEASONS[first]) % 12 < 3


def _months_apart(match: re.Match[str]) -> int | None:
    """How many months after the span's first point its last one falls, when both are months
    (None when either is a season or a holiday)."""
    first, last = (match.group(g).lower() for g in ("first", "last"))
    if first not in MONTHS or last not in MONTHS:
        return None
    return (MONTHS[last] - MONTHS[first]) % 12


def _in_season(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """The phrase lies in an operating season, and is not its first day said as a start: after
    an opening verb ("opening in september through halloween") or with "from" ("runs from the
    third week of june through labor day")."""
    for start, end in spans:
        if match.start() < end and start < match.end():
            started = _LAUNCHED.search(match.string[: match.start()]) or _FROM.match(match.group(0))
            return not (started and match.start() <= start)
    return False


def _prerequisite(match: re.Match[str]) -> bool:
    """The phrase dates another event's end (kept only when no other phrase is found)."""
    return _PREREQUISITE.search(match.string[: match.start()]) is not None


# the end of a season told after its start: "open in september through halloween"
_SPAN_END = re.compile(r"\b(?:through|thru|right\s+through|all\s+the\s+way\s+to)\s+$", re.I)


def _span_end(match: re.Match[str]) -> bool:
    """The phrase ends a span ("through halloween"; kept only when no other phrase is found)."""
    return _SPAN_END.search(match.string[: match.start()]) is not None


_REFINING = re.compile(
    r"^\s*(?:[,;(-]|\.{3})?\s*(?:(?:or\s+)?(?:probably|likely|maybe|perhaps|most\s+likely|prob|i\s+think"
    r"|hopefully|say|like|more(?:\s+like)?|ideally|so|around|by|early|mid|late|exactly"
    # a hope said around the date: "after Ramadan, by God's grace mid-April", "god willing"
    r"|by\s+god'?s\s+grace|god\s+willing|inshallah|insh?a'?\s*allah|fingers\s+crossed"
    r"|knock\s+on\s+wood|if\s+all\s+goes\s+(?:well|to\s+plan))\s*,?\s*)*$",
    re.I,
)


def _refined(
    chosen: tuple[str, re.Match[str]], found: list[tuple[str, re.Match[str]]], text: str
) -> tuple[str, re.Match[str]]:
    """The chosen phrase, or a more specific one that directly follows it as a hedged
    refinement ("this summer, probably august"; "next year - march"): only fillers between."""
    later = [
        f
        for f in found
        if f[1].start() >= chosen[1].end()
        and _rank(f[0]) < _rank(chosen[0])
        and _REFINING.match(text[chosen[1].end() : f[1].start()])
    ]
    return min(later, key=lambda f: f[1].start()) if later else chosen


def _scanned(text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns that can match ``text``: all of them, less those whose needed words
    (:data:`_NEEDED`) it lacks. Only for ASCII text, where ignoring case is plain lower case;
    other text is scanned by every pattern."""
    if not text.isascii():
        return _COMPILED
    lowered = text.lower()
    words = set(_WORD.findall(lowered))
    return tuple(
        (kind, pattern)
        for kind, pattern in _COMPILED
        if kind not in _NEEDED
        or not words.isdisjoint(_NEEDED[kind][0])
        or any(phrase in lowered for phrase in _NEEDED[kind][1])
    )


# lead words that add nothing to the date ("won't be done until mid june" is mid June)
_FILLER = re.compile(
    r"^(?:(?:for|at|like|maybe|hopefully|probably|roughly|approx(?:imately)?|until|till|said"
    r"|says)\s+)+",
    re.I,
)
# "want it in after easter": "in" belongs to the verb when another lead word follows
_IN_LEAD = re.compile(r"^in\s+(?=(?:after|before|by|around|until|till|early|late|mid)\b)", re.I)
_OPENING_VERB = re.compile(
    r"^(?:open(?:ing)?|launch(?:ing)?|with|realistically|now|say|actually|so|says|said|agreed"
    r"|agrees|thinks)\s+(?=may\b)",
    re.I,
)
_DAY_FIRST = re.compile(
    rf"^(?:the\s+)?(?:\d(?!\d*(?:{_RANGE}{_COUNT})?\s*(?:{_UNIT})\b)|(?:{_ORDINAL})\b(?!\s+(?:week|weekend|half)\b))",
    re.I,
)
_FROM_NOW = re.compile(r"\bfrom\s+(?:now|today)\b", re.I)


def _tidy(phrase: str) -> str:
    """The phrase without filler lead words, a day-first date said with "on" ("for the 1st of
    February" -> "on the 1st of February") and without the opening verb that made "may" a
    month ("opening may", "go with may" -> "may"), so it reads after "opening"."""
    phrase = _OPENING_VERB.sub("", _FILLER.sub("", _IN_LEAD.sub("", phrase.strip(" ."))))
    return f"on {phrase}" if _DAY_FIRST.match(phrase) else phrase


def _rank(kind: str) -> int:
    """How specific a kind of phrase is (lower is more); "may" read as the month is a month, so
    of "may or june" the first said is kept, as of "march or april"."""
    kind = "month" if kind == "leadmay" else kind
    return _SPECIFIC.index(kind) if kind in _SPECIFIC else len(_SPECIFIC)


def _plausible(kind: str, match: re.Match[str]) -> bool:
    """Rejects what is not a date ahead: "been open 3 years", "7 months old", "bought it in
    March", "last summer"."""
    before = match.string[: match.start()]
    clause = re.split(r"[.;!?,]", before)[-1]
    if _PAST.search(clause) or _AFTER_PAST.match(match.string[match.end() :]):
        return False
    if _ANNIVERSARY.search(clause) or _SUPPOSED_ORDER.search(clause):
        return False
    if _NEGATED.search(before) or _DROPPED_AFTER.match(match.string[match.end() :]):
        return False
    if _QUANTIFIED.search(clause) or _dates_an_amount(match):
        return False  # "practically none in july" times an amount, not an opening
    if _NOT_OPENING.search(before) and not _BOUND_LEAD.match(match.group(0)):
        return False  # "not opening in april" (but "not opening until april" is april)
    if _CONTACT_BEFORE.search(clause) and not OPENING_RE.search(_clause_of(match)):
        return False  # "give me a call this week" times a call, not the opening
    if kind in ("month", "leadmay") and _NAMED.search(before) and match.group(0)[:1].isupper():
        return False  # "my name is June Whitcomb"
    if re.match(r"\s*last\b", match.group(0), re.I):
        return False
    if kind == "numeric":  # an ambiguous date is kept as said, with no month guessed
        return _day_month(match) is not None or _undecided(match)
    if kind != "relative":
        return True
    return not _DURATION_BEFORE.search(before)


# a call or a meeting asked for, the time after it being the call's: "give me a call this week",
# "email me by friday", "can someone ring me tomorrow" (not "call it 8 weeks from now")
_CONTACT_BEFORE = re.compile(
    r"(?:\b(?:" + CONTACT_VERBS + r"|reach)\s+(?:me|us|you|him|her|them)"
    r"|\ba\s+(?:call|ring|chat|meeting)|\b(?:get\s+back\s+to|hear\s+from)\s+(?:me|us|you)"
    r"|\b(?:talk|speak|chat|meet|follow\s+up))\b\s+(?:[\w'-]+\s+){0,4}$",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:!?,\n]")  # a form's lines too: "Date: early November\nVolume: ..."
_DEADLINE_LEAD = re.compile(r"(?:by|before|until|till|no\s+later\s+than)\b", re.I)


def _dates_an_amount(match: re.Match[str]) -> bool:
    """The phrase dates an amount used, sold or served, said in its own clause, which speaks of
    no opening: "in july we burn thru ~120 lb a month", "we did 300 cups a day in august" (a
    deadline is still one: "by june we need it, 200 cups a day")."""
    if _DEADLINE_LEAD.match(match.group(0)):
        return False
    clause = _clause_of(match)
    return not OPENING_RE.search(clause) and find_volume(clause, False) is not None


def _clause_of(match: re.Match[str]) -> str:
    """The clause the phrase is in: between the punctuation marks around it (a phrase may end
    on its own full stop: "Opening: September. Forecast: 120 cups/day")."""
    text = match.string
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
    end = _CLAUSE_END.search(text, match.start() + len(match.group(0).rstrip(".,;:!? ")))
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _year(raw: str | None, today: date) -> int | None:
    if not raw:
        return None
    raw = raw.lower()
    if "next" in raw:
        return today.year + 1
    if "this" in raw:
        return today.year
    return 2000 + int(raw[1:]) if raw.startswith("'") else int(raw)


def _month_day(month: int, day: int, year: int | None, today: date) -> date:
    """The next date with this month and day on or after today (or in the year given)."""
    if year is not None:
        return date(year, month, day)
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def _season(season: str, today: date, nxt: bool, year: int | None) -> date:
    month = SEASONS[season]
    if year is not None:
        return date(year, month, 1)
    start = date(today.year, month, 1)
    in_season = start <= today < start + timedelta(days=91)
    if in_season and not nxt:
        return today
    return start if start > today else date(today.year + 1, month, 1)


def _date(kind: str, m: re.Match[str], today: date) -> date | None:
    g = m.groupdict()
    if kind in ("asap", "tomorrow"):
        return today + timedelta(days=0 if kind == "asap" else 1)
    if kind == "relative":
        said = g["upto"] or g["count"]
        count = NUMBER_WORDS.get(said.lower()) or int(said)
        return today + timedelta(days=count * TIME_UNITS[g["unit"].lower()])
    if kind == "quarter":
        return _quarter_date(m, today)
    if kind == "weeknum":
        return _week_date(int(g["wk"]), _year(g["wyear"], today), today)
    if kind == "next":
        return _next(g["which"].lower(), g["span"].lower(), today, g["part"])
    if kind == "holiday":
        first = next_holiday(g["holiday"], today)
        after = re.search(r"\bafter\b", m.string[m.start() : m.start("holiday")], re.I)
        return day_after(g["holiday"], first) if after else first
    if kind == "seasonal":
        return _month_day(SEASONAL_EVENTS[" ".join(g["seasonal"].lower().split())], 15, None, today)
    if kind == "monthday":
        return _day_of_month(g["mday"], g["mwhich"].lower() != "this", today)
    if kind == "numeric":
        if (order := _day_month(m)) is None:
            return None  # "01/04" with dates of both orders: the 1st of April or January 4th
        day, month = order
        try:
            return _month_day(month, day, _numeric_year(g, today), today)
        except ValueError:
            return None  # "31/02" is no day of the calendar
    if kind in ("month", "leadmay"):
        return _month_day(_month_of(g), 15, _year(_month_year(g), today), today)
    if kind == "season":
        nxt = "next" in m.group(0).lower()
        return _season(g["season"].lower(), today, nxt, _year(g["zyear"], today))
    if kind == "year":
        if g["year"]:
            return date(int(g["year"]), 6, 30)
        nxt = "next" in m.group(0).lower()
        return date(today.year + 1, 6, 30) if nxt else date(today.year, 12, 31)
    return None


def _numeric_year(g: dict[str, str | None], today: date) -> int | None:
    """The year an all-digit date gives ("2027-03-01", "15/03/27", "11/1/2026", "10/1 of next
    year"), None when it gives none."""
    said = g["iyear"] or g["nyear"]
    if said:
        return int(said) + (2000 if len(said) == 2 else 0)
    return _year(g["nrel"], today)


_MONTH = alternation(MONTHS)
# the months a quarter spans, told after it: "our fiscal Q3, which for us is Jan-Mar 2027"
_QUARTER_SPAN = re.compile(
    r"^\W{0,3}(?:(?:which|that)\s+)?(?:(?:for\s+us|for\s+me|here)\s+)?(?:is|=|means|runs"
    rf"|being|covers)?\s*(?:from\s+)?(?P<first>{_MONTH})\.?\s*(?:-|–|to|through|thru)\s*"
    rf"(?P<last>{_MONTH})\b\.?(?:,?\s+(?P<year>20\d\d))?",
    re.I,
)
# where the visitor's fiscal year starts: "our fiscal year starts in July"
_FISCAL_START = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:starts|begins|runs\s+from|kicks\s+off|is\s+from)"
    rf"\s+(?:in\s+|on\s+)?(?P<first>{_MONTH})\b",
    re.I,
)


def quarter_span(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """The first and last month of the quarter a match names, and the year the visitor gives
    them: the months said after it ("fiscal Q3, which for us is Jan-Mar 2027"); a fiscal
    quarter counted from the month its year starts (a fiscal year from July puts Q3 first in
    the new calendar year); else the calendar's (Q3 is months 7 to 9). None for a fiscal
    quarter the message does not place: its months are not guessed."""
    span = _QUARTER_SPAN.match(m.string[m.end() :])
    if span:
        year = int(span.group("year")) if span.group("year") else None
        return MONTHS[span.group("first").lower()], MONTHS[span.group("last").lower()], year
    start = 1
    if m.group("fiscal"):
        fiscal = _FISCAL_START.search(m.string)
        if fiscal is None:
            return None
        start = MONTHS[fiscal.group("first").lower()]
    first = (start - 1 + 3 * (int(m.group("q")) - 1)) % 12 + 1
    return first, (first + 1) % 12 + 1, None


def _quarter_date(m: re.Match[str], today: date) -> date | None:
    """The middle of the quarter (the month a part of it means: "end of Q1" is its last)."""
    span = quarter_span(m)
    if span is None:
        return None
    first, _, year = span
    month = (first + _quarter_shift(m.group("qpart"))) % 12 + 1
    return _month_day(month, 15, year or _year(m.group("qyear"), today), today)


def _week_date(week: int, year: int | None, today: date) -> date | None:
    """The Monday of an ISO week, the next one to come when no year is given (None for a week
    53 the year does not have)."""
    try:
        if year is not None:
            return date.fromisocalendar(year, week, 1)
        monday = date.fromisocalendar(today.year, week, 1)
        return monday if monday >= today else date.fromisocalendar(today.year + 1, week, 1)
    except ValueError:
        return None


def _quarter_shift(part: str | None) -> int:
    """The month of a quarter a part of it means, from its middle month: "end of Q1" is March,
    "early Q2" April, "Q3" alone August (its middle, the date a lead is scored by)."""
    words = (part or "").lower().split()
    if any(w in ("end", "late") for w in words):
        return 1
    return -1 if any(w in ("start", "beginning", "early") for w in words) else 0


def _day_of_month(said: str, next_month: bool, today: date) -> date | None:
    """The date of "the 3rd of next month" (None for a day the month does not have)."""
    digits = said.lower().rstrip("stndrh")
    day = int(digits) if digits.isdigit() else ORDINAL_DAYS.get(said.lower(), 0)
    year, month = (today.year, today.month + 1) if next_month else (today.year, today.month)
    if month > 12:
        year, month = year + 1, 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


# today's own date is no target, and it shows how the visitor writes dates: "today's 15/07"
_TODAY_IS = re.compile(r"\b(?:today'?s|today\s+is)\s*(?:the\s+)?$", re.I)
_DIGIT_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)(?![\d/])")


# a word that dates what follows: "Open date: 9/5", "on 3-15", "should read 11/1", "opening 3-15"
_DATE_LEAD = re.compile(
    r"(?:\bdate\b[^.!?\n]{0,20}|\b(?:on|by|before|after|until|till|from|starting|opening"
    r"|launching|read|reads|is)\s+|:\s*)(?:the\s+)?$",
    re.I,
)
# what makes two numbers no date: a range or hours ("9/5 to 5", "3-4 peak hours"), a share or
# a score ("3/4 of", "10/10 stars"), an amount ("6-8 weeks", "1/2 lb")
_NO_DATE_AFTER = re.compile(
    r"^\s*(?:(?:-|–|to|till|until|or)\s*\d|%|\+|x\b|(?:of|lbs?|pounds?|kgs?|kilos?|oz|cups?"
    r"|drinks?|people|ppl|staff|days?|weeks?|wks?|months?|hours?|hrs?|mins?|minutes?|stars?"
    r"|points?|split|peak|am|pm)\b)",
    re.I,
)


def _day_month(m: re.Match[str]) -> tuple[int, int] | None:
    """(day, month) of an all-digit date: the year first is ISO ("2027-03-01"); a side that
    cannot be a month decides ("15/10", "10/15"); else another date of the message, the order
    the visitor names or a day-first writer's habits (:func:`_day_first`), and failing those
    month first, the US order ("11/1" is November 1st). None for what only looks like a date:
    "24/7", today's date ("today's 15/07"), a dotted one without its year ("2.5"), a dashed
    one without a date word before it ("open 6-18" tells hours), or a score, share or range
    (:func:`_reads_as_date`), and for an ambiguous one when the message holds dates of both
    orders."""
    if m.group("iyear"):
        return _valid(int(m.group("iday")), int(m.group("imonth")))
    a, b = int(m.group("na")), int(m.group("nb"))
    if (a, b) == (24, 7) or not (1 <= a <= 31 and 1 <= b <= 31) or not _reads_as_date(m):
        return None
    if a > 12 and b <= 12:
        return a, b
    if b > 12 and a <= 12:
        return b, a
    day_first = _day_first(m.string)
    if day_first is None and len(_orders(m.string)) > 1:
        return None  # dates of both orders in one message: this one is not guessed
    return (a, b) if day_first else (b, a)


def _guessed(m: re.Match[str]) -> bool:
    """An all-digit date read month first only by default (nothing in the message shows the
    order): it yields to a date said otherwise ("10/08, the tenth of August")."""
    if m.group("iyear"):
        return False
    a, b = int(m.group("na")), int(m.group("nb"))
    return max(a, b) <= 12 and _day_first(m.string) is None


def _valid(day: int, month: int) -> tuple[int, int] | None:
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _reads_as_date(m: re.Match[str]) -> bool:
    """Two numbers joined as a date that read as one: not today's date, not followed by what
    makes them a range, an amount or a score (:data:`_NO_DATE_AFTER`); dotted with a year
    ("15.03.2027", not "2.5"); dashed, equal ("10/10") or both of one digit ("9/5", "3/4")
    only after a date word ("on 3-15", "Open date: 9/5")."""
    before = m.string[: m.start()]
    if _TODAY_IS.search(before) or _NO_DATE_AFTER.match(m.string[m.end() :]):
        return False
    na, nb, sep = m.group("na"), m.group("nb"), m.group("sep")
    if sep == "." and not m.group("nyear"):
        return False
    loose = sep == "-" or na == nb or (len(na) == 1 and len(nb) == 1)
    return not loose or _DATE_LEAD.search(before) is not None


def _undecided(m: re.Match[str]) -> bool:
    """A date written as one ("01/04": two digits a side) either side of which could be the
    month in a message holding dates of both orders: stored as said, its month never
    guessed."""
    na, nb = m.group("na"), m.group("nb")
    if not (na and nb) or len(na) != 2 or len(nb) != 2 or not _reads_as_date(m):
        return False
    return 1 <= int(na) <= 12 and 1 <= int(nb) <= 12


# how a visitor says they write dates: "14/06, the day/month way", "dd/mm", "US style"
_SAYS_DAY_FIRST = re.compile(r"\bday\s*/\s*month\b|\bdd\s*/\s*mm\b|\bday\s+first\b", re.I)
_SAYS_MONTH_FIRST = re.compile(
    r"\bmonth\s*/\s*day\b|\bmm\s*/\s*dd\b|\bmonth\s+first\b|\b(?:us|american)\s+(?:style"
    r"|format|way)\b",
    re.I,
)
# the signs of a writer of day-first dates: metric amounts and British spellings
_DAY_FIRST_WRITER = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:kg|kgs|kilos?|kilograms?|g|grams?|litres?|ml|cl)\b"
    r"|\b(?:litres?|kilos|kilograms?|metres?|colours?|flavours?"
    r"|favourites?|centres?|organis\w+|realis\w+|programmes?|cheques?|neighbours?)\b"
    # a greeting in a language whose writers put the day first: "Hola! ... the 01/03"
    rf"|(?:^|(?<=[\s,.!¡]))(?:{greetings(DAY_FIRST_LANGUAGES)})\b",
    re.I,
)


def _day_first(text: str) -> bool | None:
    """How ``text`` writes its dates: day first when one can only be read so ("15/07"), month
    first when one can only be read so ("10/15"), else as the visitor says ("the day/month
    way", "US format") or, failing that, day first for a writer of metric amounts, British
    spellings or a greeting of a day-first language ("40 litres each morning", "our
    favourite", "Hola! ... the 01/03"); None without any of these (then
    :func:`_day_month` reads month first, the US order of most visitors) or with dates of
    both orders."""
    orders = _orders(text)
    if orders:
        return orders.pop() if len(orders) == 1 else None
    if _SAYS_DAY_FIRST.search(text) or _SAYS_MONTH_FIRST.search(text):
        return _SAYS_MONTH_FIRST.search(text) is None
    return True if _DAY_FIRST_WRITER.search(text) else None


def _orders(text: str) -> set[bool]:
    """The orders the message's all-digit dates that can be read one way only are written in
    (True for day first: "15/07")."""
    return {int(x) > 12 for x, y in _DIGIT_DATE.findall(text) if (int(x) > 12) != (int(y) > 12)}


def _month_of(g: dict[str, str | None]) -> int:
    name = (
        g.get("full") or g.get("dfull") or g.get("short") or g.get("lone") or g.get("may") or ""
    ).lower()
    if name:
        return MONTHS[name]
    return FOREIGN_MONTHS[(g.get("foreign") or "").lower()]


def _month_year(g: dict[str, str | None]) -> str | None:
    for key in ("fyear", "dyear", "xyear", "syear", "myear"):
        if g.get(key):
            return g[key]
    return None


_PART_OF_YEAR = {"early": (2, 15), "mid": (6, 30), "late": (10, 15), "later": (10, 15)}


def _next(which: str, span: str, today: date, part: str | None = None) -> date:
    if span == "year" and part:
        year = today.year + (0 if which == "this" else 1)
        month, day = _PART_OF_YEAR.get(part.lower(), (12, 15))  # "end of" -> mid-December
        return max(date(year, month, day), today)
    if span in SEASONS:
        return _season(span, today, nxt=which != "this", year=None)
    days = {"week": 7, "month": 30, "quarter": 91, "year": 365}[span]
    return today + timedelta(days=0 if which == "this" else days)
