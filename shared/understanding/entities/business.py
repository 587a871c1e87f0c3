"""The visitor's business: what kind of venue it is and whether it is opening or already open.

A venue gazetteer (cafés, carts, kiosks, trucks, drive-thrus, bakeries, restaurants, hotels,
offices, church coffee bars, counters in a shop, ...) combined with the verb structure around
it: "opening / launching / putting in / adding a <venue>" or a venue with a timeline to open is
a new coffee programme; "we run / own / have <venue>", "our <venue>", "been open 3 years" is an
existing one; coffee for a home or a gift ("for my house", "a gift for my dad") is no
business at all. A coffee programme being added to an existing business ("I own a bookstore and
am putting a coffee counter in the back") is new: what they need is what a new café needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, catalog_names
from shared.understanding.entities.timeline import find_timeline
from shared.understanding.lexicon import OTHER_PEOPLE, VENUES_BEYOND_CAFES, number_words

Phase = Literal["new", "existing", "home"]

VENUES = (
    r"caf[eé]s?|coffee\s*shops?|coffee\s+(?:carts?|trucks?|trailers?|bars?|kiosks?|stands?"
    r"|counters?|corners?|spots?|places?|business(?:es)?|programs?|service|station|windows?)"
    # a window of its own serves coffee: "a walk-up coffee window", "the espresso window"
    r"|espresso\s+(?:bars?|carts?|stands?|windows?)|walk[- ]?up\s+windows?"
    r"|carts?|kiosks?|food\s+trucks?|trucks?|trailers?"
    r"|drive[- ]?thr(?:u|ough)s?|stands?|baker(?:y|ies)|restaurants?|bistros?|diners?|delis?"
    r"|hotels?|motels?|inns?|supper\s+clubs?|tea\s*rooms?|b\s*&\s*b|offices?|book\s+shops?|counters?|roaster(?:y|ies)"
    r"|pop[- ]?ups?|market\s+stalls?|stalls?|brewer(?:y|ies)|taprooms?|bars?|pubs?"
    r"|lobb(?:y|ies)|"
    + VENUES_BEYOND_CAFES
    + r"|co-?working|boba\s+shops?|tea\s+shops?|juice\s+bars?|donut\s+shops?|shops?|stores?|spots?"
    r"|places?|business(?:es)?|locations?|chain|franchise|padaria|panader[ií]a|quán"
    # Italian shop names and their plurals: "two gelaterie", "our pizzerias"
    r"|gelateri(?:a|e|as)|pizzeri(?:a|e|as)|trattori(?:a|e|as)|pasticceri(?:a|e|as)"
)
_FUNCTION = r"(?:it|to|on|in|for|of|at|with|from|into|my|your|our|the|this|that|me|us|them)\b"
_VENUE = rf"(?:(?!{_FUNCTION})[\w'&-]+\s+){{0,3}}?(?:{VENUES})\b"
_ARTICLE = r"(?:a|an|my|our|the|this|his|her|their|one|two|\d+)\s+"
NEW_RE = re.compile(
    r"\b(?:open(?:ing)?|launch(?:ing)?|start(?:ing)?|set(?:ting)?\s+up|build(?:ing)?"
    r"|putting(?:\s+in)?|put(?:\s+in)?|add(?:ing)?|creat(?:e|ing))\s+(?:up\s+)?(?:"
    + _ARTICLE
    + r")?(?:new\s+|little\s+|small\s+|tiny\s+)?"
    + _VENUE
    + r"|\b(?:want|plan(?:ning)?|hop(?:e|ing)|going|aim(?:ing)?|about|trying|looking|thinking"
    r"|dream(?:ing)?)\s+(?:on\s+|to\s+|of\s+|about\s+)(?:open(?:ing)?|start(?:ing)?"
    r"|launch(?:ing)?|add(?:ing)?|run(?:ning)?)\b"
    r"|\bnever\s+(?:sold|served|done)\s+coffee\b|\bpre[- ]?opening\b|\bhaven'?t\s+opened\b"
    r"|\b(?:not|n'?t)\s+open(?:ed)?\s+yet\b|\bwe\s+open\s+(?:in|next|on|around|by)\b"
    # sites won but not trading: "none are open yet", "none of them open yet", a franchise signed
    r"|\bnone\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:are\s+|is\s+)?open(?:ed)?\s+yet\b"
    r"|\b(?:signed|signing|sign)\s+(?:a|the|our|my)\s+franchise\s+(?:agreement|deal|contract)\b"
    r"|\bnew\s+(?:[\w-]+\s+)?(?:caf[eé]|coffee\s+shop|espresso\s+bar|coffee\s+bar|kiosk"
    r"|cart|coffee\s+truck|drive[- ]?thru|bakery|restaurant)\b",
    re.I,
)
_NUMBER = rf"(?:\d+|{number_words(1, 12)}|a\s+few)\+?"
_SPAN = rf"(?:about\s+|almost\s+|over\s+)?(?:{_NUMBER}|\w+)"
# How long the business has run: "been open 3 years", "were open about 8 months", "in business
# for over five years", "already 11 yrs", "been doing this for 20 years".
RUNNING_FOR = (
    rf"\b(?:been|were)\s+open(?:ed)?\s+(?:for\s+)?{_SPAN}\s+(?:years?|yrs?|months?)\b"
    r"|\bbeen\s+(?:doing\s+this|in\s+business|around|running|going|trading)\s+(?:for\s+)?"
    rf"{_SPAN}\s+(?:years?|yrs?)"
    rf"|\b(?:already|in\s+business\s+for)\s+(?:about\s+|almost\s+|over\s+)?{_NUMBER}"
    r"\s+(?:years?|yrs?)\b"
    # the venue run up to now, for a span: "we've run a coffee truck around Austin for two
    # years" (not "I've run a cafe before": experience, no business of now)
    r"|\b(?:i|we)(?:'ve|’ve|\s+have)\s+(?:run|operated|owned|had|been\s+running)\s+"
    + _ARTICLE
    + r"?"
    + _VENUE
    + rf"[^.!?]{{0,40}}?\bfor\s+(?:the\s+(?:last|past)\s+)?{_SPAN}\s+(?:years?|yrs?|months?)\b"
)
_OPENING_WHEN = re.compile(r"\b(?:open(?:s|ing)?|launch(?:es|ing)?|start(?:s|ing)?)\b", re.I)
EXISTING_RE = re.compile(
    r"\b(?:i|we)(?:\s+(?:own|run|operate|manage|have|got)|'ve\s+got|\s+have\s+got)\s+"
    + _ARTICLE
    + r"?"
    + _VENUE
    # told as a story: "my late husband and I ran the diner on Main", "I keep the inn",
    # "we've had the tearoom since 1998"
    + r"|\b(?:i|we)(?:\s+(?:ran|keep|still\s+run|have\s+(?:run|kept|had|owned))"
    r"|'ve\s+(?:run|kept|had|owned))\s+(?:the|our|my|this|that)\s+"
    + _VENUE
    # the same with its tenure after an indefinite article: "we've run an espresso bar for 3
    # years", "I have owned a bakery since 2012" (without the tenure "I've had a cafe" may be
    # a past one)
    + r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:run|had|owned|operated|been\s+(?:running|operating))"
    r"\s+(?:a|an)\s+"
    + _VENUE
    + r"(?=\s+(?:for|since)\s+(?:about\s+|almost\s+|over\s+|nearly\s+)?(?:\d|"
    + number_words(1, 12)
    + r"|a\s+few|several))"
    # (not a relative's or a friend's: "my sister's old cafe is closing", nor another business
    # of the visitor's beside the one spoken of: "the landline at our other business")
    + r"|\b(?:our|my)\s+(?!(?:"
    + OTHER_PEOPLE
    + r")'?s?\b)(?!(?:other|former|previous)\b)(?:[\w'-]+\s+){0,2}?(?:"
    + VENUES
    + r")\b(?!\s+(?:will|would|is\s+going|opens|is\s+opening|partners?|plans?|cards?|emails?"
    r"|address|names?|numbers?|ideas?|models?|degree|hours))"
    r"|"
    + RUNNING_FOR
    + r"|\bopen\s+(?:since|for)\s+\w+|\bcurrent\s+(?:supplier|roaster|machines?|grinders?)\b"
    r"|\b(?:switch|chang|replac)(?:e|es|ed|ing)?\s+(?:our\s+|my\s+|the\s+)?(?:coffee\s+)?"
    r"(?:suppliers?|roasters?|vendors?)\b|\bjust\s+opened\b"
    # a supplier replaced: "looking for a new coffee supplier", "shopping for a new roaster"
    r"|\b(?:looking|shopping)\s+(?:for\s+|around\s+for\s+)?(?:a\s+)?new\s+(?:coffee\s+)?"
    r"(?:suppliers?|roasters?)\b"
    r"|\b(?:it'?s|its|we'?re|we\s+are|i'?m|im)\s+(?:a|an)\s+"
    + _VENUE
    # the volume it runs at now: "we do about 200", "we're doing 400+ drinks a day now"
    + r"|\bwe\s+(?:serve|sell|do|make|pour)\s+(?:about\s+|around\s+|like\s+|roughly\s+|over\s+)?\d"
    r"|\bwe'?re\s+(?:doing|serving|selling|pouring|making)\s+(?:about\s+|around\s+|like\s+"
    r"|roughly\s+|over\s+)?\d+\+?\s+(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+(?:day|week|month)\b"
    # the visitor's organisation as the subject: "our parish runs the Commons Café in the hall",
    # "my school operates two coffee carts" (not a relative's or a friend's)
    r"|\b(?:our|my)\s+(?!(?:"
    + OTHER_PEOPLE
    + r")'?s?\b)(?:[\w'-]+\s+){1,2}?(?:runs|operates|manages)\s+(?:"
    + _ARTICLE
    + r")?"
    + _VENUE
    + r"|\b(?:which|that|who|company)\s+(?:operates?|runs?|owns?|manages?)\s+(?:"
    + _ARTICLE
    + r")?"
    + _VENUE
    + r"|^\W*(?:(?:so|ok|hi|hey|hello)\W+)?(?:got|have|own|run)\s+(?:"
    + _ARTICLE
    + r")?"
    + _VENUE,
    re.I,
)


TENURE = (
    r"\bsince\s+(?:19|20)\d\d\b|"
    + RUNNING_FOR
    # "11 yrs open", "3 years in business"
    + rf"|\b{_NUMBER}\s+(?:years?|yrs?)\s+(?:open|in\s+business|running)\b"
    # the years set off after the business: "we run a ramen place, 7 yrs, want to add ..."
    + rf"|[,\u2014\u2013]\s*(?:for\s+)?{_NUMBER}\+?\s+(?:years?|yrs?)(?:\s+now)?"
    r"\s*(?=[,.;!\u2014\u2013]|$)"
    # "open 12 years", "open for 6 yrs"
     + rf"|\bopen\s+(?:for\s+)?{_SPAN}\s+(?:years?|yrs?)\b"
    r"|\b(?:i'?m|i\s+am)\s+(?:the\s+)?(?:co-?)?owner\s+of\b"
    # a customer already: "we've been ordering beans from you", "we buy our coffee from you"
    r"|\b(?:we'?ve|we\s+have)\s+been\s+(?:ordering|buying|getting)\s+(?:\w+\s+){0,2}?(?:from\s+you"
    r"|wholesale|by\s+the\s+case)\b|\bwe\s+(?:order|buy|get)\s+our\s+(?:beans|coffee)\s+from\s+you\b"
)
"""A business already running: how long it has run, its owner, a customer of ours (equipment
it runs now is added from the catalog by :func:`tenure`)."""


@lru_cache(maxsize=1)
def _tenure_re() -> re.Pattern[str]:
    """:data:`TENURE`, and the catalog's equipment the business runs now ("our lumen 3 is
    leaking", "we've got a 2-group machine"; not "our lumen will ...")."""
    gear = "|".join(filter(None, (r"\d[- ]?group\s+machine", catalog_names(EQUIPMENT_KINDS))))
    owned = (
        rf"\b(?:our|we'?ve\s+got\s+an?|we\s+have\s+an?)\s+(?:{gear})\b"
        r"(?!\s+(?:will|would|is\s+going))"
    )
    return re.compile(rf"{TENURE}|{owned}", re.I)


def tenure(text: str) -> re.Match[str] | None:
    """Where the message says the business is already running, if it does."""
    return _tenure_re().search(text)


HYPOTHETICAL = re.compile(
    r"\b(?:what\s+if|if\s+i\s+(?:just\s+)?(?:say|said|told)|pretend|suppose|say\s+i'?m)\b", re.I
)
HOME_RE = re.compile(
    # (not on someone's behalf: "writing for my wife, she runs a coffee cart")
    r"(?<!writing\s)(?<!asking\s)(?<!typing\s)(?<!inquiring\s)(?<!enquiring\s)(?<!messaging\s)"
    r"(?<!chatting\s)(?<!speaking\s)(?<!here\s)"
    # (the British "my flat", not "my flat whites")
    r"\bfor\s+(?:my|our)\s+(?:house|home|kitchen|apartment|flat|condo|garage|dad|mom|father"
    r"|mother|husband|wife|partner|boyfriend|girlfriend|brother|sister|friend|family)\b"
    r"(?!\s+(?:blend|whites?))"
    r"|\b(?:as\s+a\s+)?(?:gift|present)\s+for\b|\b(?:birthday|bday)\s+(?:gift|present)\b"
    r"|\bat\s+home\b|\bhome\s+(?:barista|setup|use|espresso|brewing|user)\b|\bmy\s+kitchen\b"
    # who the visitor is at home: "just a home coffee guy", "home espresso nerd here"
    r"|\bhome\s+(?:coffee\s+|espresso\s+)?(?:guy|gal|person|enthusiast|nerd|geek|hobbyist"
    r"|drinker|roaster|brewer|cook)s?\b"
    # "a proper machine for home", "one for the house" (not "for home delivery")
    r"|\bfor\s+(?:the\s+)?(?:home|house)\b(?!\s+(?:delivery|deliveries|office|depot|blend|coffee))"
    r"|\bjust\s+for\s+(?:me|myself)\b|\bfor\s+myself\b|\bpersonal\s+use\b"
    # a home project: "ok for a home kitchen?", "for our kitchen reno", "remodeling our house"
    r"|\bhome\s+kitchen\b|\b(?:kitchen|home|house)\s+(?:remodel|reno|renovation|redo)\w*"
    r"|\b(?:remodel|renovat|redo)\w*\s+(?:my|our)\s+(?:kitchen|house|home|apartment)\b",
    re.I,
)


# a venue the visitor went to as a guest, not one it runs: "had a flat white in a café in
# Toronto", "at my local coffee shop" (not "at our café", nor "I work at a café")
VISITED = re.compile(
    r"(?<!work\s)(?<!works\s)(?<!worked\s)(?<!working\s)\b(?:in|at|from|near|visited|visiting)"
    r"\s+(?:a|the|this|that|my\s+local|a\s+local|the\s+local|some|your)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:caf[eé]s?|coffee\s*shops?|coffee\s*houses?|restaurants?|bakery|bakeries|kiosks?|diners?)\b",
    re.I,
)


def without_visits(text: str) -> str:
    """``text`` with the venues visited as a guest left out (they say nothing of a business)."""
    return VISITED.sub(" ", text)


@dataclass(frozen=True)
class Business:
    """What a message says about the visitor's business."""

    phase: Phase | None
    venue: str | None


def read_business(text: str) -> Business:
    """The business phase ("new" beats "existing" when a new programme is being added, a
    business beats "home") and the words matched, or phase None when the message says none."""
    if HYPOTHETICAL.search(text):
        return Business(None, None)
    new = NEW_RE.search(text) or _opening_with_timeline(text)
    if new:
        return Business("new", new.group(0))
    existing = EXISTING_RE.search(text)
    if existing:
        return Business("existing", existing.group(0))
    home = HOME_RE.search(text)
    if home:
        return Business("home", home.group(0))
    return Business(None, None)


# people who start a job or a course, the subject of "start": no venue opens
_PEOPLE_BEFORE = re.compile(
    r"\b(?:staff|volunteers?|baristas?|hires|recruits?|employees?|workers?|trainees?|interns?"
    r"|students?|apprentices?|people|folks|team\s+members?)\s+(?:will\s+|all\s+|both\s+)?$",
    re.I,
)


def _opening_with_timeline(text: str) -> re.Match[str] | None:
    """ "open in 2 months", "opening end of october": an opening with a date is a new venue."""
    opening = _OPENING_WHEN.search(text)
    if opening is None or find_timeline(text[opening.end() :]) is None:
        return None
    if re.search(r"\b(?:been|were)\s+$", text[: opening.start()], re.I):
        return None  # an anniversary: "been open 30 years this october"
    if _PEOPLE_BEFORE.search(text[: opening.start()]):
        return None  # people starting, not a venue: "twelve new volunteers start after Easter"
    after = text[opening.end() : opening.end() + 40]
    if re.match(r"\s*(?:hours|times?|an?\s+account|a\s+tab|up\s+to)\b", after, re.I):
        return None
    return opening
