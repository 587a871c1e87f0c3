"""Sites told, not counted: "just the one place, on Haywood Road", "I run the hut outside
Eugene, just the one", and sites listed by where they are ("we've got the original café on
Central, the counter inside the hospital lobby, and the drive-through window by the airport").

Each site of a list must be a site noun placed by a preposition ("the one by the GO station");
one item that is not ("the café on Main and the espresso machine") leaves the list uncounted.
A site still to open is not counted ("and the one opening in the mall in March").
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import LOCATION_NOUNS, ONE_SITE_VENUES

# what a site is called when it is told by its place: the usual site nouns and the small
# formats ("the counter inside the hospital lobby", "the window out by the airport")
_HEAD = (
    r"(?:" + LOCATION_NOUNS + r"|" + ONE_SITE_VENUES + r"|one|place|counter|window|hut|booth"
    r"|stall|drive[- ]?(?:through|thru))"
)
_PLACED = (
    r"(?:on|in|inside|at|by|near|next\s+to|across\s+from|opposite|off|out\s+by|down\s+by"
    r"|up\s+by|over\s+by|beside|behind|downtown|uptown)"
)
_ITEM = re.compile(
    r"^(?:the|our|my)\s+(?:[\w'-]+\s+){0,2}?" + _HEAD + r"\s+(?:[\w'-]+\s+)?" + _PLACED + r"\b",
    re.I,
)
_RUNS = re.compile(
    r"\b(?:we(?:'ve|\s+have)?\s+got|we\s+have|we\s+run|we\s+own|we\s+operate|i(?:'ve|\s+have)?"
    r"\s+got|i\s+have|i\s+run|i\s+own|i\s+operate|there'?s|there\s+is)\s+(?=(?:the|our|my)\s)",
    re.I,
)
_JOIN = re.compile(r"\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+", re.I)
_TO_OPEN = re.compile(
    r"\b(?:opening|opens|to\s+open|will\s+open|not\s+open|coming|planned|about\s+to|soon"
    r"|under\s+construction|in\s+the\s+works)\b",
    re.I,
)


def listed_sites(text: str) -> int | None:
    """How many running sites a list of sites told by place names, or None when the message
    lists none (two items at least, each a site noun and a place)."""
    for runs in _RUNS.finditer(text):
        sentence_end = re.search(r"[.!?;:\n]", text[runs.end() :])
        said = text[runs.end() : runs.end() + sentence_end.start()] if sentence_end else ""
        said = said or text[runs.end() :]
        items = [item.strip() for item in _JOIN.split(said) if item.strip()]
        if len(items) < 2 or not all(_ITEM.match(item) for item in items):
            continue
        running = [item for item in items if not _TO_OPEN.search(item)]
        return len(running) or None
    return None


_VENUE = re.compile(r"\b(?:" + _HEAD + r")\b", re.I)
_GEAR = re.compile(
    r"\b(?:machines?|grinders?|brewers?|groups?|boilers?|espresso\s+machines?|kettles?|urns?"
    r"|blends?|bags?|orders?|questions?|thing)\b",
    re.I,
)
# "just the one place", "only the one, on Haywood", "just the one." (after the venue was said);
# dictated with no mark, the next clause's opening ends it ("just the one and we hired ...")
_JUST_ONE = re.compile(
    r"\b(?:just|only)\s+(?:the\s+)?(?:one|1)\b(?P<noun>\s+(?:[\w-]+\s+)?"
    + _HEAD
    + r"\b)?(?=\s*(?:$|[,.;!?)]|\s(?:on|in|at|by|near|off|out|right|for\s+now"
    r"|(?:and|but|so)\s+(?:we|i|we'?ve|we'?re|i'?m|i'?ve|our|my)|um+|uh+)\b))",
    re.I,
)


def just_one_site(text: str) -> bool:
    """The visitor says their site is the only one: "just the one place, on Haywood Road", or
    "just the one" after the venue in the same sentence ("I run the hut outside Eugene, just
    the one"); never one machine, bag or question ("just the one grinder")."""
    for found in _JUST_ONE.finditer(text):
        if found.group("noun"):
            return True
        start = max(text.rfind(c, 0, found.start()) for c in ".!?\n") + 1
        before = text[start : found.start()]
        venue = list(_VENUE.finditer(before))
        if venue and not _GEAR.search(before, venue[-1].end()):
            return True
    return False
