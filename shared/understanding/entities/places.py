"""Where a place is, for the rules that depend on it (delivery fees by zone).

A small gazetteer (``places.txt``): the US states, Canada's provinces, the larger cities of
both, and countries a buyer may name, each with the zones it belongs to ("continental us",
"us", "canada", "outside north america"). A rule's zone as the knowledge base writes it ("the
continental United States", "the continental US", "Canada") is read by :func:`zone_of`. Names
that are also common words ("mobile", "reading") or lie in two zones ("vancouver" in Washington
and British Columbia, unless followed by "bc" or "wa") are left out, so an unknown place makes
the rule conditional rather than guessed. Pure: text in, places out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from shared.catalog.words import normalise

CONTINENTAL = "continental us"
US = "us"
CANADA = "canada"
ABROAD = "outside north america"

PLACES = Path(__file__).with_name("places.txt")  # zone: name, name, ... a line
#: Zones that lie inside another: a place in the continental US is in the US too.
_WITHIN = {CONTINENTAL: US}
#: Names a rule's zone is written in -> the zone.
_ZONES = {
    "continental united states": CONTINENTAL,
    "continental us": CONTINENTAL,
    "contiguous united states": CONTINENTAL,
    "lower 48": CONTINENTAL,
    "united states": US,
    "us": US,
    "usa": US,
    "canada": CANADA,
}


@dataclass(frozen=True)
class Place:
    """A place a text names, as written, with the zones it lies in."""

    name: str
    zones: frozenset[str]

    @property
    def title(self) -> str:
        """ "vancouver bc" -> "Vancouver BC" (two-letter words upper case)."""
        return " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in self.name.split())


@cache
def _gazetteer() -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    """Every name with its zones, and one pattern matching any of them, longest first (so "new
    york city" wins over "new york")."""
    rows: dict[str, frozenset[str]] = {}
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        zone, _, names = line.partition(":")
        if line.startswith("#") or not names:
            continue
        zones = frozenset({zone.strip(), *([_WITHIN[zone]] if zone in _WITHIN else [])})
        rows.update({name.strip(): zones for name in names.split(",") if name.strip()})
    ordered = sorted(rows, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in ordered)
    return rows, re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def place_in(text: str) -> Place | None:
    """The first place ``text`` names (the longest name at that point, with the state or
    province written beside it: "columbus ohio"; its zones are the first name's), or None."""
    rows, _ = _gazetteer()
    spans = place_spans(normalise(text))
    if not spans:
        return None
    name = spans[0][1]
    return Place(name, rows[_first_name(name)])


# what puts the place after it where the visitor is or wants goods sent (normalised text):
# "we're in", "based in", "a cafe in fitzroy in", "ship a lumen 2 group to the", "greetings from"
_THEIRS = re.compile(
    r"(?:\b(?:i\s+m|im|we\s+re|i\s+am|we\s+are|based|located|live|living|here|out|down|over)\s+in"
    r"|\b(?:cafe|cafes|coffee\s+shop|shops?|business|restaurant|bakery|kiosk|cart|truck|hotel"
    r"|office|store|bar|roastery|stall|van)\s+in(?:\s+\w+\s+in)?"
    r"|\b(?:ship|shipping|deliver|delivery|delivering|send|sending|post|posting)\s+(?:\w+\s+){0,4}?to"
    r"|\b(?:greetings|hello|hi|hey|aloha|cheers|howdy)\s+from)\s+(?:the\s+)?$"
)


def places_theirs(text: str) -> list[Place]:
    """The places ``text`` says the visitor is at or wants goods sent to ("own a café in
    Fitzroy in Melbourne", "we're in Boise", "any chance you ship to Australia?"); a place
    named otherwise (a coffee's origin, "beans from Brazil") is not theirs."""
    rows, _ = _gazetteer()
    flat = normalise(text)
    named = [name for start, name in place_spans(flat) if _THEIRS.search(flat[:start])]
    return [Place(name, rows[_first_name(name)]) for name in named]


def zones_of(name: str) -> frozenset[str]:
    """The zones of a place by its gazetteer name ("melbourne" -> outside north america);
    empty for a name the gazetteer does not hold."""
    rows, _ = _gazetteer()
    return rows[_first_name(name)] if any(name.startswith(n) for n in rows) else frozenset()


def _first_name(name: str) -> str:
    """The gazetteer's name a place's words start with ("columbus" of "columbus ohio")."""
    rows, _ = _gazetteer()
    return next(n for n in sorted(rows, key=len, reverse=True) if name.startswith(n))


def place_spans(flat: str) -> list[tuple[int, str]]:
    """Where each place of the normalised text ``flat`` starts, with its name (a city and its
    state or province side by side are one place: "columbus ohio")."""
    _, pattern = _gazetteer()
    spans: list[tuple[int, str]] = []
    for match in pattern.finditer(flat):
        if spans and spans[-1][0] + len(spans[-1][1]) + 1 == match.start():
            spans[-1] = (spans[-1][0], f"{spans[-1][1]} {match.group(0)}")  # "columbus ohio"
        else:
            spans.append((match.start(), match.group(0)))
    return spans


def place_words(text: str) -> set[str]:
    """The lower-case words of ``text`` that belong to a place it names ("columbus", "ohio";
    "vancouver", "bc"), so a spelling normaliser keeps them as written: "columbus" is no typo of
    "columbia", nor "bc" after "vancouver" text-speak for "because"."""
    named = {word for _, name in place_spans(normalise(text)) for word in name.split()}
    return named | {code.lower() for code in _CODES_IN_CAPITALS.findall(text)}


#: Province and state codes that are also text-speak ("bc": because, "mo": month): typed in
#: capitals they name the place ("is BC different from Alberta?"), typed lower-case they stay
#: text-speak ("closed bc of the storm").
_CODES_IN_CAPITALS = re.compile(r"\b(?:BC|MO)\b")


def zone_of(phrase: str) -> str | None:
    """The zone a rule's phrase names ("the continental United States" -> "continental us")."""
    flat = normalise(phrase)
    flat = flat[4:] if flat.startswith("the ") else flat
    return _ZONES.get(flat)
